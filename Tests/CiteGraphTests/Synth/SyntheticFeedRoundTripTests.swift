import Foundation
import Testing
@testable import CiteGraph

/// The synthetic corpus through the real writer and parser: what is written reads back the same.
@Suite struct SyntheticFeedRoundTripTests {
    @Test func multiEntryFeedParsesBackToTheSameEntries() throws {
        // 10 000 papers so that the collaboration paper (number 4 999, 1000+ authors) is among them.
        let entries = Array(try SyntheticCorpus(papers: 10_000, seed: 5))
        let page = Array(entries[4_990..<5_010])
        let text = AtomWriter.feed(entries: page, info: ArxivFeedInfo(title: "page & co", totalResults: 10_000, startIndex: 4_990, itemsPerPage: 20))
        let feed = try AtomParser.parseFeed(bytes: Array(text.utf8))
        #expect(feed.info.title == "page & co")
        #expect(feed.info.totalResults == 10_000)
        #expect(feed.info.startIndex == 4_990)
        #expect(feed.info.itemsPerPage == 20)
        #expect(feed.entries.count == 20)
        #expect(feed.entries.contains { $0.authors.count >= 1_000 })
        for (read, written) in zip(feed.entries, page) {
            #expect(read == written, "\(written.id)")
        }
    }

    @Test func emptyFeedIsAFeed() throws {
        let text = AtomWriter.feed(entries: [], info: ArxivFeedInfo(totalResults: 0))
        let feed = try AtomParser.parseFeed(bytes: Array(text.utf8))
        #expect(feed.entries.isEmpty)
        #expect(feed.info.totalResults == 0)
    }

    @Test func writtenFeedsReadBackAsTheCorpus() throws {
        let directory = NSTemporaryDirectory() + "citegraph-synth-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try SyntheticCorpus(papers: 1_200, seed: 11)
        let summary = try SyntheticCorpusWriter(layout: .feeds, entriesPerFeed: 500).write(corpus, to: directory)
        #expect(summary.files == 3)
        var read: [ArxivEntry] = []
        for number in 1...3 {
            _ = try AtomParser.parse(fileAt: directory + "/feed-0000\(number).xml") { read.append($0) }
        }
        #expect(read == Array(corpus))
    }

    @Test func cacheFilesReadBackOneEntryEach() throws {
        let directory = NSTemporaryDirectory() + "citegraph-synth-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try SyntheticCorpus(papers: 300, seed: 11)
        try SyntheticCorpusWriter(layout: .cache).write(corpus, to: directory)
        for entry in corpus.prefix(50) {
            let feed = try AtomParser.parseFeed(fileAt: directory + "/papers/\(entry.id.fileStem).xml")
            #expect(feed.entries == [entry])
        }
    }

    @Test func sameSeedWritesTheSameBytes() throws {
        let first = NSTemporaryDirectory() + "citegraph-synth-\(UUID().uuidString)"
        let second = NSTemporaryDirectory() + "citegraph-synth-\(UUID().uuidString)"
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        let writer = SyntheticCorpusWriter(layout: .feeds, entriesPerFeed: 400)
        try writer.write(try SyntheticCorpus(papers: 1_000, seed: 77), to: first)
        try writer.write(try SyntheticCorpus(papers: 1_000, seed: 77), to: second)
        for name in ["feed-00001.xml", "feed-00002.xml", "feed-00003.xml"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first + "/" + name))
            let b = try Data(contentsOf: URL(fileURLWithPath: second + "/" + name))
            #expect(!a.isEmpty && a == b, "\(name)")
        }
    }
}
