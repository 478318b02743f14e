extension Graph {
    /// For each node, the nodes it shares an edge with (any kind), in edge order.
    public func neighbors() -> [[Int]] {
        var result = [[Int]](repeating: [], count: nodes.count)
        for edge in edges {
            result[edge.source].append(edge.target)
            if edge.target != edge.source { result[edge.target].append(edge.source) }
        }
        return result
    }

    /// Neighbors of one node reached through edges of the given kinds.
    public func neighbors(of node: Int, through kinds: Set<EdgeKind>) -> [Int] {
        var result: [Int] = []
        for edge in edges where kinds.contains(edge.kind) {
            if edge.source == node { result.append(edge.target) } else if edge.target == node { result.append(edge.source) }
        }
        return result
    }

    /// Each node's total edge weight (VOSviewer's "total link strength").
    public func weightedDegrees() -> [Double] {
        var result = [Double](repeating: 0, count: nodes.count)
        for edge in edges {
            result[edge.source] += edge.weight
            if edge.target != edge.source { result[edge.target] += edge.weight }
        }
        return result
    }
}
