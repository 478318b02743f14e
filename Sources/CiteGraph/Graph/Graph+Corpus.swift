extension Graph {
    /// The full typed graph of a corpus: one paper node per arXiv paper, one resource node per
    /// URL, one section node per heading path that holds entries, one category node per code, one
    /// author node per resolved author; `authored` (author → paper), `in_category` (paper →
    /// category) and `listed_in` (paper or resource → section) edges of weight 1.
    /// Every view is derived from this graph.
    public init(corpus: Corpus, papersCap: Int = 20) {
        var edges: [KeyedEdge] = []
        struct EdgeIdentity: Hashable { var source, target: NodeKey; var kind: EdgeKind }
        var seen: Set<EdgeIdentity> = []
        /// Adds the edge unless it is there already (a name or category listed twice on one paper
        /// is still one edge); returns whether it was added.
        func link(_ source: NodeKey, _ target: NodeKey, _ kind: EdgeKind, _ entry: String) -> Bool {
            guard seen.insert(EdgeIdentity(source: source, target: target, kind: kind)).inserted else { return false }
            edges.append(KeyedEdge(source: source, target: target, kind: kind, weight: 1, papers: [entry]))
            return true
        }

        var sectionKeys = Set(corpus.sections.map(\.path.description))
        var paperCounts: [String: Int] = [:]   // author name → papers
        var categoryCounts: [String: Int] = [:] // category code → papers
        var entryCounts: [String: Int] = [:]   // section path → entries
        for paper in corpus.papers {
            let id = paper.arxivID.rawValue
            let node = NodeKey(.paper, id)
            for author in paper.authors {
                if link(NodeKey(.author, author), node, .authored, id) { paperCounts[author, default: 0] += 1 }
            }
            for category in paper.allCategories {
                if link(node, NodeKey(.category, category), .inCategory, id) { categoryCounts[category, default: 0] += 1 }
            }
            for section in paper.sections {
                if link(node, NodeKey(.section, section.description), .listedIn, id) {
                    entryCounts[section.description, default: 0] += 1
                }
                sectionKeys.insert(section.description)
            }
        }
        for resource in corpus.resources {
            for section in resource.sections {
                if link(NodeKey(.resource, resource.url), NodeKey(.section, section.description), .listedIn, resource.url) {
                    entryCounts[section.description, default: 0] += 1
                }
                sectionKeys.insert(section.description)
            }
        }

        var nodes: [Node] = []
        for paper in corpus.papers { nodes.append(Node(paper: paper)) }
        let authorNames = Set(corpus.authors.map(\.name)).union(paperCounts.keys)
        for name in authorNames {
            nodes.append(Node(kind: .author, key: name, label: name, attributes: [
                Attribute("key", .string(name)),
                Attribute("paper_count", .int(paperCounts[name] ?? 0)),
            ]))
        }
        for code in categoryCounts.keys {
            nodes.append(Node(kind: .category, key: code, label: code, attributes: [
                Attribute("key", .string(code)),
                Attribute("category_name", .string(ArxivTaxonomy.name(of: code) ?? "")),
                Attribute("paper_count", .int(categoryCounts[code] ?? 0)),
            ]))
        }
        for key in sectionKeys {
            let path = SectionPath(key.isEmpty ? [] : key.components(separatedBy: SectionPath.separator))
            nodes.append(Node(kind: .section, key: key, label: path.headings.last ?? "(before any heading)", attributes: [
                Attribute("key", .string(key)),
                Attribute("depth", .int(path.depth)),
                Attribute("entry_count", .int(entryCounts[key] ?? 0)),
            ]))
        }
        for resource in corpus.resources {
            nodes.append(Node(kind: .resource, key: resource.url, label: resource.titles.first ?? resource.url, attributes: [
                Attribute("key", .string(resource.url)),
                Attribute("url", .string(resource.url)),
                Attribute("date", .string(resource.date ?? "")),
            ]))
        }
        self = Graph.assembled(name: GraphView.full.rawValue, nodes: nodes, edges: edges, papersCap: papersCap)
    }
}

extension Graph.Node {
    /// A paper node with its attributes in a fixed order.
    init(paper: Paper) {
        let id = paper.arxivID.rawValue
        var attributes: [Graph.Attribute] = [
            .init("key", .string(id)),
            .init("arxiv_id", .string(id)),
            .init("title", .string(paper.title)),
            .init("published", .string(paper.published ?? "")),
        ]
        if let published = paper.published, let year = Int(published.prefix(4)) {
            attributes.append(.init("year", .int(year)))
        }
        attributes += [
            .init("primary_category", .string(paper.primaryCategory ?? paper.categories.first ?? "")),
            .init("categories", .string(paper.allCategories.joined(separator: " "))),
            .init("author_count", .int(Set(paper.authors).count)),
        ]
        self.init(kind: .paper, key: id, label: paper.title, attributes: attributes)
    }
}

extension Paper {
    /// Categories, primary first, with the primary added when arXiv listed it only as primary.
    var allCategories: [String] {
        var result: [String] = []
        for code in ([primaryCategory].compactMap { $0 } + categories) where !result.contains(code) {
            result.append(code)
        }
        return result
    }
}
