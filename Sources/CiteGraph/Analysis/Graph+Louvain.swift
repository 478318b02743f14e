/// Community detection by the Louvain method (Blondel et al., "Fast unfolding of communities in
/// large networks", 2008): move single nodes to the neighbouring community that most increases
/// modularity until none moves, merge each community into one node, repeat. The node order of
/// each pass is a shuffle drawn from `seed`, so a given seed always gives the same communities.
extension Graph {
    public struct Communities: Sendable, Hashable {
        /// Community of each node: 0 is the largest (ties: the one holding the smaller node).
        public var membership: [Int]
        /// Newman's modularity Q of `membership` on the weighted graph.
        public var modularity: Double
        public var count: Int { (membership.max() ?? -1) + 1 }

        /// The members of each community, sorted.
        public var groups: [[Int]] {
            var groups = [[Int]](repeating: [], count: count)
            for (node, c) in membership.enumerated() { groups[c].append(node) }
            return groups
        }
    }

    public func louvain(seed: UInt64 = 1, resolution: Double = 1) -> Communities {
        let n = nodeCount
        // Symmetric weights; A[i][i] holds twice the weight inside a merged node.
        var weights: [[Int: Double]] = weightedNeighbors().map { Dictionary(uniqueKeysWithValues: $0.map { ($0.node, $0.weight) }) }
        var membership = Array(0..<n)
        var random = SeededShuffle(seed: seed)
        while true {
            let (local, moved) = Graph.moveNodes(weights, resolution: resolution, random: &random)
            guard moved else { break }
            // Renumber communities densely, in order of first member.
            var renumber: [Int: Int] = [:]
            for c in local where renumber[c] == nil { renumber[c] = renumber.count }
            let level = local.map { renumber[$0]! }
            membership = membership.map { level[$0] }
            var merged = [[Int: Double]](repeating: [:], count: renumber.count)
            // Rows are summed in key order: dictionary order changes from process to process,
            // and floating-point sums in another order could give other communities.
            for (i, row) in weights.enumerated() {
                for (j, w) in row.sorted(by: { $0.key < $1.key }) { merged[level[i]][level[j], default: 0] += w }
            }
            weights = merged
            if renumber.count == local.count { break }
        }
        let ordered = Graph.relabelBySize(membership)
        return Communities(membership: ordered, modularity: modularity(of: ordered, resolution: resolution))
    }

    /// Newman's modularity Σ_c [in_c/2m − γ(tot_c/2m)²] of a partition (community per node).
    public func modularity(of membership: [Int], resolution: Double = 1) -> Double {
        let adjacency = weightedNeighbors()
        let strength = adjacency.map { $0.reduce(0) { $0 + $1.weight } }
        let twiceM = strength.reduce(0, +)
        guard twiceM > 0 else { return 0 }
        var inside: [Int: Double] = [:], total: [Int: Double] = [:]
        for (v, neighbors) in adjacency.enumerated() {
            total[membership[v], default: 0] += strength[v]
            for neighbor in neighbors where membership[neighbor.node] == membership[v] {
                inside[membership[v], default: 0] += neighbor.weight
            }
        }
        return total.keys.sorted().reduce(0) { q, c in
            q + (inside[c] ?? 0) / twiceM - resolution * (total[c]! / twiceM) * (total[c]! / twiceM)
        }
    }

    /// Phase one: repeated passes moving single nodes; returns each node's community and whether
    /// any node moved.
    static func moveNodes(_ weights: [[Int: Double]], resolution: Double,
                          random: inout SeededShuffle) -> ([Int], Bool) {
        let n = weights.count
        // Each row in key order, so every sum below is the same in every process.
        let rows = weights.map { $0.sorted { $0.key < $1.key } }
        let strength = rows.map { $0.reduce(0) { $0 + $1.value } }
        let twiceM = strength.reduce(0, +)
        var community = Array(0..<n)
        guard twiceM > 0 else { return (community, false) }
        var total = strength
        var order = Array(0..<n)
        random.shuffle(&order)
        var movedAny = false
        var improved = true
        while improved {
            improved = false
            for v in order {
                let current = community[v]
                // Weight from v to each neighbouring community (v itself excluded).
                var toCommunity: [Int: Double] = [:]
                for (u, w) in rows[v] where u != v { toCommunity[community[u], default: 0] += w }
                total[current] -= strength[v]
                func gain(_ c: Int) -> Double { (toCommunity[c] ?? 0) - resolution * total[c] * strength[v] / twiceM }
                var best = current
                var bestGain = gain(current)
                for c in toCommunity.keys.sorted() where c != current {
                    let g = gain(c)
                    if g > bestGain + 1e-12 { best = c; bestGain = g }
                }
                total[best] += strength[v]
                if best != current {
                    community[v] = best
                    improved = true
                    movedAny = true
                }
            }
        }
        return (community, movedAny)
    }

    /// Community numbers ordered by size (largest first), ties by smallest member.
    static func relabelBySize(_ membership: [Int]) -> [Int] {
        var members: [Int: [Int]] = [:]
        for (v, c) in membership.enumerated() { members[c, default: []].append(v) }
        let ranked = members.values.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
        var label = [Int](repeating: 0, count: membership.count)
        for (c, group) in ranked.enumerated() { for v in group { label[v] = c } }
        return label
    }
}

/// A tiny seeded generator (SeededShuffle) so community detection is reproducible everywhere.
struct SeededShuffle: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with this generator (the standard library's shuffle may change between releases).
    mutating func shuffle(_ array: inout [Int]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
