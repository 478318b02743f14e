import Testing
@testable import CiteGraph

/// The graph's lookups and views whichever way it was built: by `Graph(corpus:)` (nodes in
/// canonical order, looked up by halves) or node by node with `addNode` (in any order, hashed).
@Suite struct GraphStorageTests {
    typealias S = SmallCorpus

    @Test func everyNodeOfTheFullGraphIsFoundByKey() throws {
        let graph = Graph(corpus: S.corpus())
        for (index, node) in graph.nodes.enumerated() {
            #expect(graph.nodeIndex(node.kind, node.key) == index, "\(node.key)")
        }
        #expect(graph.nodeIndex(.author, "Nobody") == nil)
        #expect(graph.nodeIndex(.paper, S.a) == nil)  // an author's name is no paper
        #expect(graph.nodeIndex(.resource, "https://example.com/blog") == 14)  // the last node
    }

    @Test func addingNodesToABuiltGraphKeepsTheLookups() throws {
        var graph = Graph(corpus: S.corpus())
        #expect(graph.addNode(Graph.Node(kind: .author, key: S.b, label: "again")) == 5)  // A is 4, B 5
        #expect(graph.nodes[5].label == S.b)
        // A new node goes last, whatever its key: the order is no longer canonical.
        #expect(graph.addNode(Graph.Node(kind: .author, key: "Aaron", label: "Aaron")) == 15)
        #expect(graph.nodeIndex(.author, "Aaron") == 15)
        #expect(graph.nodeIndex(.author, S.d) == 7)
        #expect(graph.nodeIndex(.category, "cs.LG") == 10)
    }

    @Test func graphsWithTheSameNodesAndEdgesAreEqual() {
        let built = Graph(corpus: S.corpus())
        var copied = Graph(name: built.name)
        for node in built.nodes { copied.addNode(node) }
        for edge in built.edges { copied.addEdge(edge) }
        #expect(copied == built)
        #expect(copied.hashValue == built.hashValue)
        copied.addNode(Graph.Node(kind: .author, key: "Extra", label: "Extra"))
        #expect(copied != built)
    }

    @Test func edgesKeepWhatTheyAreGiven() {
        var edge = Graph.Edge(source: 3, target: 70_000, kind: .coauthor, weight: 0.5, papers: ["x"], morePapers: 41)
        #expect((edge.source, edge.target, edge.kind, edge.weight, edge.papers, edge.morePapers) == (3, 70_000, .coauthor, 0.5, ["x"], 41))
        edge.source = 9
        edge.morePapers = 0
        #expect((edge.source, edge.morePapers) == (9, 0))
    }

    /// A graph built node by node, keys out of order: a co-author view sorts its authors by key
    /// and lists shared papers sorted by id, as for a graph built from a corpus.
    @Test func viewsOfAHandBuiltGraphInAnyOrder() {
        var graph = Graph(name: "hand")
        let zoe = graph.addNode(Graph.Node(kind: .author, key: "Zoe", label: "Zoe"))
        let p2 = graph.addNode(Graph.Node(kind: .paper, key: "2302.00002", label: "two"))
        let amy = graph.addNode(Graph.Node(kind: .author, key: "Amy", label: "Amy"))
        let p1 = graph.addNode(Graph.Node(kind: .paper, key: "2301.00001", label: "one"))
        let bo = graph.addNode(Graph.Node(kind: .author, key: "Bo", label: "Bo"))
        // Zoe and Amy wrote both papers, Bo only the second; one edge is given twice.
        for (author, paper) in [(zoe, p2), (amy, p2), (bo, p2), (zoe, p1), (amy, p1), (amy, p1)] {
            graph.addEdge(Graph.Edge(source: author, target: paper, kind: .authored, weight: 1))
        }
        let view = GraphBuilder.build(full: graph, view: .coauthor).graph
        #expect(view.nodeKeys == ["Amy", "Bo", "Zoe"])
        #expect(view.weightsByKey == ["Amy|Bo|coauthor": 1, "Amy|Zoe|coauthor": 2, "Bo|Zoe|coauthor": 1])
        #expect(view.edges.map(\.papers) == [["2302.00002"], ["2301.00001", "2302.00002"], ["2302.00002"]])
        #expect(view.nodeIndex(.author, "Zoe") == 2)
        let capped = GraphBuilder.build(full: graph, view: .coauthor, options: GraphOptions(papersCap: 1)).graph
        #expect(capped.edges[1].papers == ["2301.00001"] && capped.edges[1].morePapers == 1)
    }
}
