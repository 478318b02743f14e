import CiteGraph
import Foundation
import Synchronization

/// A clock that really waits but remembers each wait it was asked for.
final class RecordingClock: FetchClock {
    private let recorded = Mutex<[Double]>([])
    var sleeps: [Double] { recorded.withLock { $0 } }

    func now() -> Double { SystemFetchClock().now() }

    func sleep(seconds: Double) {
        recorded.withLock { $0.append(seconds) }
        SystemFetchClock().sleep(seconds: seconds)
    }
}

/// A fetcher wired to a scripted server on 127.0.0.1 and a fresh cache, with a short interval
/// (allowed because the host is not arxiv.org) and short backoff.
struct FetchHarness {
    static let interval = 0.2
    /// The server stamps a request when its thread gets to read it; with the tests running in
    /// parallel on two busy cores that thread can be late by tens of milliseconds (over 30 ms seen
    /// at a load average of 10), which shortens the next observed gap by as much. Well under the
    /// interval, so a limiter that does not wait still fails.
    static let tolerance = 0.08

    let server: ScriptedHTTPServer
    let cache: PaperCache
    let clock = RecordingClock()
    let options: FetchOptions

    init(retries: Int = 5, batchSize: Int = 100, totalTimeout: Double = 5, pageSize: Int = 2000,
         cacheDirectory: String? = nil, configure: (inout FetchOptions) -> Void = { _ in },
         handler: @escaping ScriptedHTTPServer.Handler) throws {
        server = try ScriptedHTTPServer(handler: handler)
        cache = PaperCache(directory: try cacheDirectory ?? makeTemporaryDirectory("citegraph-fetch"))
        var options = FetchOptions()
        options.apiBase = server.baseURL
        options.interval = Self.interval
        options.backoffBase = 0.1
        options.backoffCap = 5
        options.retries = retries
        options.batchSize = batchSize
        options.connectTimeout = 2
        options.totalTimeout = totalTimeout
        options.pageSize = pageSize
        options.mailto = "tests@example.org"
        configure(&options)
        self.options = options
    }

    /// A new fetcher (as a new run would make) sharing this harness's server and cache.
    func fetcher() throws -> ArxivFetcher {
        try ArxivFetcher(cache: cache, options: options, limiter: RateLimiter(interval: Self.interval, clock: clock),
                         random: { 0.5 })
    }

    /// Seconds between the arrivals of consecutive requests.
    var gaps: [Double] {
        let times = server.requests.map(\.time)
        return zip(times.dropFirst(), times).map { $0 - $1 }
    }

    var intervalKept: Bool { gaps.allSatisfy { $0 >= Self.interval - Self.tolerance } }

    func cachedFileNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache.papersDirectory).sorted()
    }
}

extension Array where Element == ArxivID {
    static let bundled = FixtureFeeds.allIDs
}
