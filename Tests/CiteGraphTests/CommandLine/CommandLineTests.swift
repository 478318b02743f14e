import CiteGraph
import Foundation
import Testing

/// The executable's own layer: exit statuses, messages, and standard output, which the library
/// tests cannot see (argument errors, the corpus option, the final flush of stdout, `parse`).
@Suite struct CommandLineTests {
    let classicFeed = TestPaths.fixture("atom/classic_two_entries.xml").path
    let brokenFeed = TestPaths.fixture("atom/mismatched_tag.xml").path

    /// The ids of the entries of `feed`, read from its text (not through the parser).
    func entryIDs(of feed: String) throws -> [String] {
        let text = try String(contentsOfFile: feed, encoding: .utf8)
        let ids = text.matches(of: /<id>http:\/\/arxiv\.org\/abs\/([^<]+)<\/id>/).map { String($0.1) }
        return ids.map { $0.replacing(/v\d+$/, with: "") }
    }

    @Test func parseWritesOneJSONObjectPerEntryAndCountsThem() throws {
        let directory = try makeTemporaryDirectory("cli-parse")
        let expected = try entryIDs(of: classicFeed)
        #expect(expected.count == 2)

        let jsonl = try CiteGraphExecutable.run(["parse", classicFeed], in: directory)
        #expect(jsonl.status == 0)
        #expect(jsonl.stderr.isEmpty)
        let objects = try jsonl.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.compactMap { $0["id"] as? String } == expected)

        let count = try CiteGraphExecutable.run(["parse", "--format", "count", classicFeed, classicFeed], in: directory)
        #expect(count.status == 0)
        #expect(count.stdout == "\(2 * expected.count)\n")

