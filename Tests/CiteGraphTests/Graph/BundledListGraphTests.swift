import Foundation
import Testing
@testable import CiteGraph

/// The views of the bundled list's corpus (Ingest and Resolve over the bundled cache), checked
/// against facts counted independently of citegraph: 77 arXiv papers and 82 distinct entries
/// (shared/README.md), 21 sections, 678 distinct author names in the cache of which two merge
/// (Ed Chi, Quoc Le), five papers whose cache file has no category, and one paper with more than 50 authors (2107.03374, Codex: 58).
@Suite struct BundledListGraphTests {
    static let corpus: Corpus? = try? BundledListResolveTests.corpus().0

    func count(_ graph: Graph, _ kind: Graph.NodeKind) -> Int { graph.nodes.filter { $0.kind == kind }.count }

    @Test func fullViewFollowsTheContract() throws {
        let corpus = try #require(Self.corpus)
        let graph = GraphBuilder.build(corpus, view: .full).graph
        #expect(count(graph, .paper) == 77)
        #expect(count(graph, .resource) == 82 - 77)
        #expect(count(graph, .section) == 21)
        #expect(count(graph, .author) == 678 - 2)
        // Every paper has authors and is listed somewhere; five cache files give no category
        // (`grep -L category cache/papers/*.xml`: 2101.02235 2211.11501 2304.14402 2305.15011 2306.11644).
        var uncategorized: [String] = []
        for paper in graph.nodes.indices where graph.nodes[paper].kind == .paper {
            let kinds = Set(graph.edges.filter { $0.source == paper || $0.target == paper }.map(\.kind))
            #expect(kinds.isSuperset(of: [.authored, .listedIn]), "\(graph.nodes[paper].key)")
            if !kinds.contains(.inCategory) { uncategorized.append(graph.nodes[paper].key) }
        }
        #expect(uncategorized == ["2101.02235", "2211.11501", "2304.14402", "2305.15011", "2306.11644"])
    }

    @Test func codexAddsNoCoauthorEdges() throws {
        let corpus = try #require(Self.corpus)
        let result = GraphBuilder.build(corpus, view: .coauthor)
        #expect(result.hyperAuthorPapers.map(\.rawValue) == ["2107.03374"])
        #expect(!result.graph.edges.contains { $0.papers.contains("2107.03374") })
        let everyone = GraphBuilder.build(corpus, view: .coauthor, options: GraphOptions(maxAuthors: 100))
        #expect(everyone.hyperAuthorPapers.isEmpty)
        #expect(everyone.graph.edges.contains { $0.papers.contains("2107.03374") })
    }

    @Test(.enabled(if: TestPaths.graphMLSchema != nil && ExternalTool("xmllint") != nil && ExternalTool("dot") != nil,
                   "needs ../shared/data/graphml-xsd, xmllint and Graphviz"))
    func everyViewValidatesAndRenders() throws {
        let corpus = try #require(Self.corpus)
        let schema = try #require(TestPaths.graphMLSchema)
        let folder = try TemporaryFolder()
        let full = Graph(corpus: corpus)
        var files: [String] = []
        for view in GraphView.allCases {
            let graph = GraphBuilder.build(full: full, view: view).graph
            files.append(try folder.write(GraphMLWriter.write(graph), to: "\(view.rawValue).graphml").path)
            let dot = try #require(ExternalTool("dot")).run(["-Tsvg"], stdin: DOTWriter.write(graph, clusters: view == .full))
            #expect(dot.status == 0 && dot.stderr.isEmpty, "\(view): \(dot.stderr)")
        }
        let xmllint = try #require(ExternalTool("xmllint")).run(
            ["--nonet", "--noout", "--schema", schema.appendingPathComponent("graphml.xsd").path] + files,
            environment: ["XML_CATALOG_FILES": schema.appendingPathComponent("catalog.xml").path])
        #expect(xmllint.status == 0, "\(xmllint.stderr)")
    }
}
