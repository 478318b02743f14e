import Testing
import Foundation
@testable import CiteGraph

@Suite struct TimelineTests {
    @Test func monthlyAllCountsEveryDatedPaperOnceWithEmptyMonths() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions())
        #expect(t.periods == ["2023-01", "2023-02", "2023-03"])
        // Jan: 2 papers, authors Ann, Bob, Cid all new; Feb: nothing; Mar: 1 paper, Dee new (Ann is not).
        #expect(TimelineWriter.csv(t) == """
            period,group,papers,cumulative_papers,new_authors,share,partial
            2023-01,all,2,2,3,1.0000,false
            2023-02,all,0,2,0,,false
            2023-03,all,1,3,1,1.0000,false

            """)
        #expect(t.undated == ["2304.00004"])
        #expect(t.derived == ["2303.00003"])
        #expect(t.derivedCount == 1)
        #expect(t.rows.map(\.derived) == [0, 0, 1])
    }

    @Test func primaryCategoriesShareAndNewAuthors() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(groups: [.primary]))
        let cl = t.rows(of: "cs.CL", grouping: .primary)
        #expect(cl.map(\.papers) == [1, 0, 1])
        #expect(cl.map(\.newAuthors) == [2, 0, 1]) // Ann+Bob in Jan, Dee in Mar
        // February has no paper: its share is 0/0, undefined.
        #expect(cl.map(\.share) == [0.5, nil, 1])
        let lg = t.rows(of: "cs.LG", grouping: .primary)
        #expect(lg.map(\.papers) == [1, 0, 0])
        #expect(lg.map(\.newAuthors) == [2, 0, 0]) // Bob and Cid: their first paper is in January
        #expect(t.groups.map(\.group) == ["cs.CL", "cs.LG"])
    }

    @Test func categoryGroupingCountsCrossListsAndIsRenamedBesidePrimary() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(groups: [.primary, .category]))
        #expect(t.groups.map(\.group) == ["cs.CL", "cs.LG", "cs.CL (any)", "cs.LG (any)"])
        #expect(t.rows(of: "cs.LG (any)", grouping: .category).map(\.papers) == [2, 0, 0])
    }

    @Test func sectionsCoverSubsectionsInDocumentOrder() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(groups: [.section]))
        #expect(t.groups.map(\.group) == ["A", "A > X", "A > Y", "B"])
        #expect(t.rows(of: "A", grouping: .section).map(\.cumulativePapers) == [2, 2, 3])
        #expect(t.rows(of: "A > X", grouping: .section).map(\.papers) == [1, 0, 1])
        // B's undated paper is not counted.
        #expect(t.rows(of: "B", grouping: .section).map(\.papers) == [0, 0, 1])
        let ax = t.groups[1]
        #expect(ax.first == "2023-01-15")
        #expect(ax.last == "2023-03-02")
        // Two dates, 46 days apart: the median is 23 days after 2023-01-15.
        #expect(ax.median == "2023-02-07")
        #expect(ax.cagr == nil)
        #expect(ax.derived == 1)
    }

    @Test func quarterAndYearLabelsAndBounds() {
        let q = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(by: .quarter))
        #expect(q.periods == ["2023-Q1"])
        #expect(q.rows.map(\.papers) == [3])
        let y = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(by: .year, from: "2022", to: "2023"))
        #expect(y.periods == ["2022", "2023"])
        #expect(y.rows.map(\.papers) == [0, 3])
        let m = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(from: "2023-01-16", to: "2023-02"))
        #expect(m.periods == ["2023-01", "2023-02"])
        #expect(m.rows.map(\.papers) == [1, 0])
    }

    /// A window with no paper in it still lists its periods, with zeros and the papers before it
    /// (it printed the CSV header alone, which read as a window outside the corpus).
    @Test func aWindowWithoutPapersListsItsPeriodsWithZeros() {
        // AnalysisCorpus.four: two papers in January 2023, one on March 2, one undated.
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(from: "2023-02", to: "2023-02"))
        #expect(TimelineWriter.csv(t) == """
            period,group,papers,cumulative_papers,new_authors,share,partial
            2023-02,all,0,2,0,,false

            """)
        #expect(t.groups.map(\.papers) == [0])
        #expect(t.groups.first?.bursts == [])
    }

    /// A window that cuts a period: the period is marked partial, cumulative counts the whole
    /// history up to the period's end, and an author is new only when the first paper is inside
    /// the window (the tester's `--by year --from 2022-06` row read as the whole of 2022).
    @Test func aWindowCuttingAPeriodMarksItPartialAndCountsAgainstTheWholeHistory() throws {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(from: "2023-01-16", to: "2023-03-01"))
        // In the window: 2301.00002 (Jan 20; Bob, Cid) only. Before it: 2301.00001 (Jan 15; Ann, Bob).
        // Jan: 1 paper, cumulative 1 + 1 earlier; new: Cid (Bob's first paper is Jan 15, before the window).
        // Mar: cut at the 1st, so 2303.00003 (Mar 2) is out; Feb and Mar have no paper: share undefined.
        #expect(TimelineWriter.csv(t) == """
            period,group,papers,cumulative_papers,new_authors,share,partial
            2023-01,all,1,2,1,1.0000,true
            2023-02,all,0,2,0,,false
            2023-03,all,0,2,0,,true

            """)
        #expect(t.from == "2023-01-16")
        #expect(t.to == "2023-03-01")
        let markdown = TimelineWriter.markdown(t)
        #expect(markdown.contains("Partial periods (counted from 2023-01-16 to 2023-03-01 only, marked “partial” below): 2023-01, 2023-03.\n"))
        #expect(markdown.contains("| 2023-01 (partial) | all | 1 | 2 | 1 | 1.0000 |\n"))
        let json = TimelineWriter.json(t)
        #expect(json.contains("\"share\" : null"))
        #expect(json.contains("\"partial\" : true"))
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["rows"] as? [[String: Any]])
        #expect(rows.map { $0["partial"] as? Bool } == [true, false, true])
        #expect(rows[1]["share"] is NSNull)

        // Whole periods are not partial: 2023 from its first day to its last.
        let year = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(by: .year, from: "2023-01-01", to: "2023"))
        #expect(year.rows.map(\.partial) == [false])
        #expect(!TimelineWriter.markdown(year).contains("Partial"))
        // A group's cumulative count includes its papers before the window: cs.CL had 2301.00001 in
        // January, so from February on it reads 1, then 2 with 2303.00003 in March.
        let primary = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(groups: [.primary], from: "2023-02"))
        #expect(primary.rows(of: "cs.CL", grouping: .primary).map(\.cumulativePapers) == [1, 2])
        #expect(primary.rows(of: "cs.CL", grouping: .primary).map(\.partial) == [false, false])
    }

    @Test func authorGroupingLargestFirstAndTop() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions(groups: [.author], top: 2))
        // Ann and Bob have two dated papers each; Cid and Dee one.
        #expect(t.groups.map(\.group) == ["Ann", "Bob"])
        #expect(t.groups.map(\.papers) == [2, 2])
    }

    @Test func badBoundsAreNamed() {
        #expect(throws: CiteGraphError.self) { try TimelineOptions(from: "2023-13").validate() }
        #expect(throws: CiteGraphError.self) { try TimelineOptions(from: "2024", to: "2023").validate() }
        #expect(throws: CiteGraphError.self) { try TimelineOptions(burstScale: 1).validate() }
        #expect(throws: Never.self) { try TimelineOptions(from: "2023", to: "2023-06-30").validate() }
    }

    @Test func runDefaultGroupsAreAllThenPrimaryThenSections() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: .runDefault)
        #expect(t.groups.map(\.group) == ["all", "cs.CL", "cs.LG", "A", "A > X", "A > Y", "B"])
        #expect(t.rows.count == 7 * 3)
    }

    @Test func markdownFlagsDerivedAndListsUndated() {
        let md = TimelineWriter.markdown(TimelineBuilder.build(AnalysisCorpus.four, options: TimelineOptions()))
        #expect(md.contains("| 2023-03 | all | 1 (1†) | 3 | 1 | 1.0000 |"))
        #expect(md.contains("Undated (not counted): 2304.00004."))
        #expect(md.contains("† Dated from the arXiv id (year and month only): 2303.00003."))
    }
}

@Suite struct GrowthRateTests {
    @Test func cagrNeedsAYear() {
        // One calendar year, 364 days apart: too short to say anything.
        #expect(GrowthRate.cagr([CalendarDay("2023-01-01")!, CalendarDay("2023-12-31")!]) == nil)
        #expect(GrowthRate.cagr([CalendarDay("2023-06-01")!]) == nil)
        // Exactly a year: 1 paper in 2023, 1 in 2024 → no growth.
        #expect(GrowthRate.cagr([CalendarDay("2023-01-01")!, CalendarDay("2024-01-01")!]) == 0)
    }

    @Test func cagrOverFiveYears() {
        // 2 papers in 2019, 32 in 2024: (32/2)^(1/5) − 1 = 16^0.2 − 1 = 0.7411011…
        let days = Array(repeating: CalendarDay("2019-03-01")!, count: 2) + Array(repeating: CalendarDay("2024-05-01")!, count: 32)
            + [CalendarDay("2021-01-01")!]
        let cagr = GrowthRate.cagr(days)!
        #expect(abs(cagr - 0.7411011266) < 1e-9)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(GrowthRate.median([CalendarDay("2023-05-01")!, CalendarDay("2020-01-01")!, CalendarDay("2021-01-01")!]) == CalendarDay("2021-01-01"))
        // 2020-02-28 and 2020-03-01 are two days apart (leap year): the middle is 2020-02-29.
        #expect(GrowthRate.median([CalendarDay("2020-03-01")!, CalendarDay("2020-02-28")!]) == CalendarDay("2020-02-29"))
    }

    @Test func calendarDayNumbersRoundTrip() {
        #expect(CalendarDay("1970-01-01")!.dayNumber == 0)
        #expect(CalendarDay("2000-03-01")!.dayNumber == 11017)
        // 53 years since 1970 with 13 leap days, then January and February: 19345 + 13 + 59.
        #expect(CalendarDay(dayNumber: 19417) == CalendarDay("2023-03-01"))
        #expect(CalendarDay("2023-02-29") == nil)
        #expect(CalendarDay.bound("2024-02", upper: true) == CalendarDay("2024-02-29"))
    }
}

@Suite struct BurstDetectionTests {
    @Test func oneObviousBurst() {
        // 8 periods of 10 items; the stream has 1 per period except 8 in periods 3 and 4.
        // p0 = 22/80 = 0.275, p1 = 2·p0 = 0.55, entering costs ln 8 ≈ 2.08.
        // A period with 8 hits gains 8·ln 2 + 2·ln(0.45/0.725) ≈ 4.59 in the burst state;
        // a period with 1 hit loses ln 2 + 9·ln(0.45/0.725) ≈ −3.60: only periods 3–4 burst.
        let relevant = [1, 1, 1, 8, 8, 1, 1, 1]
        let spans = BurstDetection.detect(relevant: relevant, totals: Array(repeating: 10, count: 8), s: 2, gamma: 1)
        #expect(spans.count == 1)
        #expect(spans.first?.start == 3)
        #expect(spans.first?.end == 4)
        let gain = 8 * log(2.0) + 2 * log(0.45 / 0.725)
        #expect(abs((spans.first?.strength ?? 0) - 2 * gain) < 1e-9)
    }

    @Test func flatSeriesHasNoBurstAndHighGammaSuppressesOne() {
        #expect(BurstDetection.detect(relevant: [2, 2, 2, 2], totals: [10, 10, 10, 10]).isEmpty)
        // Entering now costs 5·ln 8 ≈ 10.4 > the 9.18 gained.
        #expect(BurstDetection.detect(relevant: [1, 1, 1, 8, 8, 1, 1, 1], totals: Array(repeating: 10, count: 8), s: 2, gamma: 5).isEmpty)
    }
}

@Suite struct TimelinePrimaryFallbackTests {
    @Test func papersWithoutPrimaryCategoryHaveTheirOwnGroup() {
        var corpus = AnalysisCorpus.four
        corpus.papers[1].primaryCategory = nil
        let t = TimelineBuilder.build(corpus, options: TimelineOptions(groups: [.primary]))
        #expect(t.groups.map(\.group) == ["cs.CL", "(no primary category)"])
        #expect(t.rows(of: "(no primary category)", grouping: .primary).map(\.papers) == [1, 0, 0])
    }
}
