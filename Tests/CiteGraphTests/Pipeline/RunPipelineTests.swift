import Foundation
import Testing
@testable import CiteGraph

/// `citegraph run` on the bundled list and cache: the figures a reader can count in
/// examples/awesome-align-llm-human.md (written here by hand), the files of the output contract,
/// and byte-identical reruns.
@Suite struct RunPipelineTests {
    static let expectedFiles = [
        "corpus.json", "graph.graphml", "graph.dot", "coauthors.graphml", "coauthors.dot",
        "categories.graphml", "categories.dot", "sections.graphml", "sections.dot",
        "timeline.csv", "timeline.md", "timeline.svg", "authors.csv", "stats.json",
    ]

    func offlineRun(into out: String, cache: String = TestPaths.bundledCache.path) throws -> (RunSummary, CiteGraph.ExitStatus) {
        try Pipeline.run(.offline(.list(path: TestPaths.bundledList.path), cache: cache, output: out), log: .silent)
    }

    @Test func anIdsFileLineThatIsNotAnIDMakesTheRunPartial() throws {
        let folder = try makeTemporaryDirectory("run-ids")
        let idsFile = folder + "/ids.txt"
        try "# two papers of the bundled cache, and a typo\n2203.02155\n2305.18290v2\n2305.1829\n"
            .write(toFile: idsFile, atomically: false, encoding: .utf8)
        let (summary, exit) = try Pipeline.run(.offline(.ids(path: idsFile), output: folder + "/out"), log: .silent)
        #expect(exit == CiteGraph.ExitStatus.partial)
        #expect(summary.skippedLines == 1)
        #expect(summary.papers == 2)
        #expect(summary.text.contains("skipped lines"))
        // The outputs were still written.
        #expect(FileManager.default.fileExists(atPath: folder + "/out/corpus.json"))
    }

    @Test func bundledListFigures() throws {
        let out = try makeTemporaryDirectory("run")
        let (summary, exit) = try offlineRun(into: out)
        #expect(exit == CiteGraph.ExitStatus.success)
        #expect(summary.skippedLines == 0)
        #expect(summary.listItems == 96)
        #expect(summary.distinctEntries == 82)
        #expect(summary.papers == 77)
        #expect(summary.papersBy["direct"] == 60)
        #expect(summary.papersBy["cache-title"] == 17)
        #expect(summary.papersBy["search-title"] == nil)
        #expect(summary.resources == 5)
        #expect(summary.unresolved == 0)
        #expect(summary.sections == 21)
        #expect(summary.mergedVariants == 2)
        #expect(summary.requests == 0)
        for file in Self.expectedFiles {
            #expect(FileManager.default.fileExists(atPath: out + "/" + file), "missing \(file)")
        }
    }

    @Test func rerunIsByteIdentical() throws {
        let first = try makeTemporaryDirectory("run-a")
        let second = try makeTemporaryDirectory("run-b")
        _ = try offlineRun(into: first)
        _ = try offlineRun(into: second)
        let names = try FileManager.default.contentsOfDirectory(atPath: first).sorted()
        #expect(names.count >= Self.expectedFiles.count)
        #expect(try FileManager.default.contentsOfDirectory(atPath: second).sorted() == names)
        for name in names {
            let a = FileManager.default.contents(atPath: first + "/" + name)
            let b = FileManager.default.contents(atPath: second + "/" + name)
            #expect(a != nil && a == b, "\(name) differs between two runs")
        }
    }

    /// Without --offline, a fully cached list opens no connection: the API base points at a port
    /// nobody listens on, so any request would fail the run.
    @Test func fullyCachedListOpensNoConnection() throws {
        let out = try makeTemporaryDirectory("run-online")
        var fetch = FetchOptions()
        fetch.apiBase = "http://127.0.0.1:9/api/query"
        fetch.interval = 0.01
        fetch.retries = 1
        fetch.quiet = true
        let options = RunOptions(input: .list(path: TestPaths.bundledList.path),
                                 cacheDirectory: TestPaths.bundledCache.path, outputDirectory: out, fetch: fetch)
        let (summary, exit) = try Pipeline.run(options, log: .silent)
        #expect(exit == CiteGraph.ExitStatus.success)
        #expect(summary.requests == 0)
        #expect(summary.searches == 0)
        #expect(summary.papers == 77)
    }

