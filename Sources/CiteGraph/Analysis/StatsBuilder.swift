/// Computes `CorpusStats` from a corpus and its co-author graph (author nodes keyed by canonical
/// name; other node kinds are ignored in the rankings): the graph `coauthorView` defines, for
/// `run` and `stats` to agree.
public enum StatsBuilder {
    public static let topCount = 10
    public static let louvainSeed: UInt64 = 1
    /// Above this many nodes betweenness is estimated from `sampledSources` sources and closeness
    /// is skipped: both cost O(n·m) exactly.
    public static let exactLimit = 5000
    /// At most this many sampled sources, and fewer as the graph grows: each source is one pass
    /// over the graph, so the sources times (nodes + edges) stay within `sourceBudget` and the
    /// estimate's cost grows like the graph, not faster (never fewer than `minimumSources`).
    public static let sampledSources = 500
    public static let sourceBudget = 100_000_000
    public static let minimumSources = 10

    /// How many sources betweenness is estimated from on a graph this large; nil when exact.
    public static func betweennessSources(nodes: Int, edges: Int) -> Int? {
        guard nodes > exactLimit else { return nil }
        return min(sampledSources, max(minimumSources, sourceBudget / max(nodes + edges, 1)))
    }

    public static func build(_ corpus: Corpus, coauthors: Graph) -> CorpusStats {
        build(corpus, coauthors: coauthors, alongside: [])
    }

    /// `build`, with other pieces of work run on the cores beside its own: the co-author
    /// communities, the centralities and the corpus counts are independent of each other.
    static func build(_ corpus: Corpus, coauthors: Graph, alongside others: [@Sendable () -> Void]) -> CorpusStats {
        let adjacency = CompressedAdjacency(coauthors)
        let sources = betweennessSources(nodes: coauthors.nodeCount, edges: coauthors.edgeCount)
        let betweenness = Slot<[CorpusStats.Ranked]>(), pageRank = Slot<[CorpusStats.Ranked]>()
        let closeness = Slot<[CorpusStats.Ranked]>()
        let communities = Slot<(found: Graph.Communities, componentSizes: [Int])>()
        let summary = Slot<(stats: CorpusStats, papersPerAuthor: [String: Int])>()
        let rankings = Ranking(coauthors)
        // Longest first: betweenness, then Louvain, then PageRank (closeness only on small graphs).
        Concurrently.run([
            { betweenness.set(rankings.top(adjacency.betweenness(sources: sources))) },
            { communities.set((adjacency.louvain(seed: louvainSeed), adjacency.componentSizes())) },
            { pageRank.set(rankings.top(adjacency.pageRank())) },
            { closeness.set(adjacency.nodeCount <= exactLimit ? rankings.top(adjacency.closeness()) : []) },
        ] + others + [{ summary.set(Self.summary(corpus)) }])
        var stats = summary.value.stats
        stats.centrality = CorpusStats.Centrality(
            graph: coauthors.name, degree: rankings.top(adjacency.degrees().map(Double.init)),
            weightedDegree: rankings.top(adjacency.strengths()), betweenness: betweenness.value,
            betweennessSources: sources, closeness: closeness.value, pageRank: pageRank.value)
        stats.communities = Self.communities(communities.value.found, componentSizes: communities.value.componentSizes, coauthors,
                                             adjacency, papersPerAuthor: summary.value.papersPerAuthor)
        return stats
    }

    /// The top authors by a score per node (other node kinds left out), rounded.
    struct Ranking: Sendable {
        let names: [String]
        let authors: [Int]

        init(_ graph: Graph) {
            names = graph.nodes.map(\.key)
            authors = graph.nodes.indices.filter { graph.nodes[$0].kind == .author }
        }

        /// Highest first, ties by name.
        func top(_ scores: [Double]) -> [CorpusStats.Ranked] {
            leading(topCount, of: authors.lazy.map { (names[$0], scores[$0]) }) { ($0.1, $1.0) > ($1.1, $0.0) }
                .map { CorpusStats.Ranked(name: $0.0, value: rounded($0.1)) }
        }
    }

