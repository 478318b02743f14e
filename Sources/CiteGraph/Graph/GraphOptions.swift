/// How a view's edge weights are counted, normalized and filtered.
public struct GraphOptions: Sendable, Hashable {
    public var counting: Counting = .full
    public var normalize: Normalization? = nil
    /// Papers with more authors than this stay in the graph but add no co-author edges.
    public var maxAuthors = 50
    /// Edges lighter than this are dropped (after normalization).
    public var minWeight = 0.0
    /// Keep only the N nodes with the largest total edge weight (and the edges among them).
    public var top: Int? = nil
    /// At most this many ids in an edge's `papers`; the rest are counted as `(+N more)`.
    public var papersCap = 20

    public init(counting: Counting = .full, normalize: Normalization? = nil, maxAuthors: Int = 50,
                minWeight: Double = 0, top: Int? = nil, papersCap: Int = 20) {
        self.counting = counting
        self.normalize = normalize
        self.maxAuthors = maxAuthors
        self.minWeight = minWeight
        self.top = top
        self.papersCap = papersCap
    }

    /// How much one shared paper adds to a projected edge.
    public enum Counting: String, Sendable, Hashable, CaseIterable {
        /// Each shared paper (or author, section…) adds 1.
        case full
        /// A paper linking k items adds 1/(k−1) to each of their pairs, so each item's total from
        /// one paper is 1 whatever k is (as VOSviewer does). In the author-category view an author
        /// adds 1/c to each of the paper's c categories.
        case fractional
    }

    /// Similarity of two items from their co-occurrence c and their occurrences s_i, s_j, as van
    /// Eck and Waltman (2009) define them. An item's occurrences are the links it could share:
    /// its papers (authors, categories; for co-authors only papers that add edges), its entries
    /// (sections), its authors and sections (papers). N is the number of those links in the view:
    /// its papers (co-author: those that add edges; category, author-category), entries (section:
    /// papers and resources), authors and sections (paper). Applies to every view but `full`;
    /// with fractional counting c is the fractional weight.
    public enum Normalization: String, Sendable, Hashable, CaseIterable {
        /// N · c / (s_i · s_j): the co-occurrences over those chance would give, 1 as often as
        /// chance, the measure `compare` calls association strength. (VOSviewer's c / (s_i · s_j)
        /// is this over N: the same order of edges, a scale that shrinks with the corpus.)
        case association
        /// c / (s_i + s_j − c)
        case jaccard
        /// c / √(s_i · s_j)
        case cosine
        /// c / min(s_i, s_j)
        case inclusion

        /// `media`: N, the links items could share (used by `association` only).
        public func apply(cooccurrences c: Double, _ si: Double, _ sj: Double, media n: Double) -> Double {
            let denominator: Double = switch self {
            case .association: si * sj
            case .jaccard: si + sj - c
            case .cosine: (si * sj).squareRoot()
            case .inclusion: min(si, sj)
            }
            guard denominator > 0 else { return 0 }
            return self == .association ? n * c / denominator : c / denominator
        }
    }
}
