import Foundation

/// How the fetcher behaves; the CLI fills it from `FetchOptionsGroup` and the environment.
public struct FetchOptions: Sendable, Equatable {
    public static let arxivAPI = "https://export.arxiv.org/api/query"
    /// arXiv's terms: one request every 3 seconds.
    public static let arxivMinimumInterval = 3.0
    /// arXiv documents 2000 results a page and 30000 in all for a search.
    public static let maxPageSize = 2000
    public static let maxSearchResults = 30000

    /// Never open a connection.
    public var offline = false
    /// Ignore cached papers and searches (they are replaced as fresh answers arrive).
    public var refresh = false
    /// Cached files older than this many seconds are fetched again.
    public var maxAge: Double?
    /// Ids per `id_list` request.
    public var batchSize = 100
    /// Minimum seconds between request starts.
    public var interval = 3.0
    /// Attempts per request, the first included.
    public var retries = 5
    public var connectTimeout = 10.0
    public var totalTimeout = 60.0
    public var apiBase = FetchOptions.arxivAPI
    /// Contact address for the User-Agent.
    public var mailto: String?
    public var verbose = false
    public var quiet = false
    public var maxResponseBytes = 64 << 20
    /// The first retry waits about this long, doubling after.
    public var backoffBase = 2.0
    /// No single wait is longer (Retry-After included).
    public var backoffCap = 120.0
    /// Results per search page (arXiv allows up to 2000).
    public var pageSize = FetchOptions.maxPageSize
    /// How long `PaperCache.withLock` waits for another run's lock.
    public var lockTimeout = 5.0

    public init() {}

    /// The host of `apiBase` (lowercased), nil when it has none.
    public var apiHost: String? { URLComponents(string: apiBase)?.host?.lowercased() }

    public var isArxivHost: Bool {
        guard let host = apiHost else { return false }
        return host == "arxiv.org" || host.hasSuffix(".arxiv.org")
    }

    /// Throws `FetchError.badOption` for values that cannot work or would break arXiv's terms.
    public func validate() throws {
        guard let components = URLComponents(string: apiBase), let scheme = components.scheme?.lowercased(),
              ["http", "https"].contains(scheme), components.host != nil
        else { throw FetchError.badOption("--api-base: '\(apiBase)' is not an http(s) URL") }
        guard batchSize >= 1, batchSize <= FetchOptions.maxPageSize else {
            throw FetchError.badOption("--batch-size must be between 1 and \(FetchOptions.maxPageSize), got \(batchSize)")
        }
        guard interval >= 0, interval.isFinite else { throw FetchError.badOption("--interval must be 0 or more seconds") }
        if isArxivHost && interval < FetchOptions.arxivMinimumInterval {
            throw FetchError.badOption(
                "--interval \(interval) is below arXiv's 3 seconds; a shorter interval is allowed only with --api-base pointing at another host")
        }
        guard pageSize >= 1, pageSize <= FetchOptions.maxPageSize else {
            throw FetchError.badOption("page size must be between 1 and \(FetchOptions.maxPageSize), got \(pageSize)")
        }
        guard retries >= 1 else { throw FetchError.badOption("--retries must be at least 1, got \(retries)") }
        guard connectTimeout > 0, totalTimeout > 0 else { throw FetchError.badOption("timeouts must be positive") }
        if let maxAge, maxAge < 0 { throw FetchError.badOption("--max-age must not be negative") }
    }

    /// Reads a duration: `90` or `90s`, `15m`, `12h`, `7d`, `2w`. Nil when unreadable.
    public static func parseDuration(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [Character: Double] = ["s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800]
        if let last = trimmed.last, let unit = units[last], let value = Double(trimmed.dropLast()), value >= 0 {
            return value * unit
        }
        if let value = Double(trimmed), value >= 0 { return value }
        return nil
    }
}

/// What `ArxivFetcher.papers(for:)` got.
public struct FetchResult: Sendable, Equatable {
    public var entries: [ArxivID: ArxivEntry] = [:]
    public var fromCache: [ArxivID] = []
    public var fetched: [ArxivID] = []
    /// Asked for (in a batch and then alone) and not returned by arXiv.
    public var notFound: [ArxivID] = []
    /// `--offline` and not in the cache (or only in a corrupt file).
    public var missingOffline: [ArxivID] = []
    /// HTTP requests made (attempts included).
    public var requests = 0
    /// Cache files found corrupt (each was fetched again, or is named in `missingOffline`).
    public var corrupt: [String] = []

    public init() {}
}
