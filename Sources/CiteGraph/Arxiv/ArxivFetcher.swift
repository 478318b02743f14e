import Foundation
import OrderedCollections

/// Gets papers cache first, then from arXiv: the fewest requests (ids in `id_list` batches),
/// arXiv's rate limit kept, every paper stored the moment its response arrives. Also answers
/// title searches for resolution (`ArxivSearching`), through the search cache.
///
/// Not Sendable: it owns one HTTP handle (one connection), used from one thread.
public final class ArxivFetcher: ArxivSearching {
    public let cache: PaperCache
    public let options: FetchOptions
    private let progress: (any ProgressReporting)?
    private let limiter: RateLimiter
    private let policy: RetryPolicy
    private let makeHTTP: () throws -> any HTTPGetting
    /// Created on the first request, so a run that needs nothing from the network opens nothing.
    private var client: ArxivClient?

    /// HTTP requests made by this fetcher so far.
    public var requests: Int { client?.requests ?? 0 }
    /// Title searches sent to arXiv so far (those the search cache answered are not counted).
    public private(set) var searchesSent = 0

    public convenience init(cache: PaperCache, options: FetchOptions, progress: (any ProgressReporting)? = nil) throws {
        try self.init(cache: cache, options: options, progress: progress, limiter: .shared(for: options.apiBase), http: nil)
    }

    /// `http` replaces libcurl (tests), `limiter` the process-wide rate limiter, `random` the
    /// backoff jitter.
    public init(cache: PaperCache, options: FetchOptions, progress: (any ProgressReporting)? = nil,
                limiter: RateLimiter, http: (any HTTPGetting)? = nil,
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) throws {
        try options.validate()
        if options.offline { try cache.requireFolder() }
        var cache = cache
        cache.lockTimeout = options.lockTimeout
        self.cache = cache
        self.options = options
        self.progress = progress
        self.limiter = limiter
        limiter.setInterval(options.interval)
        self.policy = RetryPolicy(maxAttempts: options.retries, baseDelay: options.backoffBase,
                                  maxDelay: options.backoffCap, random: random)
        if let http {
            makeHTTP = { http }
        } else {
            makeHTTP = { try HTTPClient.curl(options: options) }
        }
    }

    private func arxiv() throws -> ArxivClient {
        if let client { return client }
        let http: any HTTPGetting
        do {
            http = try makeHTTP()
        } catch let failure as CurlFailure {
            throw FetchError.transport(url: options.apiBase, message: failure.description)
        }
        let made = ArxivClient(apiBase: options.apiBase, http: http, limiter: limiter, policy: policy, progress: progress)
        client = made
        return made
    }

    /// Whether a cached file of this age may be used.
    private func isUsable(age: Double?) -> Bool {
        if options.offline { return true }  // offline, stale beats nothing
        if options.refresh { return false }
        guard let maxAge = options.maxAge, let age else { return true }
        return age <= maxAge
    }

    // MARK: Papers

    /// Every id's entry: from the cache when it is there (and fresh enough), else fetched in
    /// `id_list` batches. Ids a batch leaves out are asked for again alone, once, then reported
    /// in `notFound`. Holds the cache lock throughout. Never opens a connection when everything
    /// is cached, or under `--offline`.
    public func papers(for ids: [ArxivID]) throws -> FetchResult {
        let wanted = Array(OrderedSet(ids))
        return try cache.withLock {
            var result = FetchResult()
            let requestsBefore = requests
            var toFetch: [ArxivID] = []
            for id in wanted {
                if isUsable(age: cache.age(of: id)) {
                    do {
                        if let entry = try cache.entry(for: id) {
                            result.entries[id] = entry
                            result.fromCache.append(id)
                            continue
                        }
                    } catch let error as FetchError {
                        if case let .corruptCacheFile(path, _) = error { result.corrupt.append(path) }
                        progress?.report(.warning(error.description + (options.offline ? "" : "; fetching it again")))
                    }
                }
                toFetch.append(id)
            }
            progress?.report(.started(total: wanted.count, cached: result.fromCache.count))
            if options.offline {
                result.missingOffline = toFetch
                progress?.report(.finished)
                return result
            }

            var leftOut: [ArxivID] = []
            for start in stride(from: 0, to: toFetch.count, by: options.batchSize) {
                let batch = Array(toFetch[start..<min(start + options.batchSize, toFetch.count)])
                leftOut += try fetchBatch(batch, into: &result, total: wanted.count)
            }
            // Asked again alone, once: a batch can drop an id that exists.
            for id in leftOut {
                let url = ArxivClient.idListURL(base: options.apiBase, ids: [id])
                let page: ArxivPage
                do {
                    page = try arxiv().fetchPage(url, emptyPage: .allowed(start: 0))
                } catch FetchError.http(let status, _, let message) where (400..<500).contains(status) {
                    progress?.report(.warning("\(id): HTTP \(status): \(message)"))
                    result.notFound.append(id)
                    continue
                }
                if try !keep(page.feed.entries, asked: [id], into: &result).isEmpty {
                    result.notFound.append(id)
                }
                report(result, total: wanted.count)
            }
            result.requests = requests - requestsBefore
            progress?.report(.finished)
            return result
        }
    }

