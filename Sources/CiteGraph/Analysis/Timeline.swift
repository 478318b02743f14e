/// How papers are split into timeline groups.
public enum TimelineGrouping: String, Sendable, Hashable, Codable, CaseIterable {
    /// One group holding every dated paper.
    case all
    /// One group per primary arXiv category.
    case primary
    /// One group per arXiv category, cross-listings included.
    case category
    /// One group per list section; a section covers its subsections.
    case section
    /// One group per (canonical) author.
    case author
}

public struct TimelineOptions: Sendable, Hashable {
    public var by: TimelinePeriod
    /// Groupings in output order (`all` first when present).
    public var groups: [TimelineGrouping]
    /// Lower bound, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (inclusive); nil for none.
    public var from: String?
    /// Upper bound, same forms (inclusive: `2023` ends on 2023-12-31).
    public var to: String?
    /// Keeps only the N largest groups of each grouping (nil: all).
    public var top: Int?
    /// Kleinberg's state ratio s (> 1): the burst state's rate is s times the base rate.
    public var burstScale: Double
    /// Kleinberg's γ: the cost of entering the burst state is γ·ln(number of periods).
    public var burstGamma: Double

    public init(by: TimelinePeriod = .month, groups: [TimelineGrouping] = [.all], from: String? = nil,
                to: String? = nil, top: Int? = nil, burstScale: Double = 2, burstGamma: Double = 1) {
        self.by = by
        self.groups = groups
        self.from = from
        self.to = to
        self.top = top
        self.burstScale = burstScale
        self.burstGamma = burstGamma
    }

    /// What `citegraph run` writes: monthly, `all`, each primary category, each section path.
    public static let runDefault = TimelineOptions(by: .month, groups: [.all, .primary, .section])

    /// Checks the bounds and parameters, naming the bad one.
    public func validate() throws {
        if let from, CalendarDay.bound(from, upper: false) == nil {
            throw CiteGraphError("--from \(from): not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let to, CalendarDay.bound(to, upper: true) == nil {
            throw CiteGraphError("--to \(to): not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        if let from, let to, let f = CalendarDay.bound(from, upper: false), let t = CalendarDay.bound(to, upper: true), t < f {
            throw CiteGraphError("--from \(from) is after --to \(to)")
        }
        if let top, top < 1 { throw CiteGraphError("--top \(top): must be at least 1") }
        if !(burstScale > 1) || !burstScale.isFinite { throw CiteGraphError("burst s \(burstScale): must be a number greater than 1") }
        if !(burstGamma >= 0) || !burstGamma.isFinite { throw CiteGraphError("burst gamma \(burstGamma): must be a number, 0 or more") }
    }
}

/// One group in one period.
public struct TimelineRow: Sendable, Hashable, Codable {
    /// `2023-03`, `2023-Q1` or `2023`.
    public var period: String
    public var group: String
    public var grouping: TimelineGrouping
    public var papers: Int
    /// Papers of the group in the whole corpus up to the end of this period (or of the window,
    /// when `--to` cuts the period): papers before `--from` included, so that the figure does not
    /// depend on where the window starts.
    public var cumulativePapers: Int
    /// Authors of this period's papers in the group whose first paper in the whole corpus falls
    /// in this period and within the window (on or after `--from`).
    public var newAuthors: Int
    /// The group's papers over all papers of the period; nil (0/0) when the period has none.
    public var share: Double?
    /// How many of `papers` have a date derived from their id rather than given by arXiv.
    public var derived: Int
    /// The window (`--from`/`--to`) cuts this period: `papers` counts only its days in the window.
    public var partial: Bool

    public init(period: String, group: String, grouping: TimelineGrouping, papers: Int, cumulativePapers: Int,
                newAuthors: Int, share: Double?, derived: Int, partial: Bool = false) {
        self.period = period
        self.group = group
        self.grouping = grouping
        self.papers = papers
        self.cumulativePapers = cumulativePapers
        self.newAuthors = newAuthors
        self.share = share
        self.derived = derived
        self.partial = partial
    }

    enum CodingKeys: String, CodingKey {
        case period, group, grouping, papers
        case cumulativePapers = "cumulative_papers", newAuthors = "new_authors", share, derived, partial
    }

    /// Written by hand so that an undefined share is `null`, not a missing key.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(period, forKey: .period)
        try c.encode(group, forKey: .group)
        try c.encode(grouping, forKey: .grouping)
        try c.encode(papers, forKey: .papers)
        try c.encode(cumulativePapers, forKey: .cumulativePapers)
        try c.encode(newAuthors, forKey: .newAuthors)
        try c.encode(share, forKey: .share)
        try c.encode(derived, forKey: .derived)
        try c.encode(partial, forKey: .partial)
    }
}

/// A period range in which a group's papers came faster than usual (Kleinberg).
public struct Burst: Sendable, Hashable, Codable {
    public var start: String
    public var end: String
    /// The log-likelihood gain of the burst state over the base state across the range.
    public var strength: Double

    public init(start: String, end: String, strength: Double) {
        self.start = start
        self.end = end
        self.strength = strength
    }
}

/// A group over the whole range.
public struct TimelineGroupSummary: Sendable, Hashable, Codable {
    public var group: String
    public var grouping: TimelineGrouping
    public var papers: Int
    public var derived: Int
    /// First, last and median published date (`YYYY-MM-DD`).
    public var first: String
    public var last: String
    public var median: String
    /// Compound annual growth rate from the first calendar year's papers to the last's; nil when
    /// the group spans less than a year.
    public var cagr: Double?
    public var bursts: [Burst]

    public init(group: String, grouping: TimelineGrouping, papers: Int, derived: Int, first: String, last: String,
                median: String, cagr: Double?, bursts: [Burst]) {
        self.group = group
        self.grouping = grouping
        self.papers = papers
        self.derived = derived
        self.first = first
        self.last = last
        self.median = median
        self.cagr = cagr
        self.bursts = bursts
    }
}

/// Papers per group and period.
public struct Timeline: Sendable, Hashable, Codable {
    public var by: TimelinePeriod
    /// Every period from the first dated paper's to the last's (or the bounds), in order.
    public var periods: [String]
    /// The window's first and last day (`--from`, `--to` as days); nil where none was given.
    public var from: String?
    public var to: String?
    /// Group by group (in `groups` order), each over every period.
    public var rows: [TimelineRow]
    public var groups: [TimelineGroupSummary]
    /// arXiv ids of papers with no date (left out of every count).
    public var undated: [String]
    /// arXiv ids of counted papers whose date was derived from the id.
    public var derived: [String]
    public var derivedCount: Int { derived.count }
    /// The burst parameters used.
    public var burstScale: Double
    public var burstGamma: Double

    public init(by: TimelinePeriod, periods: [String], rows: [TimelineRow], groups: [TimelineGroupSummary],
                undated: [String], derived: [String], burstScale: Double, burstGamma: Double,
                from: String? = nil, to: String? = nil) {
        self.by = by
        self.from = from
        self.to = to
        self.periods = periods
        self.rows = rows
        self.groups = groups
        self.undated = undated
        self.derived = derived
        self.burstScale = burstScale
        self.burstGamma = burstGamma
    }

    enum CodingKeys: String, CodingKey {
        case by, from, to, periods, rows, groups, undated, derived
        case burstScale = "burst_s", burstGamma = "burst_gamma"
    }

    /// The rows of one group, in period order.
    public func rows(of group: String, grouping: TimelineGrouping) -> [TimelineRow] {
        rows.filter { $0.group == group && $0.grouping == grouping }
    }
}
