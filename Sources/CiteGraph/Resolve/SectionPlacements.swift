/// Which papers and resources each section lists directly, and the first line of its items.
struct SectionPlacements {
    enum Item: Hashable {
        case paper(ArxivID)
        case resource(String)
    }

    private var items: [SectionPath: [(line: Int, item: Item)]] = [:]

    /// Places an entry's items. A merged entry's sections and lines pair up in order when it has
    /// one line per section (the usual case); otherwise only its first line is known to belong
    /// to its first section, and the other sections get the entry's last line as an upper bound.
    /// The empty path (no heading above the entry) is no section (see `CorpusBuilder.sections`).
    mutating func add(_ entry: ListEntry, item: Item) {
        let lines = entry.lines.sorted()
        for (n, section) in entry.sections.enumerated() where !section.headings.isEmpty {
            let line: Int
            if lines.count == entry.sections.count {
                line = lines[n]
            } else {
                line = n == 0 ? (lines.first ?? Int.max) : (lines.last ?? Int.max)
            }
            items[section, default: []].append((line, item))
        }
    }

    /// Sections holding entries: in `order` when given (sections it lacks follow, by line), else by
    /// the first line of their items.
    func sections(order: [SectionPath]) -> [Section] {
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var sections: [Section] = []
        for (path, placed) in items {
            let sorted = placed.sorted { ($0.line, "\($0.item)") < ($1.line, "\($1.item)") }
            var papers: [ArxivID] = [], resources: [String] = []
            var seen = Set<Item>()
            for (_, item) in sorted where seen.insert(item).inserted {
                switch item {
                case .paper(let id): papers.append(id)
                case .resource(let url): resources.append(url)
                }
            }
            let first = sorted.first?.line
            sections.append(Section(path: path, papers: papers, resources: resources,
                                    line: first == Int.max ? nil : first))
        }
        return sections.sorted { a, b in
            let ra = rank[a.path] ?? Int.max, rb = rank[b.path] ?? Int.max
            if ra != rb { return ra < rb }
            let la = a.line ?? Int.max, lb = b.line ?? Int.max
            return la != lb ? la < lb : a.path < b.path
        }
    }
}
