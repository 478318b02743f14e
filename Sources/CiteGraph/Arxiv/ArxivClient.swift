import Foundation

/// One page of an arXiv answer: the parsed feed and the bytes it came from (kept for the
/// search cache).
public struct ArxivPage: Sendable {
    public var feed: ArxivFeed
    public var bytes: [UInt8]
}

/// Talks to the arXiv API: builds `id_list` and `search_query` URLs, keeps the rate limit, and
/// retries what is worth retrying. Knows nothing of the cache. Not Sendable: it owns the HTTP
/// handle.
public final class ArxivClient {
    public let apiBase: String
    private let http: any HTTPGetting
    private let limiter: RateLimiter
    private let policy: RetryPolicy
    private let progress: (any ProgressReporting)?
    /// HTTP requests made, every attempt counted.
    public private(set) var requests = 0

    public init(apiBase: String, http: any HTTPGetting, limiter: RateLimiter, policy: RetryPolicy,
                progress: (any ProgressReporting)? = nil) {
        self.apiBase = apiBase
        self.http = http
        self.limiter = limiter
        self.policy = policy
        self.progress = progress
    }

    // MARK: URLs

    /// `?id_list=a,b&start=0&max_results=2`: `max_results` equal to the batch, since arXiv
    /// otherwise stops at 10.
    public static func idListURL(base: String, ids: [ArxivID]) -> String {
        url(base: base, parameters: [
            ("id_list", ids.map(\.rawValue).joined(separator: ",")),
            ("start", "0"), ("max_results", String(ids.count)),
        ])
    }

    public static func searchURL(base: String, query: String, start: Int, maxResults: Int) -> String {
        url(base: base, parameters: [
            ("search_query", query), ("start", String(start)), ("max_results", String(maxResults)),
        ])
    }

    private static let allowedInValue: CharacterSet = {
        var set = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        set.insert(charactersIn: "-._~:/,")
        return set
    }()

