/// Everything citegraph knows about a reading list once each entry is resolved: papers with their
/// canonical authors and normalized dates, resources, sections, authors, and what stayed
/// unresolved. The boundary between Resolve and the Graph, Analysis and Export stages, and the
/// content of `output/corpus.json`.
public struct Corpus: Sendable, Hashable, Codable {
    /// Where the corpus came from and how many list items it had.
    public var origin: Origin
    /// Sorted by arXiv id.
    public var papers: [Paper]
    /// Sorted by URL.
    public var resources: [Resource]
    /// Every section that holds at least one entry, in document order.
    public var sections: [Section]
    /// Sorted by canonical name.
    public var authors: [Author]
    public var unresolved: [Unresolved]
    public var diagnostics: [Diagnostic]

    public init(origin: Origin, papers: [Paper] = [], resources: [Resource] = [], sections: [Section] = [],
                authors: [Author] = [], unresolved: [Unresolved] = [], diagnostics: [Diagnostic] = []) {
        self.origin = origin
        self.papers = papers
        self.resources = resources
        self.sections = sections
        self.authors = authors
        self.unresolved = unresolved
        self.diagnostics = diagnostics
    }

    public struct Origin: Sendable, Hashable, Codable {
        /// `list`, `ids` or `query`.
        public var kind: String
        /// The list's path, the ids file's path, or the query.
        public var source: String
        /// List items (bullets) that linked to something.
        public var items: Int
        /// Distinct entries after merging items that name the same paper or URL.
        public var entries: Int

        public init(kind: String, source: String, items: Int, entries: Int) {
            self.kind = kind
            self.source = source
            self.items = items
            self.entries = entries
        }
    }
}

/// One distinct arXiv paper.
public struct Paper: Sendable, Hashable, Codable {
    public var arxivID: ArxivID
    public var version: Int?
    public var title: String
    /// Canonical author names (`Author.name`), in the paper's order.
    public var authors: [String]
    /// `YYYY-MM-DD`: the first version's date; nil when unknown.
    public var published: String?
    /// True when `published` was derived (from the id's YYMM) rather than given by arXiv.
    public var publishedDerived: Bool
    /// `YYYY-MM-DD`: the latest version's date; nil when arXiv gives none.
    public var updated: String?
    public var primaryCategory: String?
    /// Canonical arXiv category codes, primary first.
    public var categories: [String]
    /// List sections the paper is listed under, in document order.
    public var sections: [SectionPath]
    /// The list's links to this paper (as written).
    public var links: [String]
    /// Titles the list gives this paper (may differ from arXiv's).
    public var listedTitles: [String]
    /// Lines of the list that name this paper.
    public var lines: [Int]
    public var resolution: Resolution
    public var doi: String?
    public var journalRef: String?
    public var comment: String?

    public init(arxivID: ArxivID, version: Int? = nil, title: String, authors: [String] = [],
                published: String? = nil, publishedDerived: Bool = false, updated: String? = nil,
                primaryCategory: String? = nil, categories: [String] = [], sections: [SectionPath] = [],
                links: [String] = [], listedTitles: [String] = [], lines: [Int] = [],
                resolution: Resolution = Resolution(method: .direct, score: 1),
                doi: String? = nil, journalRef: String? = nil, comment: String? = nil) {
        self.arxivID = arxivID
        self.version = version
        self.title = title
        self.authors = authors
        self.published = published
        self.publishedDerived = publishedDerived
        self.updated = updated
        self.primaryCategory = primaryCategory
        self.categories = categories
        self.sections = sections
        self.links = links
        self.listedTitles = listedTitles
        self.lines = lines
        self.resolution = resolution
        self.doi = doi
        self.journalRef = journalRef
        self.comment = comment
    }

    enum CodingKeys: String, CodingKey {
        case arxivID = "arxiv_id", version, title, authors, published
        case publishedDerived = "published_derived", updated
        case primaryCategory = "primary_category", categories, sections, links
        case listedTitles = "listed_titles", lines, resolution, doi
        case journalRef = "journal_ref", comment
    }

    /// Unknown values are written as `null` rather than left out, so every paper in
    /// `corpus.json` has the same keys (readers such as pandas and jq rely on it).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(arxivID, forKey: .arxivID)
        try c.encode(version, forKey: .version)
        try c.encode(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encode(published, forKey: .published)
        try c.encode(publishedDerived, forKey: .publishedDerived)
        try c.encode(updated, forKey: .updated)
        try c.encode(primaryCategory, forKey: .primaryCategory)
        try c.encode(categories, forKey: .categories)
        try c.encode(sections, forKey: .sections)
        try c.encode(links, forKey: .links)
        try c.encode(listedTitles, forKey: .listedTitles)
        try c.encode(lines, forKey: .lines)
        try c.encode(resolution, forKey: .resolution)
        try c.encode(doi, forKey: .doi)
        try c.encode(journalRef, forKey: .journalRef)
        try c.encode(comment, forKey: .comment)
    }
}

