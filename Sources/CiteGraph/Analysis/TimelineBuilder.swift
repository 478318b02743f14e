import OrderedCollections

/// Counts a corpus's arXiv papers per group and period (resources are not counted). A paper is
/// placed in the period of its first version (`published`); papers whose date was derived from
/// their id are counted and listed in `Timeline.derived`; undated papers are listed in
/// `Timeline.undated` and counted nowhere. Section groups cover their subsections: a paper listed
/// under `A > B` counts in `A > B` and in `A`, once in each even when listed twice below `A`.
public enum TimelineBuilder {
    /// The primary-category group of papers that have none.
    public static let noPrimaryCategory = "(no primary category)"

    public static func build(_ corpus: Corpus, options: TimelineOptions = TimelineOptions()) -> Timeline {
        let lower = options.from.flatMap { CalendarDay.bound($0, upper: false) }
        let upper = options.to.flatMap { CalendarDay.bound($0, upper: true) }
        var undated: [String] = []
        var dates: [CalendarDay?] = []
        for paper in corpus.papers {
            let day = paper.published.flatMap(CalendarDay.init)
            if day == nil { undated.append(paper.arxivID.rawValue) }
            dates.append(day)
        }
        let authors = AuthorNumbers(corpus)
        let authorFirstPeriod = firstPeriodOfEachAuthor(authors, dates, by: options.by, from: lower)
        let inRange: [Int] = corpus.papers.indices.filter { i in
            guard let day = dates[i] else { return false }
            return (lower.map { day >= $0 } ?? true) && (upper.map { day <= $0 } ?? true)
        }
        let by = options.by
        // Every paper in range has a date: its period, once.
        let indices = inRange.map { by.index(of: dates[$0]!) }
        guard let firstIndex = lower.map(by.index(of:)) ?? indices.min(),
              let lastIndex = upper.map(by.index(of:)) ?? indices.max(), firstIndex <= lastIndex else {
            return Timeline(by: by, periods: [], rows: [], groups: [], undated: undated.sorted(), derived: [],
                            burstScale: options.burstScale, burstGamma: options.burstGamma,
                            from: lower?.description, to: upper?.description)
        }
        // The first and last periods when the window starts or ends inside them.
        let firstIsPartial = lower.map { $0 != by.firstDay(firstIndex) } ?? false
        let lastIsPartial = upper.map { $0 != by.lastDay(lastIndex) } ?? false
        // Papers before the window, per group: where each group's cumulative count starts.
        let before = corpus.papers.indices.filter { i in
            guard let day = dates[i], let lower else { return false }
            return day < lower
        }
        let periodCount = lastIndex - firstIndex + 1
        // Each paper's period as an offset from the first (-1: undated or out of range).
        var slot = [Int](repeating: -1, count: corpus.papers.count)
        for (i, index) in zip(inRange, indices) { slot[i] = index - firstIndex }
        var totals = [Int](repeating: 0, count: periodCount)
        for i in inRange { totals[slot[i]] += 1 }
        // Which group last counted an author as new: an author is new in one period only (that
        // of its first paper), so it is counted at most once per group.
        var countedIn = [Int](repeating: -1, count: authors.count)
        var groupNumber = 0

        var rows: [TimelineRow] = []
        var summaries: [TimelineGroupSummary] = []
        let periods = (firstIndex...lastIndex).map(by.label)
        var seen = Set<TimelineGrouping>()
        for grouping in options.groups where seen.insert(grouping).inserted {
            let earlier = before.isEmpty ? [:] : Dictionary(
                groups(grouping, of: corpus, papers: before, top: nil, renameCategories: options.groups.contains(.primary))
                    .map { ($0.0, $0.1.count) }, uniquingKeysWith: +)
            var grouped = groups(grouping, of: corpus, papers: inRange, top: options.top,
                                 renameCategories: options.groups.contains(.primary))
            // A window with no paper still lists its periods (with zeros, and the cumulative count
            // of what came before): an empty answer read as "no such window".
            if grouping == .all, grouped.isEmpty { grouped = [("all", [])] }
            for (name, members) in grouped {
                var counts = [Int](repeating: 0, count: periodCount)
                var derived = [Int](repeating: 0, count: periodCount)
                var newAuthors = [Int](repeating: 0, count: periodCount)
                groupNumber += 1
                for i in members {
                    let s = slot[i]
                    guard s >= 0 else { continue }
                    counts[s] += 1
                    if corpus.papers[i].publishedDerived { derived[s] += 1 }
                    for author in authors.of(paper: i) where authorFirstPeriod[author] == s + firstIndex && countedIn[author] != groupNumber {
                        countedIn[author] = groupNumber
                        newAuthors[s] += 1
                    }
                }
                var cumulative = earlier[name] ?? 0
                for s in 0..<periodCount {
                    cumulative += counts[s]
                    let share = totals[s] == 0 ? nil : rounded(Double(counts[s]) / Double(totals[s]))
                    let partial = (s == 0 && firstIsPartial) || (s == periodCount - 1 && lastIsPartial)
                    rows.append(TimelineRow(period: periods[s], group: name, grouping: grouping, papers: counts[s],
                                            cumulativePapers: cumulative, newAuthors: newAuthors[s],
                                            share: share, derived: derived[s], partial: partial))
                }
                let days = members.compactMap { dates[$0] }
                // For `all`, every period's papers are the stream itself: burstiness is measured
                // against the group's whole total instead (each period drawn from all papers).
                let burstTotals = grouping == .all ? [Int](repeating: members.count, count: periodCount) : totals
                let bursts = members.isEmpty ? [] : BurstDetection.detect(relevant: counts, totals: burstTotals,
                                                                          s: options.burstScale, gamma: options.burstGamma)
                summaries.append(TimelineGroupSummary(
                    group: name, grouping: grouping, papers: members.count, derived: derived.reduce(0, +),
                    first: days.min()?.description ?? "", last: days.max()?.description ?? "",
                    median: GrowthRate.median(days)?.description ?? "", cagr: GrowthRate.cagr(days).map(rounded),
                    bursts: bursts.map { Burst(start: periods[$0.start], end: periods[$0.end], strength: rounded($0.strength)) }))
            }
        }
        let derivedIDs = inRange.filter { corpus.papers[$0].publishedDerived }.map { corpus.papers[$0].arxivID.rawValue }
        return Timeline(by: by, periods: periods, rows: rows, groups: summaries, undated: undated.sorted(),
                        derived: derivedIDs.sorted(), burstScale: options.burstScale, burstGamma: options.burstGamma,
                        from: lower?.description, to: upper?.description)
    }

