import Foundation

/// Human-facing messages on stderr: warnings always (unless quiet), notes with --verbose.
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

    /// Prints each diagnostic, naming `source` where the diagnostic has a line but no file.
    public func diagnostics(_ diagnostics: [Diagnostic], source: String? = nil) {
        for var diagnostic in diagnostics {
            if diagnostic.source == nil, diagnostic.line != nil { diagnostic.source = source }
            info(diagnostic.description)
        }
    }

    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
