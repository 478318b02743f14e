extension Graph {
    /// Which items each medium links: for every node of `media` kinds, its distinct neighbors of
    /// `items` kinds through `via` edges, sorted. Media are in node order.
    func incidence(items: Set<NodeKind>, media: Set<NodeKind>, via: Set<EdgeKind>) -> [(medium: Int, items: [Int])] {
        var linked = [Set<Int>](repeating: [], count: nodes.count)
        for edge in edges where via.contains(edge.kind) {
            for (medium, item) in [(edge.source, edge.target), (edge.target, edge.source)]
            where media.contains(nodes[medium].kind) && items.contains(nodes[item].kind) {
                linked[medium].insert(item)
            }
        }
        return nodes.indices.filter { media.contains(nodes[$0].kind) }.map { ($0, linked[$0].sorted()) }
    }

    /// The graph of `itemKinds` nodes in which two items are linked by the media they share.
    /// Pairs are every two items of a medium, or, when `across` is given, one item of each of the
    /// two kinds (a bipartite projection). `papers(medium, a, b)` names what stands behind a pair.
    func projection(name: String, itemKinds: Set<NodeKind>, incidence: [(medium: Int, items: [Int])],
                    across: (NodeKind, NodeKind)? = nil, edgeKind: EdgeKind, options: GraphOptions,
                    papers: (Int, Int, Int) -> [String]) -> Graph {
        // Weight and papers behind each pair in one table: one hash lookup per pair and paper.
        var tally: [Pair: (weight: Double, papers: [String])] = [:]
        var occurrences = [Double](repeating: 0, count: nodes.count)
        for (medium, items) in incidence {
            for item in items { occurrences[item] += 1 }
            let pairs: [Pair]
            let share: Double
            if let (left, right) = across {
                let lefts = items.filter { nodes[$0].kind == left }, rights = items.filter { nodes[$0].kind == right }
                pairs = lefts.flatMap { a in rights.map { Pair(a, $0) } }
                share = options.counting == .full || rights.isEmpty ? 1 : 1 / Double(rights.count)
            } else {
                pairs = items.indices.flatMap { i in items[(i + 1)...].map { Pair(items[i], $0) } }
                share = options.counting == .full || items.count < 2 ? 1 : 1 / Double(items.count - 1)
            }
            for pair in pairs {
                let found = papers(medium, pair.low, pair.high)
                func add(_ entry: inout (weight: Double, papers: [String])) {
                    entry.weight += share
                    entry.papers.append(contentsOf: found)
                }
                add(&tally[pair, default: (0, [])])
            }
        }
        var edges: [KeyedEdge] = []
        for pair in tally.keys.sorted() {
            var weight = tally[pair]?.weight ?? 0
            if let normalization = options.normalize {
                weight = normalization.apply(cooccurrences: weight, occurrences[pair.low], occurrences[pair.high])
            }
            edges.append(KeyedEdge(source: nodeKey(pair.low), target: nodeKey(pair.high), kind: edgeKind,
                                   weight: weight, papers: Array(Set(tally[pair]?.papers ?? []))))
        }
        let kept = nodes.filter { itemKinds.contains($0.kind) }
        return Graph.assembled(name: name, nodes: kept, edges: edges, papersCap: options.papersCap)
    }

    func nodeKey(_ index: Int) -> NodeKey { NodeKey(nodes[index].kind, nodes[index].key) }

    /// Two node indices, lower first.
    struct Pair: Hashable, Comparable {
        var low: Int
        var high: Int
        init(_ a: Int, _ b: Int) { (low, high) = a < b ? (a, b) : (b, a) }
        static func < (l: Pair, r: Pair) -> Bool { (l.low, l.high) < (r.low, r.high) }
    }
}
