/// The content of `stats.json` and `citegraph stats`: counts, date span, the most productive and
/// most central authors, the largest categories and sections, co-author communities, Lotka's law.
public struct CorpusStats: Sendable, Hashable, Codable {
    public struct Counts: Sendable, Hashable, Codable {
        public var items: Int
        public var entries: Int
        public var papers: Int
        public var resources: Int
        public var unresolved: Int
        public var authors: Int
        public var sections: Int
        public var categories: Int
        /// Papers dated from their id, and papers with no date.
        public var derivedDates: Int
        public var undated: Int

        enum CodingKeys: String, CodingKey {
            case items, entries, papers, resources, unresolved, authors, sections, categories
            case derivedDates = "derived_dates", undated
        }
    }

    public struct DateSpan: Sendable, Hashable, Codable {
        public var first: String?
        public var last: String?
        public var median: String?
        public var perYear: [String: Int]

        enum CodingKeys: String, CodingKey { case first, last, median, perYear = "per_year" }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(first, forKey: .first)
            try c.encode(last, forKey: .last)
            try c.encode(median, forKey: .median)
            try c.encode(perYear, forKey: .perYear)
        }
    }

    /// A name with a value (papers, or a centrality score).
    public struct Ranked: Sendable, Hashable, Codable {
        public var name: String
        public var value: Double
    }

    public struct Centrality: Sendable, Hashable, Codable {
        /// The graph the scores were computed on (`coauthor`).
        public var graph: String
        public var degree: [Ranked]
        public var weightedDegree: [Ranked]
        /// Unnormalized, unweighted (shortest paths by hops).
        public var betweenness: [Ranked]
        /// Nil when exact; else the number of sampled source nodes the estimate used.
        public var betweennessSources: Int?
        /// Empty on graphs above `StatsBuilder.exactLimit` nodes (too costly).
        public var closeness: [Ranked]
        public var pageRank: [Ranked]

        enum CodingKeys: String, CodingKey {
            case graph, degree, weightedDegree = "weighted_degree", betweenness
            case betweennessSources = "betweenness_sources", closeness, pageRank = "pagerank"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(graph, forKey: .graph)
            try c.encode(degree, forKey: .degree)
            try c.encode(weightedDegree, forKey: .weightedDegree)
            try c.encode(betweenness, forKey: .betweenness)
            try c.encode(betweennessSources, forKey: .betweennessSources)
            try c.encode(closeness, forKey: .closeness)
            try c.encode(pageRank, forKey: .pageRank)
        }
    }

    public struct Community: Sendable, Hashable, Codable {
        public var id: Int
        public var size: Int
        /// The members with the most papers (then the most co-authors), up to five.
        public var leading: [String]
    }

    public struct Communities: Sendable, Hashable, Codable {
        public var graph: String
        public var method: String
        public var seed: Int
        public var count: Int
        /// Communities with at least two members.
        public var nonTrivial: Int
        public var modularity: Double
        public var components: Int
        public var largestComponent: Int
        /// The largest communities, up to ten.
        public var largest: [Community]

        enum CodingKeys: String, CodingKey {
            case graph, method, seed, count, nonTrivial = "non_trivial", modularity, components
            case largestComponent = "largest_component", largest
        }
    }

    public var counts: Counts
    public var dates: DateSpan
    public var topAuthors: [Comparison.Count]
    public var centrality: Centrality
    public var topPrimaryCategories: [Comparison.Count]
    public var topCategories: [Comparison.Count]
    /// Top-level sections (each covering its subsections), then every section path.
    public var topLevelSections: [Comparison.Count]
    public var topSections: [Comparison.Count]
    public var communities: Communities
    /// Nil when every author has the same number of papers.
    public var lotka: LotkaFit?

    enum CodingKeys: String, CodingKey {
        case counts, dates, topAuthors = "top_authors", centrality
        case topPrimaryCategories = "top_primary_categories", topCategories = "top_categories"
        case topLevelSections = "top_level_sections", topSections = "top_sections", communities, lotka
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(counts, forKey: .counts)
        try c.encode(dates, forKey: .dates)
        try c.encode(topAuthors, forKey: .topAuthors)
        try c.encode(centrality, forKey: .centrality)
        try c.encode(topPrimaryCategories, forKey: .topPrimaryCategories)
        try c.encode(topCategories, forKey: .topCategories)
        try c.encode(topLevelSections, forKey: .topLevelSections)
        try c.encode(topSections, forKey: .topSections)
        try c.encode(communities, forKey: .communities)
        try c.encode(lotka, forKey: .lotka)
    }
}
