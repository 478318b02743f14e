import CiteGraph
import Foundation
import Testing

/// Every command that writes on stdout ends with status 7 and one plain line when stdout is full:
/// graph said "Error: Error Domain=NSCocoaErrorDomain Code=640 …" and exited 1; a run missing
/// papers exited 1 as if its summary had been shown.
extension CommandLineTests {
    @Test func everyCommandSaysWhenStandardOutputIsFull() throws {
        guard let full = fullDevice() else {
            print("skipped: /dev/full is absent")
            return
        }
        defer { try? full.close() }
        let directory = try makeTemporaryDirectory("cli-stdout-full")
        let corpus = try smallCorpus(in: directory)
        try "2305.18290\nnot an id\n".write(toFile: directory + "/ids2.txt", atomically: false, encoding: .utf8)
        let commands = Self.singleOutputCommands.map { $0 + corpus } + [
            ["graph", "--format", "dot", "-o", "-"] + corpus,
            ["graph", "--view", "coauthor", "--format", "json"] + corpus,
            ["run", "--ids", "ids2.txt", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "partial", "--quiet"],
        ]
        for command in commands {
            let result = try CiteGraphExecutable.run(command, in: directory, stdout: full)
            #expect(result.status == ExitStatus.cannotWrite.rawValue, "\(command)")
            #expect(result.stderr.hasSuffix("citegraph: cannot write to standard output: No space left on device\n"),
                    "\(command): \(result.stderr)")
            #expect(!result.stderr.contains("NSCocoaErrorDomain"), "\(command)")
        }
    }
}
