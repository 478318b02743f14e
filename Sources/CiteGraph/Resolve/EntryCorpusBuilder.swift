/// A corpus straight from arXiv entries (feeds, a query: no list), built as the entries stream in:
/// each entry becomes its `Paper` at once and its authors display numbers, so no entry is kept
/// whole and nothing of it is held twice. Each paper is resolved as `input`, with its arXiv link.
struct EntryCorpusBuilder {
    /// In the order added (authors filled in by `build`).
    private var papers: [Paper] = []
    private var authorship = Authorship()

    init() {}

    var count: Int { papers.count }

    /// `keepComment: false` leaves the paper's comment out (feeds read for their graph).
    mutating func add(_ entry: ArxivEntry, keepComment: Bool = true) {
        add(Self.prepare(entry, keepComment: keepComment))
    }

    /// An entry made ready to add: all of the work that does not depend on the entries before it,
    /// so that it can be done on the thread that parsed the entry.
    struct Prepared: Sendable {
        var paper: Paper
        var authors: [Authorship.Display]
    }

    static func prepare(_ entry: ArxivEntry, keepComment: Bool) -> Prepared {
        let (published, derived) = PaperDates.published(entry)
        let title = entry.title
        let paper = Paper(
            arxivID: entry.id, version: entry.version, title: title,
            published: published, publishedDerived: derived, updated: PaperDates.updated(entry),
            primaryCategory: entry.primaryCategory.map(ArxivTaxonomy.canonical),
            categories: Self.categories(entry),
            links: ["https://arxiv.org/abs/\(entry.id)"], listedTitles: [title],
            resolution: Resolution(method: .input, score: 1),
            doi: entry.doi, journalRef: entry.journalRef, comment: keepComment ? entry.comment : nil)
        return Prepared(paper: paper, authors: entry.authors.map { Authorship.Display(name: $0.name) })
    }

    mutating func add(_ prepared: consuming Prepared) {
        authorship.addPaper(displays: prepared.authors)
        papers.append(prepared.paper)
    }

    /// Canonical category codes, primary first, each once.
    static func categories(_ entry: ArxivEntry) -> [String] {
        var codes: [String] = []
        codes.reserveCapacity(entry.categories.count + 1)
        for term in (entry.primaryCategory.map { [$0] } ?? []) + entry.categories {
            let code = ArxivTaxonomy.canonical(term)
            if !codes.contains(code) { codes.append(code) }
        }
        return codes
    }

    /// Papers in id order with canonical authors; of entries with the same id, the last describes
    /// the paper and the first gives its listed title (and its version when the last has none).
    /// `origin.entries` becomes the number of distinct papers (a paper read twice, from two feeds
    /// or two pages of a query, is one entry).
    consuming func build(origin: Corpus.Origin, aliases: AuthorAliases) -> Corpus {
        let order = PaperOrder.byID(papers.map(\.arxivID))
        var kept: [Int] = []
        kept.reserveCapacity(order.count)
        var n = 0
        while n < order.count {
            var end = n + 1
            while end < order.count, papers[order[end]].arxivID == papers[order[n]].arxivID { end += 1 }
            let (first, last) = (order[n], order[end - 1])
            if first != last {
                papers[last].listedTitles = [papers[first].title]
                papers[last].version = papers[last].version ?? papers[first].version
            }
            kept.append(last)
            n = end
        }
        var origin = origin
        origin.entries = kept.count
        PaperOrder.arrange(&papers, as: kept)
        let ordered = authorship.reordered(kept)
        authorship = Authorship()

        let people = AuthorResolver.resolve(ordered, paperIDs: papers.map(\.arxivID), sections: [], aliases: aliases)
        var diagnostics = people.diagnostics
        for p in papers.indices {
            papers[p].authors = ordered.authors(of: p).map { people.nameOfDisplay[Int($0)] }
            if papers[p].publishedDerived, let published = papers[p].published {
                diagnostics.append(Diagnostic(.warning, "\(papers[p].arxivID): arXiv gives no publication date; using \(published) from the id"))
            }
        }
        return Corpus(origin: origin, papers: papers, authors: people.authors, diagnostics: diagnostics)
    }
}

/// Putting many papers in id order cheaply: ids compared by their bytes (they are ASCII, so that
/// is `String` order), and papers moved in place.
enum PaperOrder {
    /// Indices of `ids` in id order; equal ids in the order given.
    static func byID(_ ids: [ArxivID]) -> [Int] {
        // The first 16 bytes as two big-endian words decide all but ids longer than that.
        let keys = ids.map { id -> (UInt64, UInt64) in
            var high: UInt64 = 0, low: UInt64 = 0
            for (n, byte) in id.rawValue.utf8.prefix(16).enumerated() {
                if n < 8 { high |= UInt64(byte) << (8 * (7 - n)) } else { low |= UInt64(byte) << (8 * (15 - n)) }
            }
            return (high, low)
        }
        return ids.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if ids[a] != ids[b] { return ids[a] < ids[b] }
            return a < b
        }
    }

    /// Rearranges `items` so that item `k` is the former item `order[k]`; items not in `order`
    /// are dropped.
    static func arrange<T>(_ items: inout [T], as order: [Int]) {
        guard order.count == items.count else {
            items = order.map { items[$0] }
            return
        }
        // A permutation: follow its cycles, swapping (which moves items without copying them).
        var placed = [Bool](repeating: false, count: items.count)
        items.withUnsafeMutableBufferPointer { buffer in
            for start in buffer.indices where !placed[start] {
                var k = start
                while order[k] != start {
                    placed[k] = true
                    buffer.swapAt(k, order[k])
                    k = order[k]
                }
                placed[k] = true
            }
        }
    }
}
