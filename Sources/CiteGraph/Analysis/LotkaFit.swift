import Foundation

/// Lotka's law of author productivity, fitted as bibliometrix's `lotka()` does: the share of
/// authors with n papers, f(n) = C / n^β, by least squares on log10 f against log10 n over the
/// observed values of n; then the two-sample Kolmogorov–Smirnov statistic between the observed
/// shares and Lotka's inverse-square law with the fitted C (f = C/n²).
public struct LotkaFit: Sendable, Hashable, Codable {
    public struct Level: Sendable, Hashable, Codable {
        public var papers: Int
        public var authors: Int
        /// authors / all authors.
        public var share: Double
    }

    /// One level per observed paper count, ascending.
    public var levels: [Level]
    public var beta: Double
    public var c: Double
    public var rSquared: Double
    /// KS statistic D: the largest gap between the two empirical distribution functions.
    public var ks: Double
    /// Asymptotic two-sample KS p-value for D (as R's ks.test with exact = FALSE, uncorrected).
    public var pValue: Double

    enum CodingKeys: String, CodingKey {
        case levels, beta, c, rSquared = "r_squared", ks, pValue = "p_value"
    }

    /// Fits papers-per-author counts; nil with fewer than two distinct counts (no line to fit).
    public static func fit(papersPerAuthor: [Int]) -> LotkaFit? {
        let counts = papersPerAuthor.filter { $0 > 0 }
        var authorsAt: [Int: Int] = [:]
        for c in counts { authorsAt[c, default: 0] += 1 }
        guard authorsAt.count >= 2 else { return nil }
        let total = Double(counts.count)
        let levels = authorsAt.keys.sorted().map { Level(papers: $0, authors: authorsAt[$0]!, share: Double(authorsAt[$0]!) / total) }
        let xs = levels.map { log10(Double($0.papers)) }, ys = levels.map { log10($0.share) }
        let k = Double(levels.count)
        let meanX = xs.reduce(0, +) / k, meanY = ys.reduce(0, +) / k
        let sxy = zip(xs, ys).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
        let sxx = xs.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        let syy = ys.reduce(0) { $0 + ($1 - meanY) * ($1 - meanY) }
        let slope = sxy / sxx
        let intercept = meanY - slope * meanX
        let rSquared = syy == 0 ? 1 : (sxy * sxy) / (sxx * syy)
        let observed = levels.map(\.share)
        let theoretical = levels.map { pow(10, intercept - 2 * log10(Double($0.papers))) }
        let d = kolmogorovSmirnov(observed, theoretical)
        let effective = Double(observed.count * theoretical.count) / Double(observed.count + theoretical.count)
        return LotkaFit(levels: levels, beta: abs(slope), c: pow(10, intercept), rSquared: rSquared, ks: d,
                        pValue: kolmogorovPValue(sqrt(effective) * d))
    }

    /// Two-sample KS statistic: max |F₁(x) − F₂(x)| over every observed x. Values within a
    /// relative 1e-12 count as equal, so a fit that reproduces a share up to rounding is a tie.
    public static func kolmogorovSmirnov(_ a: [Double], _ b: [Double]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        let sa = a.sorted(), sb = b.sorted()
        var d = 0.0
        for x in sa + sb {
            let limit = x + 1e-12 * abs(x)
            let fa = Double(sa.filter { $0 <= limit }.count) / Double(sa.count)
            let fb = Double(sb.filter { $0 <= limit }.count) / Double(sb.count)
            d = max(d, abs(fa - fb))
        }
        return d
    }

    /// P(K > λ) for the Kolmogorov distribution: 2 Σ (−1)^(k−1) e^(−2k²λ²).
    static func kolmogorovPValue(_ lambda: Double) -> Double {
        // Below 0.2 the series converges slowly and the probability is 1 to 9 places.
        guard lambda >= 0.2 else { return 1 }
        var sum = 0.0
        for k in 1...100 {
            let term = exp(-2 * Double(k * k) * lambda * lambda)
            sum += (k % 2 == 1 ? 1 : -1) * term
            if term < 1e-12 { break }
        }
        return min(1, max(0, 2 * sum))
    }
}
