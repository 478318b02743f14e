import ArgumentParser
import CiteGraph
import Foundation

struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch arXiv metadata into the cache: what it lacks, in id_list batches, one request per interval.",
        discussion: """
        Give ids (--ids FILE: one per line, # starts a comment) or a search (--query). Papers already in the cache are not asked for again unless --refresh or --max-age says so. Each paper is written to CACHE/papers/ID.xml as soon as its response arrives, so an interrupted fetch loses nothing: run it again to finish. A query's result (its ids, in arXiv's order) is kept in CACHE/queries/, so `run --query Q --offline` rebuilds it later.

        Exit codes:
        \(ExitStatus.helpTable)
        """
    )

    @Argument(help: "A reading list (Markdown) whose papers to fetch.")
    var list: String?

    @Option(name: .long, help: ArgumentHelp("A file of arXiv ids, one per line.", valueName: "file"))
    var ids: String?

    @Option(name: .long, help: ArgumentHelp("An arXiv search query, e.g. \"cat:cs.CL AND ti:alignment\".", valueName: "query"))
    var query: String?

    @Option(name: .long, parsing: .unconditional, help: "With --query: at most this many papers (default 100; arXiv allows 30000).")
    var max: Int?

    @OptionGroup var cacheOptions: CacheOptions
    @OptionGroup var fetchOptions: FetchOptionsGroup
    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        let sources = [list != nil, ids != nil, query != nil].filter { $0 }.count
        guard sources == 1 else { throw ValidationError("give exactly one of LIST, --ids FILE or --query QUERY") }
        if let max, query == nil { throw ValidationError("--max \(max) applies to --query only") }
        if let max, max < 1 { throw ValidationError("--max must be at least 1") }
        try fetchOptions.refuseConflicts(with: cacheOptions)
    }

    func run() throws {
        let options = try fetchOptions.fetchOptions(cache: cacheOptions, verbosity: verbosity)
        let progress = StderrProgress(options: options)
        let fetcher = try ArxivFetcher(cache: PaperCache(directory: cacheOptions.cache), options: options, progress: progress)
        if let query {
            let entries = try fetcher.query(query, max: max ?? 100)
            note("\(entries.count) paper\(entries.count == 1 ? "" : "s") for \(query), stored in \(cacheOptions.cache)/papers (\(fetcher.requests) request\(fetcher.requests == 1 ? "" : "s"))")
            return
        }
        if let ids {
            let (list, badLines) = try readIDs(path: ids)
            try fetchIDs(list, fetcher: fetcher)
            if badLines > 0 {
                throw CiteGraphError("\(ids): \(badLines) line\(badLines == 1 ? "" : "s") skipped (see above)", exitCode: .partial)
            }
            return
        }
        if let list {
            // The list's entries are resolved as `run` resolves them (venue links by title through
            // the same fetcher), so every paper `run` will need lands in the cache.
            let log = StatusLog(verbose: verbosity.verbose, quiet: verbosity.quiet)
            let loaded = try CorpusLoader.load(RunOptions(input: .list(path: list), cacheDirectory: cacheOptions.cache, fetch: options),
                                               log: log, progress: progress)
            let corpus = loaded.corpus
            note("\(corpus.papers.count) paper\(corpus.papers.count == 1 ? "" : "s") of \(list) in \(cacheOptions.cache)/papers (\(loaded.requests) id_list request\(loaded.requests == 1 ? "" : "s"), \(loaded.searches) title search\(loaded.searches == 1 ? "" : "es")); \(corpus.resources.count) resources, \(corpus.unresolved.count) unresolved")
            for entry in corpus.unresolved {
                note("\(list):\(entry.lines.first ?? 0): unresolved: \(entry.title): \(entry.reason)")
            }
            if loaded.offlineMissing { throw FetchError.offlineMissing(loaded.missing.map(\.rawValue)) }
            if !loaded.missing.isEmpty || !corpus.unresolved.isEmpty {
                throw CiteGraphError("\(list): \(loaded.missing.count) paper(s) not found, \(corpus.unresolved.count) entr(ies) unresolved", exitCode: .partial)
            }
        }
    }

    private func fetchIDs(_ ids: [ArxivID], fetcher: ArxivFetcher) throws {
        let result = try fetcher.papers(for: ids)
        note("\(ids.count) paper\(ids.count == 1 ? "" : "s"): \(result.fromCache.count) from the cache, \(result.fetched.count) fetched, \(result.requests) request\(result.requests == 1 ? "" : "s")")
        if !result.missingOffline.isEmpty {
            throw FetchError.offlineMissing(result.missingOffline.map(\.rawValue))
        }
        if !result.notFound.isEmpty {
            throw CiteGraphError("not found on arXiv: \(result.notFound.map(\.rawValue).joined(separator: ", "))", exitCode: .partial)
        }
    }

    /// The arXiv ids of an ids file (the reader `run --ids` uses: ids, `arXiv:` ids, arXiv paper
    /// URLs, `#` comments). Every other line is an error naming its line, and skipped, as in `run`.
    private func readIDs(path: String) throws -> (ids: [ArxivID], badLines: Int) {
        let list = try ReadingList.loadIDs(path: path)
        for diagnostic in list.diagnostics {
            // Errors are shown even with --quiet.
            if diagnostic.severity == .error || !verbosity.quiet {
                StderrWriter.write(diagnostic.description + "\n")
            }
        }
        // The reader keeps arXiv papers only, so every entry has an id.
        let ids = list.entries().compactMap(\.target.arxivID)
        return (ids, list.skippedLines)
    }

    private func note(_ text: String) {
        guard !verbosity.quiet else { return }
        StderrWriter.write(text + "\n")
    }
}
