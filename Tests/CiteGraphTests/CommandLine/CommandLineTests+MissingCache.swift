import CiteGraph
import Foundation
import Testing

/// A mistyped --cache read offline is said once, and nothing is made: it was created (with its
/// lock file) and every paper of the list reported "not in the cache", or, for the analysis
/// commands building their corpus from the list, taken for an empty cache with status 0.
extension CommandLineTests {
    @Test func anOfflineCacheThatIsNotThereIsSaidOnceAndNotMade() throws {
        let directory = try makeTemporaryDirectory("cli-no-cache")
        try "2305.18290\n2203.02155\n2212.10560\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let said = "citegraph: no cache at nope: the folder does not exist; drop --offline to fetch into it, or check the path\n"
        for command in [
            ["run", "--ids", "ids.txt", "--offline", "--cache", "nope", "-o", "out"],
            ["run", "--query", "ti:alignment", "--offline", "--cache", "nope", "-o", "out"],
            ["fetch", "--ids", "ids.txt", "--offline", "--cache", "nope"],
        ] {
            let result = try CiteGraphExecutable.run(command, in: directory)
            #expect(result.status == ExitStatus.offlineMissing.rawValue, "\(command)")
            #expect(result.stderr == said, "\(command)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/nope"), "\(command)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/out"), "\(command)")
        }
        // No corpus file: the list would be read offline from a cache that is not there.
        for command in [["stats"], ["graph", "-o", "g.graphml"]] {
            let result = try CiteGraphExecutable.run(command + ["--list", TestPaths.bundledList.path, "--cache", "nope"], in: directory)
            #expect(result.status == ExitStatus.offlineMissing.rawValue, "\(command)")
            #expect(result.stderr.contains("no cache at nope to build the corpus from"), "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/nope"), "\(command)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/g.graphml"), "\(command)")
        }
    }
}
