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
        CompressedAdjacency(self).louvain(seed: seed, resolution: resolution)
    }

    /// Newman's modularity Σ_c [in_c/2m − γ(tot_c/2m)²] of a partition (community per node).
    public func modularity(of membership: [Int], resolution: Double = 1) -> Double {
        CompressedAdjacency(self).modularity(of: membership, resolution: resolution)
    }
}

extension CompressedAdjacency {
    /// See `Graph.louvain(seed:resolution:)`. Each level is itself a `CompressedAdjacency`
    /// whose rows may hold a self-loop: twice the weight inside a merged node.
    public func louvain(seed: UInt64 = 1, resolution: Double = 1) -> Graph.Communities {
        var level = self
        var membership = Array(0..<nodeCount)
        var random = SeededShuffle(seed: seed)
        while true {
            let (local, moved) = level.moveNodes(resolution: resolution, random: &random)
            guard moved else { break }
            // Renumber communities densely, in order of first member.
            var renumber = [Int](repeating: -1, count: local.count)
            var count = 0
            for c in local where renumber[c] < 0 {
                renumber[c] = count
                count += 1
            }
            let next = local.map { renumber[$0] }
            membership = membership.map { next[$0] }
            if count == local.count { break }
            level = level.merged(into: next, count: count)
        }
        let ordered = Graph.relabelBySize(membership)
        return Graph.Communities(membership: ordered, modularity: modularity(of: ordered, resolution: resolution))
    }

    /// The graph of communities: row a holds, for each community b, the summed weight of the
    /// entries from a member of a to a member of b. Every sum is added in order of the member
    /// (ascending), then of its row, so it comes out the same to the last bit in every run.
    func merged(into community: [Int], count: Int) -> CompressedAdjacency {
        // Members of each community, ascending (a counting sort by community).
        var memberStart = [Int](repeating: 0, count: count + 1)
        for c in community { memberStart[c + 1] += 1 }
        for c in 0..<count { memberStart[c + 1] += memberStart[c] }
        var cursor = memberStart
        var members = [Int](repeating: 0, count: community.count)
        for (v, c) in community.enumerated() {
            members[cursor[c]] = v
            cursor[c] += 1
        }
        var rowStarts = [Int](repeating: 0, count: count + 1)
        var mergedTargets: [Int32] = [], mergedWeights: [Double] = []
        var sum = [Double](repeating: 0, count: count)
        var touched = [Bool](repeating: false, count: count)
        var reached: [Int] = []
        for a in 0..<count {
            reached.removeAll(keepingCapacity: true)
            for i in members[memberStart[a]..<memberStart[a + 1]] {
                for k in offsets[i]..<offsets[i + 1] {
                    let b = community[Int(targets[k])]
                    if !touched[b] {
                        touched[b] = true
                        reached.append(b)
                    }
                    sum[b] += weights[k]
                }
            }
            reached.sort()
            for b in reached {
                mergedTargets.append(Int32(truncatingIfNeeded: b))
                mergedWeights.append(sum[b])
                sum[b] = 0
                touched[b] = false
            }
            rowStarts[a + 1] = mergedTargets.count
        }
        return CompressedAdjacency(offsets: rowStarts, targets: mergedTargets, weights: mergedWeights)
    }

    /// Newman's modularity Σ_c [in_c/2m − γ(tot_c/2m)²] of a partition (community per node).
    public func modularity(of membership: [Int], resolution: Double = 1) -> Double {
        let strength = strengths()
        let twiceM = strength.reduce(0, +)
        guard twiceM > 0 else { return 0 }
        // Communities numbered 0, 1, 2… in the order of their numbers (the order of the sum).
        let numbers = (membership.min() ?? 0) >= 0 ? nil : Set(membership).sorted()
        let dense = numbers.map { numbers in
            let position = Dictionary(uniqueKeysWithValues: numbers.enumerated().map { ($1, $0) })
            return membership.map { position[$0] ?? 0 }
        } ?? membership
        return denseModularity(of: dense, strength: strength, twiceM: twiceM, resolution: resolution)
    }

