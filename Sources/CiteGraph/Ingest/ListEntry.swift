/// A distinct entry of a reading list: the list items that name the same paper (same arXiv id)
/// or the same page (same normalized URL) merged into one, with every title, section and line
/// they were listed under. What Resolve turns into a paper, a resource or an unresolved entry.
public struct ListEntry: Sendable, Hashable {
    /// What the entry's main link points at.
    public enum Target: Sendable, Hashable {
        /// An arXiv paper named directly by a link (any URL form) or by `arXiv:ID` in the text.
        case arxiv(ArxivID, version: Int?)
        /// A paper at a venue (ACL Anthology, OpenReview, a proceedings page, a DOI): to be
        /// resolved to arXiv by its title. `url` is normalized.
        case venue(url: String)
        /// Something that is not a paper (blog post, repository, dataset). `url` is normalized.
        case resource(url: String)

        /// The paper's id when it is named directly.
        public var arxivID: ArxivID? { if case .arxiv(let id, _) = self { id } else { nil } }
        /// Whether it is a venue paper, resolved by its title.
        public var isVenue: Bool { if case .venue = self { true } else { false } }
    }

    public var target: Target
    /// The identity items were merged on: the arXiv id, or the normalized URL.
    public var key: String
    /// Titles as written, in order of first appearance.
    public var titles: [String]
    /// Every link of every merged item, deduplicated, in order.
    public var links: [ListLink]
    /// Sections the entry is listed under, in document order, deduplicated.
    public var sections: [SectionPath]
    /// 1-based lines of the merged items.
    public var lines: [Int]
    /// Other readings of its titles, for matching only (`ItemTitle.readings`).
    public var readings: [String] = []

    public init(target: Target, key: String, titles: [String], links: [ListLink], sections: [SectionPath], lines: [Int]) {
        self.target = target
        self.key = key
        self.titles = titles
        self.links = links
        self.sections = sections
        self.lines = lines
    }

    /// The first title it was listed under.
    public var title: String { titles.first ?? "" }

    /// What a title search tries: every listed title, then their shorter readings without the
    /// citation around them (`ItemTitle.variants`).
    public var matchTitles: [String] {
        var all = titles
        for reading in readings where !all.contains(reading) { all.append(reading) }
        for variant in all.flatMap(ItemTitle.variants) where !all.contains(variant) { all.append(variant) }
        return all
    }
}
