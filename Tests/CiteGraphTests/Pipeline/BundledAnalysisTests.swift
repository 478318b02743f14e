import Foundation
import Testing
@testable import CiteGraph

/// The timeline and comparisons on the bundled list, against figures a reader can check in
/// corpus.json (the comparison figures were counted independently, with a short Python script
/// over corpus.json, and are written here by hand).
@Suite struct BundledAnalysisTests {
    static func bundledCorpus() throws -> Corpus {
        try CorpusLoader.load(.offline(.list(path: TestPaths.bundledList.path)), log: .silent).corpus
    }

    /// Every paper once in `all` and once in its primary group, in the month of its first version.
    @Test func everyPaperCountedOncePerGroupInItsFirstMonth() throws {
        let corpus = try Self.bundledCorpus()
        let timeline = TimelineBuilder.build(corpus, options: .runDefault)
        let all = timeline.rows.filter { $0.group == "all" }
        #expect(all.reduce(0) { $0 + $1.papers } == 77)
        #expect(all.last?.cumulativePapers == 77)
        // Months read off the papers' `published` dates, not from the timeline code.
        var perMonth: [String: Int] = [:]
        for paper in corpus.papers { perMonth[String(paper.published!.prefix(7)), default: 0] += 1 }
        for row in all { #expect(row.papers == perMonth[row.period, default: 0], "all, \(row.period)") }
        // DPO (2305.18290, first version 2023-05-29) is in May 2023; the earliest paper is
        // CommonsenseQA (1811.00937, dated from its id: November 2018).
        #expect(all.first?.period == "2018-11")
        #expect(try #require(all.first { $0.period == "2023-05" }).papers >= 1)
        let clPrimary = corpus.papers.filter { $0.primaryCategory == "cs.CL" }.count
        #expect(clPrimary == 55)
        #expect(timeline.rows.filter { $0.group == "cs.CL" }.reduce(0) { $0 + $1.papers } == 55)
    }

    @Test func compareCategories() throws {
        let comparison = try Comparator.compare(try Self.bundledCorpus(), "cs.CL", "cs.LG")
        #expect(comparison.a.papers == 64)
        #expect(comparison.a.primary == 55)
        #expect(comparison.b.papers == 23)
        #expect(comparison.b.primary == 9)
        #expect(comparison.a.authors == 542)
        #expect(comparison.b.authors == 226)
        #expect(comparison.overlap.papers == 17)
        #expect(comparison.overlap.authors == 130)
    }

    @Test func compareSections() throws {
        let comparison = try Comparator.compare(try Self.bundledCorpus(), "Online Human Alignment", "Offline Human Alignment")
        #expect(comparison.a.kind == "section")
        #expect(comparison.a.papers == 2)
        #expect(comparison.b.papers == 7)
        #expect(comparison.a.resources == 0)
        #expect(comparison.b.resources == 2)
        #expect(comparison.a.authors == 30)
        #expect(comparison.b.authors == 37)
        #expect(comparison.overlap.papers == 0)
    }
}
