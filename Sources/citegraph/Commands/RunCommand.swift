import ArgumentParser
import CiteGraph

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read a list, resolve its entries, fetch (from the cache first), build the graph and write every output."
    )

    @Argument(help: "The reading list (Markdown). Defaults to the bundled example.")
    var list: String = "examples/awesome-align-llm-human.md"

    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    func run() throws {
        throw CiteGraphError("run: not wired yet", exitCode: .badInput)
    }
}
