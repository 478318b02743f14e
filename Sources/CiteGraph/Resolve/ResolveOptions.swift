/// How venue titles are matched to arXiv papers.
public struct ResolveOptions: Sendable, Hashable {
    /// A match below this similarity is never taken.
    public var threshold = 0.9
    /// The best match must beat the next paper by this much, else it is ambiguous.
    public var ambiguityMargin = 0.05
    /// Candidates at or above this (but below `threshold`) are reported as a weak match.
    public var weakFloor = 0.6
    public var pins: ResolvePins = .init()
    /// At most this many titles share one OR search.
    public var titlesPerSearch = 10
    /// At most this many characters of `search_query` (before URL encoding) in one search.
    public var maxQueryLength = 1000
    /// Results asked for per title in a search.
    public var resultsPerTitle = 5

    public init(threshold: Double = 0.9, ambiguityMargin: Double = 0.05, pins: ResolvePins = .init()) {
        self.threshold = threshold
        self.ambiguityMargin = ambiguityMargin
        self.pins = pins
    }
}

/// A list entry tied to its arXiv paper.
public struct ResolvedEntry: Sendable, Hashable {
    public var entry: ListEntry
    public var id: ArxivID
    public var version: Int?
    public var resolution: Resolution

    public init(entry: ListEntry, id: ArxivID, version: Int? = nil, resolution: Resolution) {
        self.entry = entry
        self.id = id
        self.version = version
        self.resolution = resolution
    }
}

/// What `EntryResolver` made of the list's entries.
public struct EntryResolution: Sendable {
    /// In the order of the input entries.
    public var papers: [ResolvedEntry] = []
    public var resources: [ListEntry] = []
    public var unresolved: [Unresolved] = []
    /// arXiv searches made.
    public var searches: Int = 0
    /// Entries the searches returned, by id (so resolved papers need not be fetched again).
    public var searchedEntries: [ArxivID: ArxivEntry] = [:]
    public var diagnostics: [Diagnostic] = []

    public init(papers: [ResolvedEntry] = [], resources: [ListEntry] = [], unresolved: [Unresolved] = [],
                searches: Int = 0, searchedEntries: [ArxivID: ArxivEntry] = [:], diagnostics: [Diagnostic] = []) {
        self.papers = papers
        self.resources = resources
        self.unresolved = unresolved
        self.searches = searches
        self.searchedEntries = searchedEntries
        self.diagnostics = diagnostics
    }

    /// The distinct arXiv ids the entries resolved to, sorted.
    public var ids: [ArxivID] { Array(Set(papers.map(\.id))).sorted() }
}
