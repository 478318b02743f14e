import Foundation

/// Writes a synthetic corpus to disk while it is generated, one entry at a time: either as
/// large feeds (`feed-00001.xml`, … with `entriesPerFeed` entries each, like pages of an arXiv
/// query) or as a cache (`papers/<fileStem>.xml`, one single-entry feed per paper, as `fetch`
/// leaves them). Memory stays at one entry plus a write buffer whatever the corpus size.
public struct SyntheticCorpusWriter {
    public enum Layout: String, CaseIterable, Sendable {
        case feeds
        case cache
    }

    public struct Summary: Sendable, Equatable {
        public var papers = 0
        /// Author names written (a person on two papers counts twice).
        public var authorships = 0
        public var files = 0
        public var bytes = 0
    }

    public var layout: Layout
    public var entriesPerFeed: Int
    /// One entry as a complete single-entry Atom feed: `AtomWriter.feed(for:)` but in tests.
    public var singleEntryFeed: (ArxivEntry) -> String

    public init(
        layout: Layout = .feeds, entriesPerFeed: Int = 10_000,
        singleEntryFeed: @escaping (ArxivEntry) -> String = { AtomWriter.feed(for: $0) }
    ) {
        self.layout = layout
        self.entriesPerFeed = max(1, entriesPerFeed)
        self.singleEntryFeed = singleEntryFeed
    }

    /// Writes `corpus` under `directory` (created if missing). `progress` is called after every
    /// file with the summary so far. A folder already holding feeds or cache files is refused: a
    /// smaller corpus written over a larger one would leave the larger one's last files behind,
    /// and `run --from-feeds` would read both.
    @discardableResult
    public func write(
        _ corpus: SyntheticCorpus, to directory: String, progress: (Summary) -> Void = { _ in }
    ) throws -> Summary {
        let root = URL(fileURLWithPath: directory)
        let folder = layout == .cache ? root.appendingPathComponent("papers") : root
        let earlier = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".xml") }
        guard earlier.isEmpty else {
            let files = "\(earlier.count) .xml file\(earlier.count == 1 ? "" : "s") (\(earlier.sorted()[0])…)"
            throw CiteGraphError("synth: \(folder.path) already holds \(files); remove them or choose another folder")
        }
        do {
            try FileSystem.createFolder(folder.path)
        } catch {
            throw CiteGraphError("synth: cannot create the folder \(folder.path): \(error.reason)", exitCode: .cannotWrite)
        }
        var summary = Summary()
        switch layout {
        case .cache:
            for entry in corpus {
                let text = singleEntryFeed(entry)
                let file = folder.appendingPathComponent(entry.id.fileStem + ".xml")
                try OutputFile(file).writeAll(text)
                summary.add(entry, bytes: text.utf8.count)
                summary.files += 1
                if summary.files % entriesPerFeed == 0 { progress(summary) }
            }
        case .feeds:
            var output: OutputFile?
            var feedNumber = 0
            for entry in corpus {
                var text = singleEntryFeed(entry)
                if output == nil {
                    feedNumber += 1
                    output = try startFeed(feedNumber, of: corpus, at: summary.papers, in: folder, opening: text)
                }
                guard let feed = output else { break }
                let appended = try text.withUTF8 { bytes in
                    guard let cuts = AtomFeedSplicer.cuts(bytes) else { return false }
                    try feed.append(UnsafeBufferPointer(rebasing: bytes[cuts.entry]))
                    return true
                }
                guard appended else {
                    throw CiteGraphError("synth: the Atom writer gave no <entry> element for \(entry.id)")
                }
                summary.add(entry, bytes: 0)
                if summary.papers % entriesPerFeed == 0 || summary.papers == corpus.papers {
                    try feed.append(AtomFeedSplicer.closing)
                    try feed.close()
                    summary.bytes += feed.bytesWritten
                    summary.files += 1
                    output = nil
                    progress(summary)
                }
            }
        }
        return summary
    }

    /// Opens feed number `number`, starting at paper `start`, and writes everything before its
    /// first entry; the `<feed>` opening is cut from `singleEntryText`.
    private func startFeed(
        _ number: Int, of corpus: SyntheticCorpus, at start: Int, in folder: URL, opening singleEntryText: String
    ) throws -> OutputFile {
        guard let opening = AtomFeedSplicer.opening(ofSingleEntryFeed: singleEntryText) else {
            throw CiteGraphError("synth: the Atom writer gave no <feed> element")
        }
        let output = try OutputFile(folder.appendingPathComponent("feed-" + zeroPadded(number, width: 5) + ".xml"))
        try output.append(opening)
        let info = ArxivFeedInfo(
            title: "citegraph synthetic corpus (seed \(corpus.seed)), feed \(number)",
            totalResults: corpus.papers, startIndex: start, itemsPerPage: min(entriesPerFeed, corpus.papers - start)
        )
        try output.append(AtomFeedSplicer.feedHeader(
            info, id: "urn:citegraph:synth:\(corpus.seed):\(corpus.papers):\(number)", updated: SyntheticCorpus.feedDate
        ))
        return output
    }
}

extension SyntheticCorpusWriter.Summary {
    fileprivate mutating func add(_ entry: ArxivEntry, bytes: Int) {
        papers += 1
        authorships += entry.authors.count
        self.bytes += bytes
    }
}

/// A file written through a 1 MiB buffer.
private final class OutputFile {
    private let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private(set) var bytesWritten = 0

    init(_ url: URL) throws {
        self.url = url
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let handle = FileHandle(forWritingAtPath: url.path)
        else { throw CiteGraphError("synth: cannot write \(url.path)", exitCode: .cannotWrite) }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    func append<Text: StringProtocol>(_ text: Text) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func writeAll(_ text: String) throws {
        try append(text)
        try close()
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        do {
            try handle.write(contentsOf: buffer)
        } catch {
            throw CiteGraphError("synth: cannot write \(url.path): \(FileSystem.describe(error))", exitCode: .cannotWrite)
        }
        bytesWritten += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }
}
