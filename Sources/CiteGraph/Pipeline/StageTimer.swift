import Foundation

/// Times the stages of a long run for `--verbose` ("time  load corpus  7.12 s, peak 612 MiB"), so
/// a user on a large corpus sees where the minutes go, and the benchmarks can say which stage
/// grew.
struct StageTimer {
    let log: StatusLog
    private var last = Date()

    init(log: StatusLog) {
        self.log = log
    }

    /// Logs the time since the previous mark (or since the timer started) under `stage`.
    mutating func mark(_ stage: String) {
        let now = Date()
        let seconds = now.timeIntervalSince(last)
        last = now
        log.detail("time  \(stage)  \(String(format: "%.2f", seconds)) s, peak \(StageTimer.peakMiB()) MiB")
    }

    /// The process's peak resident set so far (Linux `ru_maxrss` is in KiB).
    static func peakMiB() -> Int {
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) / 1024
    }
}
