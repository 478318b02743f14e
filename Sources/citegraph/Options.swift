import Foundation
import ArgumentParser
import CiteGraph

/// Options shared by the commands, declared once (as in swift-argument-parser's examples).

/// Where the cache lives and whether the network may be used.
struct CacheOptions: ParsableArguments {
    @Option(name: .long, help: "The cache folder (one Atom file per paper under papers/).")
    var cache: String = "cache"

    @Flag(name: .long, help: "Never open a connection: use the cache only and name whatever it lacks.")
    var offline = false
}

/// Where outputs go.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "The folder outputs are written to.")
    var out: String = "output"
}

/// How much is printed on stderr.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .long, help: "One line per request and per decision on stderr.")
    var verbose = false

    @Flag(name: .long, help: "Nothing on stderr but errors.")
    var quiet = false
}

/// The corpus the analysis commands read (written by `citegraph run`).
struct CorpusOptions: ParsableArguments {
    @Option(name: .long, help: "The corpus written by `citegraph run`.")
    var corpus: String = "output/corpus.json"

    func load() throws -> Corpus { try CorpusFile.read(corpus) }
}

/// Where a command's single output goes.
struct OutputFileOption: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
    var output: String?

    func write(_ text: String) throws {
        guard let output else { print(text, terminator: ""); return }
        do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
            throw CiteGraphError("\(output): cannot write (\(error.localizedDescription))")
        }
    }
}