    /// Everything but the graph measures (left empty here), and the papers per author.
    static func summary(_ corpus: Corpus) -> (stats: CorpusStats, papersPerAuthor: [String: Int]) {
        let days = corpus.papers.compactMap { $0.published.flatMap(CalendarDay.init) }
        var perYear: [String: Int] = [:]
        for day in days { perYear[String(day.year), default: 0] += 1 }
        let counts = CorpusStats.Counts(
            items: corpus.origin.items, entries: corpus.origin.entries, papers: corpus.papers.count,
            resources: corpus.resources.count, unresolved: corpus.unresolved.count, authors: corpus.authors.count,
            sections: corpus.sections.count, categories: Set(corpus.papers.flatMap(\.categories)).count,
            derivedDates: corpus.papers.filter { $0.published != nil && $0.publishedDerived }.count,
            undated: corpus.papers.count - days.count)
        let dates = CorpusStats.DateSpan(first: days.min()?.description, last: days.max()?.description,
                                         median: GrowthRate.median(days)?.description, perYear: perYear)
        let papersPerAuthor = paperCounts(corpus)
        let stats = CorpusStats(
            counts: counts, dates: dates,
            // Papers per author are the top authors' counts too (each author once per paper).
            topAuthors: Comparator.top(counts: papersPerAuthor),
            centrality: CorpusStats.Centrality(graph: "", degree: [], weightedDegree: [], betweenness: [],
                                               betweennessSources: nil, closeness: [], pageRank: []),
            topPrimaryCategories: Comparator.top(corpus.papers) { $0.primaryCategory.map { [$0] } ?? [] },
            topCategories: Comparator.top(corpus.papers) { $0.categories },
            topLevelSections: Comparator.top(corpus.papers) { $0.sections.lazy.compactMap(\.headings.first) },
            topSections: Comparator.top(corpus.papers) { $0.sections.lazy.map(\.description) },
            communities: CorpusStats.Communities(graph: "", method: "", seed: 0, count: 0, nonTrivial: 0, modularity: 0,
                                                 components: 0, largestComponent: 0, largest: []),
            lotka: LotkaFit.fit(papersPerAuthor: papersPerAuthor.values.sorted()))
        return (stats, papersPerAuthor)
    }

    /// Papers per canonical author, from the papers' author lists.
    static func paperCounts(_ corpus: Corpus) -> [String: Int] {
        var counter = NameCounter()
        for paper in corpus.papers { counter.add(paper.authors) }
        return counter.counts
    }

    static func communities(_ found: Graph.Communities, componentSizes components: [Int], _ graph: Graph,
                            _ adjacency: CompressedAdjacency, papersPerAuthor: [String: Int]) -> CorpusStats.Communities {
        let degrees = adjacency.degrees()
        let groups = found.groups
        let largest = groups.prefix(topCount).enumerated().map { id, members in
            let ranked = members.map { (papers: papersPerAuthor[graph.nodes[$0].key] ?? 0, degree: degrees[$0], key: graph.nodes[$0].key) }
            let leading = leading(5, of: ranked) {
                let a = ($0.papers, $0.degree), b = ($1.papers, $1.degree)
                return a != b ? a > b : $0.key < $1.key
            }.map(\.key)
            return CorpusStats.Community(id: id, size: members.count, leading: leading)
        }
        return CorpusStats.Communities(
            graph: graph.name, method: "louvain", seed: Int(louvainSeed), count: found.count,
            nonTrivial: groups.filter { $0.count > 1 }.count, modularity: rounded(found.modularity),
            components: components.count, largestComponent: components.first ?? 0, largest: largest)
    }

    /// Scores rounded to 6 decimals, so JSON output does not change with the last bits of
    /// floating-point summation.
    static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
}
