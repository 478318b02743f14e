import Foundation

/// Reads arXiv Atom feeds (the classic format and the 2026 one) with libxml2's streaming parser.
/// Entries are handed on one at a time, so memory does not grow with the size of the feed.
public enum AtomParser {
    /// Streams entries to `onEntry` one at a time; returns the feed's own info.
    public static func parse(bytes: [UInt8], onEntry: (ArxivEntry) throws -> Void) throws -> ArxivFeedInfo {
        try withoutActuallyEscaping(onEntry) { onEntry in
            let session = AtomParseSession(onEntry: onEntry)
            try session.feed(bytes[...])
            return try session.finish()
        }
    }

    /// Reads the file in chunks: the whole file is never in memory.
    public static func parse(fileAt path: String, onEntry: (ArxivEntry) throws -> Void) throws -> ArxivFeedInfo {
        try withoutActuallyEscaping(onEntry) { onEntry in
            let session = AtomParseSession(onEntry: onEntry)
            do {
                try XMLStreamReader.forEachChunk(ofFileAt: path) { try session.feed($0) }
            } catch let error as FileReadError {
                throw AtomError.unreadable(path: error.path, reason: error.reason)
            }
            return try session.finish()
        }
    }

    /// Convenience: collects the entries.
    public static func parseFeed(bytes: [UInt8]) throws -> ArxivFeed {
        var entries: [ArxivEntry] = []
        let info = try parse(bytes: bytes) { entries.append($0) }
        return ArxivFeed(info: info, entries: entries)
    }

    public static func parseFeed(fileAt path: String) throws -> ArxivFeed {
        var entries: [ArxivEntry] = []
        let info = try parse(fileAt: path) { entries.append($0) }
        return ArxivFeed(info: info, entries: entries)
    }

    /// The `.xml` files of a folder (not its subfolders), by name: what `run --from-feeds DIR`
    /// and `parse DIR` read. Throws when the folder cannot be listed or holds none.
    public static func feedFiles(inFolder directory: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            let reason = FileSystem.isFile(directory) ? "it is a file, not a folder" : FileSystem.describe(error)
            throw CiteGraphError("cannot read the folder \(directory): \(reason)")
        }
        let feeds = names.filter { $0.hasSuffix(".xml") }.sorted()
        guard !feeds.isEmpty else { throw CiteGraphError("\(directory) holds no .xml feed") }
        return feeds.map { (directory as NSString).appendingPathComponent($0) }
    }
}

/// One parse: sniffs the first bytes, then feeds libxml2 and maps its failures to `AtomError`.
private final class AtomParseSession {
    private let handler: AtomFeedHandler
    private let reader: XMLStreamReader
    private var decided = false
    /// Leading whitespace seen before the first real byte (kept for libxml2's line numbers).
    private var pending: [UInt8] = []

    init(onEntry: @escaping (ArxivEntry) throws -> Void) {
        handler = AtomFeedHandler(onEntry: onEntry)
        reader = XMLStreamReader(handler: handler)
    }

    func feed(_ chunk: ArraySlice<UInt8>) throws {
        guard !chunk.isEmpty else { return }
        if !decided {
            pending.append(contentsOf: chunk)
            guard let verdict = BodySniffer.verdict(for: pending[...]) else { return }
            switch verdict {
            case .notAtom(let kind, let excerpt):
                throw AtomError.notAtom(kind: kind, excerpt: excerpt)
            case .xml:
                decided = true
                let start = pending
                pending = []
                try mapped { try reader.feed(start[...]) }
                return
            }
        }
        try mapped { try reader.feed(chunk) }
    }

    func finish() throws -> ArxivFeedInfo {
        guard decided else { throw AtomError.emptyBody }
        try mapped { try reader.finish() }
        return handler.info
    }

    private func mapped(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as XMLSyntaxError {
            throw AtomError.malformed(
                line: error.line, column: error.column,
                message: error.message.split(whereSeparator: \.isNewline).joined(separator: "; "))
        } catch let problem as AtomEntryProblem {
            let position = reader.handlerErrorPosition
            throw AtomError.malformed(line: position.line, column: position.column, message: problem.message)
        }
    }
}
