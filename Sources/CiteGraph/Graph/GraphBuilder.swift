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

    /// What to tell the user about `hyperAuthorPapers` (nil when there are none): how many, and
    /// their ids, the first `idsShown` only unless `allIDs` (all of arXiv has thousands).
    public func hyperAuthorNote(maxAuthors: Int, allIDs: Bool) -> String? {
        guard !hyperAuthorPapers.isEmpty else { return nil }
        let idsShown = 20
        let shown = allIDs ? hyperAuthorPapers[...] : hyperAuthorPapers.prefix(idsShown)
        let more = hyperAuthorPapers.count - shown.count
        return "\(hyperAuthorPapers.count) paper(s) with more than \(maxAuthors) authors add no co-author edges: "
            + shown.map(\.rawValue).joined(separator: " ") + (more > 0 ? " … and \(more) more (--verbose lists them all)" : "")
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
        func project(_ items: Set<Graph.NodeKind>, media: Set<Graph.NodeKind>, via: Set<Graph.EdgeKind>,
                     across: (Graph.NodeKind, Graph.NodeKind)? = nil, papers: Graph.PairEntries = .media) -> Graph {
            full.projection(name: view.rawValue, incidence: full.incidence(items: items, media: media, via: via),
                            across: across, edgeKind: view.projectedEdgeKind, options: options, papers: papers)
        }
        switch view {
        case .full:
            graph = full
        case .coauthor:
            var incidence = full.incidence(items: [.author], media: [.paper], via: [.authored])
            incidence.removeAll { medium, authors in
                guard authors > options.maxAuthors else { return false }
                if let id = ArxivID(full.nodes[medium].key) { hyper.append(id) }
                return true
            }
            graph = full.projection(name: view.rawValue, incidence: incidence, edgeKind: view.projectedEdgeKind,
                                    options: options, papers: .media)
        case .category:
            graph = project([.category], media: [.paper], via: [.inCategory])
        case .section:
            graph = project([.section], media: [.paper, .resource], via: [.listedIn])
        case .paper:
            graph = project([.paper], media: [.author, .section], via: [.authored, .listedIn], papers: .ends)
        case .authorCategory:
            // Each paper links its authors to its categories.
            graph = project([.author, .category], media: [.paper], via: [.authored, .inCategory], across: (.author, .category))
        }
        return GraphBuildResult(graph: graph.filtered(minWeight: options.minWeight, top: options.top),
                                hyperAuthorPapers: hyper.sorted())
    }
}
