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
    /// that are not ids); the outputs that could be written were written.
    case partial = 1
    /// Bad input: an unreadable or malformed list, ids file, cache file or option value.
    case badInput = 2
    /// The network failed after every retry (what was fetched is kept in the cache).
    case network = 3
    /// `--offline` and the cache lacks something that is needed.
    case offlineMissing = 4
    /// arXiv answered with an error (bad query, bad id).
    case arxivError = 5
    /// Another run holds the cache lock.
    case locked = 6
    /// An output, standard output or the cache could not be written (disk full, no permission).
    case cannotWrite = 7

    public var meaning: String {
        switch self {
        case .success: "success"
        case .partial: "partial result: outputs written, but some entries or papers are missing"
        case .badInput: "bad input: unreadable or malformed list, ids file, cache file or option"
        case .network: "network failure after all retries (what was fetched is kept)"
        case .offlineMissing: "--offline and the cache lacks what is needed"
        case .arxivError: "arXiv answered with an error"
        case .locked: "another run holds the cache lock"
        case .cannotWrite: "cannot write an output, stdout or the cache (disk full, permissions)"
        }
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
