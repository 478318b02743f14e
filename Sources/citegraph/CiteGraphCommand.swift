import ArgumentParser
import CiteGraph
import Foundation
// C's `stdout` is a global variable, which Swift 6 reports as shared mutable state; only the main
// thread prints.
#if canImport(SwiftGlibc)
@preconcurrency import SwiftGlibc
#endif

@main
struct CiteGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "citegraph",
        abstract: "Turn a curated reading list (or arXiv ids, or an arXiv query) into a citation graph and statistics.",
        discussion: """
        A typical session:
          citegraph run --offline          # bundled list, from cache/, into output/
          citegraph run my-list.md         # your own awesome list
          citegraph fetch my-list.md       # fill the cache (one request per 3 s)
          citegraph compare cs.CL cs.LG    # two categories side by side
          citegraph graph --view coauthor --format dot -o coauthors.dot

        Exit codes:
        \(ExitStatus.allCases.map { "  \($0.rawValue)  \($0.meaning)" }.joined(separator: "\n"))
        """,
        version: CiteGraphVersion.string,
        subcommands: [
            RunCommand.self, FetchCommand.self, ParseCommand.self, GraphCommand.self,
            TimelineCommand.self, CompareCommand.self, StatsCommand.self,
            SynthCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// Like ParsableCommand.main, but a `UserFacingError` prints one clear line and exits with its
    /// documented code instead of ArgumentParser's generic 1.
    static func main() {
        StandardDescriptors.reopenClosed()
        do {
            var command = try parseAsRoot()
            try command.run()
            try StandardOutput.flush()
        } catch let error as any UserFacingError {
            fail(error.exitCode, "citegraph: \(error)")
        } catch {
            // A mistyped option or value is bad input (2, as `--help` says), not sysexits' 64.
            let code = exitCode(for: error)
            guard code == .validationFailure else {
                // --help, --version, and ExitCode(n) thrown by a command after its own message.
                fflush(nil)
                exit(withError: error)
            }
            fail(.badInput, fullMessage(for: error))
        }
    }

    /// Prints `message` on stderr after what was printed on stdout, and exits with `status`.
    private static func fail(_ status: ExitStatus, _ message: String) -> Never {
        fflush(nil)
        StderrWriter.write(message.hasSuffix("\n") ? message : message + "\n")
        Foundation.exit(status.rawValue)
    }
}

/// Standard output's buffered bytes: a full disk or a closed pipe behind `> file` must not end in
/// exit status 0 with the output cut short.
enum StandardOutput {
    struct WriteError: UserFacingError {
        var reason: String
        var exitCode: ExitStatus { .cannotWrite }
        var description: String { "cannot write to standard output: \(reason)" }
    }

    static func flush() throws {
        if fflush(stdout) != 0 { throw WriteError(reason: String(cString: strerror(errno))) }
        // An earlier write that failed while the buffer was flushed along the way.
        if ferror(stdout) != 0 { throw WriteError(reason: "a write failed") }
    }
}
