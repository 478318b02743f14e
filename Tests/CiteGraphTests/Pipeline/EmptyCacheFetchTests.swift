import CiteGraph
import Foundation
import Testing

/// The bundled list loaded into an empty cache through a 127.0.0.1 arXiv stand-in that really
/// searches titles: every request counted by the server.
///
/// The list (read by hand): 77 distinct papers, 60 linked to arXiv and 17 by venue links (ACL
/// Anthology, OpenReview, MIT Press), plus 5 distinct resources (blogs and a GitHub page).
/// The 77 are exactly the papers of the bundled cache, which the server serves.
@Suite struct EmptyCacheFetchTests {
    static func options(server: ScriptedHTTPServer, cache: String, offline: Bool = false) throws -> RunOptions {
        var fetch = FetchOptions()
        fetch.apiBase = server.baseURL
        fetch.interval = FetchHarness.interval
        fetch.offline = offline
        fetch.retries = 2
        fetch.backoffBase = 0.1
        fetch.connectTimeout = 2
        fetch.totalTimeout = 5
        fetch.mailto = "tests@example.org"
        fetch.quiet = true
        return RunOptions(input: .list(path: TestPaths.bundledList.path), cacheDirectory: cache,
                          outputDirectory: try makeTemporaryDirectory("citegraph-e2e-out"), fetch: fetch)
    }

    /// The arXiv ids of the 17 papers the list names by venue links only (titles looked up by
    /// hand in cache/papers).
    static let venuePapers: Set<String> = [
        "1811.00937", "2009.03300", "2101.00190", "2101.02235", "2104.08691", "2106.09685", "2201.11903",
        "2202.01279", "2203.02155", "2204.07705", "2210.00045", "2212.09689", "2212.10560", "2301.00355",
        "2301.01821", "2303.10512", "2305.16739",
    ]
    /// "CMMLU: Measuring massive multitask language understanding in Chinese", linked to arXiv in
    /// the list, holds the phrase searched for "Measuring Massive Multitask Language Understanding":
    /// the search answer brings it along.
    static let cmmlu = "2306.09212"

    static func methods(_ corpus: Corpus) -> [Resolution.Method: Int] {
        Dictionary(grouping: corpus.papers, by: \.resolution.method).mapValues(\.count)
    }

