import OrderedCollections

/// Computes `CorpusStats` from a corpus and its co-author graph (author nodes keyed by canonical
/// name; other node kinds are ignored in the rankings).
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
        return CorpusStats(
            counts: counts, dates: dates,
            topAuthors: Comparator.top(corpus.papers.map { OrderedSet($0.authors).elements }),
            centrality: centrality(coauthors),
            topPrimaryCategories: Comparator.top(corpus.papers.map { $0.primaryCategory.map { [$0] } ?? [] }),
            topCategories: Comparator.top(corpus.papers.map { OrderedSet($0.categories).elements }),
            topLevelSections: Comparator.top(corpus.papers.map { OrderedSet($0.sections.compactMap(\.headings.first)).elements }),
            topSections: Comparator.top(corpus.papers.map { OrderedSet($0.sections.map(\.description)).elements }),
            communities: communities(coauthors, papersPerAuthor: papersPerAuthor),
            lotka: LotkaFit.fit(papersPerAuthor: papersPerAuthor.values.sorted()))
    }

    /// Papers per canonical author, from the papers' author lists.
    static func paperCounts(_ corpus: Corpus) -> [String: Int] {
        var counts: [String: Int] = [:]
        for paper in corpus.papers { for author in Set(paper.authors) { counts[author, default: 0] += 1 } }
        return counts
    }

    static func centrality(_ graph: Graph) -> CorpusStats.Centrality {
        let authors = graph.nodes.indices.filter { graph.nodes[$0].kind == .author }
        func top(_ scores: [Double]) -> [CorpusStats.Ranked] {
            authors.map { (graph.nodes[$0].key, scores[$0]) }
                .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
                .prefix(topCount).map { CorpusStats.Ranked(name: $0.0, value: rounded($0.1)) }
        }
        let exact = graph.nodeCount <= exactLimit
        let sources = betweennessSources(nodes: graph.nodeCount, edges: graph.edgeCount)
        return CorpusStats.Centrality(
            graph: graph.name, degree: top(graph.degrees().map(Double.init)), weightedDegree: top(graph.strengths()),
            betweenness: top(graph.betweenness(sources: sources)),
            betweennessSources: sources,
            closeness: exact ? top(graph.closeness()) : [], pageRank: top(graph.pageRank()))
    }

    static func communities(_ graph: Graph, papersPerAuthor: [String: Int]) -> CorpusStats.Communities {
        let found = graph.louvain(seed: louvainSeed)
        let degrees = graph.degrees()
        let components = graph.connectedComponents()
        let largest = found.groups.prefix(topCount).enumerated().map { id, members in
            let leading = members.sorted {
                let a = (papersPerAuthor[graph.nodes[$0].key] ?? 0, degrees[$0]), b = (papersPerAuthor[graph.nodes[$1].key] ?? 0, degrees[$1])
                return a != b ? a > b : graph.nodes[$0].key < graph.nodes[$1].key
            }.prefix(5).map { graph.nodes[$0].key }
            return CorpusStats.Community(id: id, size: members.count, leading: Array(leading))
        }
        return CorpusStats.Communities(
            graph: graph.name, method: "louvain", seed: Int(louvainSeed), count: found.count,
            nonTrivial: found.groups.filter { $0.count > 1 }.count, modularity: rounded(found.modularity),
            components: components.count, largestComponent: components.first?.count ?? 0, largest: largest)
    }

    /// Scores rounded to 6 decimals, so JSON output does not change with the last bits of
    /// floating-point summation.
    static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

    /// A co-author graph straight from the corpus (authors joined by the number of papers they
    /// share), for when the Graph stage's co-author view is not at hand.
    public static func coauthorGraph(_ corpus: Corpus) -> Graph {
        var graph = Graph(name: "coauthor")
        for author in corpus.authors { graph.addNode(Graph.Node(kind: .author, key: author.name, label: author.name)) }
        var shared: [Int: [Int: [String]]] = [:]
        for paper in corpus.papers {
            let members = OrderedSet(paper.authors).map { graph.addNode(Graph.Node(kind: .author, key: $0, label: $0)) }.sorted()
            for (i, a) in members.enumerated() {
                for b in members[(i + 1)...] { shared[a, default: [:]][b, default: []].append(paper.arxivID.rawValue) }
            }
        }
        for a in shared.keys.sorted() {
            for (b, papers) in shared[a]!.sorted(by: { $0.key < $1.key }) {
                graph.addEdge(Graph.Edge(source: a, target: b, kind: .coauthor, weight: Double(papers.count), papers: papers.sorted()))
            }
        }
        return graph
    }
}
