@testable import CiteGraph
import Foundation
import Testing

/// `-o` with short names and `-o -`: a one-character path crashed (NSString's
/// deletingLastPathComponent traps on it), and `-o -` made a file named `-`, or crashed too.
extension CommandLineTests {
    /// The single-file commands, each with what it needs besides the corpus.
    static let singleOutputCommands: [[String]] = [
        ["stats"], ["timeline"], ["compare", "cs.CL", "cs.LG"], ["graph"], ["graph", "--format", "csv"],
    ]

    @Test func aOneLetterOutputFileIsWrittenAsAnyOther() throws {
        let directory = try makeTemporaryDirectory("cli-one-letter")
        let corpus = try smallCorpus(in: directory)
        // csv -o names a folder: tried below with a one-letter folder.
        for command in Self.singleOutputCommands {
            let shown = try CiteGraphExecutable.run(command + corpus, in: directory)
            #expect(shown.status == 0, "\(command): \(shown.stderr)")
            try? FileManager.default.removeItem(atPath: directory + "/x")
            let written = try CiteGraphExecutable.run(command + corpus + ["-o", "x"], in: directory)
            #expect(written.status == 0, "\(command): \(written.stderr)")
            #expect(!written.stderr.contains("crashed"), "\(command)")
            let file = command.contains("csv") ? directory + "/x/edges.csv" : directory + "/x"
            #expect((try? String(contentsOfFile: file, encoding: .utf8)) == shown.stdout, "\(command)")
        }
        // In a folder too, and with a trailing slash.
        let nested = try CiteGraphExecutable.run(["stats", "-o", "d/y"] + corpus, in: directory)
        #expect(nested.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory + "/d/y"))
        let slashed = try CiteGraphExecutable.run(["stats", "-o", "z/"] + corpus, in: directory)
        #expect(slashed.status == 0)
        #expect(FileManager.default.fileExists(atPath: directory + "/z"))
    }

    @Test func dashOIsStandardOutput() throws {
        let directory = try makeTemporaryDirectory("cli-dash-o")
        let corpus = try smallCorpus(in: directory)
        for command in Self.singleOutputCommands {
            let plain = try CiteGraphExecutable.run(command + corpus, in: directory)
            let dash = try CiteGraphExecutable.run(command + corpus + ["-o", "-"], in: directory)
            #expect(dash.status == 0, "\(command): \(dash.stderr)")
            #expect(!dash.stdout.isEmpty, "\(command)")
            #expect(dash.stdout == plain.stdout, "\(command)")
            #expect(!FileManager.default.fileExists(atPath: directory + "/-"), "\(command)")
        }
        // The plain edge list, as without -o.
        let csv = try CiteGraphExecutable.run(["graph", "--format", "csv", "-o", "-"] + corpus, in: directory)
        #expect(csv.stdout.hasPrefix("source,target,"))
        // A .csv file name is a file, the edge list (with or without --format csv); a name without
        // it, the folder of neo4j files.
        for arguments in [["-o", "edges.csv"], ["--format", "csv", "-o", "EDGES.CSV"]] {
            let file = try CiteGraphExecutable.run(["graph"] + arguments + corpus, in: directory)
            #expect(file.status == 0, "\(arguments): \(file.stderr)")
            let path = directory + "/" + arguments.last!
            var isFolder: ObjCBool = true
            #expect(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue, "\(arguments)")
            #expect((try? String(contentsOfFile: path, encoding: .utf8)) == csv.stdout, "\(arguments)")
        }
        let folder = try CiteGraphExecutable.run(["graph", "--format", "csv", "-o", "neo4j"] + corpus, in: directory)
        #expect(folder.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory + "/neo4j").sorted() == ["edges.csv", "nodes.csv", "relationships.csv"])
    }

    @Test func aPathIsCutAtItsLastSlash() {
        func parts(_ path: String) -> [String] { [PathParts(path).folder, PathParts(path).name] }
        #expect(parts("x") == [".", "x"])
        #expect(parts("-") == [".", "-"])
        #expect(parts("x/") == [".", "x"])
        #expect(parts("/x") == ["/", "x"])
        #expect(parts("out/graphs/a.dot") == ["out/graphs", "a.dot"])
        #expect(parts("../a") == ["..", "a"])
    }
}
