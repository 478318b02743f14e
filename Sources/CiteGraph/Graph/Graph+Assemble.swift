extension Graph {
    /// A graph of `nodes` (unique keys, any order) and edges between them, in canonical order:
    /// nodes sorted by kind then key, edges by source, then target, then kind.
    static func assembled(name: String, nodes: [Node], edges: [Edge]) -> Graph {
        let order = nodes.indices.sorted { NodeKey(nodes[$0].kind, nodes[$0].key) < NodeKey(nodes[$1].kind, nodes[$1].key) }
        var newIndex = [Int](repeating: 0, count: nodes.count)
        for (rank, position) in order.enumerated() { newIndex[position] = rank }
        var renumbered = edges
        for position in renumbered.indices {
            renumbered[position].source = newIndex[renumbered[position].source]
            renumbered[position].target = newIndex[renumbered[position].target]
        }
        renumbered.sort { ($0.source, $0.target, $0.kind.order) < ($1.source, $1.target, $1.kind.order) }
        return Graph(name: name, canonicalNodes: order.map { nodes[$0] }, edges: renumbered)
    }

    /// Whether the nodes are in canonical order: sorted by kind, then key, no key twice.
    var hasCanonicalNodeOrder: Bool {
        index == nil || nodes.indices.dropFirst().allSatisfy {
            NodeKey(nodes[$0 - 1].kind, nodes[$0 - 1].key) < NodeKey(nodes[$0].kind, nodes[$0].key)
        }
    }
}

extension Graph.EdgeKind {
    /// Position in exports, the declaration order.
    var order: Int {
        switch self {
        case .authored: 0
        case .inCategory: 1
        case .listedIn: 2
        case .coauthor: 3
        case .cooccurs: 4
        }
    }

    /// The kinds by `order`.
    static let byOrder: [Graph.EdgeKind] = allCases
}
