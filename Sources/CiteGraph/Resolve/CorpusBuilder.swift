import OrderedCollections

/// Assembles the `Corpus` from resolved entries and the papers' arXiv entries.
public enum CorpusBuilder {
    /// Papers sorted by id with canonical authors, normalized dates, sections, links, listed titles,
    /// lines and resolution; resources sorted by URL; sections that hold entries in document order
    /// (`sectionOrder`, the list's headings, when given; else by first line); authors; unresolved;
    /// diagnostics. Papers whose `ArxivEntry` is missing go to `unresolved`, with the reason
    /// `absent` gives for them (e.g. "not in the cache (--offline)"), else "not found".
    public static func build(origin: Corpus.Origin, resolution: EntryResolution, entries: [ArxivID: ArxivEntry],
                             aliases: AuthorAliases, resourceDate: (String) -> String?,
                             sectionOrder: [SectionPath] = [], absent: [ArxivID: String] = [:]) -> Corpus {
        var diagnostics = resolution.diagnostics
        var unresolved = resolution.unresolved.map { entry in
            var named = entry
            named.sections = sections(entry.sections)
            return named
        }
        var placements = SectionPlacements()

        // Entries resolving to the same paper become one paper.
        var byID: OrderedDictionary<ArxivID, [ResolvedEntry]> = [:]
        for resolved in resolution.papers { byID[resolved.id, default: []].append(resolved) }
        var found: [(ArxivEntry, [ResolvedEntry])] = []
        for (id, group) in byID.sorted(by: { $0.key < $1.key }) {
            if let entry = entries[id] {
                found.append((entry, group))
            } else {
                for resolved in group {
                    let e = resolved.entry
                    unresolved.append(Unresolved(
                        title: e.title, links: unique(e.links.map(\.url)), sections: sections(e.sections), lines: e.lines,
                        reason: absent[id] ?? "arXiv has no paper \(id) (not found)"))
                    // An ids-file entry has no title: nothing to add then, not "('')".
                    let title = e.title.isEmpty ? "" : " ('\(e.title)')"
                    diagnostics.append(Diagnostic(.error, "\(absent[id] ?? "arXiv has no paper \(id)")\(title)", line: e.lines.first))
                }
            }
        }

        var paperSections: [ArxivID: [SectionPath]] = [:]
        for (entry, group) in found {
            paperSections[entry.id] = unique(sections(group.flatMap(\.entry.sections)))
        }
        let authors = AuthorResolver.resolve(found.map(\.0), sections: paperSections, aliases: aliases)
        diagnostics += authors.diagnostics

        var papers: [Paper] = []
        for (entry, group) in found {
            let listEntries = group.map(\.entry)
            for resolved in group where resolved.resolution.method == .direct {
                if let listed = contradictedTitle(of: resolved.entry, arxivTitle: entry.title) {
                    // arXiv gives the latest version's title only: a paper renamed since (Languages are
                    // Rewards → Chain of Hindsight) reads the same as a wrong link.
                    diagnostics.append(Diagnostic(.warning, "listed as '\(listed)', but arXiv \(entry.id) is now titled "
                        + "'\(entry.title.collapsingWhitespace())': a renamed paper, or a wrong link?", line: resolved.entry.lines.first))
                }
            }
            for e in listEntries { placements.add(e, item: .paper(entry.id)) }
            let (published, derived) = PaperDates.published(entry)
            if derived {
                diagnostics.append(Diagnostic(.warning, "\(entry.id): arXiv gives no publication date; using \(published) from the id",
                                              line: listEntries.first?.lines.first))
            }
            let categories = unique(([entry.primaryCategory].compactMap { $0 } + entry.categories).map(ArxivTaxonomy.canonical))
            papers.append(Paper(
                arxivID: entry.id,
                version: entry.version ?? group.compactMap(\.version).max(),
                title: entry.title,
                authors: authors.canonicalNames(paper: entry.id),
                published: published, publishedDerived: derived, updated: PaperDates.updated(entry),
                primaryCategory: entry.primaryCategory.map(ArxivTaxonomy.canonical),
                categories: categories,
                sections: paperSections[entry.id] ?? [],
                links: unique(listEntries.flatMap { $0.links.map(\.url) }),
                listedTitles: unique(listEntries.flatMap(\.titles)),
                lines: Array(Set(listEntries.flatMap(\.lines))).sorted(),
                resolution: strongest(group.map(\.resolution)),
                doi: entry.doi, journalRef: entry.journalRef, comment: entry.comment))
        }

        var resources: [String: Resource] = [:]
        for e in resolution.resources {
            placements.add(e, item: .resource(e.key))
            var resource = resources[e.key] ?? Resource(url: e.key, titles: [], date: resourceDate(e.key))
            resource.titles = unique(resource.titles + e.titles)
            resource.sections = unique(resource.sections + sections(e.sections))
            resource.links = unique(resource.links + e.links.map(\.url))
            resource.lines = Array(Set(resource.lines + e.lines)).sorted()
            resources[e.key] = resource
        }

        return Corpus(
            origin: origin, papers: papers,
            resources: resources.values.sorted { $0.url < $1.url },
            sections: placements.sections(order: sectionOrder),
            authors: authors.authors, unresolved: unresolved, diagnostics: diagnostics)
    }

    /// The sections of an entry: its headings' paths without the empty one, which an entry of an
    /// ids file, or one above a list's first heading, carries. That is no section: it would be a
    /// nameless section node, row and merge evidence ("listed in the same section ''").
    static func sections(_ paths: [SectionPath]) -> [SectionPath] {
        paths.filter { !$0.headings.isEmpty }
    }

    /// Direct beats pinned beats a cache title beats a search; within a method, the higher score.
    static func strongest(_ resolutions: [Resolution]) -> Resolution {
        let order: [Resolution.Method] = [.direct, .input, .pinned, .cacheTitle, .searchTitle]
        return resolutions.min {
            let (a, b) = (order.firstIndex(of: $0.method) ?? order.count, order.firstIndex(of: $1.method) ?? order.count)
            return a != b ? a < b : $0.score > $1.score
        } ?? Resolution(method: .direct, score: 1)
    }
}

func unique<T: Hashable>(_ items: [T]) -> [T] {
    var seen = Set<T>()
    return items.filter { seen.insert($0).inserted }
}

extension CorpusBuilder {
    /// The entry's title when it names another paper than the one its arXiv link gives: a title
    /// of four words or more (a name such as `InstructGPT` or `DPO` is no title to compare) none of
    /// whose readings comes near the arXiv title.
    static func contradictedTitle(of entry: ListEntry, arxivTitle: String) -> String? {
        guard let listed = entry.titles.first(where: { $0.split(separator: " ").count >= 4 }) else { return nil }
        let best = entry.matchTitles.map { TitleNormalizer.similarity($0, arxivTitle) }.max() ?? 0
        return best < contradictionThreshold ? listed : nil
    }

    /// Below this similarity a listed title names another paper (unrelated titles score 0.2–0.45;
    /// a title with its venue or authors around it, above 0.6).
    static let contradictionThreshold = 0.5
}
