import OrderedCollections

extension ReadingList {
    /// Distinct entries: items merged by arXiv id, else by the identity of the main link's
    /// normalized URL (`URLNormalizer.identity`), in order of first appearance. (Impossible arXiv ids were reported by the parser, with lines,
    /// in `diagnostics`; such an item is kept as a paper to find by title.)
    public func entries() -> [ListEntry] {
        var merged = OrderedDictionary<String, ListEntry>()
        for item in items {
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
                for link in item.links where !entry.links.contains(link) { entry.links.append(link) }
                if !entry.sections.contains(item.section) { entry.sections.append(item.section) }
                entry.lines.append(item.line)
                // A version given anywhere is kept (the first one met).
                if case .arxiv(let id, nil) = entry.target, case .arxiv(_, let version?) = target {
                    entry.target = .arxiv(id, version: version)
                }
                merged[identity] = entry
            } else {
                merged[identity] = ListEntry(target: target, key: key, titles: item.title.isEmpty ? [] : [item.title],
                                        links: item.links, sections: [item.section], lines: [item.line])
            }
        }
        return Array(merged.values)
    }
}
