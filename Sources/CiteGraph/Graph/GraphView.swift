/// The graphs citegraph derives from one corpus. `full` is the typed graph itself; the others
/// are projections of it onto one node kind (or, for `author-category`, onto two).
public enum GraphView: String, CaseIterable, Sendable {
    /// Papers, authors, categories, sections and resources with `authored`, `in_category` and
    /// `listed_in` edges (weight 1 each).
    case full
    /// Authors linked by the papers they share (`coauthor` edges). Papers with more than
    /// `GraphOptions.maxAuthors` authors add no edges here.
    case coauthor
    /// arXiv categories linked by the papers they share (`cooccurs` edges).
    case category
    /// Sections linked by the entries (papers and resources) listed in both (`cooccurs` edges).
    case section
    /// Papers linked by the authors and sections they share (`cooccurs` edges); an edge's
    /// `papers` are its two ends.
    case paper
    /// Authors linked to the categories of their papers (`in_category` edges, bipartite).
    case authorCategory = "author-category"

    /// The edge kind of the view's projected edges (the full view has three kinds).
    var projectedEdgeKind: Graph.EdgeKind {
        switch self {
        case .full, .authorCategory: .inCategory
        case .coauthor: .coauthor
        case .category, .section, .paper: .cooccurs
        }
    }
}
