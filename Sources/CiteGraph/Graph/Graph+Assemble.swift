extension Graph {
    /// An edge between nodes named by key, before the nodes have indices.
    struct KeyedEdge {
        var source: NodeKey
        var target: NodeKey
        var kind: EdgeKind
        var weight: Double
        var papers: [String]
    }

    /// A graph in canonical order whatever order the parts came in: nodes sorted by (kind, key),
    /// edges by (source, target, kind), each edge's papers sorted and capped at `papersCap`.
    /// Edges whose ends are not among `nodes` are dropped.
    static func assembled(name: String, nodes: [Node], edges: [KeyedEdge], papersCap: Int) -> Graph {
        var graph = Graph(name: name)
        for node in nodes.sorted(by: { NodeKey($0.kind, $0.key) < NodeKey($1.kind, $1.key) }) {
            graph.addNode(node)
        }
        var indexed: [Edge] = []
        indexed.reserveCapacity(edges.count)
        for edge in edges {
            guard let source = graph.nodeIndex(edge.source.kind, edge.source.key),
                  let target = graph.nodeIndex(edge.target.kind, edge.target.key) else { continue }
            let papers = edge.papers.sorted()
            let cap = max(0, papersCap)
            indexed.append(Edge(source: source, target: target, kind: edge.kind, weight: edge.weight,
                                papers: Array(papers.prefix(cap)), morePapers: max(0, papers.count - cap)))
        }
        for edge in indexed.sorted(by: Graph.edgeOrder) { graph.addEdge(edge) }
        return graph
    }

    /// Export order of edges: by source index, then target index, then kind.
    static func edgeOrder(_ a: Edge, _ b: Edge) -> Bool {
        (a.source, a.target, a.kind.order) < (b.source, b.target, b.kind.order)
    }
}

extension Graph.EdgeKind {
    /// Position in exports, the declaration order.
    var order: Int { Graph.EdgeKind.allCases.firstIndex(of: self) ?? 0 }
}
