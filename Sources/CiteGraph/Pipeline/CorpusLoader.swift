import Foundation

/// Builds the corpus from a run's input: read the list → distinct entries → resolve (cache
/// titles, then arXiv search) → fetch papers (cache first) → authors and dates → Corpus.
public enum CorpusLoader {
    public struct Result: Sendable {
        public var corpus: Corpus
        /// Papers arXiv or the cache could not give (not found, or missing under --offline).
        public var missing: [ArxivID]
        /// HTTP requests for papers (`id_list`, or the pages of a query), attempts included.
        public var requests: Int
        /// Title searches sent to arXiv (not those the search cache answered).
        public var searches: Int
        public var offlineMissing: Bool
        /// Lines of the input that were reported as errors and skipped (an ids-file line that
        /// is not an arXiv id or URL).
        public var skippedLines = 0
    }

    public static func load(_ options: RunOptions, log: StatusLog, progress: (any ProgressReporting)? = nil) throws -> Result {
        switch options.input {
        case .list(let path):
            let list = try ReadingList.load(path: path)
            // Most likely the wrong file (a README without a reading list): empty outputs and
            // exit status 0 would hide that.
            guard !list.items.isEmpty else {
                let unlinked = list.unlinkedLines.isEmpty ? ""
                    : "; \(list.unlinkedLines.count) bullet(s) or row(s) link nowhere, from line \(list.unlinkedLines[0])"
                throw CiteGraphError("\(path): no list entry found (citegraph reads bullets and table rows with links, "
                                     + "`- [Title](https://arxiv.org/abs/…)`, Markdown or HTML, and paper lines "
                                     + "`**Title** [[Paper]](…)` under headings\(unlinked))")
            }
            return try resolveAndFetch(list, kind: "list", options: options, log: log, progress: progress)
        case .ids(let path):
            let list = try ReadingList.loadIDs(path: path)
            return try resolveAndFetch(list, kind: "ids", options: options, log: log, progress: progress)
        case .query(let query, let max):
            return try fromQuery(query, max: max, options: options, progress: progress)
        case .feeds(let directory):
            return try fromFeeds(directory, options: options, log: log, progress: progress)
        }
    }

    static func resolveAndFetch(_ list: ReadingList, kind: String, options: RunOptions, log: StatusLog,
                                progress: (any ProgressReporting)?) throws -> Result {
        log.diagnostics(list.diagnostics)
        if !list.unlinkedLines.isEmpty {
            let lines = list.unlinkedLines
            let shown = log.verbose ? lines[...] : lines.prefix(10)
            log.info("\(lines.count) bullet(s) or table row(s) of \(list.source) link nowhere and are no entries (line "
                + shown.map(String.init).joined(separator: ", ") + (shown.count < lines.count ? ", … --verbose lists all" : "")
                + "); a link or an arXiv:ID makes one an entry")
        }
        let entries = list.entries()
        let cache = PaperCache(directory: options.cacheDirectory)
        var index = TitleIndex()
        var corrupt = CorruptCacheFiles()
        for entry in try cache.allEntries(onCorrupt: { corrupt.add($0) }) { index.add(entry) }
        let offline = options.fetch.offline
        // Offline, a corrupt file no entry links by id may be the paper an entry names by title
        // (online, a title search finds it).
        let linked = Set(entries.compactMap(\.target.arxivID))
        let unread = offline ? corrupt.files.filter { $0.id.map { !linked.contains($0) } ?? true } : []

        var resolveOptions = options.resolve
        if let pinsPath = options.pinsPath { resolveOptions.pins = try ResolvePins.load(path: pinsPath) }
        let aliases = try options.aliasesPath.map { try AuthorAliases.load(path: $0) } ?? AuthorAliases()

        let fetcher = try ArxivFetcher(cache: cache, options: options.fetch, progress: progress)
        let cachedSearches = options.fetch.offline ? CachedSearches(cache: cache) : nil
        let searcher: any ArxivSearching = cachedSearches ?? fetcher
        let resolution = try EntryResolver.resolve(entries, index: index, searcher: searcher, options: resolveOptions,
                                                   indexGap: CorruptCacheFiles.titleGap(unread))

        // Papers a title search returned and the list needs are stored, so they need no id_list
        // request of their own; the other hits of a broad search stay out of the cache (and out of
        // later title indexes).
        let needed = Set(resolution.ids)
        // A corrupt file is replaced.
        var replaced = Set<ArxivID>()
        for (id, entry) in resolution.searchedEntries.sorted(by: { $0.key < $1.key }) where needed.contains(id) {
            if (try? cache.entry(for: id)) == nil {
                try cache.store(entry)
                replaced.insert(id)
            }
        }
        let fetched = try fetcher.papers(for: resolution.ids)
        // The fetcher has said those of the papers it was asked for; the others are said here, once.
        let said = Set(fetched.corrupt)
        for file in corrupt.files where !said.contains(file.path) {
            let fixed = file.id.map(replaced.contains) ?? false
            log.warning("corrupt cache file \(file.path): \(file.reason)" + (fixed ? "; replaced by the paper a title search returned" : ""))
        }
        // Offline, the corrupt files that may hold an entry left unresolved by title are missing
        // papers too (their entries say so).
        let venues = entries.count(where: \.target.isVenue)
        let venuesResolved = resolution.papers.count(where: \.entry.target.isVenue)
        let unreadMissing = venuesResolved < venues ? unread.compactMap(\.id) : []
        let absent = fetched.missingOffline.map { id in
            (id, corrupt.file(at: cache.path(for: id)).map { CorruptCacheFiles.absentReason(id, $0) }
                ?? "\(id) is not in the cache and --offline forbids fetching it")
        }
        let origin = Corpus.Origin(kind: kind, source: list.source, items: list.items.count, entries: entries.count)
        let corpus = CorpusBuilder.build(origin: origin, resolution: resolution, entries: fetched.entries,
                                         aliases: aliases, resourceDate: ResourceDate.date(fromURL:),
                                         sectionOrder: list.sections,
                                         absent: Dictionary(uniqueKeysWithValues: absent))
        return Result(corpus: corpus, missing: fetched.notFound + fetched.missingOffline + unreadMissing,
                      requests: fetched.requests, searches: fetcher.searchesSent,
                      // Entries left unresolved for want of a search --offline forbade, or for a
                      // corrupt file, count as what the cache lacks.
                      offlineMissing: !fetched.missingOffline.isEmpty || !unreadMissing.isEmpty
                          || (!resolution.unresolved.isEmpty && (cachedSearches?.notCached ?? 0) > 0),
                      skippedLines: list.skippedLines)
    }

