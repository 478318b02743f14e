/// PageRank by power iteration on the undirected graph seen as directed both ways, each node
/// passing its rank to its neighbours in proportion to edge weight. Nodes with no edge spread
/// their rank evenly over all nodes. The ranks sum to 1.
extension Graph {
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000) -> [Double] {
        CompressedAdjacency(self).pageRank(damping: damping, tolerance: tolerance, maxIterations: maxIterations)
    }
}

extension CompressedAdjacency {
    public func pageRank(damping: Double = 0.85, tolerance: Double = 1e-12, maxIterations: Int = 1000) -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        let strength = strengths()
        let dangling = (0..<n).filter { strength[$0] <= 0 }
        var rank = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        // What each node passes on (damping × rank) beside its strength: one memory access per
        // neighbour below.
        var sender = strength.map { (passed: 0.0, strength: $0) }
        for _ in 0..<maxIterations {
            let lost = dangling.reduce(0) { $0 + rank[$1] }
            let base = (1 - damping) / Double(n) + damping * lost / Double(n)
            for v in 0..<n { sender[v].passed = damping * rank[v] }
            // Pulled rather than pushed: the rows are symmetric and sorted, so node u adds its
            // neighbours' shares in ascending order, as a push over the nodes in order would,
            // and every product is formed as before: (damping × rank) × weight / strength.
            for u in 0..<n {
                var sum = base
                for k in offsets[u]..<offsets[u + 1] {
                    let from = sender[Int(targets[k])]
                    // The push skipped senders without strength (possible only with zero or
                    // negative weights).
                    if from.strength > 0 { sum += from.passed * weights[k] / from.strength }
                }
                next[u] = sum
            }
            var change = 0.0
            for v in 0..<n { change += abs(next[v] - rank[v]) }
            swap(&rank, &next)
            if change < tolerance { break }
        }
        return rank
    }
}
