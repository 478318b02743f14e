/// The weighted neighbour lists every structural measure starts from.
extension Graph {
    public struct Neighbor: Sendable, Hashable {
        public var node: Int
        /// The summed weight of every edge between the two nodes.
        public var weight: Double
    }

    /// Each node's neighbours, sorted by index. Parallel edges (of different kinds) are merged
    /// by summing their weights; self-loops are dropped.
    public func weightedNeighbors() -> [[Neighbor]] {
        var merged = [[Int: Double]](repeating: [:], count: nodeCount)
        for edge in edges where edge.source != edge.target {
            merged[edge.source][edge.target, default: 0] += edge.weight
            merged[edge.target][edge.source, default: 0] += edge.weight
        }
        return merged.map { $0.map { Neighbor(node: $0.key, weight: $0.value) }.sorted { $0.node < $1.node } }
    }
}
