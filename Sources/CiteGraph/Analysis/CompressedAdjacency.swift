/// A graph's weighted neighbour lists in compressed sparse rows, built once and shared by every
/// structural measure (degrees, components, PageRank, betweenness, closeness, Louvain): node v's
/// neighbours are `targets[offsets[v]..<offsets[v + 1]]`, ascending, with the summed weight of
/// the edges to each in `weights`. Flat arrays instead of one array or dictionary per node: a
/// million-node graph is three allocations, and the passes over it read memory in order.
public struct CompressedAdjacency: Sendable {
    /// n + 1 row starts; the last is the number of entries.
    public let offsets: [Int]
    /// Neighbour indices (32 bits: half the memory of `Int`, and no graph here nears 2³¹ nodes).
    public let targets: [Int32]
    public let weights: [Double]

    public var nodeCount: Int { offsets.count - 1 }
    public var entryCount: Int { targets.count }

    init(offsets: [Int], targets: [Int32], weights: [Double]) {
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// The same lists as `Graph.weightedNeighbors()`: parallel edges (of different kinds) merged
    /// by summing their weights in edge order, self-loops dropped, each row sorted by index.
    public init(_ graph: Graph) {
        let n = graph.nodeCount
        precondition(n < Int(Int32.max), "graph too large for 32-bit node indices")
        var start = [Int](repeating: 0, count: n + 1)
        for edge in graph.edges where edge.source != edge.target {
            start[edge.source + 1] += 1
            start[edge.target + 1] += 1
        }
        for v in 0..<n { start[v + 1] += start[v] }
        var cursor = start
        var targets = [Int32](repeating: 0, count: start[n])
        var weights = [Double](repeating: 0, count: start[n])
        // Each row in edge order first, as the edges come.
        for edge in graph.edges where edge.source != edge.target {
            targets[cursor[edge.source]] = Int32(truncatingIfNeeded: edge.target)
            weights[cursor[edge.source]] = edge.weight
            cursor[edge.source] += 1
            targets[cursor[edge.target]] = Int32(truncatingIfNeeded: edge.source)
            weights[cursor[edge.target]] = edge.weight
            cursor[edge.target] += 1
        }
        // Then each row sorted by neighbour (parallel entries keep edge order, so their sum is
        // added in edge order) and parallel entries merged, compacting in place.
        var offsets = [Int](repeating: 0, count: n + 1)
        var written = 0
        var scratch: [(target: Int32, position: Int32)] = []
        var scratchWeights: [Double] = []
        for v in 0..<n {
            let lower = start[v], upper = start[v + 1]
            var sorted = true
            if upper - lower > 1 {
                for k in (lower + 1)..<upper where targets[k] < targets[k - 1] { sorted = false; break }
            }
            if !sorted {
                scratch.removeAll(keepingCapacity: true)
                scratchWeights.removeAll(keepingCapacity: true)
                for k in lower..<upper {
                    scratch.append((targets[k], Int32(truncatingIfNeeded: k - lower)))
                    scratchWeights.append(weights[k])
                }
                scratch.sort { ($0.target, $0.position) < ($1.target, $1.position) }
                for (i, entry) in scratch.enumerated() {
                    targets[lower + i] = entry.target
                    weights[lower + i] = scratchWeights[Int(entry.position)]
                }
            }
            for k in lower..<upper {
                if written > offsets[v], targets[written - 1] == targets[k] {
                    weights[written - 1] += weights[k]
                } else {
                    targets[written] = targets[k]
                    weights[written] = weights[k]
                    written += 1
                }
            }
            offsets[v + 1] = written
        }
        targets.removeLast(targets.count - written)
        weights.removeLast(weights.count - written)
        self.init(offsets: offsets, targets: targets, weights: weights)
    }

    /// The number of distinct neighbours of each node.
    public func degrees() -> [Int] {
        (0..<nodeCount).map { offsets[$0 + 1] - offsets[$0] }
    }

    /// Each node's summed edge weight, added in neighbour order (self-loops included when the
    /// rows hold any, as merged Louvain levels do).
    public func strengths() -> [Double] {
        var result = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            var sum = 0.0
            for k in offsets[v]..<offsets[v + 1] { sum += weights[k] }
            result[v] = sum
        }
        return result
    }
}