    /// Ratios rounded to 6 decimals, so JSON output does not carry the last bits of floating point.
    static func rounded(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }

    /// The period of each author's earliest dated paper in the whole corpus ("new" means new to
    /// the corpus, not to the window); `Int.min` for an author with no dated paper, or whose first
    /// paper is before `from` (new before the window, even when in its first, partial period).
    static func firstPeriodOfEachAuthor(_ authors: AuthorNumbers, _ dates: [CalendarDay?], by: TimelinePeriod,
                                        from: CalendarDay? = nil) -> [Int] {
        var first = [CalendarDay?](repeating: nil, count: authors.count)
        for (i, day) in dates.enumerated() {
            guard let day else { continue }
            for author in authors.of(paper: i) where first[author].map({ day < $0 }) ?? true { first[author] = day }
        }
        return first.map { day in
            guard let day, from.map({ day >= $0 }) ?? true else { return Int.min }
            return by.index(of: day)
        }
    }

    /// The groups of one grouping, in output order, each with its papers (indices into
    /// `corpus.papers`, restricted to `papers`). Groups with no paper in range are left out.
    static func groups(_ grouping: TimelineGrouping, of corpus: Corpus, papers: [Int], top: Int?,
                       renameCategories: Bool) -> [(String, [Int])] {
        var groups = OrderedDictionary<String, [Int]>()
        switch grouping {
        case .all:
            return papers.isEmpty ? [] : [("all", papers)]
        case .primary:
            var uncategorized: [Int] = []
            for i in papers {
                if let code = corpus.papers[i].primaryCategory { groups[code, default: []].append(i) } else { uncategorized.append(i) }
            }
            groups.sort { $0.key < $1.key }
            // Papers arXiv gave no primary category for still count, in a group of their own, last.
            if !uncategorized.isEmpty { groups[TimelineBuilder.noPrimaryCategory] = uncategorized }
        case .category:
            for i in papers {
                for code in OrderedSet(corpus.papers[i].categories) {
                    // Beside `primary` groups of the same name, these say they include cross-lists.
                    groups[renameCategories ? "\(code) (any)" : code, default: []].append(i)
                }
            }
            groups.sort { $0.key < $1.key }
        case .section:
            for path in sectionPathsWithAncestors(corpus) { groups[path.description] = [] }
            for i in papers {
                var covering = OrderedSet<String>()
                for listed in corpus.papers[i].sections {
                    for depth in stride(from: 1, through: listed.depth, by: 1) {
                        covering.append(SectionPath(Array(listed.headings.prefix(depth))).description)
                    }
                }
                for name in covering { groups[name, default: []].append(i) }
            }
        case .author:
            for i in papers { for author in OrderedSet(corpus.papers[i].authors) { groups[author, default: []].append(i) } }
            groups.sort { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        }
        var kept = groups.filter { !$0.value.isEmpty }
        if let top, kept.count > top {
            // Largest first; ties keep output order.
            let ranked = kept.elements.enumerated().sorted { ($0.element.value.count, $1.offset) > ($1.element.value.count, $0.offset) }
            let largest = Set(ranked.prefix(top).map(\.element.key))
            kept = kept.filter { largest.contains($0.key) }
        }
        return kept.map { ($0.key, $0.value) }
    }

    /// The corpus's section paths in document order, each preceded by its ancestors (headings
    /// that hold no entry themselves but cover subsections that do).
    static func sectionPathsWithAncestors(_ corpus: Corpus) -> [SectionPath] {
        var paths = OrderedSet<SectionPath>()
        for section in corpus.sections where !section.path.headings.isEmpty {
            for depth in 1...section.path.depth { paths.append(SectionPath(Array(section.path.headings.prefix(depth)))) }
        }
        return Array(paths)
    }
}

/// The corpus's author names numbered once (in order of first appearance), with each paper's
/// authors as numbers in the paper's order, so counting reads arrays instead of hashing names.
struct AuthorNumbers {
    private(set) var count = 0
    /// Paper i's authors are `numbers[starts[i]..<starts[i + 1]]`.
    private var starts: [Int]
    private var numbers: [Int] = []

    init(_ corpus: Corpus) {
        var number: [String: Int] = [:]
        starts = [0]
        starts.reserveCapacity(corpus.papers.count + 1)
        for paper in corpus.papers {
            for author in paper.authors {
                if let known = number[author] {
                    numbers.append(known)
                } else {
                    number[author] = count
                    numbers.append(count)
                    count += 1
                }
            }
            starts.append(numbers.count)
        }
    }

    func of(paper i: Int) -> ArraySlice<Int> { numbers[starts[i]..<starts[i + 1]] }
}
