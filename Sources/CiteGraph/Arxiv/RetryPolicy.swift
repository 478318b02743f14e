import Foundation

/// When to try a request again and how long to wait first: exponential backoff with full
/// jitter on top of a floor, honouring the server's `Retry-After`, capped.
public struct RetryPolicy: Sendable {
    /// Attempts in all (the first one included).
    public var maxAttempts: Int
    /// The wait before the second attempt, doubled for each later one.
    public var baseDelay: Double
    /// No wait is longer than this, `Retry-After` included.
    public var maxDelay: Double
    /// Random in 0..<1; injected so tests get fixed delays.
    public var random: @Sendable () -> Double

    public init(maxAttempts: Int = 5, baseDelay: Double = 2, maxDelay: Double = 120,
                random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.random = random
    }

    /// The wait after failed attempt number `attempt` (1-based). Half the exponential step is
    /// kept and the other half jittered, so retries from several clients spread out but never
    /// come back sooner than half the step; `retryAfter` is a floor.
    public func delay(afterAttempt attempt: Int, retryAfter: Double?) -> Double {
        let step = baseDelay * pow(2, Double(max(0, attempt - 1)))
        let jittered = step / 2 + step / 2 * random()
        return min(maxDelay, max(jittered, retryAfter ?? 0))
    }

    /// Reads a `Retry-After` value: delta seconds (`120`) or an HTTP date
    /// (`Wed, 21 Oct 2026 07:28:00 GMT`), as seconds from `now`. Nil when unreadable.
    public static func retryAfterSeconds(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds.isFinite { return max(0, seconds) }
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "GMT")
            formatter.dateFormat = format
            if let date = formatter.date(from: value) {
                return max(0, date.timeIntervalSince(now))
            }
        }
        return nil
    }
}
