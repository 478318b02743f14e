import CiteGraph
import Foundation
import Testing

/// PaperCache over the bundled snapshot (read in place) and over copies of it.
@Suite struct PaperCacheTests {
    let bundled = PaperCache(directory: TestPaths.bundledCache.path)

    @Test func readsEveryBundledPaper() throws {
        var corrupt: [FetchError] = []
        let entries = try bundled.allEntries { corrupt.append($0) }
        #expect(corrupt.isEmpty)
        #expect(entries.count == 77)
        #expect(entries.map(\.id) == entries.map(\.id).sorted())
    }

    @Test func readsOnePaperWithTheFieldsItsFileHolds() throws {
        let entry = try #require(try bundled.entry(for: ArxivID("2305.18290")!))
        #expect(entry.title == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model")
        #expect(entry.version == 3)
        #expect(entry.authors.map(\.name) == ["Rafael Rafailov", "Archit Sharma", "Eric Mitchell", "Stefano Ermon",
                                              "Christopher D. Manning", "Chelsea Finn"])
        #expect(entry.published == "2023-05-29T00:00:00Z")
        #expect(entry.primaryCategory == "cs.LG")
        #expect(entry.categories == ["cs.LG", "cs.AI", "cs.CL"])
        #expect(entry.summary == nil)  // left out of the snapshot on purpose
    }

    @Test func anAbsentPaperIsNil() throws {
        #expect(try bundled.entry(for: ArxivID("2401.00001")!) == nil)
    }

    @Test func storeWritesAFileThatReadsBackTheSame() throws {
        let original = try #require(try bundled.entry(for: ArxivID("2305.18290")!))
        let cache = PaperCache(directory: try makeTemporaryDirectory())
        try cache.store(original)
        #expect(try cache.entry(for: original.id) == original)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.papersDirectory) == ["2305.18290.xml"])
        // One Atom feed with one entry, readable by the parser on its own.
        let feed = try AtomParser.parseFeed(bytes: Array(try #require(FileManager.default.contents(atPath: cache.path(for: original.id)))))
        #expect(feed.entries == [original])
    }

    @Test func oldStyleIDsUseUnderscoreInFileNames() throws {
        let cache = PaperCache(directory: "/nonexistent")
        #expect(cache.path(for: ArxivID("hep-th/9901001")!) == "/nonexistent/papers/hep-th_9901001.xml")
    }

    @Test func aFileHoldingAnotherPaperIsCorrupt() throws {
        let cache = PaperCache(directory: try makeTemporaryDirectory())
        try FileManager.default.createDirectory(atPath: cache.papersDirectory, withIntermediateDirectories: true)
        let wrongPlace = cache.path(for: ArxivID("2401.00001")!)
        try FileManager.default.copyItem(atPath: bundled.path(for: ArxivID("2305.18290")!), toPath: wrongPlace)
        #expect(throws: FetchError.corruptCacheFile(path: wrongPlace, reason: "holds 2305.18290, not 2401.00001")) {
            try cache.entry(for: ArxivID("2401.00001")!)
        }
    }

    @Test func aTruncatedFileIsCorruptAndNamed() throws {
        let cache = PaperCache(directory: try makeTemporaryDirectory())
        try FileManager.default.createDirectory(atPath: cache.papersDirectory, withIntermediateDirectories: true)
        let id = ArxivID("2305.18290")!
        let whole = try #require(FileManager.default.contents(atPath: bundled.path(for: id)))
        try whole.prefix(900).write(to: URL(fileURLWithPath: cache.path(for: id)))
        do {
            _ = try cache.entry(for: id)
            Issue.record("a truncated file must throw")
        } catch let error as FetchError {
            #expect(error.description.hasPrefix("corrupt cache file \(cache.path(for: id)):"))
            #expect(error.exitCode == .badInput)
        }
    }
}
