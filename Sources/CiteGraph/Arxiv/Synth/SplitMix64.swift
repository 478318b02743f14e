import Foundation

/// A seedable pseudo-random generator (Steele, Lea and Flood's SplitMix64). The synthetic corpus
/// must be the same for the same seed on every machine and toolchain, so it draws only through
/// this type's own `below`/`unit` and never through the standard library's `random(in:)`, whose
/// algorithm is not promised to stay the same.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finalizer: a good 64-bit hash, used to derive a person's fixed traits from
    /// their number without storing them.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0..<bound` by multiply-shift (bias below bound/2⁶⁴, irrelevant here).
    public mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "below(\(bound))")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Uniform in `range`.
    public mutating func between(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// Uniform in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// A rank in `0..<count` with P(rank r) ∝ 1/(r+1) (Zipf with exponent 1), drawn log-uniformly:
    /// a few ranks are very common, most are rare, as with surnames and institutions.
    public mutating func zipfRank(_ count: Int) -> Int {
        let rank = Int(pow(Double(count + 1), unit())) - 1
        return min(max(rank, 0), count - 1)
    }
}
