/// Builds a `Comparison` of two selectors (see `CorpusSelector`) over a corpus.
public enum Comparator {
    /// How many names the top lists keep.
    public static let topCount = 10

    public static func compare(_ corpus: Corpus, _ a: String, _ b: String) throws -> Comparison {
        let selectorA = try CorpusSelector.resolve(a, in: corpus)
        let selectorB = try CorpusSelector.resolve(b, in: corpus)
        let selectedA = papers(corpus, selectorA), selectedB = papers(corpus, selectorB)
        // The corpus has one paper per id, so these are the authors of the papers with those ids.
        let authorsA = Set(selectedA.flatMap(\.authors)), authorsB = Set(selectedB.flatMap(\.authors))
        let sideA = side(corpus, selectorA, selectedA, authorCount: authorsA.count, input: a)
        let sideB = side(corpus, selectorB, selectedB, authorCount: authorsB.count, input: b)
        let papersA = Set(sideA.paperIDs), papersB = Set(sideB.paperIDs)
        let sharedPapers = papersA.intersection(papersB).sorted()
        let sharedAuthors = authorsA.intersection(authorsB).sorted()
        func jaccard(_ x: Set<String>, _ y: Set<String>) -> Double? {
            let union = x.union(y).count
            return union == 0 ? nil : TimelineBuilder.rounded(Double(x.intersection(y).count) / Double(union))
        }
        let expected = Double(papersA.count) * Double(papersB.count)
        let overlap = Comparison.Overlap(
            papers: sharedPapers.count, authors: sharedAuthors.count,
            jaccardPapers: jaccard(papersA, papersB), jaccardAuthors: jaccard(authorsA, authorsB),
            associationStrength: expected == 0 ? nil : TimelineBuilder.rounded(Double(corpus.papers.count) * Double(sharedPapers.count) / expected),
            sharedPapers: sharedPapers, sharedAuthors: sharedAuthors)
        return Comparison(a: sideA, b: sideB, overlap: overlap)
    }

    /// The papers a selector covers.
    public static func papers(_ corpus: Corpus, _ selector: CorpusSelector) -> [Paper] {
        switch selector {
        case .category(let code):
            corpus.papers.filter { $0.primaryCategory == code || $0.categories.contains(code) }
        case .section(let path):
            corpus.papers.filter { $0.sections.contains { $0.isWithin(path) } }
        }
    }

    /// `authorCount`: the distinct authors of `papers` (`compare` has them as a set already).
    static func side(_ corpus: Corpus, _ selector: CorpusSelector, _ papers: [Paper], authorCount: Int, input: String) -> Comparison.Side {
        let days = papers.compactMap { $0.published.flatMap(CalendarDay.init) }
        var perYear: [String: Int] = [:]
        var perMonth: [String: Int] = [:]
        for day in days {
            perYear[String(day.year), default: 0] += 1
            perMonth[TimelinePeriod.month.label(TimelinePeriod.month.index(of: day)), default: 0] += 1
        }
        var primary: Int?
        var resources = 0
        var ownSection: String?
        var ownCategory: String?
        switch selector {
        case .category(let code):
            primary = papers.filter { $0.primaryCategory == code }.count
            ownCategory = code
        case .section(let path):
            resources = corpus.resources.filter { $0.sections.contains { $0.isWithin(path) } }.count
            ownSection = path.description
        }
        return Comparison.Side(
            selector: selector.name, input: input, kind: selector.kind, papers: papers.count, primary: primary,
            resources: resources, authors: authorCount,
            first: days.min()?.description, last: days.max()?.description,
            medianPublished: GrowthRate.median(days)?.description, perYear: perYear,
            perMonth: perMonth, undated: papers.count - days.count,
            crossListedShare: papers.isEmpty ? nil : TimelineBuilder.rounded(Double(papers.filter { Set($0.categories).count > 1 }.count) / Double(papers.count)),
            topAuthors: top(papers) { $0.authors },
            topCategories: top(papers) { $0.categories.lazy.filter { $0 != ownCategory } },
            topSections: top(papers) { $0.sections.lazy.map(\.description).filter { $0 != ownSection } },
            paperIDs: papers.map(\.arxivID.rawValue).sorted())
    }

    /// The most frequent names of counts already made, most papers first, then by name.
    static func top(counts: [String: Int]) -> [Comparison.Count] {
        leading(topCount, of: counts) { ($0.value, $1.key) > ($1.value, $0.key) }
            .map { Comparison.Count(name: $0.key, papers: $0.value) }
    }

    /// `top` of each paper's names, without building every paper's list first.
    static func top<Names: Sequence<String>>(_ papers: [Paper], _ names: (Paper) -> Names) -> [Comparison.Count] {
        var counter = NameCounter()
        for paper in papers { counter.add(names(paper)) }
        return counter.top(topCount)
    }
}

/// Papers per name, a name listed twice for one paper counting once: each name keeps the
/// number of the last paper that counted it, so no set is built per paper.
struct NameCounter {
    private var tallies: [String: (papers: Int, last: Int)] = [:]
    private var paper = 0

    /// Counts the names of the next paper.
    mutating func add(_ names: some Sequence<String>) {
        paper += 1
        let current = paper
        func count(_ entry: inout (papers: Int, last: Int)) {
            if entry.last != current { entry = (entry.papers + 1, current) }
        }
        for name in names { count(&tallies[name, default: (0, 0)]) }
    }

    /// Papers per name.
    var counts: [String: Int] { tallies.mapValues(\.papers) }

    /// The `count` most frequent, most papers first, then by name.
    func top(_ count: Int) -> [Comparison.Count] {
        leading(count, of: tallies) { ($0.value.papers, $1.key) > ($1.value.papers, $0.key) }
            .map { Comparison.Count(name: $0.key, papers: $0.value.papers) }
    }
}