    /// A list with one venue entry no paper of the bundled cache has the title of, and one that resolves.
    func venueList() throws -> String {
        let path = try makeTemporaryDirectory("run-venue") + "/list.md"
        try """
        ## S
        - [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)
        - [A Title No Paper Has, Surely Not On arXiv](https://openreview.net/forum?id=none)
        """.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    @Test func anEntryLeftUnresolvedForWantOfASearchOfflineForbadeIsWhatTheCacheLacks() throws {
        let (summary, exit) = try Pipeline.run(
            .offline(.list(path: try venueList()), output: try makeTemporaryDirectory("run-venue-out")), log: .silent)
        #expect(summary.papers == 1 && summary.unresolved == 1)
        #expect(exit == CiteGraph.ExitStatus.offlineMissing)
    }

    @Test func anEntryNoSearchFoundMakesTheRunPartial() throws {
        let arxiv = try SearchingArxiv()
        let server = try ScriptedHTTPServer { request, _ in arxiv.reply(request) }
        defer { server.stop() }
        var options = try EmptyCacheFetchTests.options(server: server, cache: try makeTemporaryDirectory("run-venue-cache"))
        options.input = .list(path: try venueList())
        let (summary, exit) = try Pipeline.run(options, log: .silent)
        #expect(summary.papers == 1 && summary.unresolved == 1)
        #expect(summary.searches >= 1)
        #expect(exit == CiteGraph.ExitStatus.partial)
    }

    @Test func aRerunWithoutAComparisonLeavesNoneOfTheEarlierRunsBehind() throws {
        let out = try makeTemporaryDirectory("run-rerun")
        _ = try offlineRun(into: out)
        #expect(FileManager.default.fileExists(atPath: out + "/compare-sections.md"))
        // An ids file has no sections, and these two papers one primary category between them.
        let idsFile = try makeTemporaryDirectory("run-rerun-ids") + "/ids.txt"
        try "2203.02155\n2305.18290\n".write(toFile: idsFile, atomically: false, encoding: .utf8)
        _ = try Pipeline.run(.offline(.ids(path: idsFile), output: out), log: .silent)
        let names = try FileManager.default.contentsOfDirectory(atPath: out)
        #expect(!names.contains { $0.hasPrefix("compare-sections.") }, "\(names.sorted())")
        #expect(names.contains("corpus.json") && names.contains("stats.json"))
        // What --skip leaves out is left alone.
        _ = try offlineRun(into: out)
        _ = try Pipeline.run(.offline(.ids(path: idsFile), output: out, skip: [.compare]), log: .silent)
        #expect(FileManager.default.fileExists(atPath: out + "/compare-sections.md"))
    }

    @Test func offlineEmptyCacheNamesWhatIsMissing() throws {
        let out = try makeTemporaryDirectory("run-empty")
        let cache = try makeTemporaryDirectory("empty-cache")
        let (summary, exit) = try offlineRun(into: out, cache: cache)
        #expect(exit == CiteGraph.ExitStatus.offlineMissing)
        #expect(summary.papers == 0)
        // The 60 directly linked papers are named; the 17 venue titles cannot even be resolved.
        #expect(summary.missing.count == 60)
        #expect(summary.missing.contains("2305.18290"))
        #expect(summary.unresolved == 77)
        #expect(summary.resources == 5)
    }

    /// The keys other tools rely on (issue contract), read back from the written files.
    @Test func outputContracts() throws {
        let out = try makeTemporaryDirectory("run-contract")
        _ = try offlineRun(into: out)
        let corpusData = try #require(FileManager.default.contents(atPath: out + "/corpus.json"))
        let corpus = try #require(try JSONSerialization.jsonObject(with: corpusData) as? [String: Any])
        for key in ["papers", "resources", "sections", "authors", "unresolved"] {
            #expect(corpus[key] != nil, "corpus.json lacks \(key)")
        }
        let papers = try #require(corpus["papers"] as? [[String: Any]])
        let dpo = try #require(papers.first { $0["arxiv_id"] as? String == "2305.18290" })
        for key in ["arxiv_id", "version", "title", "authors", "published", "updated", "primary_category",
                    "categories", "sections", "links", "resolution"] {
            #expect(dpo.keys.contains(key), "paper lacks \(key)")
        }
        #expect(dpo["title"] as? String == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model")
        #expect((dpo["resolution"] as? [String: Any])?["method"] as? String == "direct")
        #expect(dpo["sections"] as? [String] == ["Alignment Training > Offline Human Alignment > Rank-based Training"])
        // LoRA is listed with an OpenReview link only: resolved by its title against the cache.
        let lora = try #require(papers.first { $0["arxiv_id"] as? String == "2106.09685" })
        #expect((lora["resolution"] as? [String: Any])?["method"] as? String == "cache-title")

        let authors = try #require(corpus["authors"] as? [[String: Any]])
        let quoc = try #require(authors.first { $0["name"] as? String == "Quoc V. Le" })
        #expect(Set(quoc["variants"] as? [String] ?? []) == ["Quoc V. Le", "Quoc Le"])

        let graphml = try String(contentsOfFile: out + "/graph.graphml", encoding: .utf8)
        #expect(graphml.contains("edgedefault=\"undirected\""))
        for name in ["kind", "label", "arxiv_id", "title", "published", "primary_category", "weight"] {
            #expect(graphml.contains("attr.name=\"\(name)\""), "graph.graphml has no key \(name)")
        }
        #expect(graphml.components(separatedBy: "<node ").count - 1 == 77 + 5 + 21 + 11 + 676)

        let timeline = try String(contentsOfFile: out + "/timeline.csv", encoding: .utf8)
        #expect(timeline.hasPrefix("period,group,papers,cumulative_papers,new_authors"))
        // DPO's first version is from May 2023.
        #expect(timeline.contains("\n2023-05,all,"))
    }
}

/// `--from-feeds` counts what it read and what was distinct, and says how far it got.
@Suite struct FromFeedsCountTests {
    final class Recorder: CiteGraph.ProgressReporting, @unchecked Sendable {
        var events: [FetchEvent] = []
        func report(_ event: FetchEvent) { events.append(event) }
    }

