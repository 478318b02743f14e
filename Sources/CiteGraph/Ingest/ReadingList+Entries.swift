import OrderedCollections

extension ReadingList {
    /// Distinct entries: items merged by arXiv id, else by the identity of the main link's
    /// normalized URL (`URLNormalizer.identity`), in order of first appearance. (Impossible arXiv ids were reported by the parser, with lines,
    /// in `diagnostics`; such an item is kept as a paper to find by title.)
    public func entries() -> [ListEntry] {
        var merged = OrderedDictionary<String, ListEntry>()
        for item in items.flatMap(\.perPaper) {
            let text = item.title
            guard let target = LinkClassifier.target(of: item.links, text: text) else { continue }
            let key: String
            let identity: String
            switch target {
            case .arxiv(let id, _): (key, identity) = (id.rawValue, id.rawValue)
            case .venue(let url), .resource(let url): (key, identity) = (url, URLNormalizer.identity(ofNormalized: url))
            }
            if var entry = merged[identity] {
                if !item.title.isEmpty, !entry.titles.contains(item.title) { entry.titles.append(item.title) }
                for reading in item.readings where !entry.readings.contains(reading) { entry.readings.append(reading) }
                for link in item.links where !entry.links.contains(link) { entry.links.append(link) }
                if !entry.sections.contains(item.section) { entry.sections.append(item.section) }
                entry.lines.append(item.line)
                // A version given anywhere is kept (the first one met).
                if case .arxiv(let id, nil) = entry.target, case .arxiv(_, let version?) = target {
                    entry.target = .arxiv(id, version: version)
                }
                merged[identity] = entry
            } else {
                var entry = ListEntry(target: target, key: key, titles: item.title.isEmpty ? [] : [item.title],
                                      links: item.links, sections: [item.section], lines: [item.line])
                entry.readings = item.readings
                merged[identity] = entry
            }
        }
        return Array(merged.values)
    }
}

extension ListItem {
    /// The item once per arXiv paper it links: `Instruction-tuning: [Orca](…), [WizardCoder](…)`
    /// lists two papers, each titled by its own link's text (a label such as `[pdf]` leaves the
    /// first paper the item's title, the others none: arXiv names them). Each other link goes with
    /// the paper whose link comes before it (`[Orca](…) [code](…)`). An item linking at most one
    /// paper (in any number of forms: abs, pdf, v2) is itself.
    var perPaper: [ListItem] {
        guard !isTableRow else { return [self] }
        // Each paper with the text of the first link naming it, and its links.
        var groups: [(id: ArxivID, text: String, links: [ListLink])] = []
        var before: [ListLink] = []
        for link in links {
            if let id = ArxivURL.id(fromURL: link.url)?.id {
                if let known = groups.firstIndex(where: { $0.id == id }) {
                    groups[known].links.append(link)
                } else {
                    groups.append((id, link.text.collapsingWhitespace(), groups.isEmpty ? before + [link] : [link]))
                }
            } else if groups.isEmpty {
                before.append(link)
            } else {
                groups[groups.count - 1].links.append(link)
            }
        }
        guard groups.count > 1 else { return [self] }
        return groups.enumerated().map { index, group in
            let title = !group.text.isEmpty && !ItemTitle.isLabel(group.text) ? group.text : index == 0 ? self.title : ""
            return ListItem(title: title, links: group.links, section: section, line: line,
                            readings: index == 0 ? readings : [])
        }
    }
}
