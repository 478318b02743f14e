/// The analysis files `citegraph run` writes beside the graph exports.
public enum AnalysisReport {
    public struct File: Sendable, Hashable {
        public var name: String
        public var contents: String
    }

    /// `timeline.csv`, `timeline.md`, `timeline.svg` (monthly; all, primary categories, section
    /// paths), `stats.json`, and `compare-sections.{md,json,svg}` (the two largest top-level
    /// sections) and `compare-categories.{md,json,svg}` (the two most frequent primary
    /// categories) when the corpus has two of each; only the groups in `include`.
    public static func files(_ corpus: Corpus, coauthors: Graph,
                             include: Set<RunOutput> = [.timeline, .stats, .compare]) -> [File] {
        // The timeline and the comparisons run on the cores beside the co-author measures.
        let timelineFiles = Slot<[File]>(), comparisonFiles = Slot<[File]>()
        var pieces: [@Sendable () -> Void] = []
        if include.contains(.timeline) { pieces.append { timelineFiles.set(timeline(corpus)) } }
        if include.contains(.compare) { pieces.append { comparisonFiles.set(comparisons(corpus)) } }
        var statsFiles: [File] = []
        if include.contains(.stats) {
            let stats = StatsBuilder.build(corpus, coauthors: coauthors, alongside: pieces)
            statsFiles = [File(name: "stats.json", contents: StatsWriter.json(stats))]
        } else if !pieces.isEmpty {
            Concurrently.run(pieces)
        }
        return (include.contains(.timeline) ? timelineFiles.value : []) + statsFiles
            + (include.contains(.compare) ? comparisonFiles.value : [])
    }

    static func timeline(_ corpus: Corpus) -> [File] {
        let timeline = TimelineBuilder.build(corpus, options: .runDefault)
        return [
            File(name: "timeline.csv", contents: TimelineWriter.csv(timeline)),
            File(name: "timeline.md", contents: TimelineWriter.markdown(timeline)),
            File(name: "timeline.svg", contents: TimelineSVG.render(timeline, title: "Papers per month")),
        ]
    }

    /// The comparisons `run` writes, each as `STEM.md`, `STEM.json` and `STEM.svg`.
    enum DefaultComparison: String, CaseIterable {
        case sections = "compare-sections"
        case categories = "compare-categories"

        static let extensions = ["md", "json", "svg"]

        /// What it sets side by side (the two largest of them).
        var compared: String { self == .sections ? "top-level sections" : "primary categories" }

        func pair(_ corpus: Corpus) -> (String, String)? {
            self == .sections ? largestTopLevelSections(corpus) : commonestPrimaryCategories(corpus)
        }
    }

    static func comparisons(_ corpus: Corpus) -> [File] {
        var files: [File] = []
        for kind in DefaultComparison.allCases {
            guard let (a, b) = kind.pair(corpus), let comparison = try? Comparator.compare(corpus, a, b) else { continue }
            let stem = kind.rawValue
            files += [
                File(name: "\(stem).md", contents: ComparisonWriter.markdown(comparison)),
                File(name: "\(stem).json", contents: ComparisonWriter.json(comparison)),
                File(name: "\(stem).svg", contents: CompareSVG.render(comparison)),
            ]
        }
        return files
    }

    /// Selectors (`section:…`) of the two top-level sections with the most papers (ties: the
    /// earlier in the list).
    public static func largestTopLevelSections(_ corpus: Corpus) -> (String, String)? {
        let tops = TimelineBuilder.sectionPathsWithAncestors(corpus).filter { $0.depth == 1 }
        // Papers under each top-level heading, counted in one pass over the papers.
        var counter = NameCounter()
        for paper in corpus.papers { counter.add(paper.sections.lazy.compactMap(\.headings.first)) }
        let papersUnder = counter.counts
        let ranked = tops.enumerated().map { i, path in (i, path, papersUnder[path.headings[0]] ?? 0) }
            .sorted { ($0.2, $1.0) > ($1.2, $0.0) }
        guard ranked.count >= 2 else { return nil }
        return ("section:" + ranked[0].1.description, "section:" + ranked[1].1.description)
    }

    /// Selectors (`arxiv:…`) of the two most frequent primary categories (ties: by code).
    public static func commonestPrimaryCategories(_ corpus: Corpus) -> (String, String)? {
        let top = Comparator.top(corpus.papers) { $0.primaryCategory.map { [$0] } ?? [] }
        guard top.count >= 2 else { return nil }
        return ("arxiv:" + top[0].name, "arxiv:" + top[1].name)
    }
}