    private static func url(base: String, parameters: [(String, String)]) -> String {
        let query = parameters.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: allowedInValue) ?? value)
        }.joined(separator: "&")
        return base + (base.contains("?") ? "&" : "?") + query
    }

    // MARK: Requests

    /// When an answer with no entries is a fault to retry rather than the answer.
    public enum EmptyPage: Sendable {
        /// Every id asked for exists as far as we know: an empty page is a fault (retried; after
        /// the last attempt the empty page is returned and the caller sorts it out).
        case suspect
        /// Empty is a fine answer (one id asked alone, a search with no match), unless the feed
        /// itself says there are results past `start` (arXiv's known empty-page fault).
        case allowed(start: Int)
    }

    /// GETs `url` until it yields an Atom feed, waiting between attempts. Throws
    /// `FetchError.http` for statuses not retried (406 included: the caller splits the batch),
    /// `.arxiv` for an error feed, `.gaveUp` after the last attempt, `.transport` for failures
    /// retrying cannot fix.
    public func fetchPage(_ url: String, emptyPage: EmptyPage) throws -> ArxivPage {
        var backoff = 0.0
        var lastProblem = ""
        var lastEmptyPage: ArxivPage?
        for attempt in 1...policy.maxAttempts {
            limiter.waitTurn(backoff: backoff) { seconds in
                progress?.report(.waiting(seconds: seconds, reason: attempt == 1 ? "rate limit" : "backoff after: \(lastProblem)"))
            }
            requests += 1
            progress?.report(.request(url: url, attempt: attempt))
            let started = limiter.clock.now()
            let outcome = classify(url: url, emptyPage: emptyPage) { try http.get(url) }
            let seconds = limiter.clock.now() - started
            switch outcome {
            case let .page(page, status):
                progress?.report(.response(url: url, status: status, bytes: page.bytes.count, seconds: seconds, problem: nil))
                return page
            case let .fail(error, status):
                progress?.report(.response(url: url, status: status, bytes: 0, seconds: seconds, problem: error.description))
                throw error
            case let .retry(problem, status, retryAfter, emptyFeed):
                progress?.report(.response(url: url, status: status, bytes: emptyFeed?.bytes.count ?? 0, seconds: seconds, problem: problem))
                lastProblem = problem
                lastEmptyPage = emptyFeed
                backoff = policy.delay(afterAttempt: attempt, retryAfter: retryAfter)
            }
        }
        if let lastEmptyPage { return lastEmptyPage }
        throw FetchError.gaveUp(attempts: policy.maxAttempts, url: url, lastProblem: lastProblem)
    }

    private enum Outcome {
        case page(ArxivPage, status: Int)
        case retry(problem: String, status: Int?, retryAfter: Double?, emptyPage: ArxivPage?)
        case fail(FetchError, status: Int?)
    }

    private static let retriedStatuses: Set<Int> = [429, 500, 502, 503, 504]

    private func classify(url: String, emptyPage: EmptyPage, get: () throws -> HTTPResponse) -> Outcome {
        let response: HTTPResponse
        do {
            response = try get()
        } catch let failure as CurlFailure {
            if failure.isTransient {
                return .retry(problem: failure.isTimeout ? "timed out (\(failure.message))" : failure.description,
                              status: nil, retryAfter: nil, emptyPage: nil)
            }
            return .fail(.transport(url: url, message: failure.description), status: nil)
        } catch {
            return .retry(problem: String(describing: error), status: nil, retryAfter: nil, emptyPage: nil)
        }

        let status = response.status
        if Self.retriedStatuses.contains(status) {
            let retryAfter = RetryPolicy.retryAfterSeconds(response.headers["retry-after"])
            return .retry(problem: "HTTP \(status)\(retryAfter.map { " (Retry-After \(Int($0.rounded())) s)" } ?? "")",
                          status: status, retryAfter: retryAfter, emptyPage: nil)
        }
        guard status == 200 else {
            return .fail(.http(status: status, url: url, message: Self.arxivMessage(in: response.body)), status: status)
        }
        if let problem = Self.notAtomProblem(response) {
            return .retry(problem: problem, status: status, retryAfter: nil, emptyPage: nil)
        }
        let feed: ArxivFeed
        do {
            feed = try AtomParser.parseFeed(bytes: response.body)
        } catch AtomError.arxivError(let message) {
            return .fail(.arxiv(message: message, url: url), status: status)
        } catch {
            // A truncated or garbled body: the next attempt usually gets it whole.
            return .retry(problem: "unreadable Atom (\(error))", status: status, retryAfter: nil, emptyPage: nil)
        }
        let page = ArxivPage(feed: feed, bytes: response.body)
        if feed.entries.isEmpty {
            switch emptyPage {
            case .suspect:
                return .retry(problem: "an empty page where results were expected", status: status, retryAfter: nil, emptyPage: page)
            case let .allowed(start):
                if let total = feed.info.totalResults, total > start {
                    return .retry(problem: "an empty page although the feed counts \(total) results", status: status,
                                  retryAfter: nil, emptyPage: nil)
                }
            }
        }
        return .page(page, status: status)
    }

    /// Why a 200 body is not an Atom feed (arXiv's throttle sends plain `Rate exceeded.`, a proxy
    /// may send an HTML error page), or nil when it looks like XML.
    static func notAtomProblem(_ response: HTTPResponse) -> String? {
        let head = String(decoding: response.body.prefix(512), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if head.isEmpty { return "an empty body" }
        let lowered = head.lowercased()
        if lowered.hasPrefix("rate exceeded") { return "rate limited ('\(excerpt(head))')" }
        if lowered.hasPrefix("<!doctype html") || lowered.hasPrefix("<html")
            || (response.headers["content-type"]?.lowercased().contains("text/html") ?? false) {
            return "an HTML page instead of Atom ('\(excerpt(head))')"
        }
        if !head.hasPrefix("<") { return "plain text instead of Atom ('\(excerpt(head))')" }
        return nil
    }

    /// arXiv's message from an error feed's summary, else an excerpt of the body.
    static func arxivMessage(in body: [UInt8]) -> String {
        do {
            if let summary = try AtomParser.parseFeed(bytes: body).entries.first?.summary { return summary }
        } catch AtomError.arxivError(let message) {
            return message
        } catch {}
        let text = String(decoding: body.prefix(512), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(empty body)" : excerpt(text)
    }

    static func excerpt(_ text: String) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return oneLine.count > 120 ? String(oneLine.prefix(120)) + "…" : oneLine
    }
}
