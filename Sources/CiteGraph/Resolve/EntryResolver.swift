/// Ties list entries to arXiv papers: direct links as they are, pins from `--resolve`, venue
/// links by title, first against the cache, then (with a searcher) by batched arXiv searches.
public enum EntryResolver {
    /// Direct ids, pins, cache titles, then (when `searcher` is non-nil) batched arXiv searches:
    /// exact title phrases OR-ed together, then the significant words of the titles still missing.
    /// Weak and ambiguous matches are never taken: they go to `unresolved` with their candidates
    /// and a warning. `indexGap`, when given, says what `index` may lack (corrupt cache files) and
    /// is added to the reason of every entry left unresolved by title.
    public static func resolve(_ entries: [ListEntry], index: TitleIndex, searcher: (any ArxivSearching)?,
                               options: ResolveOptions, indexGap: String? = nil) throws -> EntryResolution {
        var result = EntryResolution()
        var decided: [Int: ResolvedEntry] = [:]
        var pending: [Int] = []  // venue entries the cache did not settle
        var cacheDecisions: [Int: TitleDecision] = [:]
        // The titles each venue entry is looked up by, worked out once (cache, then each search
        // phase); other entries are never looked up by title.
        let matchTitles = entries.map { entry -> [String] in
            entry.target.isVenue ? entry.matchTitles : []
        }

        for (i, entry) in entries.enumerated() {
            if let pin = options.pins.pin(for: entry) {
                if let id = pin.id {
                    decided[i] = ResolvedEntry(entry: entry, id: id, version: pin.version,
                                               resolution: Resolution(method: .pinned, score: 1))
                } else {
                    result.unresolved.append(unresolved(entry, reason: "resolution refused by \(pin.origin)"))
                }
                continue
            }
            switch entry.target {
            case .arxiv(let id, let version):
                decided[i] = ResolvedEntry(entry: entry, id: id, version: version,
                                           resolution: Resolution(method: .direct, score: 1))
            case .resource:
                result.resources.append(entry)
            case .venue:
                let decision = TitleDecision.decide(titles: matchTitles[i], index: index, options: options)
                if let match = decision.matched {
                    decided[i] = resolved(entry, match, method: .cacheTitle)
                } else {
                    cacheDecisions[i] = decision
                    pending.append(i)
                }
            }
        }

        var finalDecisions = cacheDecisions
        if let searcher, !pending.isEmpty {
            var searchIndex = index
            for phase in [TitleSearchQuery.phrase, TitleSearchQuery.words] {
                guard !pending.isEmpty else { break }
                let clauses = pending.flatMap { i in matchTitles[i].compactMap(phase) }
                var seen = Set<String>()
                let unique = clauses.filter { seen.insert($0).inserted }
                for batch in TitleSearchQuery.batches(unique, maxClauses: options.titlesPerSearch,
                                                      maxLength: options.maxQueryLength) {
                    let found = try searcher.search(query: batch.joined(separator: " OR "),
                                                    maxResults: batch.count * options.resultsPerTitle)
                    result.searches += 1
                    for entry in found {
                        searchIndex.add(entry)
                        result.searchedEntries[entry.id] = searchIndex.entries[entry.id]
                    }
                }
                var stillPending: [Int] = []
                for i in pending {
                    let decision = TitleDecision.decide(titles: matchTitles[i], index: searchIndex, options: options)
                    if let match = decision.matched {
                        decided[i] = resolved(entries[i], match, method: .searchTitle)
                    } else {
                        finalDecisions[i] = decision
                        stillPending.append(i)
                    }
                }
                pending = stillPending
            }
        }

        for i in pending {
            let entry = entries[i]
            var (reason, candidates) = (finalDecisions[i] ?? .none).unresolvedReason(searchedWhere: searcher?.searchedWhere)
            if let indexGap { reason += "; " + indexGap }
            result.unresolved.append(unresolved(entry, reason: reason, candidates: candidates))
            let shown = candidates.map { "\($0.id) '\($0.currentTitle)' (\(TitleDecision.format($0.score)))" }
            result.diagnostics.append(Diagnostic(
                .warning,
                (entry.title.isEmpty ? entry.key : "'\(entry.title)' (\(entry.key))") + " not resolved: \(reason)"
                    + (shown.isEmpty ? "" : "; candidates: " + shown.joined(separator: ", ")),
                line: entry.lines.first))
        }
        result.papers = entries.indices.compactMap { decided[$0] }
        return result
    }

    private static func resolved(_ entry: ListEntry, _ match: TitleMatch, method: Resolution.Method) -> ResolvedEntry {
        let listed = entry.titles.map(TitleNormalizer.normalize)
        // Name the arXiv title matched when the list's title is not simply the current one.
        let matchedTitle = listed.contains(TitleNormalizer.normalize(match.currentTitle)) ? nil : match.matchedTitle
        return ResolvedEntry(entry: entry, id: match.id,
                             resolution: Resolution(method: method, score: match.score, matchedTitle: matchedTitle))
    }

    private static func unresolved(_ entry: ListEntry, reason: String, candidates: [TitleMatch] = []) -> Unresolved {
        Unresolved(title: entry.title, links: unique(entry.links.map(\.url)), sections: entry.sections, lines: entry.lines,
                   reason: reason,
                   candidates: candidates.map { Unresolved.Candidate(arxivID: $0.id, title: $0.currentTitle, score: $0.score) })
    }
}
