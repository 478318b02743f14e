import Foundation
import Testing
@testable import CiteGraph

/// `run --skip`: the groups left out are not written, the others are byte for byte what a full
/// run writes (the co-author view is still built for the statistics when only its files are
/// skipped), and the files written are listed in the same order as in a full run.
@Suite struct RunSkipTests {
    func offlineRun(into out: String, skip: Set<RunOutput>) throws -> RunSummary {
        try Pipeline.run(.offline(.list(path: TestPaths.bundledList.path), output: out, skip: skip), log: .silent).summary
    }

    func names(_ summary: RunSummary) -> [String] {
        summary.filesWritten.map { ($0 as NSString).lastPathComponent }
    }

    @Test func skippedGroupsAreNotWrittenAndTheRestIsUnchanged() throws {
        let all = try makeTemporaryDirectory("skip-all")
        let some = try makeTemporaryDirectory("skip-some")
        let full = try offlineRun(into: all, skip: [])
        let partial = try offlineRun(into: some, skip: [.corpus, .coauthors, .authors, .compare])

        #expect(names(full) == [
            "corpus.json", "graph.graphml", "graph.dot", "coauthors.graphml", "coauthors.dot",
            "categories.graphml", "categories.dot", "sections.graphml", "sections.dot", "authors.csv",
            "timeline.csv", "timeline.md", "timeline.svg", "stats.json",
            "compare-sections.md", "compare-sections.json", "compare-sections.svg",
            "compare-categories.md", "compare-categories.json", "compare-categories.svg",
        ])
        #expect(names(partial) == [
            "graph.graphml", "graph.dot", "categories.graphml", "categories.dot", "sections.graphml",
            "sections.dot", "timeline.csv", "timeline.md", "timeline.svg", "stats.json",
        ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: some).sorted() == names(partial).sorted())
        // stats.json needs the co-author view, whose files were skipped: still the same numbers.
        for name in names(partial) {
            let a = FileManager.default.contents(atPath: all + "/" + name)
            #expect(a != nil && a == FileManager.default.contents(atPath: some + "/" + name), "\(name) differs")
        }
    }

    @Test func withoutStatisticsTheTimelineAndComparisonsAreStillWritten() throws {
        let out = try makeTemporaryDirectory("skip-stats")
        let summary = try offlineRun(into: out, skip: [.stats, .graph, .coauthors, .categories, .sections])
        #expect(names(summary) == [
            "corpus.json", "authors.csv", "timeline.csv", "timeline.md", "timeline.svg",
            "compare-sections.md", "compare-sections.json", "compare-sections.svg",
            "compare-categories.md", "compare-categories.json", "compare-categories.svg",
        ])
        #expect(summary.edges.isEmpty)
    }

    @Test func groupListsAreParsedAndUnknownWordsNamed() throws {
        #expect(try RunOutput.parseList("stats, compare,,corpus") == [.stats, .compare, .corpus])
        #expect(try RunOutput.parseList("") == [])
        #expect(throws: CiteGraphError.self) { try RunOutput.parseList("stats,statz") }
        do {
            _ = try RunOutput.parseList("statz")
        } catch let error as CiteGraphError {
            #expect(error.message.contains("'statz'"))
            #expect(error.message.contains("corpus, graph, coauthors, categories, sections, authors, timeline, stats, compare"))
            #expect(error.exitCode == CiteGraph.ExitStatus.badInput)
        }
    }
}
