import ArgumentParser
import Foundation
import CiteGraph

/// Options shared by the commands, declared once (as in swift-argument-parser's examples).

/// Where the cache lives and whether the network may be used.
struct CacheOptions: ParsableArguments {
    @Option(name: .long, help: "The cache folder (one Atom file per paper under papers/).")
    var cache: String = "cache"

    @Flag(name: .long, help: "Never open a connection: use the cache only and name whatever it lacks.")
    var offline = false
}

/// Where outputs go.
struct OutputOptions: ParsableArguments {
    @Option(name: [.short, .long], help: "The folder outputs are written to.")
    var out: String = "output"

    func validate() throws {
        try Self.refuseStandardOutput(out)
    }

    /// `-o -` is standard output where a command writes one file; a folder cannot be.
    static func refuseStandardOutput(_ folder: String) throws {
        if folder == "-" { throw ValidationError("-o - is standard output, for commands that write one file; this one writes a folder") }
    }
}

/// How much is printed on stderr.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .long, help: "Everything on stderr: one line per request and per decision, every id of a note.")
    var verbose = false

    @Flag(name: .long, help: "Nothing on stderr but errors.")
    var quiet = false

    func validate() throws {
        if verbose && quiet { throw ValidationError("--verbose and --quiet ask for opposite things: give one of them") }
    }
}

/// How citegraph talks to arXiv (or a mirror): used by `fetch` and `run`.
struct FetchOptionsGroup: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The arXiv API endpoint (a mirror or a test server). Default: $CITEGRAPH_ARXIV_API or \(FetchOptions.arxivAPI).",
        valueName: "url"))
    var apiBase: String?

    @Option(name: .long, help: ArgumentHelp(
        "Minimum seconds between requests; below 3 only for hosts other than arxiv.org.", valueName: "seconds"))
    var interval: Double = 3

    @Option(name: .long, help: "Ids per id_list request (at most 2000).")
    var batchSize: Int = 100

    @Option(name: .long, help: "Attempts per request, the first included (429, 5xx, network errors, garbled pages).")
    var retries: Int = 5

    @Option(name: .long, help: ArgumentHelp("Seconds to wait for a connection.", valueName: "seconds"))
    var connectTimeout: Double = 10

    @Option(name: .long, help: ArgumentHelp("Seconds a whole request may take.", valueName: "seconds"))
    var timeout: Double = 60

    @Option(name: .long, help: ArgumentHelp(
        "Contact address sent in the User-Agent, as arXiv asks. Default: $CITEGRAPH_MAILTO.", valueName: "address"))
    var mailto: String?

    @Flag(name: .long, help: "Fetch again even what the cache holds.")
    var refresh = false

    @Option(name: .long, help: ArgumentHelp(
        "Fetch again cached files older than this (90s, 15m, 12h, 7d, 2w).", valueName: "duration"))
    var maxAge: String?

    /// Flags that contradict --offline, for the commands' `validate()` (before any work).
    func refuseConflicts(with cache: CacheOptions) throws {
        if cache.offline, refresh || maxAge != nil {
            throw ValidationError("\(refresh ? "--refresh" : "--max-age") fetches again, which --offline forbids: give one of them")
        }
    }

    /// The library's options from these flags, the cache flags and the environment.
    func fetchOptions(cache: CacheOptions, verbosity: VerbosityOptions,
                      environment: [String: String] = ProcessInfo.processInfo.environment) throws -> FetchOptions {
        var options = FetchOptions()
        try refuseConflicts(with: cache)
        options.offline = cache.offline
        options.refresh = refresh
        if let maxAge {
            guard let seconds = FetchOptions.parseDuration(maxAge) else {
                throw FetchError.badOption("--max-age: '\(maxAge)' is not a duration (e.g. 90s, 15m, 12h, 7d, 2w)")
            }
            options.maxAge = seconds
        }
        options.batchSize = batchSize
        options.interval = interval
        options.retries = retries
        options.connectTimeout = connectTimeout
        options.totalTimeout = timeout
        options.apiBase = apiBase ?? environment["CITEGRAPH_ARXIV_API"].flatMap { $0.isEmpty ? nil : $0 } ?? FetchOptions.arxivAPI
        options.mailto = mailto ?? environment["CITEGRAPH_MAILTO"].flatMap { $0.isEmpty ? nil : $0 }
        options.verbose = verbosity.verbose
        options.quiet = verbosity.quiet
        try options.validate()
        return options
    }
}

/// The corpus the analysis and graph commands read: `output/corpus.json` from `citegraph run`,
/// or, when there is none, one built on the spot from the list and the cache (offline).
struct CorpusOptions: ParsableArguments {
    static let defaultCorpus = "output/corpus.json"

    @Option(name: .long, help: "The corpus written by `citegraph run`. (default: \(Self.defaultCorpus), or when that is missing, one built from --list and --cache)")
    var corpus: String?

    @Option(name: .customLong("list"), help: "When there is no corpus file: the reading list to build it from.")
    var fallbackList: String = RunCommand.bundledList

    @Option(name: .customLong("cache"), help: "When there is no corpus file: the cache to build it from (offline).")
    var fallbackCache: String = "cache"

