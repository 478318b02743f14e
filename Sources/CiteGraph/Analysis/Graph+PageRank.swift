/// PageRank by power iteration on the undirected graph seen as directed both ways, each node
/// passing its rank to its neighbours in proportion to edge weight. Nodes with no edge spread
/// their rank evenly over all nodes. The ranks sum to 1.
extension Graph {
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let adjacency = weightedNeighbors()
        let strength = adjacency.map { $0.reduce(0) { $0 + $1.weight } }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            let dangling = (0..<n).filter { strength[$0] <= 0 }.reduce(0) { $0 + rank[$1] }
            var next = [Double](repeating: (1 - damping) / Double(n) + damping * dangling / Double(n), count: n)
            for v in 0..<n where strength[v] > 0 {
                for neighbor in adjacency[v] { next[neighbor.node] += damping * rank[v] * neighbor.weight / strength[v] }
            }
            let change = zip(next, rank).reduce(0) { $0 + abs($1.0 - $1.1) }
            rank = next
            if change < tolerance { break }
        }
        return rank
    }
}
