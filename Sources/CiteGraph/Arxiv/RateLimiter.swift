import Foundation
import Synchronization

/// Keeps a minimum interval between the starts of requests. One limiter is shared by the whole
/// process (`RateLimiter.shared`), so every fetcher and search in a run keeps arXiv's one request
/// per 3 seconds together; tests make their own with a short interval.
public final class RateLimiter: Sendable {
    public let clock: any FetchClock
    private let state: Mutex<State>

    private struct State {
        var interval: Double
        var lastStart: Double?
    }

    public init(interval: Double, clock: any FetchClock = SystemFetchClock()) {
        self.clock = clock
        self.state = Mutex(State(interval: interval, lastStart: nil))
    }

    /// The process-wide limiter for arXiv. Each fetcher sets its interval to the one it was
    /// configured with.
    public static let shared = RateLimiter(interval: 3)

    /// The process-wide limiter for the server of `apiBase`: `shared` for every arXiv host (one
    /// limit for all of arXiv), else one per host and port, so that fetchers talking to
    /// different servers (tests' 127.0.0.1 servers, each with its own interval) do not pace, or
    /// reset the interval of, each other.
    public static func shared(for apiBase: String) -> RateLimiter {
        guard let components = URLComponents(string: apiBase), let host = components.host?.lowercased(),
              host != "arxiv.org", !host.hasSuffix(".arxiv.org")
        else { return shared }
        let key = host + ":" + (components.port.map(String.init) ?? components.scheme?.lowercased() ?? "")
        return others.withLock { limiters in
            if let limiter = limiters[key] { return limiter }
            let made = RateLimiter(interval: 3)
            limiters[key] = made
            return made
        }
    }

    private static let others = Mutex<[String: RateLimiter]>([:])

    public var interval: Double {
        get { state.withLock { $0.interval } }
    }

    public func setInterval(_ interval: Double) {
        state.withLock { $0.interval = interval }
    }

    /// Waits until a request may start (the interval since the last start has passed, and
    /// `backoff` seconds from now), then records the start. `willWait` hears each wait before it
    /// begins (for progress). Returns the seconds waited.
    @discardableResult
    public func waitTurn(backoff: Double = 0, willWait: (Double) -> Void = { _ in }) -> Double {
        let backoffEnd = clock.now() + backoff
        var waited = 0.0
        while true {
            let now = clock.now()
            let target = state.withLock { max(($0.lastStart ?? -.infinity) + $0.interval, backoffEnd) }
            let delay = target - now
            if delay <= 0 { break }
            willWait(delay)
            clock.sleep(seconds: delay)
            waited += delay
        }
        state.withLock { $0.lastStart = clock.now() }
        return waited
    }
}
