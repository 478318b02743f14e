import Foundation

/// A deterministic synthetic corpus shaped like arXiv, handed out one `ArxivEntry` at a time so
/// that a corpus of millions of papers never sits in memory (the generator keeps a few counters;
/// people are derived from their number, see `SyntheticPerson`).
///
/// Shape: ids by month from 1991-08 to 2026-11, old style (`hep-th/9901001`) before 2007-04 and
/// new style (`0704.0001`, `1501.00001`) after, more papers each year; authors per paper
/// heavy-tailed (Pareto: mean about 3.3, a few papers with hundreds), plus one collaboration
/// paper with 1000–3000 authors in every `hyperAuthoredEvery` papers; Zipf-distributed names
/// (shared surnames and initials, several spellings of each person); one to five categories with
/// cross-lists; versions and dates; affiliations, comments, journal references and DOIs on some.
/// The same `papers` and `seed` give the same entries, in the same order, on every machine.
public struct SyntheticCorpus: Sequence, Sendable {
    public let papers: Int
    public let seed: UInt64
    /// Papers per month, aligned with `SyntheticCalendar.months`.
    let monthlyCounts: [Int]

    /// Paper number `k · hyperAuthoredEvery + hyperAuthoredOffset` (counting from 0) is a
    /// collaboration paper with 1000 or more authors: one in every 10 000 papers, the first at 5 000.
    public static let hyperAuthoredEvery = 10_000
    public static let hyperAuthoredOffset = 4_999
    public static let hyperAuthoredRange = 1_000...3_000

    public init(papers: Int, seed: UInt64 = 1) throws {
        self.papers = papers
        self.seed = seed
        monthlyCounts = try SyntheticCalendar.allocate(papers: papers)
    }

    public var underestimatedCount: Int { papers }

    /// The `<updated>` of the feeds written: fixed, so that the files are the same on every run.
    public static let feedDate = "2026-11-30T00:00:00Z"

    public func makeIterator() -> SyntheticCorpusIterator {
        SyntheticCorpusIterator(corpus: self)
    }

    /// The most papers the id schemes can number (999 per archive and month before 2007-04,
    /// 9 999 a month to 2014, 99 999 a month after).
    public static var capacity: Int { SyntheticCalendar.capacity }
}

public struct SyntheticCorpusIterator: IteratorProtocol {
    private let corpus: SyntheticCorpus
    private var random: SplitMix64
    /// The number of the paper being made (from 0).
    private var index = 0
    private var monthIndex = 0
    private var numberedInMonth = 0
    /// Old-style ids number each archive separately.
    private var numberedInArchive: [Int]
    /// How many ordinary people have appeared so far; the next new one gets this number.
    private var people: UInt64 = 0

    init(corpus: SyntheticCorpus) {
        self.corpus = corpus
        random = SplitMix64(seed: corpus.seed)
        numberedInArchive = Array(repeating: 0, count: SyntheticCategories.oldArchives.count)
    }

    public mutating func next() -> ArxivEntry? {
        guard index < corpus.papers else { return nil }
        while numberedInMonth == corpus.monthlyCounts[monthIndex] {
            monthIndex += 1
            numberedInMonth = 0
            for archive in numberedInArchive.indices { numberedInArchive[archive] = 0 }
        }
        let month = SyntheticCalendar.months[monthIndex]
        let hyper = index % SyntheticCorpus.hyperAuthoredEvery == SyntheticCorpus.hyperAuthoredOffset
        let categories = hyper ? ["hep-ex", "hep-ph"] : SyntheticCategories.draw(&random, oldStyle: month.isOldStyle)
        let id = nextID(in: month, primary: categories[0])
        numberedInMonth += 1
        defer { index += 1 }

        let version = drawVersion()
        let published = date(in: month.year, month.month)
        let updated = version == 1 ? published : laterDate(than: month, published: published)
        let withAffiliations = random.chance(0.2)
        let authors = hyper ? collaborationAuthors(withAffiliations) : ordinaryAuthors(withAffiliations)
        let title = hyper
            ? "Search for " + SyntheticText.title(&random).lowercased() + " with the \(collaborationName) detector"
            : SyntheticText.title(&random)
        let summary = SyntheticText.summary(&random)
        let comment = random.chance(0.65) ? SyntheticText.comment(&random, version: version, year: month.year) : nil
        let journalRef = random.chance(0.2) ? SyntheticText.journalRef(&random, year: month.year) : nil
        let doi = random.chance(0.2) ? SyntheticText.doi(&random, year: month.year) : nil
        let classes = drawClasses(primary: categories[0])

        var links = [
            ArxivLink(href: "http://arxiv.org/abs/\(id)v\(version)", rel: "alternate", type: "text/html"),
            ArxivLink(href: "http://arxiv.org/pdf/\(id)v\(version)", rel: "related", type: "application/pdf", title: "pdf"),
        ]
        if let doi { links.append(ArxivLink(href: "http://dx.doi.org/\(doi)", rel: "related", title: "doi")) }
        return ArxivEntry(
            id: id, version: version, title: title, summary: summary, authors: authors,
            published: published, updated: updated, primaryCategory: categories[0],
            categories: categories, classes: classes, comment: comment, journalRef: journalRef,
            doi: doi, links: links
        )
    }

