import Foundation
import Testing
@testable import CiteGraph

/// A corrupt paper file under --offline: the entry it leaves out says so, naming the file and
/// what to do, and the paper counts as missing. It was "not in the cache" for a paper linked by
/// its id, and "no paper with this title" (not in `missing`) for one matched by title.
@Suite struct CorruptCacheRunTests {
    static let list = """
        # Test

        ## Papers

        - [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)
        - [LoRA: Low-Rank Adaptation of Large Language Models](https://openreview.net/forum?id=nZeVKeeFYf9)
        - [Training language models to follow instructions with human feedback](https://openreview.net/forum?id=TG8KACxEON)

        """

    /// A cache holding InstructGPT whole, DPO cut off mid-file and an empty LoRA file.
    static func makeCache(in directory: String) throws -> String {
        let cache = directory + "/cache"
        try FileManager.default.createDirectory(atPath: cache + "/papers", withIntermediateDirectories: true)
        let bundled = TestPaths.bundledCache.appendingPathComponent("papers")
        try FileManager.default.copyItem(atPath: bundled.appendingPathComponent("2203.02155.xml").path,
                                         toPath: cache + "/papers/2203.02155.xml")
        let dpo = try Data(contentsOf: bundled.appendingPathComponent("2305.18290.xml"))
        try dpo.prefix(900).write(to: URL(fileURLWithPath: cache + "/papers/2305.18290.xml"))
        try Data().write(to: URL(fileURLWithPath: cache + "/papers/2106.09685.xml"))
        return cache
    }

    @Test func theEntriesACorruptFileLeavesOutSaySoAndCountAsMissing() throws {
        let directory = try makeTemporaryDirectory("corrupt-cache-run")
        let cache = try Self.makeCache(in: directory)
        try Self.list.write(toFile: directory + "/list.md", atomically: false, encoding: .utf8)
        let loaded = try CorpusLoader.load(.offline(.list(path: directory + "/list.md"), cache: cache), log: .silent)

        #expect(loaded.corpus.papers.map(\.arxivID) == [ArxivID("2203.02155")!])
        #expect(loaded.missing == [ArxivID("2305.18290")!, ArxivID("2106.09685")!])
        #expect(loaded.offlineMissing)

        let dpo = try #require(loaded.corpus.unresolved.first { $0.title == "Direct Preference Optimization" })
        #expect(dpo.reason.hasPrefix("2305.18290: its cache file \(cache)/papers/2305.18290.xml is corrupt (malformed Atom at line "))
        #expect(dpo.reason.hasSuffix("); run without --offline to fetch it again, or delete the file"))
        #expect(!dpo.reason.contains("not in the cache"))

        // The file DPO's id names is no candidate for the title: the empty one is.
        let lora = try #require(loaded.corpus.unresolved.first { $0.title.hasPrefix("LoRA") })
        #expect(lora.reason.hasSuffix("; the corrupt cache file \(cache)/papers/2106.09685.xml could not be read for its title "
            + "and may hold this paper (run without --offline to fetch it again, or delete it)"))
        #expect(loaded.corpus.diagnostics.contains { $0.message.contains("LoRA") && $0.message.contains("2106.09685.xml") })
    }

    /// With every corrupt file linked by its id, nothing is said of the entries found by title.
    @Test func aCorruptFileLinkedByItsIDIsNoCandidateForTitles() throws {
        let directory = try makeTemporaryDirectory("corrupt-cache-linked")
        let cache = try Self.makeCache(in: directory)
        try FileManager.default.removeItem(atPath: cache + "/papers/2106.09685.xml")
        try Self.list.write(toFile: directory + "/list.md", atomically: false, encoding: .utf8)
        let loaded = try CorpusLoader.load(.offline(.list(path: directory + "/list.md"), cache: cache), log: .silent)
        #expect(loaded.missing == [ArxivID("2305.18290")!])
        let lora = try #require(loaded.corpus.unresolved.first { $0.title.hasPrefix("LoRA") })
        #expect(!lora.reason.contains("corrupt"))
    }

    /// Online, a corrupt file is fetched again, also when its paper is found by a title search:
    /// storing the searched paper read the old file first, and its corruption stopped the run.
    @Test func onlineACorruptFileIsReplaced() throws {
        let arxiv = try SearchingArxiv()
        let server = try ScriptedHTTPServer { request, _ in arxiv.reply(request) }
        defer { server.stop() }
        let cache = try makeTemporaryDirectory("corrupt-cache-online")
        try FileManager.default.createDirectory(atPath: cache + "/papers", withIntermediateDirectories: true)
        try Data().write(to: URL(fileURLWithPath: cache + "/papers/2106.09685.xml"))  // LoRA, a venue link in the list
        try Data("<html>".utf8).write(to: URL(fileURLWithPath: cache + "/papers/2305.18290.xml"))  // DPO, linked by id
        let loaded = try CorpusLoader.load(try EmptyCacheFetchTests.options(server: server, cache: cache), log: .silent)
        #expect(loaded.corpus.papers.count == 77)
        #expect(loaded.corpus.unresolved.isEmpty && loaded.missing.isEmpty && !loaded.offlineMissing)
        let papers = PaperCache(directory: cache)
        #expect(try papers.entry(for: ArxivID("2106.09685")!)?.id == ArxivID("2106.09685")!)
        #expect(try papers.entry(for: ArxivID("2305.18290")!)?.id == ArxivID("2305.18290")!)
    }
}
