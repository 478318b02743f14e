import Foundation
import Testing
@testable import CiteGraph

@Suite struct WriterTests {
    @Test func numbersInShortestForm() {
        #expect(ExportText.number(1) == "1")
        #expect(ExportText.number(-0.0) == "0")
        #expect(ExportText.number(0.5) == "0.5")
        #expect(ExportText.number(1.0 / 3) == "0.3333333333333333")
        #expect(ExportText.number(0.1 + 0.2) == "0.30000000000000004")
        #expect(ExportText.number(1e-5) == "1e-05")
        #expect(ExportText.number(1e20) == "1e+20")
    }

    /// The sink's shortcut for whole numbers and hundredths prints what Swift prints.
    @Test func streamedNumbersMatchSwiftsDescription() {
        func streamed(_ value: Double) -> String {
            var sink = ByteSink()
            sink.writeNumber(value)
            return sink.text
        }
        #expect(streamed(1.43) == "1.43")
        #expect(streamed(1.5) == "1.5")
        #expect(streamed(-0.05) == "-0.05")
        #expect(streamed(0.1 + 0.2) == "0.30000000000000004")
        #expect(streamed(2.675) == "2.675")
        #expect(streamed(1e-5) == "1e-05")
        var mismatches: [Double] = []
        for hundredths in -20_000...20_000 {
            for value in [Double(hundredths) / 100, Double(hundredths) * 0.01, Double(hundredths) / 100 + 1e-12] {
                if streamed(value) != "\(value)" && !(value == value.rounded() && abs(value) < 1e15) { mismatches.append(value) }
            }
        }
        for value in [123_456_789.25, 999_999_999.99, 1e9 + 0.5, 4.0 / 3, 0.999, 1.005, 1e15 + 0.5] where streamed(value) != "\(value)" {
            mismatches.append(value)
        }
        #expect(mismatches.isEmpty)
    }

