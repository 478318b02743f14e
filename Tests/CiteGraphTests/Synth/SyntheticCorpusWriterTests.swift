import Foundation
import Testing
@testable import CiteGraph

@Suite struct SyntheticCorpusWriterTests {
    /// Shaped like `AtomWriter.feed(for:)`: declaration, `<feed>` line, feed elements, one entry.
    static func singleEntryFeed(_ entry: ArxivEntry) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">
          <title type="html">ArXiv Query: one</title>
          <opensearch:totalResults>1</opensearch:totalResults>
          <entry>
            <id>http://arxiv.org/abs/\(entry.id)</id>
          </entry>
        </feed>

        """
    }

    static func temporaryDirectory() -> String {
        NSTemporaryDirectory() + "citegraph-synth-\(UUID().uuidString)"
    }

    @Test func feedsHoldEntriesPerFeedEntriesEach() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let corpus = try SyntheticCorpus(papers: 25, seed: 3)
        let writer = SyntheticCorpusWriter(layout: .feeds, entriesPerFeed: 10, singleEntryFeed: Self.singleEntryFeed)
        let summary = try writer.write(corpus, to: directory)
        #expect(summary.papers == 25)
        #expect(summary.files == 3)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["feed-00001.xml", "feed-00002.xml", "feed-00003.xml"])

        let ids = Array(corpus).map(\.id.rawValue)
        var total = 0
        for (number, name) in names.enumerated() {
            let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
            total += text.utf8.count
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0] == "<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
            #expect(lines[1].hasPrefix("<feed xmlns=\"http://www.w3.org/2005/Atom\""))
            #expect(text.components(separatedBy: "<feed").count == 2)
            #expect(text.contains("<opensearch:totalResults>25</opensearch:totalResults>"))
            #expect(text.contains("<opensearch:startIndex>\(number * 10)</opensearch:startIndex>"))
            #expect(text.contains("<opensearch:itemsPerPage>\(number == 2 ? 5 : 10)</opensearch:itemsPerPage>"))
            #expect(!text.contains("ArXiv Query: one"))
            #expect(text.hasSuffix("  </entry>\n</feed>\n"))
            let expectedIDs = ids[(number * 10)..<min(number * 10 + 10, 25)]
            let entryIDs = lines.filter { $0.hasPrefix("    <id>") }
            #expect(entryIDs == expectedIDs.map { "    <id>http://arxiv.org/abs/\($0)</id>" })
            #expect(lines.filter { $0 == "  <entry>" }.count == expectedIDs.count)
        }
        #expect(summary.bytes == total)
    }

    @Test func aFolderHoldingAnEarlierCorpusIsRefused() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let writer = SyntheticCorpusWriter(layout: .feeds, entriesPerFeed: 10, singleEntryFeed: Self.singleEntryFeed)
        try writer.write(try SyntheticCorpus(papers: 30, seed: 3), to: directory)
        // A smaller corpus over it would leave feed-00003.xml of the first in place.
        #expect(performing: { try writer.write(try SyntheticCorpus(papers: 15, seed: 3), to: directory) }, throws: { error in
            "\(error)".contains("already holds 3 .xml files (feed-00001.xml…)")
        })
        let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(names == ["feed-00001.xml", "feed-00002.xml", "feed-00003.xml"])
        // Other files do not stand in the way.
        let other = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: other) }
        try FileManager.default.createDirectory(atPath: other, withIntermediateDirectories: true)
        try "notes".write(toFile: other + "/README.txt", atomically: false, encoding: .utf8)
        #expect(try writer.write(try SyntheticCorpus(papers: 5, seed: 3), to: other).files == 1)
    }

    @Test func cacheHoldsOneFilePerPaperNamedByFileStem() throws {
        let directory = Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        // About 7% of papers predate 2007-04 (e^(0.13·15.7) − 1 of e^(0.13·35.3) − 1): old-style ids.
        let corpus = try SyntheticCorpus(papers: 400, seed: 3)
        let summary = try SyntheticCorpusWriter(layout: .cache, singleEntryFeed: Self.singleEntryFeed)
            .write(corpus, to: directory)
        #expect(summary.files == 400)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory + "/papers")
        #expect(names.count == 400)
        let first = try #require(Array(corpus).first { $0.id.isOldStyle })
        let text = try String(contentsOfFile: directory + "/papers/\(first.id.fileStem).xml", encoding: .utf8)
        #expect(text == Self.singleEntryFeed(first))
        #expect(first.id.fileStem.contains("_"))
    }

    @Test func splicerCutsTheOpeningAndTheEntry() throws {
        let text = """
        <?xml version="1.0"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>t &lt;entry&gt;</title>
          <entry>
            <title>x</title>
          </entry>
        </feed>

        """
        #expect(AtomFeedSplicer.opening(ofSingleEntryFeed: text) == "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
        #expect(AtomFeedSplicer.entry(ofSingleEntryFeed: text) == "  <entry>\n    <title>x</title>\n  </entry>\n")
        #expect(AtomFeedSplicer.entry(ofSingleEntryFeed: "<feed/>") == nil)
    }
}
