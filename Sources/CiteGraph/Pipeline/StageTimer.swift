import Foundation

/// Times the stages of a long run for `--verbose` ("time  load corpus  7.12 s (cpu 6.90 s), peak
/// 612 MiB"), so a user on a large corpus sees where the minutes go, and the benchmarks can say
/// which stage grew. CPU time (user + system, all threads) is shown beside the wall time: on a
/// busy machine it is the steadier figure, and above the wall time when stages use both cores.
struct StageTimer {
    let log: StatusLog
    /// Told when a stage begins (the status line on a terminal).
    let progress: (any ProgressReporting)?
    private var lastWall = Date()
    private var lastCPU = StageTimer.cpuSeconds()

    init(log: StatusLog, progress: (any ProgressReporting)? = nil) {
        self.log = log
        self.progress = progress
    }

    /// Says what the run does next: long stages on all of arXiv would otherwise be silent.
    func begin(_ stage: String) {
        progress?.report(.stage(stage))
    }

    /// Logs the time since the previous mark (or since the timer started) under `stage`.
    mutating func mark(_ stage: String) {
        let now = Date(), cpu = StageTimer.cpuSeconds()
        let wall = now.timeIntervalSince(lastWall)
        let used = cpu - lastCPU
        lastWall = now
        lastCPU = cpu
        log.detail("time  \(stage)  \(String(format: "%.2f", wall)) s (cpu \(String(format: "%.2f", used)) s), peak \(StageTimer.peakMiB()) MiB")
    }

    private static func usage() -> rusage? {
        var usage = rusage()
        return getrusage(RUSAGE_SELF.rawValue, &usage) == 0 ? usage : nil
    }

    /// User plus system CPU seconds of the whole process so far.
    static func cpuSeconds() -> Double {
        guard let usage = usage() else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The process's peak resident set so far (Linux `ru_maxrss` is in KiB).
    static func peakMiB() -> Int {
        guard let usage = usage() else { return 0 }
        return Int(usage.ru_maxrss) / 1024
    }
}
