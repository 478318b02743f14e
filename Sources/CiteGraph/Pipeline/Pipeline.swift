import Foundation

/// `citegraph run`: the whole job, from the input to every file under the output folder.
public enum Pipeline {
    public static func run(_ options: RunOptions, log: StatusLog, progress: (any ProgressReporting)? = nil) throws -> (summary: RunSummary, exit: ExitStatus) {
        var timer = StageTimer(log: log, progress: progress)
        // Before the work (fetching can take hours), not after it.
        try OutputFiles.checkFolder(options.outputDirectory)
        let loaded = try CorpusLoader.load(options, log: log, progress: progress)
        timer.mark("load corpus")
        let corpus = loaded.corpus
        // Resolution and corpus problems (unresolved entries, derived dates…), with the list's path.
        log.diagnostics(corpus.diagnostics, source: corpus.origin.source)
        var files = try OutputFiles(directory: options.outputDirectory)
        let edges = try writeOutputs(corpus, options: options, to: &files, log: log, timer: &timer)
        progress?.report(.finished)

        var by: [String: Int] = [:]
        for paper in corpus.papers { by[paper.resolution.method.rawValue, default: 0] += 1 }
        let summary = RunSummary(
            source: corpus.origin.source, listItems: corpus.origin.items, distinctEntries: corpus.origin.entries,
            papers: corpus.papers.count, papersBy: by, resources: corpus.resources.count,
            unresolved: corpus.unresolved.count, sections: corpus.sections.count, authors: corpus.authors.count,
            mergedVariants: corpus.authors.reduce(0) { $0 + $1.merges.count }, edges: edges,
            requests: loaded.requests, searches: loaded.searches,
            missing: loaded.missing.map(\.rawValue), skippedLines: loaded.skippedLines, filesWritten: files.written)
        // An entry no paper was found for is missing from the graph as much as a paper arXiv lacks.
        let complete = loaded.missing.isEmpty && loaded.skippedLines == 0 && corpus.unresolved.isEmpty
        let exit: ExitStatus = loaded.offlineMissing ? .offlineMissing : (complete ? .success : .partial)
        return (summary, exit)
    }

    /// The graph files `run` writes: the full graph and its projections, each an output group
    /// whose name is the files' stem (`coauthors.graphml`, `coauthors.dot`).
    static let graphFiles: [(output: RunOutput, view: GraphView)] = [
        (.graph, .full), (.coauthors, .coauthor), (.categories, .category), (.sections, .section),
    ]

