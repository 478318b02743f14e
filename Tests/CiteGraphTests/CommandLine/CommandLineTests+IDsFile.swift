import CiteGraph
import Foundation
import Testing

/// `run --ids` and `fetch --ids` read an ids file alike: arXiv papers only, every other line an
/// error with its line, and exit 1 with the good lines used. `run` kept a web link as a resource
/// and read `math.DG/0211159` as one (`https://math.dg/0211159`), both with exit 0.
extension CommandLineTests {
    @Test func runAndFetchReportTheSameBadLinesOfAnIDsFile() throws {
        let directory = try makeTemporaryDirectory("cli-ids-file")
        let cache = PaperCache(directory: directory + "/cache")
        try cache.store(ArxivEntry(id: ArxivID("math/0211159")!, version: 1, title: "A paper on differential geometry",
                                   authors: [ArxivAuthor(name: "A. Author")], published: "2002-11-12T00:00:00Z",
                                   primaryCategory: "math.DG", categories: ["math.DG"]))
        try FileManager.default.copyItem(atPath: TestPaths.bundledCache.appendingPathComponent("papers/2305.18290.xml").path,
                                         toPath: cache.path(for: ArxivID("2305.18290")!))
        try "2305.18290\nhttps://example.com/foo\nmath.DG/0211159\n2305.18290v0\n"
            .write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let errors = [
            "ids.txt:2: error: not an arXiv id or arXiv paper URL: 'https://example.com/foo' (an ids file lists arXiv papers only)",
            "ids.txt:4: error: not an arXiv id or URL: '2305.18290v0': there is no version v0 (arXiv numbers versions from v1)",
        ]

        let run = try CiteGraphExecutable.run(["run", "--ids", "ids.txt", "--offline", "--cache", "cache", "-o", "out"], in: directory)
        #expect(run.status == ExitStatus.partial.rawValue)
        #expect(run.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init) == errors)
        #expect(run.stdout.contains("papers            2: direct 2"))
        #expect(run.stdout.contains("resources         0"))
        let corpus = try String(contentsOfFile: directory + "/out/corpus.json", encoding: .utf8)
        #expect(corpus.contains("\"math/0211159\""))
        #expect(!corpus.contains("math.dg"))

        let fetch = try CiteGraphExecutable.run(["fetch", "--ids", "ids.txt", "--offline", "--cache", "cache"], in: directory)
        #expect(fetch.status == ExitStatus.partial.rawValue)
        #expect(fetch.stderr.split(separator: "\n").filter { $0.contains(": error: ") }.map(String.init) == errors)
        #expect(fetch.stderr.contains("2 papers: 2 from the cache, 0 fetched"))
    }

    /// An ids-file entry has no title: its messages printed "('')".
    @Test func anEntryWithoutATitleIsNamedWithoutEmptyParentheses() throws {
        let directory = try makeTemporaryDirectory("cli-ids-untitled")
        try "2401.00001\n2305.18290\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let run = try CiteGraphExecutable.run(
            ["run", "--ids", "ids.txt", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "out", "--quiet"], in: directory)
        #expect(run.status == ExitStatus.offlineMissing.rawValue)
        #expect(run.stderr == "ids.txt:1: error: 2401.00001 is not in the cache and --offline forbids fetching it\n")
        let corpus = try String(contentsOfFile: directory + "/out/corpus.json", encoding: .utf8)
        #expect(corpus.contains("\"message\" : \"2401.00001 is not in the cache and --offline forbids fetching it\""))
    }

    /// The help said "malformed ids file" under 2, while a file with some bad lines exits 1.
    @Test func theHelpSaysWhichIDsFileProblemIsWhichExitCode() throws {
        let directory = try makeTemporaryDirectory("cli-help-exit")
        for command in [["--help"], ["fetch", "--help"]] {
            let help = try CiteGraphExecutable.run(command, in: directory).stdout
            #expect(help.contains("""
                  1  partial result: outputs written, but some entries or papers are missing,
                     or some lines of an ids file are not arXiv ids (each named with its line)
                  2  bad input: an unreadable or malformed list or option value, an ids file
                     that cannot be read or holds no arXiv id at all, a corrupt stored query
                """), "\(command)")
            #expect(help.contains("""
                  4  --offline and the cache lacks what is needed, or holds it only in a
                     corrupt file
                """), "\(command)")
        }
    }

    /// One warning per corrupt file (the DPO file was said twice), exit 4 with the other results
    /// written, and every paper a corrupt file may hold in the summary's `missing`.
    @Test func aCorruptCacheFileIsSaidOnce() throws {
        let directory = try makeTemporaryDirectory("cli-corrupt-once")
        let cache = try CorruptCacheRunTests.makeCache(in: directory)
        try CorruptCacheRunTests.list.write(toFile: directory + "/list.md", atomically: false, encoding: .utf8)
        let run = try CiteGraphExecutable.run(["run", "list.md", "--offline", "--cache", cache, "-o", "out"], in: directory)
        #expect(run.status == ExitStatus.offlineMissing.rawValue)
        for name in ["2305.18290.xml", "2106.09685.xml"] {
            #expect(run.stderr.components(separatedBy: "warning: corrupt cache file \(cache)/papers/\(name)").count - 1 == 1, "\(name)")
        }
        #expect(run.stderr.contains("list.md:5: error: 2305.18290: its cache file \(cache)/papers/2305.18290.xml is corrupt"))
        #expect(run.stdout.contains("missing           2305.18290 2106.09685"))
        #expect(FileManager.default.fileExists(atPath: directory + "/out/corpus.json"))
    }
}
