import Foundation

/// Kleinberg's two-state burst detection for batched counts ("Bursty and Hierarchical Structure
/// in Streams", 2002, §4), as CiteSpace applies it: in each period t, `relevant[t]` of
/// `totals[t]` items belong to the stream. The base state emits at rate p₀ = Σr/Σd, the burst
/// state at p₁ = s·p₀; entering the burst state costs γ·ln n (n periods), leaving it is free.
/// The cheapest state sequence (Viterbi) marks the bursts.
public enum BurstDetection {
    public struct Span: Sendable, Hashable {
        /// Period indices into the series, inclusive.
        public var start: Int
        public var end: Int
        /// Σ over the span of cost(base) − cost(burst): how much better the burst state explains it.
        public var strength: Double
    }

    public static func detect(relevant: [Int], totals: [Int], s: Double = 2, gamma: Double = 1) -> [Span] {
        let n = relevant.count
        guard n > 0, totals.count == n, s > 1 else { return [] }
        let r = relevant.reduce(0, +), d = totals.reduce(0, +)
        guard r > 0, d > r else { return [] } // p₀ = 1 leaves no room for a faster state
        let p0 = Double(r) / Double(d)
        let p1 = min(s * p0, 0.9999)
        guard p1 > p0 else { return [] }
        // Negative log-likelihood of period t in a state of rate p (the binomial coefficient is
        // the same in both states, so it is left out).
        func cost(_ t: Int, _ p: Double) -> Double {
            let hits = Double(relevant[t]), misses = Double(totals[t] - relevant[t])
            return -(hits * log(p) + misses * log(1 - p))
        }
        let enter = gamma * log(Double(n))
        // Viterbi over two states; the stream starts in the base state, so starting in the
        // burst state pays the entry cost.
        var best = [cost(0, p0), enter + cost(0, p1)]
        var from: [[Int]] = [[0, 0]]
        for t in 1..<max(n, 1) where t < n {
            let to0 = best[0] <= best[1] ? (best[0], 0) : (best[1], 1)
            let to1 = best[1] <= best[0] + enter ? (best[1], 1) : (best[0] + enter, 0)
            best = [to0.0 + cost(t, p0), to1.0 + cost(t, p1)]
            from.append([to0.1, to1.1])
        }
        var states = [Int](repeating: 0, count: n)
        states[n - 1] = best[0] <= best[1] ? 0 : 1
        if n > 1 {
            for t in stride(from: n - 1, to: 0, by: -1) { states[t - 1] = from[t][states[t]] }
        }
        var spans: [Span] = []
        var t = 0
        while t < n {
            guard states[t] == 1 else { t += 1; continue }
            var end = t
            var strength = 0.0
            while end < n, states[end] == 1 {
                strength += cost(end, p0) - cost(end, p1)
                end += 1
            }
            spans.append(Span(start: t, end: end - 1, strength: strength))
            t = end
        }
        return spans
    }
}
