import ArgumentParser
import CiteGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts, date span, top authors (by papers and by co-author centrality), categories, sections, communities and Lotka's law."
    )

    enum Format: String, OutputFormat {
        case table, json
        static let standard = Format.table
        var fileExtensions: [String] { self == .table ? ["txt"] : [rawValue] }
    }

    @Option(help: Format.help)
    var format: Format?

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var outputFile: OutputFileOption

    /// --format, or what -o's extension names; checked before any work.
    var chosenFormat: Format {
        get throws { try Format.chosen(format, output: outputFile.file) }
    }

    func validate() throws {
        _ = try chosenFormat
    }

    func run() throws {
        let chosenFormat = try chosenFormat
        let corpus = try corpusOptions.load()
        let stats = StatsBuilder.build(corpus, coauthors: StatsBuilder.coauthorGraph(corpus))
        try outputFile.write(chosenFormat == .json ? StatsWriter.json(stats) : StatsWriter.table(stats))
    }
}