    /// Writes every output of a run; returns the edge counts per graph file and kind. Groups in
    /// `options.skip` are not written; the statistics measure the co-author graph that
    /// `StatsBuilder.coauthorView` defines: the coauthors view when run's weights are its own (full
    /// counting, nothing normalized or pruned), else one built for them: `--top`, `--min-weight`,
    /// `--counting` and `--normalize` shape the graph files, never stats.json.
    /// Each file is streamed to disk as it is written. The two cores are kept busy in three
    /// steps: (1) the full graph and its views on one, corpus.json, authors.csv (and the timeline
    /// and comparisons when no statistics are asked) on the other; (2) the GraphML and DOT files,
    /// two at a time; (3) the statistics, whose measures run side by side. Files are listed in
    /// the same order however the cores were scheduled.
    static func writeOutputs(_ corpus: Corpus, options: RunOptions, to files: inout OutputFiles,
                             log: StatusLog, timer: inout StageTimer) throws -> [String: [String: Int]] {
        let graphOptions = options.graph
        let measuresCoauthors = options.writes(.stats) && StatsBuilder.measuresCoauthorView(built: graphOptions)
        let wanted = graphFiles.filter { output, view in
            options.writes(output) || (view == .coauthor && measuresCoauthors)
        }
        let analyses = Set([RunOutput.timeline, .stats, .compare].filter(options.writes))
        let analysesBeside = options.writes(.stats) ? [] : analyses

        // (1) Views on one core; the corpus files (and analyses that need no view) on the other.
        let views = Slot<[(output: RunOutput, view: GraphView, built: GraphBuildResult)]>()
        let measured = Slot<GraphBuildResult?>()
        let corpusJSON = Slot<Result<String?, any Error>>(), authorsCSV = Slot<Result<String?, any Error>>()
        let besideFiles = Slot<[AnalysisReport.File]>()
        let snapshot = files
        timer.begin("building the graph and its views, writing corpus.json")
        Concurrently.run([
            {
                guard !wanted.isEmpty || options.writes(.stats) else {
                    views.set([])
                    return measured.set(nil)
                }
                let full = Graph(corpus: corpus, papersCap: graphOptions.papersCap)
                let built: [(output: RunOutput, view: GraphView, built: GraphBuildResult)] = wanted.map { output, view in
                    (output, view, GraphBuilder.build(full: full, view: view, options: graphOptions))
                }
                views.set(built)
                if measuresCoauthors {
                    measured.set(built.first(where: { $0.view == .coauthor })?.built)
                } else {
                    measured.set(options.writes(.stats) ? StatsBuilder.coauthorView(full: full, maxAuthors: graphOptions.maxAuthors) : nil)
                }
            },
            {
                corpusJSON.set(Result {
                    guard options.writes(.corpus) else { return nil }
                    return try snapshot.writeUnrecorded("corpus.json") { try CorpusJSON.write(corpus, to: &$0) }
                })
                authorsCSV.set(Result {
                    guard options.writes(.authors) else { return nil }
                    return try snapshot.writeUnrecorded("authors.csv") { AuthorsCSV.write(corpus, to: &$0) }
                })
                besideFiles.set(analysesBeside.isEmpty ? [] : AnalysisReport.files(corpus, coauthors: Graph(name: "coauthor"), include: analysesBeside))
            },
        ])
        files.record([try corpusJSON.value.get()].compactMap { $0 })
        timer.mark("full graph and views, corpus.json, authors.csv")

        // (2) The graph files, two at a time.
        let coauthors = measured.value?.graph ?? Graph(name: "coauthor")
        let coauthorBuild = views.value.first(where: { $0.view == .coauthor })?.built ?? measured.value
        if let note = coauthorBuild?.hyperAuthorNote(maxAuthors: graphOptions.maxAuthors, allIDs: log.verbose) { log.info(note) }
        var edges: [String: [String: Int]] = [:]
        var jobs: [(name: String, fill: @Sendable (inout ByteSink) throws -> Void)] = []
        for (output, view, built) in views.value {
            guard options.writes(output) else { continue }
            let stem = output.rawValue
            let graph = built.graph
            jobs.append(("\(stem).graphml", { GraphMLWriter.write(graph, to: &$0) }))
            let legend = options.dotLegend
            jobs.append(("\(stem).dot", { DOTWriter.write(graph, clusters: view == .full, legend: legend, to: &$0) }))
            var kinds: [Graph.EdgeKind: Int] = [:]
            for edge in graph.edges { kinds[edge.kind, default: 0] += 1 }
            edges["\(stem).graphml"] = Dictionary(uniqueKeysWithValues: kinds.map { ($0.key.rawValue, $0.value) })
        }
        timer.begin("writing the graph files")
        try files.writeConcurrently(jobs)
        files.record([try authorsCSV.value.get()].compactMap { $0 })
        timer.mark("write graph files")

        // (3) The analyses: beside the views already, or now with the statistics.
        if options.writes(.stats) { timer.begin("statistics (centralities, communities), timeline, comparisons") }
        let analysisFiles = options.writes(.stats)
            ? AnalysisReport.files(corpus, coauthors: coauthors, include: analyses) : besideFiles.value
        for file in analysisFiles {
            try files.write(file.name, file.contents)
        }
        if options.writes(.compare) {
            removeStaleComparisons(written: Set(analysisFiles.map(\.name)), in: files.directory, log: log)
        }
        if !analysisFiles.isEmpty { timer.mark(options.writes(.stats) ? "timeline, stats, comparisons" : "timeline, comparisons") }
        return edges
    }

    /// A comparison this corpus has no pair for (fewer than two top-level sections or primary
    /// categories) leaves no file: one of an earlier run into the same folder would read as this
    /// run's, so it is removed, and said.
    static func removeStaleComparisons(written: Set<String>, in directory: String, log: StatusLog) {
        for kind in AnalysisReport.DefaultComparison.allCases where !written.contains(kind.rawValue + ".json") {
            let stale = AnalysisReport.DefaultComparison.extensions
                .map { (directory as NSString).appendingPathComponent("\(kind.rawValue).\($0)") }
                .filter { FileManager.default.fileExists(atPath: $0) }
            guard !stale.isEmpty else { continue }
            for path in stale { try? FileManager.default.removeItem(atPath: path) }
            log.info("removed \(stale.joined(separator: ", ")) of an earlier run: this corpus has no two \(kind.compared) to compare")
        }
    }
}
