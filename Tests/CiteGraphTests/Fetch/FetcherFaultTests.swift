import CiteGraph
import Foundation
import Testing

/// `ArxivFetcher` against a server that misbehaves the way arXiv does. Each test asserts the
/// outcome, the requests the server saw, and that the interval between requests was kept.
@Suite struct FetcherFaultTests {
    /// Twelve bundled papers, one batch.
    let ids = Array(FixtureFeeds.allIDs.prefix(12))

    /// Answers request 0 with `first`, every later one as arXiv would.
    func failingOnce(_ first: ScriptedHTTPServer.Reply) -> ScriptedHTTPServer.Handler {
        { request, index in index == 0 ? first : FixtureFeeds.arxivReply(request) }
    }

    func expectAllFetched(_ result: FetchResult, _ harness: FetchHarness, requests: Int,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(result.fetched.sorted() == ids, sourceLocation: sourceLocation)
        #expect(result.entries.count == 12, sourceLocation: sourceLocation)
        #expect(result.notFound.isEmpty, sourceLocation: sourceLocation)
        #expect(result.requests == requests, sourceLocation: sourceLocation)
        #expect(harness.server.requests.count == requests, sourceLocation: sourceLocation)
        #expect(harness.intervalKept, "gaps \(harness.gaps)", sourceLocation: sourceLocation)
        #expect(try harness.cachedFileNames() == ids.map { $0.fileStem + ".xml" }.sorted(), sourceLocation: sourceLocation)
    }

