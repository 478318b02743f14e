/// A view of a corpus and what the build left out.
public struct GraphBuildResult: Sendable, Hashable {
    public var graph: Graph
    /// Papers with more than `GraphOptions.maxAuthors` authors: in the graph, but they add no
    /// co-author edges (sorted; filled for the `coauthor` view only, where they are skipped).
    public var hyperAuthorPapers: [ArxivID]

    public init(graph: Graph, hyperAuthorPapers: [ArxivID] = []) {
        self.graph = graph
        self.hyperAuthorPapers = hyperAuthorPapers
    }
}

/// Builds any view of a corpus: the full typed graph once, then a projection of it.
public enum GraphBuilder {
    public static func build(_ corpus: Corpus, view: GraphView, options: GraphOptions = GraphOptions()) -> GraphBuildResult {
        build(full: Graph(corpus: corpus, papersCap: options.papersCap), view: view, options: options)
    }

    /// The view from a full graph already built with `Graph(corpus:)` (to derive several views
    /// from one build).
    public static func build(full: Graph, view: GraphView, options: GraphOptions = GraphOptions()) -> GraphBuildResult {
        var hyper: [ArxivID] = []
        let graph: Graph
        let entryKey: (Int, Int, Int) -> [String] = { medium, _, _ in [full.nodes[medium].key] }
        switch view {
        case .full:
            graph = full
        case .coauthor:
            var incidence = full.incidence(items: [.author], media: [.paper], via: [.authored])
            incidence.removeAll { medium, authors in
                guard authors.count > options.maxAuthors else { return false }
                if let id = ArxivID(full.nodes[medium].key) { hyper.append(id) }
                return true
            }
            graph = full.projection(name: view.rawValue, itemKinds: [.author], incidence: incidence,
                                    edgeKind: view.projectedEdgeKind, options: options, papers: entryKey)
        case .category:
            graph = full.projection(name: view.rawValue, itemKinds: [.category],
                                    incidence: full.incidence(items: [.category], media: [.paper], via: [.inCategory]),
                                    edgeKind: view.projectedEdgeKind, options: options, papers: entryKey)
        case .section:
            graph = full.projection(name: view.rawValue, itemKinds: [.section],
                                    incidence: full.incidence(items: [.section], media: [.paper, .resource], via: [.listedIn]),
                                    edgeKind: view.projectedEdgeKind, options: options, papers: entryKey)
        case .paper:
            graph = full.projection(name: view.rawValue, itemKinds: [.paper],
                                    incidence: full.incidence(items: [.paper], media: [.author, .section], via: [.authored, .listedIn]),
                                    edgeKind: view.projectedEdgeKind, options: options,
                                    papers: { _, a, b in [full.nodes[a].key, full.nodes[b].key] })
        case .authorCategory:
            // Each paper links its authors to its categories.
            graph = full.projection(name: view.rawValue, itemKinds: [.author, .category],
                                    incidence: full.incidence(items: [.author, .category], media: [.paper], via: [.authored, .inCategory]),
                                    across: (.author, .category), edgeKind: view.projectedEdgeKind,
                                    options: options, papers: entryKey)
        }
        return GraphBuildResult(graph: graph.filtered(minWeight: options.minWeight, top: options.top),
                                hyperAuthorPapers: hyper.sorted())
    }
}
