import Foundation

/// The on-disk cache: `papers/ID.xml` (one Atom feed holding one entry, readable by
/// `citegraph parse`), `searches/SLUG-HASH.xml` (a search response as arXiv sent it),
/// `queries/SLUG-HASH.json` (the ids a `--query` returned, see `CachedQuery`) and `.lock`.
/// Every write is atomic (see `AtomicFile`), so a run killed at any moment leaves each file
/// either whole or absent.
public struct PaperCache: Sendable {
    public let directory: String
    /// How long `withLock` waits for another run before giving up.
    public var lockTimeout: Double = 5

    public init(directory: String) {
        self.directory = directory
    }

    public var papersDirectory: String { (directory as NSString).appendingPathComponent("papers") }
    public var searchesDirectory: String { (directory as NSString).appendingPathComponent("searches") }
    public var lockPath: String { (directory as NSString).appendingPathComponent(".lock") }

    public func path(for id: ArxivID) -> String {
        (papersDirectory as NSString).appendingPathComponent(id.fileStem + ".xml")
    }

    // MARK: Papers

    /// The cached entry, nil when there is no file. Throws `FetchError.corruptCacheFile` naming
    /// the file when it exists but does not hold exactly this paper's entry.
    public func entry(for id: ArxivID) throws -> ArxivEntry? {
        let path = path(for: id)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let entry = try Self.readPaperFile(at: path)
        guard entry.id == id else {
            throw FetchError.corruptCacheFile(path: path, reason: "holds \(entry.id), not \(id)")
        }
        return entry
    }

    /// Seconds since the paper's file was written, nil when there is none.
    public func age(of id: ArxivID, now: Date = Date()) -> Double? {
        Self.age(ofFileAt: path(for: id), now: now)
    }

    /// Every readable paper, sorted by id. Corrupt files are handed to `onCorrupt` (by default a
    /// warning on stderr) and skipped.
    public func allEntries(onCorrupt: (FetchError) -> Void = PaperCache.warnOnStderr) throws -> [ArxivEntry] {
        guard FileManager.default.fileExists(atPath: papersDirectory) else { return [] }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: papersDirectory)
        } catch {
            throw FetchError.corruptCacheFile(path: papersDirectory, reason: "cannot list the folder: \(FileSystem.describe(error))")
        }
        var entries: [ArxivEntry] = []
        for name in names.sorted() where name.hasSuffix(".xml") {
            let path = (papersDirectory as NSString).appendingPathComponent(name)
            do {
                let entry = try Self.readPaperFile(at: path)
                if let expected = ArxivID(fileStem: String(name.dropLast(4))), expected != entry.id {
                    throw FetchError.corruptCacheFile(path: path, reason: "holds \(entry.id), not \(expected)")
                }
                entries.append(entry)
            } catch let error as FetchError {
                onCorrupt(error)
            }
        }
        return entries.sorted { $0.id < $1.id }
    }

    /// Writes the paper's file atomically (one Atom feed with this one entry).
    public func store(_ entry: ArxivEntry) throws {
        try ensureDirectory(papersDirectory)
        let feed = AtomWriter.feed(for: entry, selfURL: "http://arxiv.org/api/query?id_list=\(entry.id)")
        try AtomicFile.write(Array(feed.utf8), to: path(for: entry.id))
    }

    /// Reads one paper file: it must parse and hold exactly one entry.
    static func readPaperFile(at path: String) throws -> ArxivEntry {
        var entries: [ArxivEntry] = []
        do {
            _ = try AtomParser.parse(fileAt: path) { entries.append($0) }
        } catch let error as AtomError {
            throw FetchError.corruptCacheFile(path: path, reason: String(describing: error))
        } catch let error as FetchError {
            throw error
        } catch {
            throw FetchError.corruptCacheFile(path: path, reason: String(describing: error))
        }
        guard entries.count == 1, let entry = entries.first else {
            throw FetchError.corruptCacheFile(path: path, reason: "expected one entry, found \(entries.count)")
        }
        return entry
    }

    // MARK: Searches

    public func searchPath(query: String) -> String {
        (searchesDirectory as NSString).appendingPathComponent(Self.searchFileStem(query: query) + ".xml")
    }

    /// The cached result of `query`, nil when absent or unreadable.
    public func cachedSearch(query: String) -> [ArxivEntry]? {
        let path = searchPath(query: query)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try? AtomParser.parseFeed(bytes: Array(FileManager.default.contents(atPath: path) ?? Data())).entries
    }

    public func searchAge(query: String, now: Date = Date()) -> Double? {
        Self.age(ofFileAt: searchPath(query: query), now: now)
    }

    /// Stores a search response as arXiv sent it, atomically.
    public func storeSearch(query: String, bytes: [UInt8]) throws {
        try ensureDirectory(searchesDirectory)
        try AtomicFile.write(bytes, to: searchPath(query: query))
    }

    /// A readable, stable file name for a query: a slug of it plus 16 hex digits of its FNV-1a
    /// hash (the slug alone would collide: `ti:"a b"` and `ti:a_b`).
    public static func searchFileStem(query: String) -> String {
        var slug = ""
        for scalar in query.lowercased().unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty, !slug.hasSuffix("-") {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in query.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(slug.prefix(60)) + (slug.isEmpty ? "" : "-") + String(repeating: "0", count: 16 - hex.count) + hex
    }

    // MARK: Lock and housekeeping

    /// Runs `body` holding the exclusive lock on `cache/.lock` (reentrant in this process). Throws
    /// `CiteGraphError` with exit status `.locked` when another run keeps it past `lockTimeout`.
    /// Leftover temporary files of dead runs are removed once the lock is held.
    public func withLock<T>(_ body: () throws -> T) throws -> T {
        try ensureDirectory(directory)
        return try CacheLock.withLock(path: lockPath, timeout: lockTimeout) {
            AtomicFile.removeStaleTemporaries(in: papersDirectory)
            AtomicFile.removeStaleTemporaries(in: searchesDirectory)
            AtomicFile.removeStaleTemporaries(in: queriesDirectory)
            return try body()
        }
    }

    /// Throws `FetchError.noCache` when the cache folder is not there. Under --offline the cache
    /// is only read: a missing folder is a mistyped path, said once, not an empty cache whose every
    /// paper is reported missing (nor a folder to create, with its lock file).
    public func requireFolder() throws {
        guard !FileSystem.isFolder(directory) else { return }
        let reason = FileManager.default.fileExists(atPath: directory)
            ? "it is not a folder"
            : "the folder does not exist; drop --offline to fetch into it, or check the path"
        throw FetchError.noCache(path: directory, reason: reason)
    }

    func ensureDirectory(_ path: String) throws {
        do {
            try FileSystem.createFolder(path)
        } catch {
            throw FetchError.cacheWrite(path: path, reason: "cannot create the folder: \(error.reason)")
        }
    }

    private static func age(ofFileAt path: String, now: Date) -> Double? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let modified = attributes[.modificationDate] as? Date else { return nil }
        return max(0, now.timeIntervalSince(modified))
    }

    public static func warnOnStderr(_ error: FetchError) {
        StderrWriter.write("warning: \(error.description)\n")
    }
}