    @Test func graphMLExactOutput() {
        let expected = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="n_kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="n_label" for="node" attr.name="label" attr.type="string"/>
          <key id="n_key" for="node" attr.name="key" attr.type="string"/>
          <key id="n_year" for="node" attr.name="year" attr.type="long"/>
          <key id="n_score" for="node" attr.name="score" attr.type="double"/>
          <key id="n_active" for="node" attr.name="active" attr.type="boolean"/>
          <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
          <key id="e_weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="e_papers" for="edge" attr.name="papers" attr.type="string"/>
          <graph id="tiny" edgedefault="undirected">
            <node id="n0">
              <data key="n_kind">paper</data>
              <data key="n_label">A &amp; "B"</data>
              <data key="n_key">2301.00001</data>
              <data key="n_year">2023</data>
            </node>
            <node id="n1">
              <data key="n_kind">author</data>
              <data key="n_label">Ada</data>
              <data key="n_key">Ada, L.</data>
              <data key="n_score">0.5</data>
              <data key="n_active">true</data>
            </node>
            <edge source="n1" target="n0">
              <data key="e_kind">authored</data>
              <data key="e_weight">0.25</data>
              <data key="e_papers">2301.00001 2301.00002 (+3 more)</data>
            </edge>
          </graph>
        </graphml>

        """
        #expect(GraphMLWriter.write(TinyGraph.make()) == expected)
    }

    @Test func xmlEscapingDropsIllegalCharacters() {
        #expect(XMLText.content("a<b>&c\"\n\r\u{1}\u{FFFE}\t😀") == "a&lt;b&gt;&amp;c\"\n&#13;\t😀")
        #expect(XMLText.attribute("a\"b\n\tc\u{1F}") == "a&quot;b&#10;&#9;c")
    }

    /// Text with nothing to escape is written as it is; one character to escape or drop anywhere
    /// (also after accented letters) takes the careful path.
    @Test func plainTextPassesThroughAndOneSpecialCharacterIsStillEscaped() {
        #expect(XMLText.attribute("Quoc V. Le") == "Quoc V. Le")
        #expect(XMLText.content("José Müller 😀") == "José Müller 😀")
        #expect(XMLText.content("Müller\u{FFFF}") == "Müller")
        #expect(XMLText.content("Müller & Co") == "Müller &amp; Co")
        #expect(XMLText.attribute("a\u{7F}b") == "a\u{7F}b")
        #expect(DOTWriter.quoted("José Müller") == #""José Müller""#)
        #expect(DOTWriter.quoted("José \u{FFFE}Müller\t") == "\"José Müller\t\"")
        #expect(DOTWriter.quoted("Ü\"") == #""Ü\"""#)
    }

    @Test func graphMLTypesWidenWhenValuesDisagree() {
        var graph = Graph(name: "g")
        graph.addNode(.init(kind: .author, key: "a", label: "a", attributes: [.init("x", .int(1)), .init("y", .int(1))]))
        graph.addNode(.init(kind: .author, key: "b", label: "b", attributes: [.init("x", .double(1.5)), .init("y", .string("n/a"))]))
        let text = GraphMLWriter.write(graph)
        #expect(text.contains(#"<key id="n_x" for="node" attr.name="x" attr.type="double"/>"#))
        #expect(text.contains(#"<key id="n_y" for="node" attr.name="y" attr.type="string"/>"#))
    }

    @Test func dotQuotesAsEscStrings() {
        #expect(DOTWriter.quoted("a\"b\\c\r\nd\re\nf{g}$\\alpha$\u{1}") == #""a\"b\\c\nd\ne\nf{g}$\\alpha$""#)
        #expect(DOTWriter.quoted("ends with \\") == #""ends with \\""#)
    }

    @Test func dotNodesEdgesAndLegend() {
        let text = DOTWriter.write(TinyGraph.make())
        #expect(text.hasPrefix("graph \"tiny\" {\n"))
        #expect(text.contains(##"  "paper:2301.00001" [label="A & \"B\"", kind=paper, shape=box, fillcolor="#cfe2f3", tooltip="2301.00001"];"##))
        #expect(text.contains(##"  "author:Ada, L." -- "paper:2301.00001" [kind=authored, weight=0.25, penwidth=4, style=solid, color="#7f7f7f", papers="2301.00001 2301.00002 (+3 more)"];"##))
        #expect(text.contains(#"subgraph "cluster_legend""#))
        #expect(text.contains(#""legend:author" [label="author", shape=ellipse"#))
        #expect(!text.contains("legend:category"))  // only kinds present
        #expect(!text.contains("layout=sfdp"))
        #expect(text.hasSuffix("}\n"))
    }

    /// The legend's samples are told apart (`legend=true`) and can be left out: a reader counting
    /// a .dot file's nodes met 24 where the graph has 21.
    @Test func dotLegendIsMarkedAndCanBeLeftOut() {
        // SmallCorpus's section view: 3 sections, 2 cooccurs edges. Its legend: 1 section sample,
        // and for cooccurs 2 point nodes and the edge between them.
        let graph = GraphBuilder.build(SmallCorpus.corpus(), view: .section).graph
        let lines = DOTWriter.write(graph).split(separator: "\n")
        #expect(lines.filter { $0.contains("legend=true") && !$0.contains(" -- ") }.count == 3)
        #expect(lines.filter { $0.contains("legend=true") && $0.contains(" -- ") }.count == 1)
        // Every legend line is marked: the nodes and edges without the mark are the graph's own.
        #expect(lines.filter { $0.contains("\"legend:") }.allSatisfy { $0.contains("legend=true") })
        #expect(lines.filter { $0.contains("kind=") && !$0.contains("legend=true") }.count == 3 + 2)
        let bare = DOTWriter.write(graph, legend: false)
        #expect(!bare.contains("legend"))
        #expect(bare.split(separator: "\n").filter { $0.contains("kind=") }.count == 3 + 2)
    }

    @Test func dotClustersSectionsInTheFullView() {
        let graph = GraphBuilder.build(SmallCorpus.corpus(), view: .full).graph
        let text = DOTWriter.write(graph, clusters: true)
        // Sections in key order: DPO (node 11), RLHF (12), Blogs (13). Paper 2 is in RLHF and
        // DPO and goes to the first, DPO; the blog is in RLHF and Blogs and goes to RLHF.
        let dpo = text.range(of: #"subgraph "cluster_11" {"#)
        let rlhf = text.range(of: #"subgraph "cluster_12" {"#)
        let blogs = text.range(of: #"subgraph "cluster_13" {"#)
        guard let dpo, let rlhf, let blogs else { Issue.record("missing a section cluster in:\n\(text)"); return }
        let dpoBody = text[dpo.upperBound..<rlhf.lowerBound], rlhfBody = text[rlhf.upperBound..<blogs.lowerBound]
        #expect(dpoBody.contains("\"paper:2301.00002\""))
        #expect(dpoBody.contains("\"paper:2301.00003\""))
        #expect(rlhfBody.contains("\"paper:2301.00001\""))
        #expect(rlhfBody.contains("\"resource:https://example.com/blog\""))
        #expect(!rlhfBody.contains("\"paper:2301.00002\" ["))
        #expect(!DOTWriter.write(graph, clusters: false).contains("cluster_11"))
    }

    @Test func aLargeFullViewWithSectionsNamesNoClusterIgnoringLayout() {
        let graph = GraphBuilder.build(SmallCorpus.crowded(), view: .full).graph
        #expect(DOTWriter.prefersSFDP(graph))
        // sfdp, neato, twopi, circo… ignore clusters, and a `layout` attribute overrides -K.
        #expect(!DOTWriter.write(graph, clusters: true).contains("layout="))
        // Without clusters the size still calls for sfdp.
        #expect(DOTWriter.write(graph, clusters: false).contains("layout=sfdp"))
    }

    @Test func cytoscapeJSONParsesWithTitlesIntact() throws {
        let title = "Say \"hi\" \\ {braces}\nnew line $\\alpha$ \u{1}ctl"
        let graph = GraphBuilder.build(SmallCorpus.corpus(firstTitle: title), view: .full).graph
        let json = try #require(try JSONSerialization.jsonObject(with: Data(CytoscapeJSONWriter.write(graph).utf8)) as? [String: Any])
        let elements = try #require(json["elements"] as? [String: Any])
        let nodes = try #require(elements["nodes"] as? [[String: [String: Any]]])
        let edges = try #require(elements["edges"] as? [[String: [String: Any]]])
        #expect(nodes.count == 15)
        #expect(edges.count == 22)
        #expect(nodes[0]["data"]?["id"] as? String == "n0")
        #expect(nodes[0]["data"]?["label"] as? String == title)
        #expect(nodes[0]["data"]?["year"] as? Int == 2023)
        #expect(edges[0]["data"]?["source"] as? String == "n0")
        #expect(edges[0]["data"]?["weight"] as? Double == 1)
    }

    @Test func cytoscapeJSONExactTinyEdge() {
        let text = CytoscapeJSONWriter.write(TinyGraph.make())
        #expect(text.contains(#"{"data": {"id": "e0", "source": "n1", "target": "n0", "kind": "authored", "weight": 0.25, "papers": "2301.00001 2301.00002 (+3 more)"}}"#))
        #expect(text.contains(#"{"data": {"id": "n1", "kind": "author", "label": "Ada", "key": "Ada, L.", "score": 0.5, "active": true}}"#))
    }

    @Test func neo4jCSVExactOutput() {
        let csv = Neo4jCSVWriter.write(TinyGraph.make())
        #expect(csv.nodes == #"""
        :ID,:LABEL,kind,label,key,year:long,score:double,active:boolean
        paper:2301.00001,Paper,paper,"A & ""B""",2301.00001,2023,,
        "author:Ada, L.",Author,author,Ada,"Ada, L.",,0.5,true

        """#)
        #expect(csv.relationships == """
        :START_ID,:END_ID,:TYPE,weight:double,papers
        "author:Ada, L.",paper:2301.00001,AUTHORED,0.25,2301.00001 2301.00002 (+3 more)

        """)
    }

    @Test func edgeListCSVExactOutput() {
        #expect(EdgeListCSVWriter.write(TinyGraph.make()) == """
        source,target,weight,kind,source_kind,target_kind,papers
        "Ada, L.",2301.00001,0.25,authored,author,paper,2301.00001 2301.00002 (+3 more)

        """)
    }

    @Test func sameInputGivesByteIdenticalFiles() {
        for view in GraphView.allCases {
            let one = GraphBuilder.build(SmallCorpus.corpus(), view: view, options: GraphOptions(counting: .fractional)).graph
            var reordered = SmallCorpus.corpus()
            reordered.papers.reverse()
            reordered.resources.reverse()
            let two = GraphBuilder.build(reordered, view: view, options: GraphOptions(counting: .fractional)).graph
            #expect(GraphMLWriter.write(one) == GraphMLWriter.write(two), "\(view)")
            #expect(DOTWriter.write(one, clusters: true) == DOTWriter.write(two, clusters: true), "\(view)")
            #expect(CytoscapeJSONWriter.write(one) == CytoscapeJSONWriter.write(two), "\(view)")
            #expect(EdgeListCSVWriter.write(one) == EdgeListCSVWriter.write(two), "\(view)")
        }
    }
}
