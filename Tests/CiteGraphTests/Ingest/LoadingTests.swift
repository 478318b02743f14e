import Foundation
import Testing
@testable import CiteGraph

@Suite struct LoadingTests {
    @Test func crlfBOMAndTabs() throws {
        let path = TestPaths.fixture("ingest/crlf-bom-tabs.md").path
        let list = try ReadingList.load(path: path)
        #expect(list.source == path)
        // "Tools" underlined with dashes is an H2, a sibling of "## Setext".
        #expect(list.sections == [SectionPath(["Papers"]), SectionPath(["Setext"]), SectionPath(["Tools"])])
        #expect(list.items.map(\.section) == [SectionPath(["Papers"]), SectionPath(["Papers"]), SectionPath(["Tools"]), SectionPath(["Tools"])])
        #expect(list.items.map(\.title) == ["Tab after marker", "Tab-indented child", "Old Mac line ending", "Last line without newline"])
        #expect(list.items.map(\.line) == [4, 5, 9, 10])
        #expect(list.items[0].links.first?.url == "https://arxiv.org/abs/2305.18290")
        #expect(list.diagnostics.isEmpty)
    }

    @Test func unreadableFileNamesThePath() {
        let path = "/nonexistent/list.md"
        #expect {
            try ReadingList.load(path: path)
        } throws: { error in
            guard let error = error as? CiteGraphError else { return false }
            return error.exitCode == .badInput && error.message.contains(path)
        }
    }

    @Test func aListWithoutEntriesIsRefusedRatherThanAnEmptyGraph() throws {
        let folder = try makeTemporaryDirectory("no-entries")
        let path = folder + "/README.md"
        try "# A project\n\nSome prose, a [link](https://example.com) in a paragraph.\n\n## Usage\n\n- no link here\n"
            .write(toFile: path, atomically: false, encoding: .utf8)
        #expect {
            try CorpusLoader.load(.offline(.list(path: path), output: folder + "/out"), log: .silent)
        } throws: { error in
            guard let error = error as? CiteGraphError else { return false }
            // The bullet without a link is named, with its line.
            return error.exitCode == .badInput && error.message.hasPrefix(path + ": no list entry found")
                && error.message.hasSuffix("; 1 bullet(s) or row(s) link nowhere, from line 7)")
        }
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func notUTF8NamesThePath() {
        let path = TestPaths.fixture("ingest/latin1.md").path
        #expect {
            try ReadingList.load(path: path)
        } throws: { error in
            guard let error = error as? CiteGraphError else { return false }
            return error.message.contains(path) && error.message.contains("UTF-8")
        }
    }

    @Test func idsFile() throws {
        let path = TestPaths.fixture("ingest/ids.txt").path
        let list = try ReadingList.loadIDs(path: path)
        #expect(list.items.map(\.line) == [2, 4, 5, 6, 7, 8])
        // An OpenReview link is no arXiv paper: an error, as a bad id is (an ids file lists papers only).
        #expect(list.diagnostics.map(\.line) == [9, 10, 11, 12])
        #expect(list.diagnostics[0].message.contains("not an arXiv id or arXiv paper URL"))
        #expect(list.diagnostics[1].message.contains("month 13"))
        #expect(list.diagnostics[2].message.contains("not an id"))
        #expect(list.diagnostics[3].message.contains("5 digits"))
        let entries = list.entries()
        #expect(entries.map(\.target) == [
            .arxiv(ArxivID("2305.18290")!, version: nil),
            .arxiv(ArxivID("2305.14314")!, version: 2),
            .arxiv(ArxivID("2304.05302")!, version: nil),
            .arxiv(ArxivID("hep-th/9901001")!, version: nil),
            .arxiv(ArxivID("2306.05685")!, version: 4),
            .arxiv(ArxivID("2307.10169")!, version: nil),
        ])
    }

    @Test func idsFileWithNothingValidThrows() {
        let path = TestPaths.fixture("ingest/ids-empty.txt").path
        #expect {
            try ReadingList.loadIDs(path: path)
        } throws: { error in
            (error as? CiteGraphError)?.message.contains(path) == true
        }
    }

    @Test func idsOnlyBadLinesThrowWithTheReason() {
        let list = ReadingList.parseIDs("2313.00001\n", source: "x.txt")
        #expect(list.items.isEmpty)
        #expect(list.diagnostics.map(\.description) == ["x.txt:1: error: not an arXiv id or URL: '2313.00001': month 13 does not exist"])
    }
}
