/// What can go wrong while fetching, each with the message the user sees and the exit status.
public enum FetchError: UserFacingError, Equatable {
    /// arXiv (or the mirror) answered with a status that is not retried; `message` is arXiv's
    /// own (from its error feed) or an excerpt of the body.
    case http(status: Int, url: String, message: String)
    /// arXiv answered with an error feed (e.g. `incorrect id format for abc`).
    case arxiv(message: String, url: String)
    /// Every attempt failed with something transient (network, timeout, 429/503, garbage body).
    case gaveUp(attempts: Int, url: String, lastProblem: String)
    /// A failure retrying cannot fix (TLS certificate, bad URL, response over the size cap).
    case transport(url: String, message: String)
    /// `--offline` and the cache lacks these (ids, or `search: QUERY`).
    case offlineMissing([String])
    /// `--offline` and the cache folder is not there (a mistyped `--cache`): why, and what to do.
    case noCache(path: String, reason: String)
    /// A cache file that exists but cannot be read as one paper's Atom.
    case corruptCacheFile(path: String, reason: String)
    /// A file could not be written: in the cache, or an output (the same atomic writer).
    case cacheWrite(path: String, reason: String)
    /// An option value that cannot be used (e.g. an interval under 3 s for arxiv.org).
    case badOption(String)

    public var exitCode: ExitStatus {
        switch self {
        case .http, .arxiv: .arxivError
        case .gaveUp, .transport: .network
        case .offlineMissing, .noCache: .offlineMissing
        case .corruptCacheFile, .badOption: .badInput
        case .cacheWrite: .cannotWrite
        }
    }

    public var description: String {
        switch self {
        case let .http(status, url, message):
            "arXiv answered HTTP \(status) for \(url): \(message)"
        case let .arxiv(message, url):
            "arXiv reported an error for \(url): \(message)"
        case let .gaveUp(attempts, url, lastProblem):
            "gave up on \(url) after \(attempts) attempt\(attempts == 1 ? "" : "s"): \(lastProblem) (what was fetched is kept in the cache)"
        case let .transport(url, message):
            "cannot fetch \(url): \(message)"
        case let .offlineMissing(missing):
            "--offline: the cache lacks \(missing.count) item\(missing.count == 1 ? "" : "s"): "
                + missing.prefix(20).joined(separator: ", ") + (missing.count > 20 ? " and \(missing.count - 20) more" : "")
        case let .noCache(path, reason):
            "no cache at \(path): \(reason)"
        case let .corruptCacheFile(path, reason):
            "corrupt cache file \(path): \(reason)"
        case let .cacheWrite(path, reason):
            "cannot write \(path): \(reason)"
        case let .badOption(message):
            message
        }
    }
}