/// How a list entry was tied to its arXiv paper.
public struct Resolution: Sendable, Hashable, Codable {
    public enum Method: String, Sendable, Codable, CaseIterable {
        /// The list links to arXiv (any URL form).
        case direct
        /// A venue link, matched by title against papers already in the cache.
        case cacheTitle = "cache-title"
        /// A venue link, matched by title through an arXiv search.
        case searchTitle = "search-title"
        /// Fixed by the user's `--resolve` file.
        case pinned
        /// From `--ids` or `--query` input.
        case input
    }

    public var method: Method
    /// Title similarity in 0…1 (1 for direct and pinned).
    public var score: Double
    /// The arXiv title the list title was matched against, when it differs from the current one.
    public var matchedTitle: String?

    public init(method: Method, score: Double, matchedTitle: String? = nil) {
        self.method = method
        self.score = score
        self.matchedTitle = matchedTitle
    }

    enum CodingKeys: String, CodingKey {
        case method, score
        case matchedTitle = "matched_title"
    }
}

/// A list entry with no arXiv paper (blog post, repository, dataset), keyed by normalized URL.
public struct Resource: Sendable, Hashable, Codable {
    /// Normalized URL: the resource's identity.
    public var url: String
    /// Every title it was listed under, in order of first appearance.
    public var titles: [String]
    public var sections: [SectionPath]
    public var links: [String]
    public var lines: [Int]
    /// `YYYY-MM-DD` (or `YYYY-MM-01` when the URL carries only a month), from the URL; nil when none.
    public var date: String?

    public init(url: String, titles: [String], sections: [SectionPath] = [], links: [String] = [],
                lines: [Int] = [], date: String? = nil) {
        self.url = url
        self.titles = titles
        self.sections = sections
        self.links = links
        self.lines = lines
        self.date = date
    }
}

/// A heading path that holds entries.
public struct Section: Sendable, Hashable, Codable {
    public var path: SectionPath
    /// Papers listed directly under this heading (not its subsections).
    public var papers: [ArxivID]
    /// Resource URLs listed directly under this heading.
    public var resources: [String]
    /// First line of the heading's items.
    public var line: Int?

    public init(path: SectionPath, papers: [ArxivID] = [], resources: [String] = [], line: Int? = nil) {
        self.path = path
        self.papers = papers
        self.resources = resources
        self.line = line
    }
}

/// One person, with every form of their name seen and the evidence for each merge.
public struct Author: Sendable, Hashable, Codable {
    /// Canonical display name: the most frequent full form. Unique within a corpus.
    public var name: String
    /// Every form seen, canonical first.
    public var variants: [String]
    /// Sorted.
    public var papers: [ArxivID]
    /// One line per merged variant: which variant joined and why.
    public var merges: [Merge]

    public init(name: String, variants: [String], papers: [ArxivID], merges: [Merge] = []) {
        self.name = name
        self.variants = variants
        self.papers = papers
        self.merges = merges
    }

    public struct Merge: Sendable, Hashable, Codable {
        public var variant: String
        public var reason: String

        public init(variant: String, reason: String) {
            self.variant = variant
            self.reason = reason
        }
    }
}

/// A list entry that could not be tied to a paper and is not a resource either (a venue link
/// whose title matched nothing, a weak or ambiguous match, an id arXiv does not know).
public struct Unresolved: Sendable, Hashable, Codable {
    public var title: String
    public var links: [String]
    public var sections: [SectionPath]
    public var lines: [Int]
    public var reason: String
    /// Best candidates considered, when a match was weak or ambiguous.
    public var candidates: [Candidate]

    public init(title: String, links: [String], sections: [SectionPath] = [], lines: [Int] = [],
                reason: String, candidates: [Candidate] = []) {
        self.title = title
        self.links = links
        self.sections = sections
        self.lines = lines
        self.reason = reason
        self.candidates = candidates
    }

    public struct Candidate: Sendable, Hashable, Codable {
        public var arxivID: ArxivID
        public var title: String
        public var score: Double

        public init(arxivID: ArxivID, title: String, score: Double) {
            self.arxivID = arxivID
            self.title = title
            self.score = score
        }

        enum CodingKeys: String, CodingKey {
            case arxivID = "arxiv_id", title, score
        }
    }
}
