extension Graph {
    /// The number of distinct neighbours of each node.
    public func degrees() -> [Int] { adjacency().map(\.count) }

    /// The summed weight of each node's edges (self-loops excluded).
    public func weightedDegrees() -> [Double] {
        adjacency().map { $0.reduce(0) { $0 + $1.weight } }
    }
}
