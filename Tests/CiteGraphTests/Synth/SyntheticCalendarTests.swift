import Testing
@testable import CiteGraph

@Suite struct SyntheticCalendarTests {
    @Test func monthsRunFromAugust1991ToNovember2026() throws {
        let months = SyntheticCalendar.months
        // 1991-08…1991-12 is 5 months, 1992…2025 is 34 years, 2026-01…2026-11 is 11 months.
        #expect(months.count == 5 + 34 * 12 + 11)
        #expect(months.first == .init(year: 1991, month: 8))
        #expect(months.last == .init(year: 2026, month: 11))
        #expect(SyntheticCalendar.Month(year: 2007, month: 3).isOldStyle)
        #expect(!SyntheticCalendar.Month(year: 2007, month: 4).isOldStyle)
        #expect(SyntheticCalendar.Month(year: 2007, month: 3).yymm == "0703")
        #expect(SyntheticCalendar.Month(year: 1999, month: 11).yymm == "9911")
    }

    @Test func allocationSumsToTheRequestAndGrows() throws {
        let counts = try SyntheticCalendar.allocate(papers: 100_000)
        #expect(counts.reduce(0, +) == 100_000)
        // 13% a year: the last year holds more than ten times the first full year (e^(0.13·34) ≈ 83).
        let first = counts[5..<17].reduce(0, +)  // 1992
        let last = counts[(counts.count - 23)..<(counts.count - 11)].reduce(0, +)  // 2025
        #expect(first > 0)
        #expect(last > 10 * first)
    }

    @Test func allocationRespectsEachMonthsIdCapacity() throws {
        let counts = try SyntheticCalendar.allocate(papers: 5_000_000)
        #expect(counts.reduce(0, +) == 5_000_000)
        for (count, month) in zip(counts, SyntheticCalendar.months) {
            #expect(count <= month.capacity, "\(month)")
        }
    }

    @Test func rejectsImpossibleSizes() {
        #expect(throws: CiteGraphError.self) { try SyntheticCalendar.allocate(papers: -1) }
        #expect(throws: CiteGraphError.self) { try SyntheticCalendar.allocate(papers: SyntheticCalendar.capacity + 1) }
        #expect((try? SyntheticCalendar.allocate(papers: 0))?.reduce(0, +) == 0)
    }
}
