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

    /// The process-wide limiter. Its interval is raised (never lowered) by each fetcher to the
    /// interval it was configured with.
    public static let shared = RateLimiter(interval: 3)

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
