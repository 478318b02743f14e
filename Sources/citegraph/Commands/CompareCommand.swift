import ArgumentParser
import CiteGraph

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two arXiv categories or list sections side by side, with their overlap.",
        discussion: """
        A and B are arXiv categories (cs.CL: primary or cross-listed) or list sections, named \
        by their full path ("Alignment Data > Instructions From Strong LLMs > Self-Instruct", \
        or with / or > unspaced between the headings), by the last headings of that path when no other \
        section ends with them ("Instructions From Strong LLMs/Self-Instruct", "Self-Instruct"), \
        or by a unique prefix; a section covers its subsections. Prefix arxiv: or section: when \
        a name could be either. A name that fits several sections is refused, naming them.

        Examples (the bundled list):
          citegraph compare cs.CL cs.LG
          citegraph compare Self-Instruct Coding
          citegraph compare "Offline Human Alignment/Rank-based Training" Reasoning
          citegraph compare "Alignment Data" "Alignment Training" --format md
        """
    )

    enum Format: String, OutputFormat {
        case table, md, json, svg
        static let standard = Format.table
        var fileExtensions: [String] {
            switch self {
            case .table: ["txt"]
            case .md: ["md", "markdown"]
            case .json, .svg: [rawValue]
            }
        }
    }

    @Argument(help: "The first category or section.")
    var a: String

    @Argument(help: "The second category or section.")
    var b: String

    @Option(help: Format.help)
    var format: Format?

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var verbosity: VerbosityOptions

    /// --format, or what -o's extension names; checked before any work.
    var chosenFormat: Format {
        get throws { try Format.chosen(format, output: outputFile.file) }
    }

    func validate() throws {
        _ = try chosenFormat
    }

    func run() throws {
        let chosenFormat = try chosenFormat
        let comparison = try Comparator.compare(try corpusOptions.load(quiet: verbosity.quiet), a, b)
        switch chosenFormat {
        case .table: try outputFile.write(ComparisonWriter.table(comparison))
        case .md: try outputFile.write(ComparisonWriter.markdown(comparison))
        case .json: try outputFile.write(ComparisonWriter.json(comparison))
        case .svg: try outputFile.write(CompareSVG.render(comparison))
        }
    }
}
