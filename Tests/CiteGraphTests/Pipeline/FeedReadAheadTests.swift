import Foundation
import Testing
@testable import CiteGraph

/// Feeds parsed ahead on other threads still reach the caller file after file, entry after entry,
/// and a broken file stops the reading where one-by-one reading would.
@Suite struct FeedReadAheadTests {
    /// Four feeds of 25 synthetic papers each (`feed-00001.xml` … `feed-00004.xml`).
    private static func folder() throws -> (directory: String, paths: [String], ids: [String]) {
        let directory = NSTemporaryDirectory() + "citegraph-readahead-\(UUID().uuidString)"
        let corpus = try SyntheticCorpus(papers: 100, seed: 3)
        let summary = try SyntheticCorpusWriter(layout: .feeds, entriesPerFeed: 25).write(corpus, to: directory)
        #expect(summary.files == 4)
        let paths = (1...4).map { directory + "/feed-0000\($0).xml" }
        return (directory, paths, corpus.map(\.id.rawValue))
    }

    @Test(arguments: [1, 2, 3])
    func itemsArriveInFileOrderWhateverTheThreads(threads: Int) throws {
        let (directory, paths, ids) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var read: [String] = []
        var filesDone: [Int] = []
        var countAtFileEnd: [Int] = []
        // Batches of 4 and one batch per file held: the parsers ahead have to wait for the caller.
        try FeedReadAhead.read(paths: paths, threads: threads, batchSize: 4, batchesPerFile: 1,
                               prepare: { $0.id.rawValue },
                               onBatch: { read += $0 }, onFile: { filesDone.append($0); countAtFileEnd.append(read.count) })
        #expect(read.count == 100)
        #expect(read == ids)
        #expect(filesDone == [0, 1, 2, 3])
        #expect(countAtFileEnd == [25, 50, 75, 100])
    }

    @Test func brokenFileThrowsItsOwnErrorAfterTheFilesBefore() throws {
        let (directory, paths, ids) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // The third feed cut off in the middle of its entries.
        let whole = try Data(contentsOf: URL(fileURLWithPath: paths[2]))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: paths[2]))
        var alone: (any Error)?
        do { _ = try AtomParser.parse(fileAt: paths[2]) { _ in } } catch { alone = error }
        let aloneError = try #require(alone as? AtomError)

        var read: [String] = []
        var filesDone: [Int] = []
        var thrown: (any Error)?
        do {
            try FeedReadAhead.read(paths: paths, threads: 2, batchSize: 4, batchesPerFile: 1,
                                   prepare: { $0.id.rawValue },
                                   onBatch: { read += $0 }, onFile: { filesDone.append($0) })
        } catch {
            thrown = error
        }
        let error = try #require(thrown as? AtomError)
        #expect(error == aloneError)
        if case .malformed = error {} else { Issue.record("expected a malformed feed, got \(error)") }
        #expect(filesDone == [0, 1])
        // The first two files whole, then what the cut file gave before its break.
        #expect(Array(read.prefix(50)) == Array(ids.prefix(50)))
        #expect(read.count < 75)
        #expect(read.dropFirst(50) == ids[50..<read.count])
    }

    @Test func missingFileIsReportedByName() throws {
        let (directory, paths, _) = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.removeItem(atPath: paths[3])
        var filesDone: [Int] = []
        #expect(throws: AtomError.unreadable(path: paths[3], reason: "No such file or directory")) {
            try FeedReadAhead.read(paths: paths, threads: 2, prepare: { $0.id.rawValue },
                                   onBatch: { _ in }, onFile: { filesDone.append($0) })
        }
        #expect(filesDone == [0, 1, 2])
    }
}
