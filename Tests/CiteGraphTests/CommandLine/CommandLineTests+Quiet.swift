import CiteGraph
import Foundation
import Testing

/// --quiet is "nothing on stderr but errors": `run --quiet` hid the errors too, then said "see
/// the errors above" (or exited 4 with an empty stderr). `fetch --quiet` showed them already.
extension CommandLineTests {
    @Test func quietRunStillShowsItsErrors() throws {
        let directory = try makeTemporaryDirectory("cli-quiet")
        try "2305.18290\nnot an id\n".write(toFile: directory + "/ids2.txt", atomically: false, encoding: .utf8)
        let badLine = try CiteGraphExecutable.run(
            ["run", "--ids", "ids2.txt", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "out", "--quiet"], in: directory)
        #expect(badLine.status == ExitStatus.partial.rawValue)
        #expect(badLine.stdout.contains("(see the errors above)"))
        #expect(badLine.stderr == "ids2.txt:2: error: not an arXiv id or URL: 'not an id': expected YYMM.NNNNN, got 'not an id'\n")

        // Papers the cache lacks: one error each, as without --quiet.
        try "# Papers\n\n- [A](https://arxiv.org/abs/2401.00001)\n- [B](https://arxiv.org/abs/2305.18290)\n"
            .write(toFile: directory + "/l2.md", atomically: false, encoding: .utf8)
        let arguments = ["run", "l2.md", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "out2"]
        let quiet = try CiteGraphExecutable.run(arguments + ["--quiet"], in: directory)
        let plain = try CiteGraphExecutable.run(arguments, in: directory)
        #expect(quiet.status == ExitStatus.offlineMissing.rawValue)
        #expect(quiet.stderr.contains("l2.md:3: error: 2401.00001 is not in the cache and --offline forbids fetching it"))
        let errors = plain.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(!errors.isEmpty)
        #expect(quiet.stderr.split(separator: "\n") == errors)
    }

    /// Every command that may build the corpus on the spot takes --quiet (and --verbose) alike:
    /// timeline, compare and stats refused them, and graph --quiet still said "note: building…".
    @Test func theAnalysisCommandsTakeQuietAndSayNothingOnStderr() throws {
        let directory = try makeTemporaryDirectory("cli-quiet-analysis")
        let source = ["--list", TestPaths.bundledList.path, "--cache", TestPaths.bundledCache.path]
        for command in [["timeline"], ["compare", "cs.CL", "cs.LG"], ["stats"], ["graph", "--view", "category"]] {
            let quiet = try CiteGraphExecutable.run(command + source + ["--quiet"], in: directory)
            #expect(quiet.status == 0, "\(command): \(quiet.stderr)")
            #expect(quiet.stderr == "", "\(command)")
            #expect(!quiet.stdout.isEmpty, "\(command)")
            let verbose = try CiteGraphExecutable.run(command + source + ["--verbose"], in: directory)
            #expect(verbose.status == 0, "\(command): \(verbose.stderr)")
            #expect(verbose.stderr.contains("building the corpus"), "\(command)")
            let both = try CiteGraphExecutable.run(command + source + ["--quiet", "--verbose"], in: directory)
            #expect(both.status == ExitStatus.badInput.rawValue, "\(command)")
        }
    }

    /// `--no-legend` on both commands that write DOT: no legend cluster, no legend=true samples.
    @Test func graphAndRunTakeNoLegend() throws {
        let directory = try makeTemporaryDirectory("cli-no-legend")
        let source = ["--list", TestPaths.bundledList.path, "--cache", TestPaths.bundledCache.path, "--quiet"]
        let drawn = try CiteGraphExecutable.run(["graph", "--view", "section", "--format", "dot"] + source, in: directory)
        #expect(drawn.status == 0)
        #expect(drawn.stdout.contains("legend=true"))
        let bare = try CiteGraphExecutable.run(["graph", "--view", "section", "--format", "dot", "--no-legend"] + source, in: directory)
        #expect(bare.status == 0, "\(bare.stderr)")
        #expect(!bare.stdout.contains("legend"))
        try "2305.18290\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let run = try CiteGraphExecutable.run(["run", "--ids", "ids.txt", "--offline", "--cache", TestPaths.bundledCache.path,
                                               "-o", "out", "--quiet", "--no-legend"], in: directory)
        #expect(run.status == 0, "\(run.stderr)")
        for name in ["graph.dot", "categories.dot", "coauthors.dot", "sections.dot"] {
            let text = try String(contentsOfFile: directory + "/out/" + name, encoding: .utf8)
            #expect(!text.contains("legend"), "\(name)")
        }
    }
}