    // MARK: Ids and dates

    private mutating func nextID(in month: SyntheticCalendar.Month, primary: String) -> ArxivID {
        let raw: String
        if month.isOldStyle {
            let archives = SyntheticCategories.oldArchives
            var archive = SyntheticCategories.oldArchiveIndex[SyntheticCategories.archive(of: primary)] ?? 0
            // The month has room (the calendar saw to it), but maybe not in this archive.
            while numberedInArchive[archive] == 999 { archive = (archive + 1) % archives.count }
            numberedInArchive[archive] += 1
            raw = archives[archive] + "/" + month.yymm + zeroPadded(numberedInArchive[archive], width: 3)
        } else {
            raw = month.yymm + "." + zeroPadded(numberedInMonth + 1, width: month.year < 2015 ? 4 : 5)
        }
        guard let id = ArxivID(raw) else { preconditionFailure("synthetic corpus made an invalid id: \(raw)") }
        return id
    }

    private mutating func drawVersion() -> Int {
        let roll = random.unit()
        return roll < 0.60 ? 1 : roll < 0.85 ? 2 : roll < 0.95 ? 3 : random.between(4...9)
    }

    private mutating func date(in year: Int, _ month: Int) -> String {
        "\(year)-\(twoDigits(month))-\(twoDigits(random.between(1...28)))T"
            + "\(twoDigits(random.below(24))):\(twoDigits(random.below(60))):\(twoDigits(random.below(60)))Z"
    }

    /// A date 1–18 months after `month`, no later than the corpus's last month (`published`
    /// itself when that leaves no later month).
    private mutating func laterDate(than month: SyntheticCalendar.Month, published: String) -> String {
        let last = SyntheticCalendar.months[SyntheticCalendar.months.count - 1]
        let start = month.year * 12 + month.month - 1
        let months = min(start + random.between(1...18), last.year * 12 + last.month - 1)
        return months == start ? published : date(in: months / 12, months % 12 + 1)
    }

    private mutating func drawClasses(primary: String) -> [String] {
        let archive = SyntheticCategories.archive(of: primary)
        guard archive == "cs" || archive == "math", random.chance(0.05) else { return [] }
        return archive == "cs" ? ["I.2.6"] : ["68T05", "Primary 62H30"]
    }

    // MARK: Authors

    /// Pareto-distributed: ⌈1.8 · u^(−1/1.9)⌉ − 1, so about 18% single authors, a mean near 3.3,
    /// one paper in 2 000 with over 100 authors; capped at 999 (1000+ is for collaborations).
    private mutating func authorCount() -> Int {
        let u = 1 - random.unit()
        return min(Int((1.8 * pow(u, -1 / 1.9)).rounded(.up)) - 1, 999)
    }

    private mutating func ordinaryAuthors(_ withAffiliations: Bool) -> [ArxivAuthor] {
        let count = authorCount()
        var chosen: [UInt64] = []
        chosen.reserveCapacity(count)
        var seen = Set<UInt64>()
        for _ in 0..<count {
            var person: UInt64
            if people < 100 || random.chance(0.15) {
                person = newPerson()
            } else {
                // Earlier people are more productive (density ∝ x^(−2/7) over those so far): the
                // first person is on about 600 of 100 000 papers and 1 000 of a million, a
                // typical one on a few.
                person = UInt64(Double(people) * pow(random.unit(), 1.4))
                let repeated = count <= 16 ? chosen.contains(person) : seen.contains(person)
                if repeated { person = newPerson() }
            }
            chosen.append(person)
            if count > 16 { seen.insert(person) }
        }
        return chosen.map { author(number: $0, withAffiliations) }
    }

    private mutating func newPerson() -> UInt64 {
        defer { people += 1 }
        return people
    }

    private var collaboration: Int { (index / SyntheticCorpus.hyperAuthoredEvery) % Self.collaborations.count }
    private var collaborationName: String { Self.collaborations[collaboration] }
    private static let collaborations = ["AURORA", "CASCADE", "LUMEN", "HELIX"]

    /// A window of a collaboration's 5 000 members (its own people, numbered apart from the
    /// others), then the collaboration itself, as big experiments sign their papers.
    private mutating func collaborationAuthors(_ withAffiliations: Bool) -> [ArxivAuthor] {
        let count = random.between(SyntheticCorpus.hyperAuthoredRange)
        let start = random.below(5_000 - count + 1)
        let base = (UInt64(1) << 40) + UInt64(collaboration) * 100_000
        var authors = (start..<(start + count)).map { author(number: base + UInt64($0), withAffiliations) }
        authors.append(ArxivAuthor(name: "The \(collaborationName) Collaboration"))
        return authors
    }

    private mutating func author(number: UInt64, _ withAffiliations: Bool) -> ArxivAuthor {
        let person = SyntheticPerson(number: number, seed: corpus.seed)
        return ArxivAuthor(name: person.mention(&random), affiliations: withAffiliations ? person.institutions : [])
    }
}