        let table = try CiteGraphExecutable.run(["parse", "--format", "table", classicFeed], in: directory)
        let rows = table.stdout.split(separator: "\n")
        #expect(rows.count == 1 + expected.count)
        #expect(zip(rows.dropFirst(), expected).allSatisfy { row, id in row.hasPrefix(id + " ") })
    }

    @Test func aFolderStandsForItsFeedsInNameOrder() throws {
        let directory = try makeTemporaryDirectory("cli-parse-folder")
        try FileManager.default.createDirectory(atPath: directory + "/feeds/sub", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: classicFeed, toPath: directory + "/feeds/b.xml")
        try FileManager.default.copyItem(atPath: TestPaths.bundledCache.path + "/papers/2305.18290.xml", toPath: directory + "/feeds/a.xml")
        // Not read: another extension, and a subfolder.
        try "not a feed".write(toFile: directory + "/feeds/notes.txt", atomically: false, encoding: .utf8)
        try FileManager.default.copyItem(atPath: classicFeed, toPath: directory + "/feeds/sub/c.xml")

        let table = try CiteGraphExecutable.run(["parse", "--format", "table", "feeds"], in: directory)
        #expect(table.status == 0)
        let ids = table.stdout.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != " " }) }
        #expect(ids == ["2305.18290"] + (try entryIDs(of: classicFeed)))

        let empty = try CiteGraphExecutable.run(["parse", "--format", "count", "feeds/sub/..", "feeds/sub", classicFeed], in: directory)
        #expect(empty.stdout == "\(3 + 2 * 2)\n")
        #expect(empty.status == 0)
        try FileManager.default.removeItem(atPath: directory + "/feeds/sub/c.xml")
        let none = try CiteGraphExecutable.run(["parse", "--format", "count", "feeds/sub", classicFeed], in: directory)
        #expect(none.status == ExitStatus.badInput.rawValue)
        #expect(none.stdout == "2\n")
        #expect(none.stderr.contains("feeds/sub holds no .xml feed"))
    }

    @Test func aBrokenFeedIsNamedWithItsLineAfterTheEntriesReadSoFar() throws {
        let directory = try makeTemporaryDirectory("cli-parse-broken")
        let result = try CiteGraphExecutable.run(["parse", "--format", "count", classicFeed, brokenFeed], in: directory)
        #expect(result.status == ExitStatus.badInput.rawValue)
        #expect(result.stdout == "2\n")
        #expect(result.stderr.hasPrefix("citegraph: \(brokenFeed): malformed Atom at line 5"))
        #expect(result.stderr.contains("titel"))
    }

    @Test func aMistypedOptionValueIsBadInputWithTheUsageLine() throws {
        let directory = try makeTemporaryDirectory("cli-usage")
        let result = try CiteGraphExecutable.run(["parse", "--format", "bogus", classicFeed], in: directory)
        #expect(result.status == ExitStatus.badInput.rawValue)
        #expect(result.stderr.contains("'bogus'"))
        #expect(result.stderr.contains("Usage: citegraph parse"))
        #expect(result.stdout.isEmpty)

        let unknown = try CiteGraphExecutable.run(["stats", "--no-such-option"], in: directory)
        #expect(unknown.status == ExitStatus.badInput.rawValue)
        #expect(unknown.stderr.contains("--no-such-option"))

        let noPaper = try CiteGraphExecutable.run(["run", "--query", "ti:alignment", "--max", "0", "--offline"], in: directory)
        #expect(noPaper.status == ExitStatus.badInput.rawValue)
        #expect(noPaper.stderr.contains("--max must be at least 1"))

        // Options that contradict each other or do nothing are refused, before any work.
        for (arguments, message) in [
            (["run", "--max", "5", "--offline"], "--max 5 applies to --query only"),
            (["fetch", "--ids", "ids.txt", "--max", "5"], "--max 5 applies to --query only"),
            (["run", "--verbose", "--quiet", "--offline"], "--verbose and --quiet ask for opposite things"),
            (["run", "--refresh", "--offline"], "--refresh fetches again, which --offline forbids"),
            (["fetch", "--ids", "ids.txt", "--max-age", "2d", "--offline"], "--max-age fetches again, which --offline forbids"),
            // A negative number is a value, not an option: it gets the option's own message.
            (["graph", "--top", "-1"], "--top must be at least 1"),
            (["synth", "--papers", "-5", "-o", "synthetic"], "--papers must be at least 1, got -5"),
            (["run", "--offline", "-o", "-"], "-o - is standard output, for commands that write one file"),
            (["synth", "--papers", "5", "-o", "-"], "-o - is standard output, for commands that write one file"),
        ] {
            let refused = try CiteGraphExecutable.run(arguments, in: directory)
            #expect(refused.status == ExitStatus.badInput.rawValue, "\(arguments)")
            #expect(refused.stderr.contains(message), "\(arguments): \(refused.stderr)")
        }
        let infinite = try CiteGraphExecutable.run(["timeline", "--burst-gamma", "inf"], in: directory)
        #expect(infinite.status == ExitStatus.badInput.rawValue && infinite.stderr.contains("burst gamma inf: must be a number"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/cache/.lock"))

        let noSynthPaper = try CiteGraphExecutable.run(["synth", "--papers", "0", "-o", "synthetic"], in: directory)
        #expect(noSynthPaper.status == ExitStatus.badInput.rawValue)
        #expect(noSynthPaper.stderr.contains("--papers must be at least 1"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/synthetic"))

        // A value that parses but cannot be meant: no node kept would write an empty graph.
        let noNode = try CiteGraphExecutable.run(["graph", "--top", "0"], in: directory)
        #expect(noNode.status == ExitStatus.badInput.rawValue)
        #expect(noNode.stderr.contains("--top must be at least 1"))
    }

    @Test func helpAndVersionStillExitZero() throws {
        let directory = try makeTemporaryDirectory("cli-help")
        let help = try CiteGraphExecutable.run(["--help"], in: directory)
        #expect(help.status == 0)
        // Every exit status is explained.
        for status in ExitStatus.allCases {
            #expect(help.stdout.contains("  \(status.rawValue)  "))
        }
        let version = try CiteGraphExecutable.run(["--version"], in: directory)
        #expect(version.status == 0)
        #expect(!version.stdout.isEmpty)
    }

    @Test func aCorpusFileAskedForByNameMustExist() throws {
        let directory = try makeTemporaryDirectory("cli-corpus")
        for command in [["stats"], ["timeline"], ["compare", "cs.CL", "cs.LG"], ["graph"]] {
            let result = try CiteGraphExecutable.run(command + ["--corpus", "typo/corpus.json"], in: directory)
            #expect(result.status == ExitStatus.badInput.rawValue, "\(command)")
            #expect(result.stderr.contains("no corpus file typo/corpus.json"), "\(command)")
            // Not the bundled list analysed instead.
            #expect(!result.stderr.contains("building the corpus"), "\(command)")
            #expect(result.stdout.isEmpty, "\(command)")
        }
    }

    @Test func withoutACorpusFileTheListAndCacheAreRead() throws {
        // No output/corpus.json in a fresh folder: the corpus is built from --list and --cache.
        let directory = try makeTemporaryDirectory("cli-fallback")
        let result = try CiteGraphExecutable.run(
            ["stats", "--format", "json", "--list", TestPaths.bundledList.path, "--cache", TestPaths.bundledCache.path],
            in: directory)
        #expect(result.status == 0)
        #expect(result.stderr.contains("building the corpus from \(TestPaths.bundledList.path)"))
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(!stats.isEmpty)
    }

    @Test func runTakesDashOForItsOutputFolderAsTheOtherCommandsDo() throws {
        let directory = try makeTemporaryDirectory("cli-run-o")
        let ids = directory + "/ids.txt"
        try "2305.18290\n".write(toFile: ids, atomically: false, encoding: .utf8)
        let result = try CiteGraphExecutable.run(
            ["run", "--ids", ids, "--offline", "--cache", TestPaths.bundledCache.path, "-o", "mine", "--quiet"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: directory + "/mine/corpus.json"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/output"))
    }

    @Test func aListThatIsNotUTF8IsNamedWithTheLineToFix() throws {
        let directory = try makeTemporaryDirectory("cli-latin1")
        try Data(Array("# Papers\n\n- [R".utf8) + [0xE9] + Array("sum\u{E9}](https://arxiv.org/abs/2305.18290)\n".utf8))
            .write(to: URL(fileURLWithPath: directory + "/list.md"))
        let result = try CiteGraphExecutable.run(["run", "list.md", "--offline", "--cache", TestPaths.bundledCache.path], in: directory)
        #expect(result.status == ExitStatus.badInput.rawValue)
        #expect(result.stderr.contains("'list.md' is not UTF-8 text: line 3, column 5 holds the byte(s) 0xE9"))
    }

    /// A corpus of three cs.CL/cs.LG papers of the bundled cache, written by `run` into
    /// DIRECTORY/out; the arguments that point a command at it.
    func smallCorpus(in directory: String) throws -> [String] {
        try "2305.18290\n2203.02155\n2212.10560\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let made = try CiteGraphExecutable.run(
            ["run", "--ids", "ids.txt", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "out",
             "--skip", "graph,coauthors,categories,sections,authors,timeline,stats,compare", "--quiet"], in: directory)
        #expect(made.status == 0)
        return ["--corpus", "out/corpus.json"]
    }

    @Test func bulletsLinkingNowhereAreSaidOnStderr() throws {
        let directory = try makeTemporaryDirectory("cli-unlinked")
        try "## S\n- [DPO](https://arxiv.org/abs/2305.18290)\n- A Paper Without A Link, NeurIPS 2023\n"
            .write(toFile: directory + "/list.md", atomically: false, encoding: .utf8)
        let result = try CiteGraphExecutable.run(
            ["run", "list.md", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "out", "--skip", "graph,coauthors,categories,sections,authors,timeline,stats,compare"],
            in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("1 bullet(s) or table row(s) of list.md link nowhere and are no entries (line 3)"))
    }

    @Test func weightOptionsTheFullViewIgnoresAreSaidNotSilent() throws {
        let directory = try makeTemporaryDirectory("cli-full-weights")
        let corpus = try smallCorpus(in: directory)
        let full = try CiteGraphExecutable.run(
            ["graph", "--normalize", "jaccard", "--counting", "fractional", "-o", "full.graphml"] + corpus, in: directory)
        #expect(full.status == 0)
        #expect(full.stderr.contains("note: --normalize and --counting do not apply to the full view"))
        let normalized = try CiteGraphExecutable.run(["graph", "--normalize", "cosine", "-o", "full.graphml"] + corpus, in: directory)
        #expect(normalized.stderr.contains("note: --normalize does not apply to the full view"))
        let category = try CiteGraphExecutable.run(
            ["graph", "--view", "category", "--normalize", "jaccard", "-o", "jaccard.graphml"] + corpus, in: directory)
        #expect(category.status == 0)
        #expect(!category.stderr.contains("note:"))
        // The default given explicitly is still given: it does nothing here either.
        let fullCounting = try CiteGraphExecutable.run(["graph", "--counting", "full", "-o", "full.graphml"] + corpus, in: directory)
        #expect(fullCounting.stderr.contains("note: --counting does not apply to the full view"))
    }

    @Test func maxAuthorsOnAViewItDoesNotThinIsSaidNotSilent() throws {
        let directory = try makeTemporaryDirectory("cli-max-authors")
        let corpus = try smallCorpus(in: directory)
        let category = try CiteGraphExecutable.run(
            ["graph", "--view", "category", "--max-authors", "2", "-o", "c.graphml"] + corpus, in: directory)
        #expect(category.status == 0)
        #expect(category.stderr.contains("note: --max-authors does not apply to the category view (--max-authors only thins the coauthor view)"))
        let full = try CiteGraphExecutable.run(
            ["graph", "--max-authors", "2", "--normalize", "jaccard", "-o", "f.graphml"] + corpus, in: directory)
        #expect(full.stderr.contains("note: --normalize and --max-authors do not apply to the full view"))
        // Where it applies, it is used, and says which papers it left out: all three papers of
        // the corpus have more than 2 authors.
        let coauthor = try CiteGraphExecutable.run(
            ["graph", "--view", "coauthor", "--max-authors", "2", "-o", "a.graphml"] + corpus, in: directory)
        #expect(coauthor.status == 0)
        #expect(!coauthor.stderr.contains("does not apply"))
        #expect(coauthor.stderr.contains("note: 3 paper(s) with more than 2 authors add no co-author edges"))
        #expect(coauthor.stderr.contains("coauthor view: ") && coauthor.stderr.contains(" nodes, 0 edges"))
    }

    @Test func timelineGroupsMayBeListedWithCommasAsSkipIs() throws {
        let directory = try makeTemporaryDirectory("cli-groups")
        let corpus = try smallCorpus(in: directory)
        func groupKinds(_ arguments: [String]) throws -> [String] {
            let result = try CiteGraphExecutable.run(["timeline", "--format", "json"] + arguments + corpus, in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            let groups = try #require(json["groups"] as? [[String: Any]])
            var kinds: [String] = []
            for case let kind as String in groups.map({ $0["grouping"] }) where kinds.last != kind { kinds.append(kind) }
            return kinds
        }
        let repeated = try groupKinds(["--group", "primary", "--group", "all"])
        #expect(repeated == ["primary", "all"])
        #expect(try groupKinds(["--group", "primary,all"]) == repeated)
        #expect(try groupKinds(["--group", "primary, all", "--group", "primary"]) == repeated)

        let bad = try CiteGraphExecutable.run(["timeline", "--group", "primary,bogus"] + corpus, in: directory)
        #expect(bad.status == ExitStatus.badInput.rawValue)
        #expect(bad.stderr.contains("unknown grouping 'bogus': choose from all, primary, category, section, author"))
    }

    @Test func theOutputFileExtensionChoosesTheFormatUnlessFormatSaysOtherwise() throws {
        let directory = try makeTemporaryDirectory("cli-extension")
        let corpus = try smallCorpus(in: directory)
        func run(_ arguments: [String]) throws -> CiteGraphExecutable.Result {
            try CiteGraphExecutable.run(arguments + corpus, in: directory)
        }
        func text(_ name: String) throws -> String { try String(contentsOfFile: directory + "/" + name, encoding: .utf8) }

        // Was GraphML under a .dot name.
        #expect(try run(["graph", "--view", "category", "-o", "categories.dot"]).status == 0)
        #expect(try text("categories.dot").hasPrefix("graph \"category\" {"))
        #expect(try run(["graph", "--view", "category", "-o", "categories.gv"]).status == 0)
        #expect(try text("categories.gv").hasPrefix("graph "))
        #expect(try run(["timeline", "-o", "timeline.json"]).status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(text("timeline.json").utf8)) is [String: Any])
        #expect(try run(["stats", "-o", "stats.json"]).status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(text("stats.json").utf8)) is [String: Any])
        #expect(try run(["compare", "cs.CL", "cs.LG", "-o", "compare.md"]).status == 0)
        #expect(try text("compare.md").hasPrefix("# cs.CL vs cs.LG"))
        // An extension no format claims keeps the default (CSV for the timeline).
        #expect(try run(["timeline", "-o", "timeline.txt"]).status == 0)
        #expect(try text("timeline.txt").hasPrefix("period,"))

        // Both given and at odds: refused before anything is written.
        let clash = try run(["graph", "--view", "category", "--format", "dot", "-o", "categories.graphml"])
        #expect(clash.status == ExitStatus.badInput.rawValue)
        #expect(clash.stderr.contains("--format dot but categories.graphml ends in .graphml"))
        #expect(clash.stderr.contains("Usage: citegraph graph"))
        #expect(!FileManager.default.fileExists(atPath: directory + "/categories.graphml"))
        // Both given and in agreement, or an extension the format does not know: as asked.
        #expect(try run(["timeline", "--format", "md", "-o", "timeline.markdown"]).status == 0)
        #expect(try text("timeline.markdown").hasPrefix("# Timeline"))
        #expect(try run(["stats", "--format", "json", "-o", "stats.out"]).status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(text("stats.out").utf8)) is [String: Any])
    }

    @Test func aFullStandardOutputIsAnErrorNotSuccess() throws {
        // /dev/full: every write fails with ENOSPC (Linux). The child only gets the open handle.
        var status = stat()
        guard stat("/dev/full", &status) == 0, status.st_mode & S_IFMT == S_IFCHR,
              let full = FileHandle(forWritingAtPath: "/dev/full") else {
            print("skipped: /dev/full is absent")
            return
        }
        defer { try? full.close() }
        let directory = try makeTemporaryDirectory("cli-full")
        let result = try CiteGraphExecutable.run(["parse", classicFeed], in: directory, stdout: full)
        #expect(result.status == ExitStatus.cannotWrite.rawValue)
        #expect(result.stderr.contains("cannot write to standard output"))
    }
}
