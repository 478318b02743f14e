import Foundation

/// What an arXiv query (`run --query`, `fetch --query`) returned, kept so that the same query
/// can be rebuilt offline: the ids in arXiv's order; the papers themselves are in `papers/`.
public struct CachedQuery: Codable, Sendable, Hashable {
    public var query: String
    /// The `--max` it was run with (capped at arXiv's 30000).
    public var max: Int
    /// How many papers arXiv said match (`opensearch:totalResults`).
    public var totalResults: Int
    public var ids: [String]
    /// When it ran (ISO 8601).
    public var fetched: String

    /// Whether the list answers a query for at most `limit` papers: it holds that many, or all
    /// arXiv had.
    public func covers(limit: Int) -> Bool {
        ids.count >= limit || ids.count >= totalResults
    }
}

extension PaperCache {
    public var queriesDirectory: String { (directory as NSString).appendingPathComponent("queries") }

    public func queryPath(query: String) -> String {
        (queriesDirectory as NSString).appendingPathComponent(Self.searchFileStem(query: query) + ".json")
    }

    /// The stored result of `query`: nil when there is none; throws `corruptCacheFile` when the
    /// file cannot be read as one, or was written for another query (a hash collision).
    public func cachedQuery(_ query: String) throws -> CachedQuery? {
        let path = queryPath(query: query)
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let stored: CachedQuery
        do {
            stored = try JSONDecoder().decode(CachedQuery.self, from: data)
        } catch {
            throw FetchError.corruptCacheFile(path: path, reason: "not a stored query result (\(error.localizedDescription))")
        }
        guard stored.query == query else {
            throw FetchError.corruptCacheFile(path: path, reason: "holds the query \(stored.query), not \(query)")
        }
        return stored
    }

    /// Stores a query's result atomically (call it holding the lock).
    public func storeQuery(_ result: CachedQuery) throws {
        try ensureDirectory(queriesDirectory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data: Data
        do {
            data = try encoder.encode(result)
        } catch {
            throw FetchError.cacheWrite(path: queryPath(query: result.query), reason: error.localizedDescription)
        }
        try AtomicFile.write(Array(data) + [UInt8(ascii: "\n")], to: queryPath(query: result.query))
    }
}
