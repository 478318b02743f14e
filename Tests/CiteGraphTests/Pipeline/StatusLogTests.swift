@testable import CiteGraph
import Testing

/// What a large corpus prints on stderr stays readable.
@Suite struct StatusLogTests {
    @Test func warningsPastTheFirstTwentyAreCountedErrorsAllShown() {
        let warnings = (1...25).map { (n: Int) in Diagnostic(.warning, "warning number \(n)", line: n) }
        let errors = [Diagnostic(.error, "an error after them", line: 99)]
        let lines = StatusLog().lines(of: warnings + errors, source: "l.md")
        #expect(lines.count == 20 + 1 + 1)
        #expect(lines.first == "l.md:1: warning: warning number 1")
        #expect(lines[19] == "l.md:20: warning: warning number 20")
        #expect(lines.contains("l.md:99: error: an error after them"))
        #expect(!lines.contains { $0.contains("warning number 21") })
        #expect(lines.last?.hasPrefix("… and 5 more warnings") == true)

        let verbose = StatusLog(verbose: true).lines(of: warnings + errors, source: "l.md")
        #expect(verbose.count == 26)
        #expect(!verbose.contains { $0.contains("more warnings") })
    }

    @Test func quietShowsTheErrorsAlone() {
        let diagnostics = (1...25).map { Diagnostic(.warning, "w\($0)") } + [Diagnostic(.error, "e", line: 2)]
        #expect(StatusLog(quiet: true).lines(of: diagnostics, source: "ids.txt") == ["ids.txt:2: error: e"])
        #expect(StatusLog(quiet: true).lines(of: [Diagnostic(.warning, "w")], source: nil).isEmpty)
    }

    @Test func twentyWarningsNeedNoSummary() {
        let lines = StatusLog().lines(of: (1...20).map { Diagnostic(.warning, "w\($0)") }, source: nil)
        #expect(lines == (1...20).map { "warning: w\($0)" })
    }

    @Test func theHyperAuthorNoteListsTwentyIDsUnlessAllAreAsked() {
        let ids = (1...23).map { ArxivID(String(format: "2301.%05d", $0))! }
        let result = GraphBuildResult(graph: Graph(name: "coauthor"), hyperAuthorPapers: ids)
        let note = try! #require(result.hyperAuthorNote(maxAuthors: 50, allIDs: false))
        #expect(note.hasPrefix("23 paper(s) with more than 50 authors add no co-author edges: 2301.00001 2301.00002"))
        #expect(note.contains("2301.00020 … and 3 more"))
        #expect(!note.contains("2301.00021"))
        #expect(try! #require(result.hyperAuthorNote(maxAuthors: 50, allIDs: true)).hasSuffix("2301.00022 2301.00023"))
        #expect(GraphBuildResult(graph: Graph(name: "coauthor")).hyperAuthorNote(maxAuthors: 50, allIDs: false) == nil)
    }
}