    @Test func serviceUnavailableHonoursRetryAfter() throws {
        let harness = try FetchHarness(handler: failingOnce(.text("busy", status: 503, headers: ["Retry-After": "1"])))
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: ids)
        try expectAllFetched(result, harness, requests: 2)
        #expect(harness.gaps.first ?? 0 >= 1.0 - FetchHarness.tolerance)
    }

    @Test func tooManyRequestsBacksOffExponentially() throws {
        let harness = try FetchHarness { request, index in
            index < 3 ? .text("slow down", status: 429) : FixtureFeeds.arxivReply(request)
        }
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: ids)
        try expectAllFetched(result, harness, requests: 4)
        // Backoff steps 0.1, 0.2, 0.4 with the jitter fixed at 0.5: waits of 0.075, 0.15, 0.3 s.
        let gaps = harness.gaps
        #expect(gaps.count == 3)
        #expect(gaps.dropFirst().first ?? 0 >= 0.15 - FetchHarness.tolerance)
        #expect(gaps.last ?? 0 >= 0.3 - FetchHarness.tolerance)
    }

    @Test func notAcceptableSplitsTheBatch() throws {
        // 406 for any batch of more than 3 ids: 12 → 6 + 6 → 3 + 3 + 3 + 3.
        let harness = try FetchHarness { request, _ in
            FixtureFeeds.requestedIDs(request).count > 3 ? .text("Not Acceptable", status: 406) : FixtureFeeds.arxivReply(request)
        }
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: ids)
        try expectAllFetched(result, harness, requests: 7)
        #expect(harness.server.requests.map { FixtureFeeds.requestedIDs($0).count } == [12, 6, 3, 3, 6, 3, 3])
    }

    @Test func aConnectionResetIsRetried() throws {
        let harness = try FetchHarness(handler: failingOnce(.reset))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
    }

    @Test func aStallPastTheTimeoutIsRetried() throws {
        let harness = try FetchHarness(totalTimeout: 0.5, handler: failingOnce(.stall(seconds: 1.5)))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
        #expect(harness.gaps.first ?? 0 >= 0.5 - FetchHarness.tolerance)
    }

    @Test func aTruncatedBodyIsRetried() throws {
        let whole = Array(FixtureFeeds.feed(ids: ids).utf8)
        let harness = try FetchHarness(handler: failingOnce(.truncated(status: 200, body: Array(whole.prefix(700)), declaredLength: whole.count)))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
    }

    @Test func aCutFeedWithAnHonestLengthIsRetried() throws {
        // The body ends mid-entry but Content-Length matches: only the parser can tell.
        let cut = String(FixtureFeeds.feed(ids: ids).prefix(1500))
        let harness = try FetchHarness(handler: failingOnce(.atom(cut)))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
    }

    @Test func rateExceededAsPlainTextIsRetried() throws {
        let harness = try FetchHarness(handler: failingOnce(.text("Rate exceeded.")))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
    }

    @Test func anHTMLErrorPageIsRetried() throws {
        let page = "<!DOCTYPE html><html><head><title>Oops</title></head><body>Something went wrong</body></html>"
        let harness = try FetchHarness(handler: failingOnce(.text(page, contentType: "text/html")))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
    }

    @Test func anEmptyPageIsRetried() throws {
        let harness = try FetchHarness(handler: failingOnce(.atom(FixtureFeeds.feed(entryTexts: [], totalResults: 0))))
        defer { harness.server.stop() }
        try expectAllFetched(try harness.fetcher().papers(for: ids), harness, requests: 2)
    }

    @Test func anArxivErrorFeedIsNotRetriedAndShowsArxivsMessage() throws {
        let harness = try FetchHarness { _, _ in .atom(FixtureFeeds.errorFeed("incorrect id format for abc"), status: 400) }
        defer { harness.server.stop() }
        do {
            _ = try harness.fetcher().papers(for: ids)
            Issue.record("an error feed must throw")
        } catch let error as FetchError {
            guard case let .http(status, _, message) = error else {
                Issue.record("expected .http, got \(error)")
                return
            }
            #expect(status == 400)
            #expect(message == "incorrect id format for abc")
            #expect(error.exitCode == .arxivError)
        }
        #expect(harness.server.requests.count == 1)
    }

    @Test func anErrorFeedWithStatus200IsAnArxivError() throws {
        let harness = try FetchHarness { _, _ in .atom(FixtureFeeds.errorFeed("incorrect id format for abc")) }
        defer { harness.server.stop() }
        #expect(throws: FetchError.arxiv(message: "incorrect id format for abc",
                                         url: ArxivClient.idListURL(base: harness.server.baseURL, ids: ids))) {
            _ = try harness.fetcher().papers(for: ids)
        }
        #expect(harness.server.requests.count == 1)
    }

    @Test func anIDLeftOutOfABatchIsAskedForAloneOnce() throws {
        let dropped = ids[4]
        let harness = try FetchHarness { request, _ in
            let asked = FixtureFeeds.requestedIDs(request)
            return .atom(FixtureFeeds.feed(ids: asked.count > 1 ? asked.filter { $0 != dropped } : asked))
        }
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: ids)
        try expectAllFetched(result, harness, requests: 2)
        #expect(FixtureFeeds.requestedIDs(harness.server.requests[1]) == [dropped])
    }

    @Test func anIDArxivNeverReturnsIsReportedNotFoundWithoutFailingTheOthers() throws {
        let unknown = ArxivID("2401.99999")!
        let harness = try FetchHarness { request, _ in FixtureFeeds.arxivReply(request) }
        defer { harness.server.stop() }
        let result = try harness.fetcher().papers(for: ids + [unknown])
        #expect(result.notFound == [unknown])
        #expect(result.fetched.sorted() == ids)
        // The batch, then the unknown id alone once (an empty answer to a lone id is final).
        #expect(harness.server.requests.count == 2)
        #expect(FixtureFeeds.requestedIDs(harness.server.requests[1]) == [unknown])
    }

    @Test func persistentFailureGivesUpAfterTheRetries() throws {
        let harness = try FetchHarness(retries: 3) { _, _ in .text("down", status: 503) }
        defer { harness.server.stop() }
        do {
            _ = try harness.fetcher().papers(for: ids)
            Issue.record("must give up")
        } catch let error as FetchError {
            guard case let .gaveUp(attempts, _, problem) = error else {
                Issue.record("expected .gaveUp, got \(error)")
                return
            }
            #expect(attempts == 3)
            #expect(problem.contains("503"))
            #expect(error.exitCode == .network)
        }
        #expect(harness.server.requests.count == 3)
        #expect(harness.intervalKept)
    }

    @Test func anotherClientErrorIsNotRetried() throws {
        let harness = try FetchHarness { _, _ in .text("Forbidden", status: 403) }
        defer { harness.server.stop() }
        #expect(throws: FetchError.http(status: 403, url: ArxivClient.idListURL(base: harness.server.baseURL, ids: ids),
                                        message: "Forbidden")) {
            _ = try harness.fetcher().papers(for: ids)
        }
        #expect(harness.server.requests.count == 1)
    }
}
