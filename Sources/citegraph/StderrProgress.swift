import CiteGraph
import Foundation

/// Shows fetch progress on stderr: a status line redrawn in place when stderr is a terminal
/// (done/total, requests, the current wait, ETA), one line per request with `--verbose`,
/// nothing with `--quiet`.
final class StderrProgress: CiteGraph.ProgressReporting {
    private let verbose: Bool
    private let quiet: Bool
    private let isTerminal = isatty(STDERR_FILENO) != 0
    private let secondsPerRequest: Double
    private let batchSize: Int
    private var total = 0
    private var done = 0
    private var requests = 0
    private var statusShown = false

    init(options: FetchOptions) {
        verbose = options.verbose
        quiet = options.quiet
        secondsPerRequest = max(options.interval, 0.1)
        batchSize = options.batchSize
    }

    func report(_ event: FetchEvent) {
        guard !quiet else { return }
        switch event {
        case let .started(total, cached):
            self.total = total
            done = cached
            if verbose { line("\(total) papers asked for, \(cached) in the cache") }
            status()
        case let .request(url, attempt):
            requests += 1
            if verbose { line("GET \(url)\(attempt > 1 ? " (attempt \(attempt))" : "")") }
            status()
        case let .response(_, status, bytes, seconds, problem):
            if verbose {
                let what = status.map { "HTTP \($0)" } ?? "no response"
                line("  \(what), \(bytes) bytes in \(String(format: "%.2f", seconds)) s\(problem.map { ": \($0)" } ?? "")")
            }
        case let .waiting(seconds, reason):
            if verbose && seconds >= 0.5 { line("  waiting \(String(format: "%.1f", seconds)) s (\(reason))") }
            status(waiting: seconds)
        case let .progress(done, total, _):
            self.done = done
            self.total = max(self.total, total)
            status()
        case let .warning(message):
            line("warning: \(message)")
        case let .reading(files, of, papers):
            show("reading feeds: \(files)/\(of) files, \(papers) papers")
        case let .stage(stage):
            show(stage + "…")
        case .finished:
            clearStatus()
        }
    }

    private func status(waiting: Double? = nil) {
        guard isTerminal, total > 0 else { return }
        let remainingRequests = (max(0, total - done) + batchSize - 1) / batchSize
        let eta = Double(remainingRequests) * secondsPerRequest
        var text = "fetch: \(done)/\(total) papers, \(requests) request\(requests == 1 ? "" : "s")"
        if let waiting, waiting >= 0.5 { text += ", waiting \(String(format: "%.0f", waiting.rounded(.up))) s" }
        if remainingRequests > 0 { text += ", ETA \(String(format: "%.0f", eta.rounded(.up))) s" }
        show(text)
    }

    /// Redraws the status line (on a terminal only).
    private func show(_ text: String) {
        guard isTerminal else { return }
        write("\r\u{1B}[K" + text)
        statusShown = true
    }

    private func clearStatus() {
        if statusShown { write("\r\u{1B}[K") }
        statusShown = false
    }

    private func line(_ text: String) {
        clearStatus()
        write(text + "\n")
    }

    private func write(_ text: String) {
        StderrWriter.write(text)
    }
}
