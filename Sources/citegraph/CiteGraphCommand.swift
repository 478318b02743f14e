import ArgumentParser
import CiteGraph
import Foundation

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
        \(ExitStatus.helpTable)
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
                // --help, --version, and ExitCode(n) thrown by a command after its own message
                // (`run` missing papers): a summary that never reached stdout is said first.
                do {
                    try StandardOutput.flush()
                } catch let failure as StandardOutput.WriteError {
                    fail(failure.exitCode, "citegraph: \(failure)")
                } catch {}
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
