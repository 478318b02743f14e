import Testing
@testable import CiteGraph

@Suite struct SplitMix64Tests {
    /// The first outputs of the reference SplitMix64 (Vigna's splitmix64.c) from state 0.
    @Test func matchesTheReferenceSequence() {
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(random.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func boundedDrawsStayInRange() {
        var random = SplitMix64(seed: 42)
        for _ in 0..<10_000 {
            #expect((0..<7).contains(random.below(7)))
            #expect((3...5).contains(random.between(3...5)))
            let u = random.unit()
            #expect(u >= 0 && u < 1)
            #expect((0..<100).contains(random.zipfRank(100)))
        }
    }

    /// Rank 0 of a Zipf(1) draw over 1000 ranks has probability ln 2 / ln 1001 ≈ 0.10; the last
    /// rank about 0.00014.
    @Test func zipfFavoursTheFirstRanks() {
        var random = SplitMix64(seed: 7)
        var first = 0
        var lastHalf = 0
        for _ in 0..<20_000 {
            let rank = random.zipfRank(1_000)
            if rank == 0 { first += 1 }
            if rank >= 500 { lastHalf += 1 }
        }
        #expect((1_600...2_400).contains(first))
        // P(rank ≥ 500) = ln(1001/501) / ln 1001 ≈ 0.10.
        #expect((1_600...2_400).contains(lastHalf))
    }
}
