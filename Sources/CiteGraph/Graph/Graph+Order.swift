extension Graph {
    /// Whether the nodes are in canonical order: sorted by kind, then key, no key twice.
    var hasCanonicalNodeOrder: Bool {
        index == nil || nodes.indices.dropFirst().allSatisfy {
            nodes[$0 - 1].nodeKey < nodes[$0].nodeKey
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
