import CiteGraph
import Foundation
import Testing

/// The fetcher's use of the cache: the fewest requests, nothing fetched twice, offline.
@Suite struct FetcherCacheTests {
    @Test func theBundledListTakesOneRequestIntoAnEmptyCacheAndNoneAfter() throws {
        let all = FixtureFeeds.allIDs
        #expect(all.count == 77)
        let harness = try FetchHarness { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        let first = try harness.fetcher().papers(for: all)
        #expect(first.requests == 1)
        #expect(first.fetched.count == 77)
        #expect(harness.server.requests.count == 1)
        #expect(harness.server.requests[0].query["max_results"] == "77")
        #expect(FixtureFeeds.requestedIDs(harness.server.requests[0]) == all)
        #expect(harness.server.requests[0].headers["user-agent"] == "citegraph/\(CiteGraphVersion.string) (+mailto:tests@example.org)")
        #expect(try harness.cachedFileNames().count == 77)

        // A new run: everything from the cache, no request.
        let second = try harness.fetcher().papers(for: all)
        #expect(second.requests == 0)
        #expect(second.fromCache.count == 77)
        #expect(harness.server.requests.count == 1)
        #expect(second.entries == first.entries)
    }

    @Test func batchesKeepTheInterval() throws {
        let ids = Array(FixtureFeeds.allIDs.prefix(30))
        let harness = try FetchHarness(batchSize: 10) { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: ids)
        #expect(result.fetched.count == 30)
        #expect(harness.server.requests.map { FixtureFeeds.requestedIDs($0).count } == [10, 10, 10])
        #expect(harness.gaps.count == 2)
        #expect(harness.intervalKept, "gaps \(harness.gaps)")
    }

    @Test func onlyWhatTheCacheLacksIsAskedFor() throws {
        let ids = Array(FixtureFeeds.allIDs.prefix(6))
        let harness = try FetchHarness { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        _ = try harness.fetcher().papers(for: Array(ids.prefix(4)))
        let result = try harness.fetcher().papers(for: ids)
        #expect(result.fromCache == Array(ids.prefix(4)))
        #expect(result.fetched == Array(ids.suffix(2)))
        #expect(FixtureFeeds.requestedIDs(harness.server.requests[1]) == Array(ids.suffix(2)))
    }

    @Test func offlineOpensNoConnectionAndNamesWhatIsMissing() throws {
        let ids = Array(FixtureFeeds.allIDs.prefix(3))
        let harness = try FetchHarness(configure: { $0.offline = true }) { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        let fetcher = try harness.fetcher()
        let result = try fetcher.papers(for: ids)
        #expect(result.missingOffline == ids)
        #expect(result.entries.isEmpty)
        #expect(throws: FetchError.offlineMissing(["search: ti:anything"])) {
            _ = try fetcher.search(query: "ti:anything", maxResults: 5)
        }
        #expect(harness.server.requests.isEmpty)
    }

    @Test func aCorruptCacheFileIsReportedAndFetchedAgain() throws {
        let ids = Array(FixtureFeeds.allIDs.prefix(3))
        let harness = try FetchHarness { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        _ = try harness.fetcher().papers(for: ids)
        // A file cut short, as a crash without atomic writes would leave it.
        let path = harness.cache.path(for: ids[1])
        let whole = try #require(FileManager.default.contents(atPath: path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))

        #expect(throws: FetchError.self) { try harness.cache.entry(for: ids[1]) }
        var reported: [FetchError] = []
        let readable = try harness.cache.allEntries { reported.append($0) }
        #expect(readable.map(\.id) == [ids[0], ids[2]])
        #expect(reported.count == 1)
        #expect(reported.first?.description.contains(path) == true)

        let result = try harness.fetcher().papers(for: ids)
        #expect(result.corrupt == [path])
        #expect(result.fetched == [ids[1]])
        #expect(FixtureFeeds.requestedIDs(harness.server.requests[1]) == [ids[1]])
        #expect(try harness.cache.entry(for: ids[1])?.id == ids[1])
    }

    @Test func aCorruptFileOfflineIsNamedAsMissing() throws {
        let id = FixtureFeeds.allIDs[0]
        let harness = try FetchHarness(configure: { $0.offline = true }) { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        try FileManager.default.createDirectory(atPath: harness.cache.papersDirectory, withIntermediateDirectories: true)
        try Data("<?xml version='1.0'?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>".utf8)
            .write(to: URL(fileURLWithPath: harness.cache.path(for: id)))
        let result = try harness.fetcher().papers(for: [id])
        #expect(result.missingOffline == [id])
        #expect(result.corrupt == [harness.cache.path(for: id)])
        #expect(harness.server.requests.isEmpty)
    }

    @Test func refreshAndMaxAgeFetchAgain() throws {
        let ids = Array(FixtureFeeds.allIDs.prefix(2))
        let directory = try makeTemporaryDirectory("citegraph-fetch")
        let server = { @Sendable (request: ScriptedHTTPServer.Request, _: Int) in FixtureFeeds.arxivReply(request) }
        let plain = try FetchHarness(cacheDirectory: directory, handler: server)
        defer { plain.server.stop() }
        _ = try plain.fetcher().papers(for: ids)

        let refreshing = try FetchHarness(cacheDirectory: directory, configure: { $0.refresh = true }, handler: server)
        defer { refreshing.server.stop() }
        #expect(try refreshing.fetcher().papers(for: ids).fetched == ids)
        #expect(refreshing.server.requests.count == 1)

        // One file made two hours old: --max-age 1h fetches only it.
        let old = Date().addingTimeInterval(-7200)
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: plain.cache.path(for: ids[0]))
        let aging = try FetchHarness(cacheDirectory: directory, configure: { $0.maxAge = 3600 }, handler: server)
        defer { aging.server.stop() }
        let result = try aging.fetcher().papers(for: ids)
        #expect(result.fetched == [ids[0]])
        #expect(result.fromCache == [ids[1]])
    }

    @Test func titleSearchesAreCached() throws {
        let hits = Array(FixtureFeeds.allIDs.prefix(2))
        let harness = try FetchHarness { request, _ in
            .atom(FixtureFeeds.feed(ids: request.query["search_query"] == "ti:\"x y\"" ? hits : []))
        }
        defer { harness.server.stop() }
        let first = try harness.fetcher().search(query: "ti:\"x y\"", maxResults: 5)
        #expect(first.map(\.id) == hits)
        #expect(harness.server.requests.first?.query["max_results"] == "5")
        let again = try harness.fetcher().search(query: "ti:\"x y\"", maxResults: 5)
        #expect(again.map(\.id) == hits)
        #expect(harness.server.requests.count == 1)
        #expect(FileManager.default.fileExists(atPath: harness.cache.searchPath(query: "ti:\"x y\"")))
        // Search hits are candidates, not papers of the list: papers/ stays empty.
        #expect(!FileManager.default.fileExists(atPath: harness.cache.papersDirectory))

        // No match is an answer too (cached), not a fault to retry.
        #expect(try harness.fetcher().search(query: "ti:nothing", maxResults: 5).isEmpty)
        #expect(harness.server.requests.count == 2)
    }

    @Test func aQueryIsPagedAndEachPaperStored() throws {
        let matching = Array(FixtureFeeds.allIDs.prefix(9))
        let harness = try FetchHarness(pageSize: 4) { request, _ in
            let start = Int(request.query["start"] ?? "") ?? 0
            let size = Int(request.query["max_results"] ?? "") ?? 0
            let page = Array(matching.dropFirst(start).prefix(size))
            return .atom(FixtureFeeds.feed(ids: page, totalResults: matching.count, startIndex: start))
        }
        defer { harness.server.stop() }
        let entries = try harness.fetcher().query("cat:cs.CL AND ti:alignment", max: 20)
        #expect(entries.map(\.id) == matching)
        #expect(harness.server.requests.map { $0.query["start"] } == ["0", "4", "8"])
        #expect(harness.server.requests.allSatisfy { $0.query["search_query"] == "cat:cs.CL AND ti:alignment" })
        #expect(try harness.cachedFileNames().count == 9)
        #expect(harness.intervalKept)
    }

    @Test func aQueryStopsAtMax() throws {
        let matching = Array(FixtureFeeds.allIDs.prefix(9))
        let harness = try FetchHarness(pageSize: 4) { request, _ in
            let start = Int(request.query["start"] ?? "") ?? 0
            let size = Int(request.query["max_results"] ?? "") ?? 0
            return .atom(FixtureFeeds.feed(ids: Array(matching.dropFirst(start).prefix(size)), totalResults: 9, startIndex: start))
        }
        defer { harness.server.stop() }
        let entries = try harness.fetcher().query("all:x", max: 6)
        #expect(entries.map(\.id) == Array(matching.prefix(6)))
        #expect(harness.server.requests.map { $0.query["max_results"] } == ["4", "2"])
    }
}

/// A query's result is kept (ids in arXiv's order), so the same query runs again offline.
@Suite struct QueryOfflineTests {
    /// arXiv's order (relevance, dates) is not the ids' order: reversed here.
    let matching = Array(FixtureFeeds.allIDs.prefix(9).reversed())

    func harness(cacheDirectory: String? = nil, offline: Bool = false) throws -> FetchHarness {
        let matching = matching
        return try FetchHarness(pageSize: 4, cacheDirectory: cacheDirectory, configure: { $0.offline = offline }) { request, _ in
            let start = Int(request.query["start"] ?? "") ?? 0
            let size = Int(request.query["max_results"] ?? "") ?? 0
            return .atom(FixtureFeeds.feed(ids: Array(matching.dropFirst(start).prefix(size)), totalResults: 9, startIndex: start))
        }
    }

    func offlineMessage(_ body: () throws -> Void) -> String? {
        do { try body() } catch let error as FetchError {
            guard case .offlineMissing = error else { return "unexpected: \(error)" }
            return error.description
        } catch { return "unexpected: \(error)" }
        return nil
    }

    @Test func aQueryRunOnlineIsRebuiltOfflineInArxivsOrder() throws {
        let online = try harness()
        defer { online.server.stop() }
        #expect(try online.fetcher().query("all:x", max: 20).map(\.id) == matching)
        let sent = online.server.requests.count

        let offline = try harness(cacheDirectory: online.cache.directory, offline: true)
        defer { offline.server.stop() }
        #expect(try offline.fetcher().query("all:x", max: 20).map(\.id) == matching)
        #expect(try offline.fetcher().query("all:x", max: 4).map(\.id) == Array(matching.prefix(4)))
        #expect(offline.server.requests.isEmpty && online.server.requests.count == sent)

        let stored = try #require(try online.cache.cachedQuery("all:x"))
        #expect(stored.ids == matching.map(\.rawValue) && stored.totalResults == 9 && stored.max == 20)
    }

    @Test func offlineSaysWhatTheStoredQueryLacks() throws {
        let online = try harness()
        defer { online.server.stop() }
        _ = try online.fetcher().query("all:x", max: 6)
        let offline = try harness(cacheDirectory: online.cache.directory, offline: true)
        defer { offline.server.stop() }
        // More than the first run asked for, while arXiv had more: not a silent short answer.
        let beyond = offlineMessage { _ = try offline.fetcher().query("all:x", max: 8) }
        #expect(beyond?.contains("query: all:x beyond its first 6 of 9 results (it ran with --max 6; ask for --max 6 or run online)") == true)
        #expect(try offline.fetcher().query("all:x", max: 6).count == 6)

        let never = offlineMessage { _ = try offline.fetcher().query("all:y", max: 6) }
        #expect(never?.contains("query: all:y (never run online with this cache)") == true)

        try FileManager.default.removeItem(atPath: online.cache.path(for: matching[2]))
        let gone = offlineMessage { _ = try offline.fetcher().query("all:x", max: 6) }
        #expect(gone?.contains("the cache lacks 1 item: \(matching[2].rawValue)") == true)
        #expect(offline.server.requests.isEmpty)
    }

    /// A paper of the stored query in a corrupt file is lacking, as under `run --ids` (4), named
    /// with its file: it stopped the query as bad input (2).
    @Test func aCorruptPaperOfAStoredQueryIsLackingWithItsFile() throws {
        let online = try harness()
        defer { online.server.stop() }
        _ = try online.fetcher().query("all:x", max: 6)
        let offline = try harness(cacheDirectory: online.cache.directory, offline: true)
        defer { offline.server.stop() }
        let path = online.cache.path(for: matching[1])
        try Data().write(to: URL(fileURLWithPath: path))
        let corrupt = offlineMessage { _ = try offline.fetcher().query("all:x", max: 6) }
        #expect(corrupt == "--offline: the cache lacks 1 item: \(matching[1].rawValue) "
            + "(corrupt cache file \(path): the body is empty: no Atom feed at all)")
    }

    @Test func aDamagedStoredQueryIsNamed() throws {
        let offline = try harness(offline: true)
        defer { offline.server.stop() }
        let path = offline.cache.queryPath(query: "all:x")
        try FileManager.default.createDirectory(atPath: offline.cache.queriesDirectory, withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: path, contents: Data("{\"ids\": [".utf8)))
        #expect(throws: FetchError.self) { _ = try offline.fetcher().query("all:x", max: 6) }
        do { _ = try offline.fetcher().query("all:x", max: 6) } catch let error as FetchError {
            #expect(error.description.hasPrefix("corrupt cache file \(path): not a stored query result"))
            #expect(error.exitCode == .badInput)
        }
    }
}

@Suite struct FetcherSingleIDTests {
    @Test func aLoneUnknownIDCostsOneRequest() throws {
        let unknown = ArxivID("2401.99999")!
        let harness = try FetchHarness { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: [unknown])
        #expect(result.notFound == [unknown])
        #expect(harness.server.requests.count == 1)
    }

