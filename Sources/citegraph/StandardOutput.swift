import CiteGraph
import Foundation
// C's `stdout` is a global variable, which Swift 6 reports as shared mutable state; only the main
// thread prints.
#if canImport(SwiftGlibc)
@preconcurrency import SwiftGlibc
#endif

/// Standard output's buffered bytes: a full disk or a closed pipe behind `> file` must not end in
/// exit status 0 with the output cut short, nor in Foundation's error text and status 1.
enum StandardOutput {
    struct WriteError: UserFacingError {
        var reason: String
        var exitCode: ExitStatus { .cannotWrite }
        var description: String { "cannot write to standard output: \(reason)" }
    }

    /// Adds bytes to the buffer `print` fills (so the order holds); throws when a write fails.
    static func write(_ bytes: [UInt8]) throws {
        guard fwrite(bytes, 1, bytes.count, stdout) == bytes.count else {
            throw WriteError(reason: String(cString: strerror(errno)))
        }
    }

    static func flush() throws {
        if fflush(stdout) != 0 { throw WriteError(reason: String(cString: strerror(errno))) }
        // An earlier write that failed while the buffer was flushed along the way.
        if ferror(stdout) != 0 { throw WriteError(reason: "a write failed") }
    }
}
