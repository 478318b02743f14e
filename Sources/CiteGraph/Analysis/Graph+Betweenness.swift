/// Betweenness centrality by Brandes' algorithm ("A faster algorithm for betweenness
/// centrality", 2001): one single-source shortest-path pass per node (BFS, or Dijkstra when
/// weighted), then dependencies accumulated in order of decreasing distance.
extension Graph {
    /// Each node's betweenness over unordered pairs of other nodes (each shortest path between s
    /// and t counted once, as for an undirected graph). Weighted: an edge's length is 1/weight
    /// (heavier ties are closer). Normalized: divided by (n−1)(n−2)/2, the number of pairs.
    ///
    /// `sources`: when given and smaller than n, only that many source nodes (a seeded sample)
    /// are run and the sums scaled by n/sources — Brandes and Pich's estimate, for graphs too
    /// large for the exact O(n·m) computation.
    public func betweenness(weighted: Bool = false, normalized: Bool = false, sources: Int? = nil, seed: UInt64 = 1) -> [Double] {
        CompressedAdjacency(self).betweenness(weighted: weighted, normalized: normalized, sources: sources, seed: seed)
    }
}

extension CompressedAdjacency {
    /// See `Graph.betweenness(weighted:normalized:sources:seed:)`.
    public func betweenness(weighted: Bool = false, normalized: Bool = false, sources: Int? = nil, seed: UInt64 = 1) -> [Double] {
        let n = nodeCount
        var centrality = [Double](repeating: 0, count: n)
        var pivots = Array(0..<n)
        if let sources, sources < n {
            var random = SeededShuffle(seed: seed)
            random.shuffle(&pivots)
            pivots = Array(pivots.prefix(max(sources, 1))).sorted()
        }
        if weighted {
            for source in pivots {
                let (order, predecessors, sigma) = dijkstraOrder(from: source)
                var delta = [Double](repeating: 0, count: n)
                for w in order.reversed() {
                    for v in predecessors[w] { delta[v] += sigma[v] / sigma[w] * (1 + delta[w]) }
                    if w != source { centrality[w] += delta[w] }
                }
            }
        } else {
            accumulateHops(from: pivots, into: &centrality)
        }
        // Every unordered pair was counted from both ends.
        let scale = (normalized && n > 2 ? 1 / Double((n - 1) * (n - 2)) : 0.5) * Double(n) / Double(max(pivots.count, 1))
        return centrality.map { $0 * scale }
    }

    /// Brandes' passes over hop distances, with buffers reused from one source to the next and
    /// reset only where the pass went, so each source costs O(nodes and edges it reaches). A
    /// node's predecessors are its neighbours one hop nearer the source, found again in the
    /// accumulation rather than stored; every sum is added in the same order as with stored
    /// lists, so the results are the same to the last bit.
    func accumulateHops(from sources: [Int], into centrality: inout [Double]) {
        let n = nodeCount
        // A node's distance, path count and dependency side by side: the passes reach nodes in
        // no particular order, and one memory access then brings all three.
        var state = [HopState](repeating: HopState(), count: n)
        var order: [Int] = []
        order.reserveCapacity(n)
        for source in sources {
            order.removeAll(keepingCapacity: true)
            order.append(source)
            state[source].distance = 0
            state[source].sigma = 1
            var head = 0
            while head < order.count {
                let v = order[head]
                head += 1
                let next = state[v].distance + 1, paths = state[v].sigma
                for k in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[k])
                    let reached = state[w].distance
                    if reached < 0 {
                        state[w].distance = next
                        state[w].sigma += paths
                        order.append(w)
                    } else if reached == next {
                        state[w].sigma += paths
                    }
                }
            }
            for w in order.reversed() {
                let previous = state[w].distance - 1
                let sigmaW = state[w].sigma, deltaW = state[w].delta
                for k in offsets[w]..<offsets[w + 1] {
                    let v = Int(targets[k])
                    if state[v].distance == previous { state[v].delta += state[v].sigma / sigmaW * (1 + deltaW) }
                }
                if w != source { centrality[w] += deltaW }
            }
            for w in order { state[w] = HopState() }
        }
    }

    struct HopState {
        var distance: Int32 = -1
        var sigma = 0.0
        var delta = 0.0
    }

    /// Nodes in order of non-decreasing distance, with lengths 1/weight (Dijkstra), shortest-path
    /// predecessors and path counts. Lengths within a relative 1e-9 of each
    /// other count as equal, so floating-point rounding does not drop tied paths.
    func dijkstraOrder(from source: Int) -> ([Int], [[Int]], [Double]) {
        let n = nodeCount
        var distance = [Double](repeating: .infinity, count: n)
        var sigma = [Double](repeating: 0, count: n)
        var predecessors = [[Int]](repeating: [], count: n)
        var done = [Bool](repeating: false, count: n)
        var order: [Int] = []
        var heap = MinHeap()
        distance[source] = 0
        sigma[source] = 1
        heap.push(0, source)
        while let (d, v) = heap.pop() {
            if done[v] || d > distance[v] { continue }
            done[v] = true
            order.append(v)
            for k in offsets[v]..<offsets[v + 1] where weights[k] > 0 {
                let w = Int(targets[k])
                let candidate = d + 1 / weights[k]
                let tolerance = 1e-9 * max(1, candidate)
                if candidate < distance[w] - tolerance {
                    distance[w] = candidate
                    sigma[w] = sigma[v]
                    predecessors[w] = [v]
                    heap.push(candidate, w)
                } else if abs(candidate - distance[w]) <= tolerance, !done[w] {
                    sigma[w] += sigma[v]
                    predecessors[w].append(v)
                }
            }
        }
        return (order, predecessors, sigma)
    }
}

/// A binary min-heap of (distance, node), ties broken by node index so runs are reproducible.
struct MinHeap {
    private var items: [(Double, Int)] = []

    private static func less(_ a: (Double, Int), _ b: (Double, Int)) -> Bool { a.0 < b.0 || (a.0 == b.0 && a.1 < b.1) }

    mutating func push(_ key: Double, _ value: Int) {
        items.append((key, value))
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard MinHeap.less(items[i], items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> (Double, Int)? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var i = 0
        while true {
            let l = 2 * i + 1, r = l + 1
            var smallest = i
            if l < items.count, MinHeap.less(items[l], items[smallest]) { smallest = l }
            if r < items.count, MinHeap.less(items[r], items[smallest]) { smallest = r }
            if smallest == i { break }
            items.swapAt(i, smallest)
            i = smallest
        }
        return top
    }
}
