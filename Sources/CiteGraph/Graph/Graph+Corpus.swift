extension Graph {
    /// The full typed graph of a corpus: one paper node per arXiv paper, one resource node per
    /// URL, one section node per heading path that holds entries, one category node per code, one
    /// author node per resolved author; `authored` (author → paper), `in_category` (paper →
    /// category) and `listed_in` (paper or resource → section) edges of weight 1.
    /// Every view is derived from this graph.
    public init(corpus: Corpus, papersCap: Int = 20) {
        // Every key is hashed once, into a number per kind; node indices follow from sorting each
        // kind's keys, and edges are packed integers sorted into export order.
        var papers = KeyTable(capacity: corpus.papers.count), authors = KeyTable(capacity: corpus.authors.count)
        var categories = KeyTable(), sections = KeyTable(), resources = KeyTable(capacity: corpus.resources.count)
        var firstPaper: [Int] = []     // paper number → its first position in corpus.papers
        var firstResource: [Int] = []  // resource number → its first position in corpus.resources
        var authored: [LocalPair] = [], inCategory: [LocalPair] = []
        var paperSections: [LocalPair] = [], resourceSections: [LocalPair] = []
        var authorCounts: [Int] = []   // paper number → distinct authors of its first occurrence

        for author in corpus.authors { authors.number(author.name) }
        for section in corpus.sections { sections.number(section.path.description) }
        var numbers: [Int] = []
        authored.reserveCapacity(corpus.papers.count * 4)
        inCategory.reserveCapacity(corpus.papers.count * 2)
        // By position, field by field: copying a whole Paper costs a dozen reference counts.
        for position in corpus.papers.indices {
            let node = papers.number(corpus.papers[position].arxivID.rawValue)
            let isFirst = node == firstPaper.count
            numbers.removeAll(keepingCapacity: true)
            for author in corpus.papers[position].authors {
                let number = authors.number(author)
                numbers.append(number)
                authored.append(LocalPair(number, node))
            }
            if isFirst {
                firstPaper.append(position)
                numbers.sort()
                authorCounts.append(numbers.indices.count { $0 == 0 || numbers[$0] != numbers[$0 - 1] })
            }
            if let primary = corpus.papers[position].primaryCategory { inCategory.append(LocalPair(node, categories.number(primary))) }
            for category in corpus.papers[position].categories { inCategory.append(LocalPair(node, categories.number(category))) }
            for section in corpus.papers[position].sections {
                paperSections.append(LocalPair(node, sections.number(section.description)))
            }
        }
        for (position, resource) in corpus.resources.enumerated() {
            let node = resources.number(resource.url)
            if node == firstResource.count { firstResource.append(position) }
            for section in resource.sections { resourceSections.append(LocalPair(node, sections.number(section.description))) }
        }

        // Node index of each kind's numbers: kinds in export order, keys sorted within a kind.
        var offset = 0
        func place(_ table: KeyTable) -> (order: [Int], index: [Int]) {
            let order = table.sortedNumbers()
            var index = [Int](repeating: 0, count: order.count)
            for (rank, number) in order.enumerated() { index[number] = offset + rank }
            offset += order.count
            return (order, index)
        }
        let paperPlace = place(papers), authorPlace = place(authors), categoryPlace = place(categories)
        let sectionPlace = place(sections), resourcePlace = place(resources)
        let nodeCount = offset

        var packed: [UInt64] = []
        packed.reserveCapacity(authored.count + inCategory.count + paperSections.count + resourceSections.count)
        func pack(_ pairs: [LocalPair], _ sources: [Int], _ targets: [Int], _ kind: EdgeKind) {
            for pair in pairs {
                packed.append(PackedEdge.pack(sources[Int(pair.source)], targets[Int(pair.target)], kind))
            }
        }
        pack(authored, authorPlace.index, paperPlace.index, .authored)
        pack(inCategory, paperPlace.index, categoryPlace.index, .inCategory)
        pack(paperSections, paperPlace.index, sectionPlace.index, .listedIn)
        pack(resourceSections, resourcePlace.index, sectionPlace.index, .listedIn)
        authored = []; inCategory = []; paperSections = []; resourceSections = []
        // Export order, and a name or category listed twice on one paper is still one edge.
        packed.sort()
        packed.removeAdjacentDuplicates()

        // Paper counts of authors and categories, entry counts of sections: their distinct edges.
        var counts = [Int](repeating: 0, count: nodeCount)
        for edge in packed {
            let (source, target, kind) = PackedEdge.unpack(edge)
            counts[kind == .authored ? source : target] += 1
        }

        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        for number in paperPlace.order {
            nodes.append(Node(paper: corpus.papers[firstPaper[number]], authorCount: authorCounts[number]))
        }
        for name in authorPlace.order.map({ authors.keys[$0] }) {
            nodes.append(Node(kind: .author, key: name, label: name, attributes: [
                Attribute("key", .string(name)),
                Attribute("paper_count", .int(counts[nodes.count])),
            ]))
        }
        for code in categoryPlace.order.map({ categories.keys[$0] }) {
            nodes.append(Node(kind: .category, key: code, label: code, attributes: [
                Attribute("key", .string(code)),
                Attribute("category_name", .string(ArxivTaxonomy.name(of: code) ?? "")),
                Attribute("paper_count", .int(counts[nodes.count])),
            ]))
        }
        for key in sectionPlace.order.map({ sections.keys[$0] }) {
            let path = SectionPath(key.isEmpty ? [] : key.components(separatedBy: SectionPath.separator))
            nodes.append(Node(kind: .section, key: key, label: path.headings.last ?? "(before any heading)", attributes: [
                Attribute("key", .string(key)),
                Attribute("depth", .int(path.depth)),
                Attribute("entry_count", .int(counts[nodes.count])),
            ]))
        }
        for number in resourcePlace.order {
            let resource = corpus.resources[firstResource[number]]
            nodes.append(Node(kind: .resource, key: resource.url, label: resource.titles.first ?? resource.url, attributes: [
                Attribute("key", .string(resource.url)),
                Attribute("url", .string(resource.url)),
                Attribute("date", .string(resource.date ?? "")),
            ]))
        }
        counts = []

        // Each edge's entry is its paper or resource end, whose key is the arXiv id or the URL;
        // the edges of one entry share one `papers` array.
        let cap = max(0, papersCap)
        var entries = [[String]](repeating: [], count: cap > 0 ? nodeCount : 0)
        for (position, node) in nodes.enumerated() where cap > 0 && (node.kind == .paper || node.kind == .resource) {
            entries[position] = [node.key]
        }
        var edges: [Edge] = []
        edges.reserveCapacity(packed.count)
        for edge in packed {
            let (source, target, kind) = PackedEdge.unpack(edge)
            edges.append(Edge(source: source, target: target, kind: kind, weight: 1,
                              papers: cap > 0 ? entries[kind == .authored ? target : source] : [], morePapers: cap > 0 ? 0 : 1))
        }
        self.init(name: GraphView.full.rawValue, canonicalNodes: nodes, edges: edges)
    }
}

extension Graph.Node {
    /// A paper node with its attributes in a fixed order; `authorCount`: its distinct authors.
    init(paper: Paper, authorCount: Int) {
        let id = paper.arxivID.rawValue
        var attributes: [Graph.Attribute] = []
        attributes.reserveCapacity(8)
        attributes += [
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
            .init("author_count", .int(authorCount)),
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
