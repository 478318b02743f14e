/// Everything `citegraph run` needs to know, gathered by the command from its options.
public struct RunOptions: Sendable {
    /// What the corpus is built from.
    public enum Input: Sendable, Hashable {
        /// A Markdown reading list.
        case list(path: String)
        /// A file of arXiv ids or URLs, one a line.
        case ids(path: String)
        /// An arXiv search query, at most `max` papers.
        case query(String, max: Int)
        /// A folder of Atom feeds (e.g. from `citegraph synth`), read as they are, with no list.
        case feeds(directory: String)
    }

    public var input: Input
    public var cacheDirectory: String
    public var outputDirectory: String
    public var fetch: FetchOptions
    public var resolve: ResolveOptions
    public var graph: GraphOptions
    /// TSV of `--aliases`.
    public var aliasesPath: String?
    /// TSV of `--resolve`.
    public var pinsPath: String?
    /// Output groups not to write (`--skip`).
    public var skip: Set<RunOutput>
    /// Whether the .dot files draw a legend (`--no-legend`: no).
    public var dotLegend = true

    public init(input: Input, cacheDirectory: String = "cache", outputDirectory: String = "output",
                fetch: FetchOptions = FetchOptions(), resolve: ResolveOptions = ResolveOptions(),
                graph: GraphOptions = GraphOptions(), aliasesPath: String? = nil, pinsPath: String? = nil,
                skip: Set<RunOutput> = []) {
        self.input = input
        self.cacheDirectory = cacheDirectory
        self.outputDirectory = outputDirectory
        self.fetch = fetch
        self.resolve = resolve
        self.graph = graph
        self.aliasesPath = aliasesPath
        self.pinsPath = pinsPath
        self.skip = skip
    }

    /// Whether `run` writes this group of files.
    public func writes(_ output: RunOutput) -> Bool { !skip.contains(output) }
}
