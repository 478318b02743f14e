import Foundation

/// Time as the fetch layer sees it: a monotonic "now" and a way to wait. Injected so tests can
/// record the waits the rate limiter and the retry policy ask for.
public protocol FetchClock: Sendable {
    /// Seconds on a monotonic clock (only differences mean anything).
    func now() -> Double
    func sleep(seconds: Double)
}

/// The real clock: CLOCK_MONOTONIC and a real sleep.
public struct SystemFetchClock: FetchClock {
    public init() {}

    public func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    public func sleep(seconds: Double) {
        guard seconds > 0 else { return }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - Double(Int(seconds))) * 1e9))
        var remaining = timespec()
        // nanosleep returns early on a signal; sleep out the rest.
        while nanosleep(&request, &remaining) != 0, errno == EINTR {
            request = remaining
        }
    }
}
