import CiteGraph
import Foundation
import Testing

/// A stderr that cannot be written (full, closed) never stops the work: the outputs are written
/// and the exit status is what it would have been. Writing through FileHandle.standardError
/// crashed (Illegal instruction) on the first message.
extension CommandLineTests {
    /// /dev/full (every write fails with ENOSPC), or nil where there is none.
    func fullDevice() -> FileHandle? {
        var status = stat()
        guard stat("/dev/full", &status) == 0, status.st_mode & S_IFMT == S_IFCHR else { return nil }
        return FileHandle(forWritingAtPath: "/dev/full")
    }

    /// A cache of three papers of the bundled cache, of this test's own (its lock file is looked at).
    func smallCache(in directory: String) throws -> String {
        let cache = directory + "/cache"
        try FileManager.default.createDirectory(atPath: cache + "/papers", withIntermediateDirectories: true)
        for id in ["2305.18290", "2203.02155", "2212.10560"] {
            try FileManager.default.copyItem(atPath: TestPaths.bundledCache.path + "/papers/\(id).xml", toPath: cache + "/papers/\(id).xml")
        }
        return cache
    }

    @Test func aFullStderrStopsNothing() throws {
        guard let full = fullDevice() else {
            print("skipped: /dev/full is absent")
            return
        }
        defer { try? full.close() }
        let directory = try makeTemporaryDirectory("cli-stderr-full")
        let corpus = try smallCorpus(in: directory)
        // A bad line: errors to say, and exit status 1 (partial) all the same.
        try "2305.18290\nnot an id\n".write(toFile: directory + "/ids2.txt", atomically: false, encoding: .utf8)
        let run = try CiteGraphExecutable.run(
            ["run", "--ids", "ids2.txt", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "run", "--verbose"],
            in: directory, stderr: full)
        #expect(run.status == ExitStatus.partial.rawValue)
        #expect(run.stdout.contains("skipped lines     1"))
        #expect(FileManager.default.fileExists(atPath: directory + "/run/corpus.json"))

        let graph = try CiteGraphExecutable.run(["graph", "-o", "g/x.graphml"] + corpus, in: directory, stderr: full)
        #expect(graph.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory + "/g/x.graphml"))

        let synth = try CiteGraphExecutable.run(["synth", "--papers", "10", "-o", "s", "--verbose"], in: directory, stderr: full)
        #expect(synth.status == 0)
        #expect(synth.stdout.hasPrefix("10 papers"))

        // The final error message cannot be shown either: the status still says it.
        let missing = try CiteGraphExecutable.run(["stats", "--corpus", "typo.json"], in: directory, stderr: full)
        #expect(missing.status == ExitStatus.badInput.rawValue)
    }

    @Test func aClosedStderrStopsNothingAndItsMessagesGoNowhereElse() throws {
        let directory = try makeTemporaryDirectory("cli-stderr-closed")
        let cache = try smallCache(in: directory)
        try "2305.18290\n2203.02155\n2212.10560\nnot an id\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let run = try CiteGraphExecutable.runWithStderrClosed(
            ["run", "--ids", "ids.txt", "--offline", "--cache", cache, "-o", "out", "--verbose"], in: directory)
        #expect(run.status == ExitStatus.partial.rawValue)
        #expect(run.stdout.contains("papers            3"))
        let corpus = try Data(contentsOf: URL(fileURLWithPath: directory + "/out/corpus.json"))
        #expect(try JSONSerialization.jsonObject(with: corpus) is [String: Any])
        // The lock file was opened as descriptor 2 and took the messages meant for stderr.
        #expect(try String(contentsOfFile: cache + "/.lock", encoding: .utf8) == "")

        let graph = try CiteGraphExecutable.runWithStderrClosed(["graph", "-o", "g/x.graphml", "--corpus", "out/corpus.json"], in: directory)
        #expect(graph.status == 0)
        #expect(try String(contentsOfFile: directory + "/g/x.graphml", encoding: .utf8).hasPrefix("<?xml"))
    }
}
