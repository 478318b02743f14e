/// The co-author graph the statistics measure, defined once so that `run`'s stats.json and
/// `citegraph stats` agree on the same corpus.
///
/// Authors are joined by the papers they share, each shared paper adding 1 (so a weighted degree
/// reads as co-authorships, and communities and PageRank weigh collaborations, not a drawing's
/// choice of similarity); papers with more than `maxAuthors` authors add no edge, as in the
/// coauthors files (a 58-author paper would otherwise make its authors the most central of all).
/// Nothing is pruned: `--counting`, `--normalize`, `--min-weight` and `--top` decide how the graph
/// files draw the network, not what is measured.
extension StatsBuilder {
    /// The weights of that graph: the defaults but for `maxAuthors`, and no paper ids on the edges
    /// (the measures read weights only).
    public static func coauthorOptions(maxAuthors: Int) -> GraphOptions {
        GraphOptions(counting: .full, normalize: nil, maxAuthors: maxAuthors, minWeight: 0, top: nil, papersCap: 0)
    }

    /// Whether a view built with `options` is that graph (its edges' paper lists aside), so `run`
    /// can measure the coauthors view it writes instead of building another.
    public static func measuresCoauthorView(built options: GraphOptions) -> Bool {
        var same = coauthorOptions(maxAuthors: options.maxAuthors)
        same.papersCap = options.papersCap
        return options == same
    }

    public static func coauthorView(_ corpus: Corpus, maxAuthors: Int = GraphOptions().maxAuthors) -> GraphBuildResult {
        coauthorView(full: Graph(corpus: corpus, papersCap: 0), maxAuthors: maxAuthors)
    }

    /// From the full graph of the corpus, when it is built already (`run` derives every view from one).
    public static func coauthorView(full: Graph, maxAuthors: Int) -> GraphBuildResult {
        GraphBuilder.build(full: full, view: .coauthor, options: coauthorOptions(maxAuthors: maxAuthors))
    }
}