    /// `--query`: the papers an arXiv search returns, each fetched into the cache.
    static func fromQuery(_ query: String, max: Int, options: RunOptions, progress: (any ProgressReporting)?) throws -> Result {
        let cache = PaperCache(directory: options.cacheDirectory)
        let fetcher = try ArxivFetcher(cache: cache, options: options.fetch, progress: progress)
        let entries = try fetcher.query(query, max: max)
        return try fromEntries(entries, origin: Corpus.Origin(kind: "query", source: query, items: entries.count, entries: entries.count),
                               options: options, requests: fetcher.requests)
    }

    /// `--from-feeds`: every entry of every `.xml` feed in a folder, streamed; nothing fetched.
    static func fromFeeds(_ directory: String, options: RunOptions, log: StatusLog,
                          progress: (any ProgressReporting)? = nil) throws -> Result {
        let paths = try AtomParser.feedFiles(inFolder: directory)
        // Each entry becomes its paper as it is read; abstracts, links and comments are not part
        // of this corpus, so memory grows with papers and authors, not with the bytes read.
        // Files are parsed on the other cores while the papers of those before are added, in file
        // order (a broken file is reported when its turn comes, as reading one by one would).
        var builder = EntryCorpusBuilder()
        var filesRead = 0
        do {
            try FeedReadAhead.read(
                paths: paths, threads: ProcessInfo.processInfo.activeProcessorCount,
                prepare: { EntryCorpusBuilder.prepare($0, keepComment: false) },
                onBatch: { batch in for prepared in batch { builder.add(prepared) } },
                onFile: { n in
                    filesRead = n + 1
                    log.detail("read \(paths[n]) (\(n + 1)/\(paths.count), \(builder.count) entries so far)")
                    progress?.report(.reading(files: n + 1, of: paths.count, papers: builder.count))
                })
        } catch let error as AtomError where filesRead < paths.count {
            // The files are read in order: the one that failed is the one after those read. (An
            // unreadable file's message names it already.)
            if case .unreadable = error { throw error }
            throw CiteGraphError("\(paths[filesRead]): \(error)", exitCode: error.exitCode)
        }
        let aliases = try options.aliasesPath.map { try AuthorAliases.load(path: $0) } ?? AuthorAliases()
        progress?.report(.stage("merging author name variants"))
        let origin = Corpus.Origin(kind: "feeds", source: directory, items: builder.count, entries: builder.count)
        let corpus = builder.build(origin: origin, aliases: aliases)
        return Result(corpus: corpus, missing: [], requests: 0, searches: 0, offlineMissing: false)
    }

    /// A corpus straight from arXiv entries (no list): each paper resolved as `input`.
    static func fromEntries(_ entries: [ArxivEntry], origin: Corpus.Origin, options: RunOptions, requests: Int) throws -> Result {
        let aliases = try options.aliasesPath.map { try AuthorAliases.load(path: $0) } ?? AuthorAliases()
        var builder = EntryCorpusBuilder()
        for entry in entries { builder.add(entry) }
        let corpus = builder.build(origin: origin, aliases: aliases)
        return Result(corpus: corpus, missing: [], requests: requests, searches: 0, offlineMissing: false)
    }
}

/// Title searches answered from the cache alone, for --offline: a search never made before
/// finds nothing (and the entry stays unresolved, named in the summary); how many such searches
/// there were is counted, so that the run can say --offline left entries unresolved (exit 4).
final class CachedSearches: ArxivSearching {
    let cache: PaperCache
    private(set) var notCached = 0

    init(cache: PaperCache) {
        self.cache = cache
    }

    func search(query: String, maxResults: Int) throws -> [ArxivEntry] {
        guard let cached = cache.cachedSearch(query: query) else {
            notCached += 1
            return []
        }
        return Array(cached.prefix(maxResults))
    }

    var searchedWhere: String { "its saved arXiv searches (--offline: no new search)" }
}
