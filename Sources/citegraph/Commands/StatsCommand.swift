import ArgumentParser
import CiteGraph

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Counts, date span, top authors (by papers and by co-author centrality), categories, sections, communities and Lotka's law."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "Output format: table or json.")
    var format: Format = .table

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var outputFile: OutputFileOption

    func run() throws {
        let corpus = try corpusOptions.load()
        let stats = StatsBuilder.build(corpus, coauthors: StatsBuilder.coauthorGraph(corpus))
        try outputFile.write(format == .json ? StatsWriter.json(stats) : StatsWriter.table(stats))
    }
}
