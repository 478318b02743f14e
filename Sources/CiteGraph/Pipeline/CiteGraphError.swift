/// An error meant for the user: a message naming the offending file, line or id, and the exit
/// code the command ends with. Every stage throws these (or errors that convert to them) for bad
/// input, so the executable can print one clear line and exit non-zero instead of crashing.
public protocol UserFacingError: Error, CustomStringConvertible {
    var exitCode: ExitStatus { get }
}

/// Exit codes, documented in `citegraph --help`.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    case success = 0
    /// Some work was done but something is missing (papers arXiv does not have, ids-file lines
    /// that are not arXiv ids: each named with its line); the outputs that could be written were
    /// written.
    case partial = 1
    /// Bad input, nothing done: an unreadable or malformed list or option value, an ids file that
    /// cannot be read or holds no arXiv id at all, a malformed Atom file given to `parse`, a
    /// corrupt stored query (`cache/queries/`).
    case badInput = 2
    /// The network failed after every retry (what was fetched is kept in the cache).
    case network = 3
    /// `--offline` and the cache lacks something that is needed, or holds it only in a corrupt
    /// file (the other results are written).
    case offlineMissing = 4
    /// arXiv answered with an error (bad query, bad id).
    case arxivError = 5
    /// Another run holds the cache lock.
    case locked = 6
    /// An output, standard output or the cache could not be written (disk full, no permission).
    case cannotWrite = 7

    /// What the code says, in lines short enough for an 80-column `--help`.
    public var meaning: String {
        switch self {
        case .success: "success"
        case .partial: "partial result: outputs written, but some entries or papers are missing,\n"
            + "or some lines of an ids file are not arXiv ids (each named with its line)"
        case .badInput: "bad input: an unreadable or malformed list or option value, an ids file\n"
            + "that cannot be read or holds no arXiv id at all, a corrupt stored query"
        case .network: "network failure after all retries (what was fetched is kept)"
        case .offlineMissing: "--offline and the cache lacks what is needed, or holds it only in a\ncorrupt file"
        case .arxivError: "arXiv answered with an error"
        case .locked: "another run holds the cache lock"
        case .cannotWrite: "cannot write an output, stdout or the cache (disk full, permissions)"
        }
    }

    /// The exit-code table of `citegraph --help` and `citegraph fetch --help` (one table, so the
    /// two cannot disagree): a code a line, a longer meaning continued under its text.
    public static var helpTable: String {
        allCases.map { "  \($0.rawValue)  " + $0.meaning.split(separator: "\n").joined(separator: "\n     ") }
            .joined(separator: "\n")
    }
}

/// A plain user-facing error with a message and an exit status.
public struct CiteGraphError: UserFacingError, Equatable {
    public var message: String
    public var exitCode: ExitStatus

    public init(_ message: String, exitCode: ExitStatus = .badInput) {
        self.message = message
        self.exitCode = exitCode
    }

    public var description: String { message }
}