    @Test func offlineMessagesStayShort() {
        let many = (1...25).map { String(format: "2401.%05d", $0) }
        let text = FetchError.offlineMissing(many).description
        #expect(text.hasPrefix("--offline: the cache lacks 25 items: 2401.00001, 2401.00002"))
        #expect(text.hasSuffix("2401.00020 and 5 more"))
    }
}

@Suite struct SearchCacheCorruptionTests {
    final class Warnings: CiteGraph.ProgressReporting {
        var messages: [String] = []
        func report(_ event: FetchEvent) {
            if case let .warning(message) = event { messages.append(message) }
        }
    }

    @Test func aCorruptSearchFileIsReportedAndSearchedAgain() throws {
        let hits = Array(FixtureFeeds.allIDs.prefix(1))
        let harness = try FetchHarness { _, _ in .atom(FixtureFeeds.feed(ids: hits)) }
        defer { harness.server.stop() }
        try harness.cache.storeSearch(query: "ti:x", bytes: Array("<?xml version='1.0'?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>".utf8))
        let warnings = Warnings()
        let fetcher = try ArxivFetcher(cache: harness.cache, options: harness.options, progress: warnings,
                                       limiter: RateLimiter(interval: FetchHarness.interval))
        #expect(try fetcher.search(query: "ti:x", maxResults: 3).map(\.id) == hits)
        #expect(harness.server.requests.count == 1)
        #expect(warnings.messages == ["corrupt cache file \(harness.cache.searchPath(query: "ti:x")); searching again"])
        #expect(harness.cache.cachedSearch(query: "ti:x")?.map(\.id) == hits)
    }
}
