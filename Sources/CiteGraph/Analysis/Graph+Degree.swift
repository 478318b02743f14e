extension Graph {
    /// The number of distinct neighbours of each node (parallel edges count once, self-loops not at all).
    public func degrees() -> [Int] { CompressedAdjacency(self).degrees() }

    /// Each node's strength (weighted degree): the summed weight of its edges, self-loops
    /// excluded, as the centralities below see it.
    public func strengths() -> [Double] { CompressedAdjacency(self).strengths() }
}
