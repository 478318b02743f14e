import Foundation
import Testing
@testable import CiteGraph

/// Every view of a corpus with a nasty title, checked by the tools that consume our files:
/// xmllint against the GraphML 1.0 XSD (offline, through the catalog), Graphviz, networkx and
/// python-igraph. Each test is skipped, with its reason, when its tool is missing.
@Suite struct ExternalValidationTests {
    /// `"`, `\`, `{`, a newline, TeX and U+0001 (illegal in XML 1.0, so dropped from GraphML).
    static let nastyTitle = "Say \"hi\" \\ {braces}\nnew line $\\alpha$ \u{1}ctl & <tag>"
    static let corpus = SmallCorpus.corpus(firstTitle: nastyTitle)

    static func graphs() -> [Graph] {
        GraphView.allCases.map { GraphBuilder.build(corpus, view: $0, options: GraphOptions(counting: .fractional)).graph }
    }

    @Test(.enabled(if: TestPaths.graphMLSchema != nil, "needs ../shared/data/graphml-xsd"),
          .enabled(if: ExternalTool("xmllint") != nil, "needs xmllint (libxml2-utils)"))
    func graphMLValidatesAgainstTheSchema() throws {
        let schema = try #require(TestPaths.graphMLSchema)
        let xmllint = try #require(ExternalTool("xmllint"))
        let folder = try TemporaryFolder()
        let files = try Self.graphs().map { try folder.write(GraphMLWriter.write($0), to: "\($0.name).graphml").path }
        let result = try xmllint.run(
            ["--nonet", "--noout", "--schema", schema.appendingPathComponent("graphml.xsd").path] + files,
            environment: ["XML_CATALOG_FILES": schema.appendingPathComponent("catalog.xml").path])
        #expect(result.status == 0, "\(result.stderr)")
        // xmllint names each valid file on stderr ("x.graphml validates"), nothing else.
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == GraphView.allCases.count)
        #expect(lines.allSatisfy { $0.hasSuffix(" validates") }, "\(result.stderr)")
    }

    @Test(.enabled(if: TestPaths.graphMLSchema != nil, "needs ../shared/data/graphml-xsd"),
          .enabled(if: ExternalTool("xmllint") != nil && ExternalTool("dot") != nil, "needs xmllint and Graphviz"))
    func emptyCorpusGivesValidFiles() throws {
        let schema = try #require(TestPaths.graphMLSchema)
        let graph = GraphBuilder.build(Corpus(origin: .init(kind: "ids", source: "none", items: 0, entries: 0)), view: .full).graph
        #expect(graph.nodeCount == 0)
        let folder = try TemporaryFolder()
        let file = try folder.write(GraphMLWriter.write(graph), to: "empty.graphml")
        let xmllint = try #require(ExternalTool("xmllint")).run(
            ["--nonet", "--noout", "--schema", schema.appendingPathComponent("graphml.xsd").path, file.path],
            environment: ["XML_CATALOG_FILES": schema.appendingPathComponent("catalog.xml").path])
        #expect(xmllint.status == 0, "\(xmllint.stderr)")
        let dot = try #require(ExternalTool("dot")).run(["-Tsvg"], stdin: DOTWriter.write(graph, clusters: true))
        #expect(dot.status == 0 && dot.stderr.isEmpty, "\(dot.stderr)")
    }

    @Test(.enabled(if: ExternalTool("dot") != nil, "needs Graphviz"))
    func dotRendersWithoutWarnings() throws {
        let dot = try #require(ExternalTool("dot"))
        for graph in Self.graphs() {
            let result = try dot.run(["-Tsvg"], stdin: DOTWriter.write(graph, clusters: graph.name == "full"))
            #expect(result.status == 0, "\(graph.name): \(result.stderr)")
            #expect(result.stderr.isEmpty, "\(graph.name): \(result.stderr)")
            if graph.name == "full" {
                // The title's two lines arrive as two SVG text lines, characters intact.
                #expect(result.stdout.contains(">Say &quot;hi&quot; \\ {braces}</text>"))
                #expect(result.stdout.contains(">new line $\\alpha$ ctl &amp; &lt;tag&gt;</text>"))
            }
        }
    }

    @Test(.enabled(if: ExternalTool("dot") != nil, "needs Graphviz"))
    func largeViewAsksForSFDPAndRendersWithoutWarnings() throws {
        let dot = try #require(ExternalTool("dot"))
        let graph = GraphBuilder.build(SmallCorpus.crowded(), view: .coauthor).graph
        let text = DOTWriter.write(graph)
        #expect(text.contains("layout=sfdp"))
        let result = try dot.run(["-Tsvg"], stdin: text)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
    }

    /// `gc` counts the legend's samples as nodes and edges; without the legend it counts the
    /// graph's: SmallCorpus's section view has 3 sections and 2 edges, its legend 3 nodes, 1 edge.
    @Test(.enabled(if: ExternalTool("gc") != nil, "needs Graphviz"))
    func gcCountsTheGraphAloneWithoutTheLegend() throws {
        let gc = try #require(ExternalTool("gc"))
        let graph = GraphBuilder.build(SmallCorpus.corpus(), view: .section).graph
        let with = try gc.run(["-n", "-e"], stdin: DOTWriter.write(graph))
        let without = try gc.run(["-n", "-e"], stdin: DOTWriter.write(graph, legend: false))
        func counts(_ out: String) -> [String] { out.split(separator: " ").filter { !$0.isEmpty }.prefix(2).map(String.init) }
        #expect(counts(with.stdout) == ["6", "3"], "\(with.stdout)")
        #expect(counts(without.stdout) == ["3", "2"], "\(without.stdout)")
    }

    @Test(.enabled(if: ExternalTool("dot") != nil, "needs Graphviz"))
    func largeFullViewIsDrawnWithItsSectionClusters() throws {
        // sfdp would draw none of them: the file must leave the layout to dot.
        let graph = GraphBuilder.build(SmallCorpus.crowded(), view: .full).graph
        #expect(DOTWriter.prefersSFDP(graph))
        let result = try #require(ExternalTool("dot")).run(["-Tsvg"], stdin: DOTWriter.write(graph, clusters: true))
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        // RLHF, DPO and Blogs, and the legend.
        #expect(result.stdout.components(separatedBy: "class=\"cluster\"").count - 1 == 3 + 1)
    }

    @Test(.enabled(if: ExternalTool.pythonHas("networkx, igraph"), "needs python3 with networkx and python-igraph"))
    func networkxAndIgraphReadTheCountsAndTypes() throws {
        let python = try #require(ExternalTool("python3"))
        let folder = try TemporaryFolder()
        let graphs = Self.graphs()
        let files = try graphs.map { try folder.write(GraphMLWriter.write($0), to: "\($0.name).graphml").path }
        // One line per file: nx nodes, nx edges, ig nodes, ig edges, then the python types of
        // the first node's year / author_count and the first edge's weight (networkx), and the
        // first node's title as networkx and igraph read it (JSON-escaped).
        let script = """
        import sys, json, networkx as nx, igraph as ig
        for path in sys.argv[1:]:
            g = nx.read_graphml(path); h = ig.Graph.Read_GraphML(path)
            first = g.nodes[next(iter(g.nodes))]
            edge = next(iter(g.edges(data=True)))[2] if g.number_of_edges() else {}
            print(g.number_of_nodes(), g.number_of_edges(), h.vcount(), h.ecount(),
                  type(first.get("year")).__name__, type(first.get("author_count")).__name__,
                  type(edge.get("weight")).__name__,
                  json.dumps(first.get("title")), json.dumps(h.vs[0]["title"] if "title" in h.vs.attributes() else None))
        """
        let result = try python.run(["-c", script] + files)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        try #require(lines.count == graphs.count)
        // The title without U+0001, as JSON: what the readers should hold.
        let title = #""Say \"hi\" \\ {braces}\nnew line $\\alpha$ ctl & <tag>""#
        for (graph, line) in zip(graphs, lines) {
            let counts = "\(graph.nodeCount) \(graph.edgeCount) \(graph.nodeCount) \(graph.edgeCount)"
            #expect(line.hasPrefix(counts + " "), "\(graph.name): \(line)")
            switch graph.name {
            case "full", "paper":
                #expect(line.hasSuffix(" int int float \(title) \(title)"), "\(graph.name): \(line)")
            default:  // no paper nodes: no year, author_count or title
                #expect(line.contains(" NoneType NoneType float null null"), "\(graph.name): \(line)")
            }
        }
    }
}