    /// `quiet` (the command's --quiet): no note that the corpus is built on the spot.
    func load(quiet: Bool = false) throws -> Corpus {
        let path = corpus ?? Self.defaultCorpus
        if FileManager.default.fileExists(atPath: path) { return try CorpusFile.read(path) }
        // A corpus asked for by name and missing is a mistake (a typo), not a cue to analyse
        // the bundled list instead.
        if let corpus {
            throw CiteGraphError("no corpus file \(corpus) (`citegraph run --out DIR` writes DIR/corpus.json)")
        }
        // Read offline: a cache that is not there would give a corpus of nothing but missing papers.
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: fallbackCache, isDirectory: &isFolder), isFolder.boolValue else {
            throw CiteGraphError("no \(path), and no cache at \(fallbackCache) to build the corpus from (offline): "
                                 + "give --corpus (`citegraph run --out DIR` writes DIR/corpus.json) or the right --cache",
                                 exitCode: .offlineMissing)
        }
        if !quiet { StderrWriter.write("note: no \(path); building the corpus from \(fallbackList) and \(fallbackCache)/ (offline)\n") }
        var fetch = FetchOptions()
        fetch.offline = true
        fetch.quiet = true
        let options = RunOptions(input: .list(path: fallbackList), cacheDirectory: fallbackCache, fetch: fetch)
        return try CorpusLoader.load(options, log: StatusLog(quiet: true)).corpus
    }
}

/// Where a command's single output goes.
struct OutputFileOption: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output (- is standard output).")
    var output: String?

    /// The file to write, nil for standard output.
    var file: String? { StandardOutputName.file(output) }

    func write(_ text: String) throws {
        guard let file else { print(text, terminator: ""); return }
        try OutputFiles.write(text, toPath: file)
    }
}

/// `-o -` is standard output, as for most Unix tools (it was taken for a file named `-`).
enum StandardOutputName {
    static let dash = "-"

    /// The file an `-o` value names: nil when there is none or it is `-`.
    static func file(_ output: String?) -> String? {
        output == dash ? nil : output
    }
}

/// How graph weights are computed: shared by `run` and `graph`.
struct GraphOptionsGroup: ParsableArguments {
    // `counting` and `maxAuthors` are optional so that a view they do not weigh can say they
    // were given (their defaults are GraphOptions').
    @Option(help: "full (default): each shared paper adds 1; fractional: a paper linking k items adds 1/(k-1) per pair. Graph files only: the statistics count shared papers.")
    var counting: GraphOptions.Counting?

    @Option(help: "Normalize weights by the items' paper counts (association, jaccard, cosine, inclusion). association is compare's N·c/(s_i·s_j), 1 = as often as chance; N is the view's papers (coauthor: those adding edges; section: entries; paper: authors and sections). Graph files only, not the statistics.")
    var normalize: GraphOptions.Normalization?

    @Option(parsing: .unconditional, help: "Papers with more authors add no co-author edges (they are reported), in the coauthors files and the statistics. Default \(GraphOptions().maxAuthors).")
    var maxAuthors: Int?

    @Option(parsing: .unconditional, help: "Drop edges lighter than this (after normalization) from the graph files; the statistics keep them.")
    var minWeight = 0.0

    @Option(parsing: .unconditional, help: "Keep only the N nodes with the largest total edge weight in the graph files; the statistics measure them all.")
    var top: Int?

    @Option(parsing: .unconditional, help: "At most this many paper ids in an edge's papers attribute.")
    var papersCap = 20

    // Here because `run` and `graph` both write DOT: the legend is drawing, not data.
    @Flag(name: .customLong("no-legend"), help: "DOT files without the legend cluster. With it, a .dot file has 1 sample node per node kind and 2 nodes and 1 edge per edge kind more than the graph (marked legend=true), which gc, networkx and pydot count.")
    var noLegend = false

    func validate() throws {
        if let maxAuthors, maxAuthors < 0 { throw ValidationError("--max-authors must be 0 or more, got \(maxAuthors)") }
        guard top.map({ $0 >= 1 }) ?? true else { throw ValidationError("--top must be at least 1 (0 would keep no node)") }
        guard papersCap >= 0 else { throw ValidationError("--papers-cap must be 0 or more, got \(papersCap)") }
        guard minWeight.isFinite else { throw ValidationError("--min-weight must be a number") }
    }

    var options: GraphOptions {
        let defaults = GraphOptions()
        return GraphOptions(counting: counting ?? defaults.counting, normalize: normalize,
                            maxAuthors: maxAuthors ?? defaults.maxAuthors,
                            minWeight: minWeight, top: top, papersCap: papersCap)
    }

    /// The options given that `view` does not weigh by ("--max-authors", …): the full view's
    /// edges are memberships of weight 1; only the co-author view skips crowded papers.
    func unused(by view: GraphView) -> [String] {
        var names: [String] = []
        if view == .full, normalize != nil { names.append("--normalize") }
        if view == .full, counting != nil { names.append("--counting") }
        if view != .coauthor, maxAuthors != nil { names.append("--max-authors") }
        return names
    }
}