    private func denseModularity(of membership: [Int], strength: [Double], twiceM: Double, resolution: Double) -> Double {
        let count = (membership.max() ?? -1) + 1
        var inside = [Double](repeating: 0, count: count), total = [Double](repeating: 0, count: count)
        var present = [Bool](repeating: false, count: count)
        for v in 0..<nodeCount {
            let c = membership[v]
            present[c] = true
            total[c] += strength[v]
            for k in offsets[v]..<offsets[v + 1] where membership[Int(targets[k])] == c {
                inside[c] += weights[k]
            }
        }
        var q = 0.0
        for c in 0..<count where present[c] {
            q = q + inside[c] / twiceM - resolution * (total[c] / twiceM) * (total[c] / twiceM)
        }
        return q
    }

    /// Phase one: repeated passes moving single nodes; returns each node's community and whether
    /// any node moved.
    func moveNodes(resolution: Double, random: inout SeededShuffle) -> ([Int], Bool) {
        let n = nodeCount
        let strength = strengths()
        let twiceM = strength.reduce(0, +)
        var community = Array(0..<n)
        guard twiceM > 0 else { return (community, false) }
        var total = strength
        var order = Array(0..<n)
        random.shuffle(&order)
        // Weight from the node at hand to each neighbouring community, and which communities
        // that is (reset after each node: only the entries it touched).
        var toCommunity = [Double](repeating: 0, count: n)
        var touched = [Bool](repeating: false, count: n)
        var neighbouring: [Int] = []
        var candidates: [(community: Int, gain: Double)] = []
        var movedAny = false
        var improved = true
        while improved {
            improved = false
            for v in order {
                let current = community[v]
                neighbouring.removeAll(keepingCapacity: true)
                for k in offsets[v]..<offsets[v + 1] {
                    let u = Int(targets[k])
                    if u == v { continue }
                    let c = community[u]
                    if !touched[c] {
                        touched[c] = true
                        neighbouring.append(c)
                    }
                    toCommunity[c] += weights[k]
                }
                total[current] -= strength[v]
                let sv = strength[v]
                var best = current
                var bestGain = toCommunity[current] - resolution * total[current] * sv / twiceM
                // The scan goes through the neighbouring communities in ascending order, taking
                // each that beats the best so far by 1e-12. One that does not beat staying put
                // by that much can never be taken (the bar only rises), so only the others are
                // sorted, and most often there are none.
                let bar = bestGain + 1e-12
                candidates.removeAll(keepingCapacity: true)
                for c in neighbouring where c != current {
                    let g = toCommunity[c] - resolution * total[c] * sv / twiceM
                    if g > bar { candidates.append((c, g)) }
                }
                if candidates.count > 1 { candidates.sort { $0.community < $1.community } }
                for (c, g) in candidates where g > bestGain + 1e-12 {
                    best = c
                    bestGain = g
                }
                total[best] += sv
                if best != current {
                    community[v] = best
                    improved = true
                    movedAny = true
                }
                for c in neighbouring {
                    toCommunity[c] = 0
                    touched[c] = false
                }
            }
        }
        return (community, movedAny)
    }
}

extension Graph {
    /// Community numbers ordered by size (largest first), ties by smallest member.
    static func relabelBySize(_ membership: [Int]) -> [Int] {
        let count = (membership.max() ?? -1) + 1
        var size = [Int](repeating: 0, count: count), first = [Int](repeating: -1, count: count)
        for (v, c) in membership.enumerated() {
            size[c] += 1
            if first[c] < 0 { first[c] = v }
        }
        let ranked = (0..<count).filter { size[$0] > 0 }.sorted { (size[$0], first[$1]) > (size[$1], first[$0]) }
        var label = [Int](repeating: 0, count: count)
        for (rank, c) in ranked.enumerated() { label[c] = rank }
        return membership.map { label[$0] }
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
