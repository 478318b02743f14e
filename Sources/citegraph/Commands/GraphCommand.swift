import ArgumentParser
import CiteGraph
import Foundation

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Write one view of the graph (GraphML, DOT, Cytoscape.js JSON or CSV) from output/corpus.json.",
        discussion: """
        Views: full (papers, authors, categories, sections, resources), coauthor, category, section, paper (papers sharing authors or sections), author-category (bipartite).

        Formats: graphml (Gephi, networkx, igraph), dot (Graphviz; sections drawn as clusters in the full view, laid out by dot, which keeps them; sfdp asked for in the other large views; a legend cluster adds one sample node per node kind and two nodes and an edge per edge kind, marked legend=true, which gc and networkx count: --no-legend leaves it out), json (Cytoscape.js elements), csv. With --format csv and -o DIR, DIR receives nodes.csv and relationships.csv (for neo4j-admin database import, with --multiline-fields=true) and edges.csv (a plain edge list for pandas or R); -o FILE.csv writes the edge list alone, and without -o (or with -o -) it goes to stdout.

        Examples:
          citegraph graph --view coauthor --counting fractional -o coauthors.graphml
          citegraph graph --view category --normalize association --format dot \\
            -o categories.dot
          citegraph graph --format csv -o neo4j/
        """
    )

    @Option(help: "Which graph to write.")
    var view: GraphView = .full

    @Option(help: GraphFormat.help)
    var format: GraphFormat?

    @OptionGroup var weights: GraphOptionsGroup

    @OptionGroup var corpus: CorpusOptions

    @Option(name: .shortAndLong, help: "Write to this file (for --format csv, a folder, or a .csv file for the edge list alone) instead of stdout (- is stdout).")
    var output: String?

    /// The file (or csv folder) to write, nil for standard output.
    var outputFile: String? { StandardOutputName.file(output) }

    @OptionGroup var verbosity: VerbosityOptions

    /// --format, or what -o's extension names; checked before any work.
    var chosenFormat: GraphFormat {
        get throws { try GraphFormat.chosen(format, output: outputFile) }
    }

    func validate() throws {
        _ = try chosenFormat
    }

    func run() throws {
        let chosenFormat = try chosenFormat
        let loaded = try corpus.load(quiet: verbosity.quiet)
        let options = weights.options
        let result = GraphBuilder.build(loaded, view: view, options: options)
        let graph = result.graph
        if !verbosity.quiet {
            if let note = result.hyperAuthorNote(maxAuthors: options.maxAuthors, allIDs: verbosity.verbose) {
                printError("note: " + note)
            }
            if let note = Self.unusedOptionsNote(weights.unused(by: view), view: view) { printError("note: " + note) }
            printError("\(view.rawValue) view: \(graph.nodeCount) nodes, \(graph.edgeCount) edges")
        }
        switch chosenFormat {
        case .graphml: try emit { GraphMLWriter.write(graph, to: &$0) }
        case .dot: try emit { DOTWriter.write(graph, clusters: view == .full, legend: !weights.noLegend, to: &$0) }
        case .json: try emit { CytoscapeJSONWriter.write(graph, to: &$0) }
        case .csv:
            // `-o edges.csv` names a file, as every other -o does: the edge list; `-o DIR` the
            // folder of neo4j files.
            guard let output = outputFile, !output.lowercased().hasSuffix(".csv") else {
                return try emit { EdgeListCSVWriter.write(graph, to: &$0) }
            }
            var folder = try OutputFiles(directory: output)
            try folder.write("nodes.csv") { Neo4jCSVWriter.writeNodes(graph, to: &$0) }
            try folder.write("relationships.csv") { Neo4jCSVWriter.writeRelationships(graph, to: &$0) }
            try folder.write("edges.csv") { EdgeListCSVWriter.write(graph, to: &$0) }
        }
    }

    /// "--normalize and --counting do not apply to the full view …": nil when none was given.
    private static func unusedOptionsNote(_ names: [String], view: GraphView) -> String? {
        guard !names.isEmpty else { return nil }
        var reasons: [String] = []
        if names.contains(where: { $0 != "--max-authors" }) {
            reasons.append("the full view's edges are memberships of weight 1; --normalize and --counting weigh "
                + "the shared-paper views: coauthor, category, section, paper, author-category")
        }
        if names.contains("--max-authors") { reasons.append("--max-authors only thins the coauthor view") }
        let verb = names.count == 1 ? "does" : "do"
        return names.joined(separator: " and ") + " \(verb) not apply to the \(view.rawValue) view (" + reasons.joined(separator: "; ") + ")"
    }

    /// Streams the output to the -o file, or to stdout.
    private func emit(_ fill: (inout ByteSink) -> Void) throws {
        if let outputFile { return try OutputFiles.write(toPath: outputFile, with: fill) }
        var sink = ByteSink { chunk in try StandardOutput.write(chunk) }
        fill(&sink)
        try sink.finish()
    }

    private func printError(_ line: String) {
        StderrWriter.write(line + "\n")
    }
}

enum GraphFormat: String, OutputFormat {
    case graphml, dot, json, csv

    static let standard = GraphFormat.graphml

    var fileExtensions: [String] {
        switch self {
        case .graphml: ["graphml"]
        case .dot: ["dot", "gv"]
        case .json: ["json", "cyjs"]
        case .csv: ["csv"]
        }
    }
}

extension GraphView: ExpressibleByArgument {}
extension GraphOptions.Counting: ExpressibleByArgument {}
extension GraphOptions.Normalization: ExpressibleByArgument {}
