import CiteGraph
import Foundation
import Testing

/// `citegraph compare` as its help shows it.
@Suite struct CompareCommandTests {
    /// The `citegraph compare …` lines of the help's examples, as argument lists ("…" kept whole).
    func examples(inHelp help: String) -> [[String]] {
        help.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("citegraph compare ") }
            .map { line in
                // Quoted runs are one argument; the rest splits at spaces.
                line.split(separator: "\"", omittingEmptySubsequences: false).enumerated().flatMap { index, part in
                    index % 2 == 1 ? [String(part)] : part.split(separator: " ").map(String.init)
                }.dropFirst().map { $0 }
            }
    }

    @Test func everyHelpExampleRunsOnTheBundledList() throws {
        let directory = try makeTemporaryDirectory("cli-compare-help")
        let help = try CiteGraphExecutable.run(["compare", "--help"], in: directory)
        #expect(help.status == 0)
        let examples = examples(inHelp: help.stdout)
        #expect(examples.count >= 3, "\(help.stdout)")
        // A section named by the tail of its path is among them.
        #expect(examples.contains { $0.contains("Self-Instruct") })
        for example in examples {
            let result = try CiteGraphExecutable.run(
                example + ["--list", TestPaths.bundledList.path, "--cache", TestPaths.bundledCache.path], in: directory)
            #expect(result.status == 0, "\(example): \(result.stderr)")
            #expect(!result.stdout.isEmpty, "\(example)")
        }
    }
}
