import ArgumentParser
import CiteGraph
import Foundation

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Write one view of the graph (GraphML, DOT, Cytoscape.js JSON or CSV) from output/corpus.json.",
        discussion: """
        Views: full (papers, authors, categories, sections, resources), coauthor, category, section, paper (papers sharing authors or sections), author-category (bipartite).

        Formats: graphml (Gephi, networkx, igraph), dot (Graphviz; sections drawn as clusters in the full view; sfdp asked for in large views), json (Cytoscape.js elements), csv. With --format csv and -o DIR, DIR receives nodes.csv and relationships.csv (for neo4j-admin database import, with --multiline-fields=true) and edges.csv (a plain edge list for pandas or R); without -o the edge list goes to stdout.

        Examples:
          citegraph graph --view coauthor --counting fractional -o coauthors.graphml
          citegraph graph --view category --normalize association --format dot -o categories.dot
          citegraph graph --format csv -o neo4j/
        """
    )

    @Option(help: "Which graph to write.")
    var view: GraphView = .full

    @Option(help: "The file format.")
    var format: GraphFormat = .graphml

    @Option(help: "full: each shared paper adds 1; fractional: a paper linking k items adds 1/(k-1) per pair.")
    var counting: GraphOptions.Counting = .full

    @Option(help: "Normalize weights by the items' paper counts.")
    var normalize: GraphOptions.Normalization?

    @Option(help: "Papers with more authors add no co-author edges (they are reported).")
    var maxAuthors = 50

    @Option(help: "Drop edges lighter than this (after normalization).")
    var minWeight = 0.0

    @Option(help: "Keep only the N nodes with the largest total edge weight.")
    var top: Int?

    @Option(help: "At most this many paper ids in an edge's papers attribute.")
    var papersCap = 20

    @Option(help: "The corpus written by `citegraph run`.")
    var corpus = "output/corpus.json"

    @Option(name: .shortAndLong, help: "Write to this file (a folder for --format csv) instead of stdout.")
    var output: String?

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        guard maxAuthors >= 0 else { throw ValidationError("--max-authors must be 0 or more, got \(maxAuthors)") }
        guard top.map({ $0 >= 0 }) ?? true else { throw ValidationError("--top must be 0 or more") }
        guard papersCap >= 0 else { throw ValidationError("--papers-cap must be 0 or more, got \(papersCap)") }
        guard minWeight.isFinite else { throw ValidationError("--min-weight must be a number") }
    }

    func run() throws {
        let loaded = try loadCorpus()
        let options = GraphOptions(counting: counting, normalize: normalize, maxAuthors: maxAuthors,
                                   minWeight: minWeight, top: top, papersCap: papersCap)
        let result = GraphBuilder.build(loaded, view: view, options: options)
        let graph = result.graph
        if !verbosity.quiet {
            if !result.hyperAuthorPapers.isEmpty {
                let ids = result.hyperAuthorPapers.map(\.rawValue).joined(separator: " ")
                printError("note: \(result.hyperAuthorPapers.count) paper(s) with more than \(maxAuthors) authors add no co-author edges: \(ids)")
            }
            printError("\(view.rawValue) view: \(graph.nodeCount) nodes, \(graph.edgeCount) edges")
        }
        switch format {
        case .graphml: try emit(GraphMLWriter.write(graph))
        case .dot: try emit(DOTWriter.write(graph, clusters: view == .full))
        case .json: try emit(CytoscapeJSONWriter.write(graph))
        case .csv:
            guard let output else { return try emit(EdgeListCSVWriter.write(graph)) }
            let folder = URL(fileURLWithPath: output, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                throw CiteGraphError("\(output): cannot create the folder (\(error.localizedDescription))")
            }
            let neo4j = Neo4jCSVWriter.write(graph)
            try write(neo4j.nodes, to: folder.appendingPathComponent("nodes.csv").path)
            try write(neo4j.relationships, to: folder.appendingPathComponent("relationships.csv").path)
            try write(EdgeListCSVWriter.write(graph), to: folder.appendingPathComponent("edges.csv").path)
        }
    }

    private func loadCorpus() throws -> Corpus {
        guard FileManager.default.fileExists(atPath: corpus) else {
            throw CiteGraphError("\(corpus): no corpus here; run `citegraph run` first (or pass --corpus PATH)")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: corpus))
        } catch {
            throw CiteGraphError("\(corpus): cannot read (\(error.localizedDescription))")
        }
        do {
            return try JSONDecoder().decode(Corpus.self, from: data)
        } catch {
            throw CiteGraphError("\(corpus): not a citegraph corpus: \(Self.describe(error))")
        }
    }

    /// A decoding error in one line: what is wrong and where (`papers[3].arxiv_id`).
    static func describe(_ error: any Error) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let text = keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
        }
        switch error as? DecodingError {
        case .keyNotFound(let key, let context)?: return "missing '\(key.stringValue)' in \(path(context.codingPath))"
        case .typeMismatch(_, let context)?, .valueNotFound(_, let context)?, .dataCorrupted(let context)?:
            return "\(path(context.codingPath)): \(context.debugDescription)"
        default: return "\(error)"
        }
    }

    private func emit(_ text: String) throws {
        if let output { try write(text, to: output) } else { print(text, terminator: "") }
    }

    private func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CiteGraphError("\(path): cannot write (\(error.localizedDescription))")
        }
    }

    private func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

enum GraphFormat: String, CaseIterable, ExpressibleByArgument {
    case graphml, dot, json, csv
}

extension GraphView: ExpressibleByArgument {}
extension GraphOptions.Counting: ExpressibleByArgument {}
extension GraphOptions.Normalization: ExpressibleByArgument {}
