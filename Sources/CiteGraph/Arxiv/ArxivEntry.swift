/// One paper as arXiv's Atom API describes it: every field arXiv gives. Optional fields are nil
/// when the feed leaves them out (the bundled snapshot leaves some out on purpose).
public struct ArxivEntry: Sendable, Hashable, Codable {
    public var id: ArxivID
    /// The version the feed describes (`v3` → 3); nil when the entry id carries none.
    public var version: Int?
    /// Whitespace collapsed.
    public var title: String
    public var summary: String?
    public var authors: [ArxivAuthor]
    /// ISO 8601 as arXiv gives it (`2023-05-29T17:57:46Z`): the first version's date.
    public var published: String?
    /// ISO 8601: the date of the version described.
    public var updated: String?
    public var primaryCategory: String?
    /// arXiv category codes, in feed order, primary first when the feed lists it.
    public var categories: [String]
    /// Class terms of other schemes (ACM `I.2.6`, MSC `68T05`, `Primary 62H30`), kept apart.
    public var classes: [String]
    public var comment: String?
    public var journalRef: String?
    public var doi: String?
    public var links: [ArxivLink]

    public init(
        id: ArxivID, version: Int? = nil, title: String, summary: String? = nil,
        authors: [ArxivAuthor] = [], published: String? = nil, updated: String? = nil,
        primaryCategory: String? = nil, categories: [String] = [], classes: [String] = [],
        comment: String? = nil, journalRef: String? = nil, doi: String? = nil, links: [ArxivLink] = []
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.summary = summary
        self.authors = authors
        self.published = published
        self.updated = updated
        self.primaryCategory = primaryCategory
        self.categories = categories
        self.classes = classes
        self.comment = comment
        self.journalRef = journalRef
        self.doi = doi
        self.links = links
    }
}

public struct ArxivAuthor: Sendable, Hashable, Codable {
    public var name: String
    public var affiliations: [String]

    public init(name: String, affiliations: [String] = []) {
        self.name = name
        self.affiliations = affiliations
    }
}

public struct ArxivLink: Sendable, Hashable, Codable {
    public var href: String
    public var rel: String?
    public var type: String?
    public var title: String?

    public init(href: String, rel: String? = nil, type: String? = nil, title: String? = nil) {
        self.href = href
        self.rel = rel
        self.type = type
        self.title = title
    }
}

/// What a feed says about itself, apart from its entries.
public struct ArxivFeedInfo: Sendable, Hashable, Codable {
    public var title: String?
    public var totalResults: Int?
    public var startIndex: Int?
    public var itemsPerPage: Int?

    public init(title: String? = nil, totalResults: Int? = nil, startIndex: Int? = nil, itemsPerPage: Int? = nil) {
        self.title = title
        self.totalResults = totalResults
        self.startIndex = startIndex
        self.itemsPerPage = itemsPerPage
    }
}

/// A whole feed read into memory; the streaming API hands entries on one at a time instead.
public struct ArxivFeed: Sendable, Hashable {
    public var info: ArxivFeedInfo
    public var entries: [ArxivEntry]

    public init(info: ArxivFeedInfo, entries: [ArxivEntry]) {
        self.info = info
        self.entries = entries
    }
}
