/// The weighted neighbour lists every structural measure starts from.
extension Graph {
    public struct Neighbor: Sendable, Hashable {
        public var node: Int
        /// The summed weight of every edge between the two nodes.
        public var weight: Double
    }

    /// Each node's neighbours, sorted by index. Parallel edges (of different kinds) are merged
    /// by summing their weights; self-loops are dropped. (The measures themselves run on
    /// `CompressedAdjacency`, the same lists in flat arrays.)
    public func weightedNeighbors() -> [[Neighbor]] {
        let adjacency = CompressedAdjacency(self)
        return (0..<nodeCount).map { v in
            (adjacency.offsets[v]..<adjacency.offsets[v + 1]).map {
                Neighbor(node: Int(adjacency.targets[$0]), weight: adjacency.weights[$0])
            }
        }
    }
}
