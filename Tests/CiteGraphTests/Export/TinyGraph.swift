@testable import CiteGraph

/// Two nodes and one edge, with one attribute of each type, for exact-output writer tests.
enum TinyGraph {
    static func make() -> Graph {
        var graph = Graph(name: "tiny")
        let paper = graph.addNode(Graph.Node(kind: .paper, key: "2301.00001", label: "A & \"B\"", attributes: [
            .init("key", .string("2301.00001")), .init("year", .int(2023)),
        ]))
        let author = graph.addNode(Graph.Node(kind: .author, key: "Ada, L.", label: "Ada", attributes: [
            .init("key", .string("Ada, L.")), .init("score", .double(0.5)), .init("active", .bool(true)),
        ]))
        graph.addEdge(Graph.Edge(source: author, target: paper, kind: .authored, weight: 0.25,
                                 papers: ["2301.00001", "2301.00002"], morePapers: 3))
        return graph
    }
}
