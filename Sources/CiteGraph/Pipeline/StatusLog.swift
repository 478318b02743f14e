import Foundation

/// Human-facing messages on stderr: errors always, warnings unless quiet, notes with --verbose.
/// stdout is kept for results (tables, JSON) so it can be piped.
public struct StatusLog: Sendable {
    public var verbose: Bool
    public var quiet: Bool

    public init(verbose: Bool = false, quiet: Bool = false) {
        self.verbose = verbose
        self.quiet = quiet
    }

    public static let silent = StatusLog(quiet: true)

    public func info(_ message: @autoclosure () -> String) {
        guard !quiet else { return }
        StatusLog.write(message())
    }

    public func detail(_ message: @autoclosure () -> String) {
        guard verbose, !quiet else { return }
        StatusLog.write(message())
    }

    public func warning(_ message: @autoclosure () -> String) {
        guard !quiet else { return }
        StatusLog.write("warning: " + message())
    }

    /// Warnings printed before the rest are counted instead (without --verbose): on a large
    /// corpus they run to thousands of lines that bury the summary.
    public static let warningsShown = 20

    /// Prints each diagnostic, naming `source` where the diagnostic has a line but no file.
    /// Every error is printed, even when quiet (`--quiet` is "nothing but errors"); past
    /// `warningsShown` warnings, one line says how many more there are (all of them with
    /// --verbose; the corpus's own are in corpus.json too), and none when quiet.
    public func diagnostics(_ diagnostics: [Diagnostic], source: String? = nil) {
        for line in lines(of: diagnostics, source: source) { StatusLog.write(line) }
    }

    /// The lines `diagnostics` prints.
    func lines(of diagnostics: [Diagnostic], source: String?) -> [String] {
        var lines: [String] = []
        var warnings = 0
        for var diagnostic in diagnostics {
            if diagnostic.severity == .warning {
                if quiet { continue }
                warnings += 1
                if warnings > Self.warningsShown, !verbose { continue }
            }
            if diagnostic.source == nil, diagnostic.line != nil { diagnostic.source = source }
            lines.append(diagnostic.description)
        }
        if warnings > Self.warningsShown, !verbose {
            lines.append("… and \(warnings - Self.warningsShown) more warnings (--verbose prints every one)")
        }
        return lines
    }

    static func write(_ line: String) {
        // On a terminal, a progress status line may be showing: cleared first, so the message
        // does not run on after it.
        StderrWriter.write((stderrIsTerminal ? "\r\u{1B}[K" : "") + line + "\n")
    }

    private static let stderrIsTerminal = isatty(STDERR_FILENO) != 0
}