    static func cachedPapers(_ cache: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: cache + "/papers").filter { $0.hasSuffix(".xml") }.sorted()
    }

    /// The file names of the bundled cache's papers: a filled cache holds the same.
    static var bundledFileNames: [String] { (try? cachedPapers(TestPaths.bundledCache.path)) ?? [] }

    @Test func anEmptyCacheTakesOneIDListRequestAndAtMostThreeSearchesThenNone() throws {
        let arxiv = try SearchingArxiv()
        let server = try ScriptedHTTPServer { request, _ in arxiv.reply(request) }
        defer { server.stop() }
        let cache = try makeTemporaryDirectory("citegraph-e2e-cache")
        let options = try Self.options(server: server, cache: cache)

        let first = try CorpusLoader.load(options, log: .silent)
        #expect(first.corpus.papers.count == 77)
        #expect(Self.methods(first.corpus) == [.direct: 60, .searchTitle: 17])
        #expect(first.corpus.unresolved.isEmpty)
        #expect(first.corpus.resources.count == 5)
        #expect(first.missing.isEmpty)
        #expect(!first.offlineMissing)
        #expect(first.corpus.papers.map(\.arxivID) == FixtureFeeds.allIDs)

        let requests = server.requests
        let idLists = requests.filter { $0.query["id_list"] != nil }
        let searches = requests.filter { $0.query["search_query"] != nil }
        #expect(idLists.count == 1, "id_list requests: \(idLists.map(\.rawQuery))")
        // 17 exact titles, 10 to a search (ResolveOptions.titlesPerSearch): two searches, all found.
        #expect(searches.count == 2, "searches: \(searches.map { $0.query["search_query"] ?? "" })")
        #expect(requests.count == idLists.count + searches.count)
        // The summary's counts are the server's.
        #expect(first.requests == idLists.count)
        #expect(first.searches == searches.count)

        // The searches brought the 17 venue papers and CMMLU; the one id_list asks, once each,
        // for the papers no search answer held: the 60 linked ones but CMMLU.
        let searched = Set(arxiv.searchReturned.map(\.rawValue))
        #expect(searched == Self.venuePapers.union([Self.cmmlu]))
        #expect(Set(first.corpus.papers.filter { $0.resolution.method == .searchTitle }.map(\.arxivID.rawValue)) == Self.venuePapers)
        let idList = try #require(idLists.first)
        let asked = (idList.query["id_list"] ?? "").split(separator: ",").map(String.init)
        #expect(asked.count == 59)
        #expect(Set(asked).count == asked.count)
        #expect(idList.query["max_results"] == "59")
        #expect(Set(asked) == Set(FixtureFeeds.allIDs.map(\.rawValue)).subtracting(searched))
        #expect(!asked.contains(Self.cmmlu))

        // Every paper stored, nothing else; one file per search made.
        #expect(try Self.cachedPapers(cache) == Self.bundledFileNames)
        let paperCache = PaperCache(directory: cache)
        for id in FixtureFeeds.allIDs { #expect(try paperCache.entry(for: id)?.id == id) }
        let searchFiles = try FileManager.default.contentsOfDirectory(atPath: paperCache.searchesDirectory)
        #expect(searchFiles.filter { $0.hasSuffix(".xml") }.count == searches.count)

        let gaps = zip(requests.dropFirst(), requests).map { $0.time - $1.time }
        #expect(gaps.allSatisfy { $0 >= FetchHarness.interval - FetchHarness.tolerance }, "gaps \(gaps)")

        // Again on the same cache: the venue titles now resolve from the cached papers.
        let second = try CorpusLoader.load(options, log: .silent)
        #expect(server.requests.count == requests.count)
        #expect(second.requests == 0)
        #expect(second.searches == 0)
        #expect(Self.methods(second.corpus) == [.direct: 60, .cacheTitle: 17])
        #expect(second.corpus.papers.map(\.arxivID) == FixtureFeeds.allIDs)

        // With the searched papers' files gone, the cached searches answer and restore them.
        let bySearch = first.corpus.papers.filter { $0.resolution.method == .searchTitle }.map(\.arxivID)
        #expect(bySearch.count == 17)
        for id in bySearch { try FileManager.default.removeItem(atPath: paperCache.path(for: id)) }
        #expect(try Self.cachedPapers(cache).count == 60)
        let third = try CorpusLoader.load(options, log: .silent)
        #expect(server.requests.count == requests.count)
        #expect(third.requests == 0)
        #expect(third.searches == 0)
        #expect(Self.methods(third.corpus) == [.direct: 60, .searchTitle: 17])
        #expect(try Self.cachedPapers(cache) == Self.bundledFileNames)
    }

    @Test func offlineIntoAnEmptyCacheOpensNoConnectionAndNamesTheMissingPapers() throws {
        let arxiv = try SearchingArxiv()
        let server = try ScriptedHTTPServer { request, _ in arxiv.reply(request) }
        defer { server.stop() }
        let cache = try makeTemporaryDirectory("citegraph-e2e-cache")
        let result = try CorpusLoader.load(try Self.options(server: server, cache: cache, offline: true), log: .silent)
        #expect(server.requests.isEmpty)
        #expect(result.requests == 0)
        #expect(result.offlineMissing)
        // The 60 linked papers are known by id and missing; the 17 venue titles, never searched,
        // stay unresolved.
        #expect(result.missing.count == 60)
        #expect(Set(result.missing).isSubset(of: Set(FixtureFeeds.allIDs)))
        #expect(result.corpus.papers.isEmpty)
        #expect(result.corpus.unresolved.count == 60 + 17)
        #expect(result.corpus.resources.count == 5)
    }

    @Test func theStandInSearchesTitlesLikeArxiv() throws {
        let arxiv = try SearchingArxiv()
        func search(_ query: String, max: Int = 50) -> [String]? {
            let request = ScriptedHTTPServer.Request(path: "/api/query", query: ["search_query": query, "max_results": String(max)],
                                                     rawQuery: "", headers: [:], time: 0)
            guard case let .respond(200, _, body) = arxiv.reply(request),
                  let feed = try? AtomParser.parseFeed(bytes: body) else { return nil }
            return feed.entries.map(\.id.rawValue)
        }
        // AdaLoRA's arXiv title: "AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning".
        #expect(search("ti:\"adaptive budget allocation for parameter efficient fine tuning\"") == ["2303.10512"])
        #expect(search("ti:\"budget adaptive allocation\"") == [])
        #expect(search("(ti:adaptive AND ti:budget AND ti:allocation)") == ["2303.10512"])
        #expect(search("ti:\"adaptive budget allocation\" OR ti:\"low rank adaptation of large language models\"")
            == ["2106.09685", "2303.10512"])
        #expect(search("ti:language", max: 3)?.count == 3)
        #expect(search("au:hu") == nil)
        #expect(search("(ti:adaptive AND ti:budget") == nil)
    }
}