    /// Fetches one batch, splitting it on 406; returns the ids it left out. A batch of one id is
    /// already "alone": an empty answer means not found, with no retry and no second ask.
    private func fetchBatch(_ batch: [ArxivID], into result: inout FetchResult, total: Int) throws -> [ArxivID] {
        let url = ArxivClient.idListURL(base: options.apiBase, ids: batch)
        let alone = batch.count == 1
        let page: ArxivPage
        do {
            page = try arxiv().fetchPage(url, emptyPage: alone ? .allowed(start: 0) : .suspect)
        } catch FetchError.http(406, _, let message) {
            guard batch.count > 1 else {
                progress?.report(.warning("\(batch[0]): HTTP 406: \(message)"))
                result.notFound.append(batch[0])
                return []
            }
            progress?.report(.warning("HTTP 406 for a batch of \(batch.count): splitting it"))
            let half = batch.count / 2
            return try fetchBatch(Array(batch[..<half]), into: &result, total: total)
                + fetchBatch(Array(batch[half...]), into: &result, total: total)
        }
        let missing = try keep(page.feed.entries, asked: batch, into: &result)
        if alone {
            result.notFound += missing
        }
        report(result, total: total)
        return alone ? [] : missing
    }

    /// Stores the entries that were asked for (at once, so a kill loses nothing) and returns the
    /// asked ids that did not come back.
    private func keep(_ entries: [ArxivEntry], asked: [ArxivID], into result: inout FetchResult) throws -> [ArxivID] {
        let askedSet = Set(asked)
        var got = Set<ArxivID>()
        for entry in entries where askedSet.contains(entry.id) && !got.contains(entry.id) {
            try cache.store(entry)
            got.insert(entry.id)
            result.entries[entry.id] = entry
            result.fetched.append(entry.id)
        }
        return asked.filter { !got.contains($0) }
    }

    private func report(_ result: FetchResult, total: Int) {
        let done = result.fromCache.count + result.fetched.count + result.notFound.count
        progress?.report(.progress(done: done, total: total, requests: requests))
    }

    // MARK: Searches

    /// One page of a title search, cached under `searches/`. Offline: the cached answer or
    /// `FetchError.offlineMissing`.
    public func search(query: String, maxResults: Int) throws -> [ArxivEntry] {
        let age = cache.searchAge(query: query)
        if isUsable(age: age) {
            if let cached = cache.cachedSearch(query: query) { return Array(cached.prefix(maxResults)) }
            if age != nil {
                progress?.report(.warning("corrupt cache file \(cache.searchPath(query: query))"
                    + (options.offline ? "" : "; searching again")))
            }
        }
        if options.offline { throw FetchError.offlineMissing(["search: \(query)"]) }
        let size = max(1, min(maxResults, options.pageSize))
        let url = ArxivClient.searchURL(base: options.apiBase, query: query, start: 0, maxResults: size)
        let page = try arxiv().fetchPage(url, emptyPage: .allowed(start: 0))
        searchesSent += 1
        try cache.withLock { try cache.storeSearch(query: query, bytes: page.bytes) }
        return Array(page.feed.entries.prefix(maxResults))
    }

    /// A paged search for `run --query` and `fetch --query`: pages of up to 2000, at most `max`
    /// (and arXiv's 30000) in all, each paper stored as its page arrives, and the ids in arXiv's
    /// order stored last (`queries/`), so the same query can be rebuilt offline. Online it always
    /// asks arXiv again (new papers match); offline it answers from that list and `papers/`.
    public func query(_ query: String, max: Int) throws -> [ArxivEntry] {
        let limit = Swift.min(max, FetchOptions.maxSearchResults)
        if options.offline { return try cachedQuery(query, limit: limit) }
        var collected: OrderedDictionary<ArxivID, ArxivEntry> = [:]
        var start = 0
        var total = 0
        try cache.withLock {
            while start < limit {
                let size = Swift.min(options.pageSize, limit - start)
                let url = ArxivClient.searchURL(base: options.apiBase, query: query, start: start, maxResults: size)
                let page = try arxiv().fetchPage(url, emptyPage: .allowed(start: start))
                for entry in page.feed.entries where collected[entry.id] == nil {
                    try cache.store(entry)
                    collected[entry.id] = entry
                }
                total = page.feed.info.totalResults ?? 0
                progress?.report(.progress(done: collected.count, total: Swift.min(limit, total), requests: requests))
                start += size
                if page.feed.entries.isEmpty || start >= total { break }
            }
            let ids = collected.keys.prefix(limit).map(\.rawValue)
            try cache.storeQuery(CachedQuery(query: query, max: limit, totalResults: Swift.max(total, ids.count), ids: ids,
                                             fetched: ISO8601DateFormatter().string(from: Date())))
        }
        progress?.report(.finished)
        return Array(collected.values.prefix(limit))
    }

    /// `--offline`: the stored ids of `query` and their papers, or what the cache lacks.
    private func cachedQuery(_ query: String, limit: Int) throws -> [ArxivEntry] {
        guard let stored = try cache.cachedQuery(query) else {
            throw FetchError.offlineMissing(["query: \(query) (never run online with this cache)"])
        }
        guard stored.covers(limit: limit) else {
            throw FetchError.offlineMissing([
                "query: \(query) beyond its first \(stored.ids.count) of \(stored.totalResults) results "
                    + "(it ran with --max \(stored.max); ask for --max \(stored.ids.count) or run online)",
            ])
        }
        var entries: [ArxivEntry] = []
        var missing: [String] = []
        for raw in stored.ids.prefix(limit) {
            guard let id = ArxivID(raw) else {
                throw FetchError.corruptCacheFile(path: cache.queryPath(query: query), reason: "'\(raw)' is not an arXiv id")
            }
            do {
                if let entry = try cache.entry(for: id) { entries.append(entry) } else { missing.append(raw) }
            } catch let error as FetchError {
                // Lacking a readable copy, as under `run --ids` (4, not 2): named with the file.
                missing.append("\(raw) (\(error))")
            }
        }
        guard missing.isEmpty else { throw FetchError.offlineMissing(missing) }
        return entries
    }
}
