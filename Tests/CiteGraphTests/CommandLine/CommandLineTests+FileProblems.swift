import CiteGraph
import Foundation
import Testing

/// A file or folder that cannot be read or made is named with the reason in plain words and the
/// documented status: Foundation's texts said "(NSCocoaErrorDomain error 256.)" or "… 512.".
extension CommandLineTests {
    @Test func fileProblemsAreSaidInPlainWords() throws {
        let directory = try makeTemporaryDirectory("cli-file-problems")
        let corpus = try smallCorpus(in: directory)
        try FileManager.default.createDirectory(atPath: directory + "/somefolder", withIntermediateDirectories: true)
        try "{}".write(toFile: directory + "/zero.json", atomically: false, encoding: .utf8)
        let cache = ["--offline", "--cache", TestPaths.bundledCache.path]
        var cases: [(arguments: [String], status: CiteGraph.ExitStatus, message: String)] = []
        func expect(_ arguments: [String], _ status: CiteGraph.ExitStatus, _ message: String) {
            cases.append((arguments, status, message))
        }
        expect(["run", "somefolder"] + cache, .badInput, "cannot read reading list 'somefolder': it is a folder, not a file")
        expect(["run", "--ids", "somefolder"] + cache, .badInput, "cannot read ids file 'somefolder': it is a folder, not a file")
        expect(["run", "missing.md"] + cache, .badInput, "cannot read reading list 'missing.md': No such file or directory")
        expect(["run", "--from-feeds", "zero.json"], .badInput, "cannot read the folder zero.json: it is a file, not a folder")
        expect(["stats", "--corpus", "somefolder"], .badInput, "somefolder is a folder, not a corpus file")
        expect(["graph", "--format", "csv", "-o", "zero.json/sub"] + corpus, .cannotWrite,
               "cannot create the folder zero.json/sub: zero.json is a file")
        expect(["stats", "-o", "zero.json/sub/stats.txt"] + corpus, .cannotWrite,
               "cannot create the folder zero.json/sub: zero.json is a file")
        expect(["run", "--ids", "ids.txt", "-o", "zero.json/out"] + cache, .cannotWrite,
               "cannot create the folder zero.json/out: zero.json is a file")
        expect(["synth", "--papers", "3", "-o", "zero.json/s"], .cannotWrite, "zero.json is a file")
        for (arguments, status, message) in cases {
            let result = try CiteGraphExecutable.run(arguments, in: directory)
            #expect(result.status == status.rawValue, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(arguments)")
            #expect(!result.stderr.contains("operation could not be completed"), "\(arguments)")
        }
    }
}
