/// One candidate paper for a title.
public struct TitleMatch: Sendable, Hashable {
    public var id: ArxivID
    /// The title of the paper that matched best (the current one or an older one).
    public var matchedTitle: String
    /// The paper's current title.
    public var currentTitle: String
    public var score: Double

    public init(id: ArxivID, matchedTitle: String, currentTitle: String, score: Double) {
        self.id = id
        self.matchedTitle = matchedTitle
        self.currentTitle = currentTitle
        self.score = score
    }
}

/// Papers by title: every title a paper has carried (arXiv titles change between versions, and
/// lists keep old ones), looked up exactly after normalization, else by shared words and scored
/// with `TitleNormalizer.similarity`.
public struct TitleIndex: Sendable {
    /// The latest entry seen for each paper.
    public private(set) var entries: [ArxivID: ArxivEntry] = [:]
    /// Every title each paper has carried, in order first seen.
    public private(set) var titleHistory: [ArxivID: [String]] = [:]
    private var byNormalizedTitle: [String: Set<ArxivID>] = [:]
    private var byWord: [String: Set<ArxivID>] = [:]

    public init() {}

    public init<S: Sequence>(_ entries: S) where S.Element == ArxivEntry {
        for entry in entries { add(entry) }
    }

    public var count: Int { entries.count }

    /// Adds a paper, or another version of one: its title joins the paper's title history, and
    /// the entry replaces the stored one when it is newer.
    public mutating func add(_ entry: ArxivEntry) {
        if let old = entries[entry.id] {
            if Self.isNewer(entry, than: old) { entries[entry.id] = entry }
        } else {
            entries[entry.id] = entry
        }
        add(title: entry.title, for: entry.id)
    }

    /// Records a title the paper carried (e.g. an older version's, from the fetcher's history).
    public mutating func add(title: String, for id: ArxivID) {
        let normalized = TitleNormalizer.normalize(title)
        guard !normalized.isEmpty else { return }
        var history = titleHistory[id, default: []]
        if !history.contains(where: { TitleNormalizer.normalize($0) == normalized }) {
            history.append(title)
            titleHistory[id] = history
        }
        byNormalizedTitle[normalized, default: []].insert(id)
        for word in Self.significantWords(normalized) { byWord[word, default: []].insert(id) }
    }

    /// The best `limit` papers for `title`, best first (ties by id), each scored by its best title.
    /// Papers that share no significant word with the title are not considered.
    public func matches(for title: String, limit: Int) -> [TitleMatch] {
        let normalized = TitleNormalizer.normalize(title)
        guard !normalized.isEmpty, limit > 0 else { return [] }
        var shared: [ArxivID: Int] = [:]
        for id in byNormalizedTitle[normalized] ?? [] { shared[id] = Int.max }
        for word in Set(Self.significantWords(normalized)) {
            for id in byWord[word] ?? [] where shared[id] != Int.max { shared[id, default: 0] += 1 }
        }
        // Score only the papers sharing the most words: bounded work on a large cache.
        let considered = shared.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(max(limit, 50))
        var matches: [TitleMatch] = []
        for (id, _) in considered {
            guard let history = titleHistory[id], let current = entries[id]?.title else { continue }
            var best: (title: String, score: Double)?
            for candidate in history {
                let score = TitleNormalizer.similarity(title, candidate)
                if score > (best?.score ?? -1) { best = (candidate, score) }
            }
            if let best {
                matches.append(TitleMatch(id: id, matchedTitle: best.title, currentTitle: current, score: best.score))
            }
        }
        matches.sort { ($0.score, $1.id) > ($1.score, $0.id) }
        return Array(matches.prefix(limit))
    }

    static func isNewer(_ entry: ArxivEntry, than old: ArxivEntry) -> Bool {
        if let v = entry.version, let w = old.version, v != w { return v > w }
        if let u = entry.updated, let w = old.updated, u != w { return u > w }
        return false
    }

    /// Words that say something about a title (no stop words, no single letters).
    static func significantWords(_ normalized: String) -> [String] {
        normalized.split(separator: " ").map(String.init).filter { $0.count > 1 && !stopWords.contains($0) }
    }

    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "can", "do", "for", "from", "how", "in", "is", "it",
        "its", "of", "on", "or", "the", "to", "via", "vs", "we", "what", "when", "with", "without", "you",
        "your",
    ]
}
