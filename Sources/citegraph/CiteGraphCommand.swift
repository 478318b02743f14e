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
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let error as any UserFacingError {
            FileHandle.standardError.write(Data("citegraph: \(error)\n".utf8))
            Foundation.exit(error.exitCode.rawValue)
        } catch {
            exit(withError: error)
        }
    }
}