    @Test func aRunOnFeedsReportsEachFileAndEachStage() throws {
        let folder = try makeTemporaryDirectory("feeds-progress")
        try FileManager.default.createDirectory(atPath: folder + "/in", withIntermediateDirectories: true)
        for name in ["a.xml", "b.xml"] {
            try FileManager.default.copyItem(atPath: TestPaths.fixture("atom/classic_two_entries.xml").path, toPath: folder + "/in/" + name)
        }
        let recorder = Recorder()
        _ = try Pipeline.run(.offline(.feeds(directory: folder + "/in"), output: folder + "/out"), log: .silent, progress: recorder)
        let reading = recorder.events.filter { if case .reading = $0 { true } else { false } }
        #expect(reading == [.reading(files: 1, of: 2, papers: 2), .reading(files: 2, of: 2, papers: 4)])
        let stages = recorder.events.compactMap { event -> String? in if case .stage(let stage) = event { stage } else { nil } }
        #expect(stages.first == "merging author name variants")
        #expect(stages.contains("writing the graph files"))
        #expect(recorder.events.last == .finished)
    }

    @Test func aBrokenFeedIsNamedWithItsFile() throws {
        let folder = try makeTemporaryDirectory("feeds-broken")
        let feed = TestPaths.fixture("atom/classic_two_entries.xml").path
        try FileManager.default.copyItem(atPath: feed, toPath: folder + "/a.xml")
        let text = try String(contentsOfFile: feed, encoding: .utf8)
        let cut = try #require(text.range(of: "<summary>"))
        try String(text[..<cut.upperBound]).write(toFile: folder + "/b.xml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: feed, toPath: folder + "/c.xml")
        #expect {
            _ = try CorpusLoader.load(.offline(.feeds(directory: folder)), log: .silent)
        } throws: { error in
            guard let error = error as? CiteGraphError else { return false }
            return error.message.hasPrefix(folder + "/b.xml: malformed Atom at line ") && error.exitCode == .badInput
        }
    }

    @Test func aPaperInTwoFeedsIsOneEntry() throws {
        let folder = try makeTemporaryDirectory("feeds-twice")
        let feed = TestPaths.fixture("atom/classic_two_entries.xml").path
        try FileManager.default.copyItem(atPath: feed, toPath: folder + "/a.xml")
        try FileManager.default.copyItem(atPath: feed, toPath: folder + "/b.xml")
        let corpus = try CorpusLoader.load(.offline(.feeds(directory: folder)), log: .silent).corpus
        // Two entries a file (read off the fixture), the same two in both.
        #expect(corpus.origin.items == 4)
        #expect(corpus.origin.entries == 2)
        #expect(corpus.papers.map(\.arxivID.rawValue) == ["2305.18290", "hep-th/9901001"])
    }
}
