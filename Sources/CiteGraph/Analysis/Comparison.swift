/// Two parts of a corpus side by side (arXiv categories or list sections) and their overlap.
/// Encodes to the JSON of `citegraph compare --format json`.
public struct Comparison: Sendable, Hashable, Codable {
    public var a: Side
    public var b: Side
    public var overlap: Overlap

    public struct Count: Sendable, Hashable, Codable {
        public var name: String
        public var papers: Int
    }

    public struct Side: Sendable, Hashable, Codable {
        /// What the selector resolved to: a category code or a full section path.
        public var selector: String
        /// As typed.
        public var input: String
        /// `category` or `section`.
        public var kind: String
        /// arXiv papers (a category: primary or cross-listed; a section: with its subsections).
        public var papers: Int
        /// For a category, how many of `papers` have it as their primary category.
        public var primary: Int?
        /// List entries that are not arXiv papers (sections only; 0 for a category).
        public var resources: Int
        /// Distinct canonical authors of the papers.
        public var authors: Int
        /// Published dates (first version), `YYYY-MM-DD`; nil when no paper is dated.
        public var first: String?
        public var last: String?
        public var medianPublished: String?
        /// Papers per calendar year of first version (years with none are left out).
        public var perYear: [String: Int]
        /// Papers per month (`YYYY-MM`) of first version (months with none are left out).
        public var perMonth: [String: Int]
        public var undated: Int
        /// Share of the papers listed in more than one arXiv category; nil with no paper (0/0).
        public var crossListedShare: Double?
        public var topAuthors: [Count]
        /// Other categories of the papers (the selected one left out).
        public var topCategories: [Count]
        /// Sections the papers are listed under (the selected one itself left out).
        public var topSections: [Count]
        /// The papers' arXiv ids, sorted.
        public var paperIDs: [String]

        enum CodingKeys: String, CodingKey {
            case selector, input, kind, papers, primary, resources, authors, first, last
            case medianPublished = "median_published", perYear = "per_year", perMonth = "per_month", undated
            case crossListedShare = "cross_listed_share", topAuthors = "top_authors"
            case topCategories = "top_categories", topSections = "top_sections", paperIDs = "paper_ids"
        }

        public func encode(to encoder: any Encoder) throws {
            // Explicit nulls for missing dates, primary counts and shares, so every key is always there.
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(selector, forKey: .selector)
            try c.encode(input, forKey: .input)
            try c.encode(kind, forKey: .kind)
            try c.encode(papers, forKey: .papers)
            try c.encode(primary, forKey: .primary)
            try c.encode(resources, forKey: .resources)
            try c.encode(authors, forKey: .authors)
            try c.encode(first, forKey: .first)
            try c.encode(last, forKey: .last)
            try c.encode(medianPublished, forKey: .medianPublished)
            try c.encode(perYear, forKey: .perYear)
            try c.encode(perMonth, forKey: .perMonth)
            try c.encode(undated, forKey: .undated)
            try c.encode(crossListedShare, forKey: .crossListedShare)
            try c.encode(topAuthors, forKey: .topAuthors)
            try c.encode(topCategories, forKey: .topCategories)
            try c.encode(topSections, forKey: .topSections)
            try c.encode(paperIDs, forKey: .paperIDs)
        }
    }

    public struct Overlap: Sendable, Hashable, Codable {
        /// Papers in both.
        public var papers: Int
        /// Authors with papers in both.
        public var authors: Int
        /// |A∩B| / |A∪B| of the papers, and of the authors; nil when both sides have none (0/0).
        /// One empty side against a non-empty one is 0: nothing of the union is shared.
        public var jaccardPapers: Double?
        public var jaccardAuthors: Double?
        /// Observed shared papers over those expected if the two were independent:
        /// N·|A∩B| / (|A|·|B|), N the corpus's papers (van Eck and Waltman's association strength
        /// scaled so that 1 means independence); nil when a side has no paper (nothing is expected).
        public var associationStrength: Double?
        public var sharedPapers: [String]
        public var sharedAuthors: [String]

        enum CodingKeys: String, CodingKey {
            case papers, authors
            case jaccardPapers = "jaccard_papers", jaccardAuthors = "jaccard_authors"
            case associationStrength = "association_strength"
            case sharedPapers = "shared_papers", sharedAuthors = "shared_authors"
        }

        public func encode(to encoder: any Encoder) throws {
            // Undefined measures as explicit nulls, so every key is always there.
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(papers, forKey: .papers)
            try c.encode(authors, forKey: .authors)
            try c.encode(jaccardPapers, forKey: .jaccardPapers)
            try c.encode(jaccardAuthors, forKey: .jaccardAuthors)
            try c.encode(associationStrength, forKey: .associationStrength)
            try c.encode(sharedPapers, forKey: .sharedPapers)
            try c.encode(sharedAuthors, forKey: .sharedAuthors)
        }
    }
}
