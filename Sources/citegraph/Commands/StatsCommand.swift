import ArgumentParser
import CiteGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts, date span, top authors (by papers and by co-author centrality), categories, sections, communities and Lotka's law.",
        discussion: """
        The centralities and communities are measured on the co-author graph: authors joined by \
        the papers they share, each shared paper adding 1, papers with more than --max-authors \
        authors adding no edge. `citegraph run` measures the same graph for stats.json (with its \
        own --max-authors), so the two agree on the same corpus; run's --counting, --normalize, \
        --min-weight and --top change its graph files only, not the statistics.
        """
    )

    enum Format: String, OutputFormat {
        case table, json
        static let standard = Format.table
        var fileExtensions: [String] { self == .table ? ["txt"] : [rawValue] }
    }

    @Option(help: Format.help)
    var format: Format?

    @Option(help: ArgumentHelp(
        "Papers with more authors add no co-author edges (as in `run --max-authors`).", valueName: "n"))
    var maxAuthors = GraphOptions().maxAuthors

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var verbosity: VerbosityOptions

    /// --format, or what -o's extension names; checked before any work.
    var chosenFormat: Format {
        get throws { try Format.chosen(format, output: outputFile.file) }
    }

    func validate() throws {
        _ = try chosenFormat
        if maxAuthors < 0 { throw ValidationError("--max-authors must be 0 or more, got \(maxAuthors)") }
    }

    func run() throws {
        let chosenFormat = try chosenFormat
        let corpus = try corpusOptions.load(quiet: verbosity.quiet)
        let stats = StatsBuilder.build(corpus, coauthors: StatsBuilder.coauthorView(corpus, maxAuthors: maxAuthors).graph)
        try outputFile.write(chosenFormat == .json ? StatsWriter.json(stats) : StatsWriter.table(stats))
    }
}
