import ArgumentParser
import CiteGraph
import Foundation

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "The whole job: read a list, resolve its entries, fetch (cache first), build the graph, write every output.",
        discussion: """
        Reads LIST (or --ids / --query / --from-feeds), resolves each entry to an arXiv paper \
        (direct links; venue links by title, first against the cache, then by arXiv search), \
        fetches what the cache lacks, merges author name variants on evidence, and writes into \
        --out:
          corpus.json        everything resolved: papers, resources, sections,
                             authors, unresolved
          graph.graphml/.dot the full graph (papers, authors, categories,
                             sections, resources)
          coauthors.*        authors who share papers (weight = papers shared)
          categories.*       arXiv categories on the same paper (weight = papers)
          sections.*         list sections sharing an entry (weight = entries shared)
          stats.json         counts, centralities, communities: the co-author
                             graph by shared papers, as `citegraph stats`
                             (--max-authors applies; --counting, --normalize,
                             --min-weight and --top shape the graph files only)
          timeline.csv/.md/.svg, authors.csv, compare-*.md/.json/.svg

        Examples:
          citegraph run --offline            # the bundled list, from cache/ only
          citegraph run my-list.md --out my-output
          citegraph run --ids ids.txt --mailto me@example.org
          citegraph run --query 'cat:cs.CL AND ti:alignment' --max 500
        """
    )

    @Argument(help: "The reading list (Markdown). Defaults to the bundled example.")
    var list: String?

    @Option(name: .long, help: "Read arXiv ids or URLs (one a line) instead of a list.")
    var ids: String?

    @Option(name: .long, help: "Build the corpus from an arXiv search query instead of a list (with --offline: the papers it returned when last run online).")
    var query: String?

    @Option(name: .long, parsing: .unconditional, help: "With --query: at most this many papers (default 1000).")
    var max: Int?

    @Option(name: .customLong("from-feeds"), help: "Read every Atom feed in this folder as it is (e.g. from `citegraph synth`), with no list.")
    var fromFeeds: String?

    @Option(name: .long, help: "TSV of author name overrides: variant, then canonical name or !split.")
    var aliases: String?

    @Option(name: .customLong("resolve"), help: "TSV pinning resolutions: entry title or URL, then an arXiv id or `none`.")
    var pins: String?

    @Option(name: .long, help: ArgumentHelp(
        "Output groups not to write, comma-separated: \(RunOutput.allCases.map(\.rawValue).joined(separator: ", ")).",
        discussion: "E.g. --skip stats,compare on a large corpus (centralities take the longest). Without corpus.json the other commands cannot read the run back.",
        valueName: "groups"))
    var skip: String?

    @Option(name: .long, help: "Summary format: table or json.")
    var format: SummaryFormat = .table

    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var fetchOptions: FetchOptionsGroup
    @OptionGroup var graphOptions: GraphOptionsGroup
    @OptionGroup var outputOptions: OutputOptions
    @OptionGroup var verbosity: VerbosityOptions

    static let bundledList = "examples/awesome-align-llm-human.md"

    enum SummaryFormat: String, ExpressibleByArgument, CaseIterable { case table, json }

    func validate() throws {
        let inputs = [list != nil, ids != nil, query != nil, fromFeeds != nil].filter { $0 }.count
        if inputs > 1 { throw ValidationError("give one input: LIST, --ids, --query or --from-feeds") }
        if let max, query == nil { throw ValidationError("--max \(max) applies to --query only") }
        if let max, max < 1 { throw ValidationError("--max must be at least 1") }
        _ = try skippedOutputs()
        try fetchOptions.refuseConflicts(with: cacheOptions)
    }

    func skippedOutputs() throws -> Set<RunOutput> {
        guard let skip else { return [] }
        do {
            return try RunOutput.parseList(skip)
        } catch let error as CiteGraphError {
            throw ValidationError("--skip: " + error.message)
        }
    }

    var input: RunOptions.Input {
        if let ids { return .ids(path: ids) }
        if let query { return .query(query, max: max ?? 1000) }
        if let fromFeeds { return .feeds(directory: fromFeeds) }
        return .list(path: list ?? Self.bundledList)
    }

    func run() throws {
        let log = StatusLog(verbose: verbosity.verbose, quiet: verbosity.quiet)
        var options = RunOptions(
            input: input, cacheDirectory: cacheOptions.cache, outputDirectory: outputOptions.out,
            fetch: try fetchOptions.fetchOptions(cache: cacheOptions, verbosity: verbosity),
            graph: graphOptions.options, aliasesPath: aliases, pinsPath: pins, skip: try skippedOutputs())
        options.dotLegend = !graphOptions.noLegend
        let (summary, exit) = try Pipeline.run(options, log: log, progress: StderrProgress(options: options.fetch))
        switch format {
        case .table: print(summary.text)
        case .json: print(try summary.jsonString())
        }
        if exit != ExitStatus.success { throw ExitCode(exit.rawValue) }
    }
}
