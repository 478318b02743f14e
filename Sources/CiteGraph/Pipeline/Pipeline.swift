import Foundation

/// `citegraph run`: the whole job, from the input to every file under the output folder.
public enum Pipeline {
    public static func run(_ options: RunOptions, log: StatusLog, progress: (any ProgressReporting)? = nil) throws -> (summary: RunSummary, exit: ExitStatus) {
        var timer = StageTimer(log: log)
        let loaded = try CorpusLoader.load(options, log: log, progress: progress)
        timer.mark("load corpus")
        let corpus = loaded.corpus
        // Resolution and corpus problems (unresolved entries, derived dates…), with the list's path.
        log.diagnostics(corpus.diagnostics, source: corpus.origin.source)
        var files = try OutputFiles(directory: options.outputDirectory)
        let edges = try writeOutputs(corpus, options: options, to: &files, log: log, timer: &timer)

        var by: [String: Int] = [:]
        for paper in corpus.papers { by[paper.resolution.method.rawValue, default: 0] += 1 }
        let summary = RunSummary(
            source: corpus.origin.source, listItems: corpus.origin.items, distinctEntries: corpus.origin.entries,
            papers: corpus.papers.count, papersBy: by, resources: corpus.resources.count,
            unresolved: corpus.unresolved.count, sections: corpus.sections.count, authors: corpus.authors.count,
            mergedVariants: corpus.authors.reduce(0) { $0 + $1.merges.count }, edges: edges,
            requests: loaded.requests, searches: loaded.searches,
            missing: loaded.missing.map(\.rawValue), filesWritten: files.written)
        let exit: ExitStatus = loaded.offlineMissing ? .offlineMissing : (loaded.missing.isEmpty ? .success : .partial)
        return (summary, exit)
    }

    /// The projections `run` writes beside the full graph: file stem → view.
    static let projections: [(stem: String, view: GraphView)] = [
        ("coauthors", .coauthor), ("categories", .category), ("sections", .section),
    ]

    /// The output group of each graph file stem.
    static let graphOutputs: [String: RunOutput] = [
        "graph": .graph, "coauthors": .coauthors, "categories": .categories, "sections": .sections,
    ]

    /// Writes every output of a run; returns the edge counts per graph file and kind. Each file
    /// is streamed to disk as it is written; the full graph is released once the last view is
    /// built from it, and each view once it is written (the co-author view is kept for the
    /// statistics).
    /// Groups in `options.skip` are not written; the co-author view is still built when the
    /// statistics need it.
    static func writeOutputs(_ corpus: Corpus, options: RunOptions, to files: inout OutputFiles,
                             log: StatusLog, timer: inout StageTimer) throws -> [String: [String: Int]] {
        let graphOptions = options.graph
        if options.writes(.corpus) {
            try files.write("corpus.json") { try CorpusJSON.write(corpus, to: &$0) }
            timer.mark("corpus.json")
        }
        var edges: [String: [String: Int]] = [:]
        var coauthors = Graph(name: "coauthor")
        let views = ([("graph", GraphView.full)] + projections).filter { stem, view in
            options.writes(graphOutputs[stem] ?? .graph) || (view == .coauthor && options.writes(.stats))
        }
        var full: Graph? = views.isEmpty ? nil : Graph(corpus: corpus, papersCap: graphOptions.papersCap)
        if full != nil { timer.mark("full graph") }
        for (position, (stem, view)) in views.enumerated() {
            guard let built = full.map({ GraphBuilder.build(full: $0, view: view, options: graphOptions) }) else { break }
            if position == views.count - 1 { full = nil }
            timer.mark("build \(stem)")
            if view == .coauthor {
                coauthors = built.graph
                if !built.hyperAuthorPapers.isEmpty {
                    log.info("\(built.hyperAuthorPapers.count) paper(s) with more than \(graphOptions.maxAuthors) authors add no co-author edges: \(built.hyperAuthorPapers.map(\.rawValue).joined(separator: " "))")
                }
            }
            guard options.writes(graphOutputs[stem] ?? .graph) else { continue }
            try files.write("\(stem).graphml") { GraphMLWriter.write(built.graph, to: &$0) }
            try files.write("\(stem).dot") { DOTWriter.write(built.graph, clusters: view == .full, to: &$0) }
            timer.mark("write \(stem).graphml, .dot")
            var kinds: [Graph.EdgeKind: Int] = [:]
            for edge in built.graph.edges { kinds[edge.kind, default: 0] += 1 }
            edges["\(stem).graphml"] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.key.rawValue, $0.value) })
        }
        if options.writes(.authors) {
            try files.write("authors.csv") { AuthorsCSV.write(corpus, to: &$0) }
            timer.mark("authors.csv")
        }
        let analyses = Set([RunOutput.timeline, .stats, .compare].filter(options.writes))
        for file in AnalysisReport.files(corpus, coauthors: coauthors, include: analyses) {
            try files.write(file.name, file.contents)
        }
        timer.mark("timeline, stats, comparisons")
        return edges
    }
}
