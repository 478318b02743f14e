import CiteGraph
import Foundation
import Testing

@Suite struct RetryPolicyTests {
    @Test func retryAfterInSeconds() {
        #expect(RetryPolicy.retryAfterSeconds("120") == 120)
        #expect(RetryPolicy.retryAfterSeconds(" 0 ") == 0)
        #expect(RetryPolicy.retryAfterSeconds(nil) == nil)
        #expect(RetryPolicy.retryAfterSeconds("soon") == nil)
    }

    @Test func retryAfterAsAnHTTPDate() {
        // 2026-10-21 07:28:00 GMT is 1_792_567_680 s after 1970; 90 s before it is "now".
        let now = Date(timeIntervalSince1970: 1_792_567_680 - 90)
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT", now: now) == 90)
        // A date in the past means "now".
        #expect(RetryPolicy.retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT", now: now.addingTimeInterval(1000)) == 0)
    }

    @Test func backoffDoublesWithJitterAndIsCapped() {
        let noJitter = RetryPolicy(maxAttempts: 5, baseDelay: 2, maxDelay: 20, random: { 0 })
        let fullJitter = RetryPolicy(maxAttempts: 5, baseDelay: 2, maxDelay: 20, random: { 0.999999 })
        // Steps 2, 4, 8, 16, 32: half kept, half jittered.
        #expect(noJitter.delay(afterAttempt: 1, retryAfter: nil) == 1)
        #expect(noJitter.delay(afterAttempt: 2, retryAfter: nil) == 2)
        #expect(noJitter.delay(afterAttempt: 3, retryAfter: nil) == 4)
        #expect(abs(fullJitter.delay(afterAttempt: 3, retryAfter: nil) - 8) < 0.001)
        #expect(noJitter.delay(afterAttempt: 6, retryAfter: nil) == 20)  // 64/2 = 32, capped at 20
    }

    @Test func retryAfterIsAFloorButStillCapped() {
        let policy = RetryPolicy(maxAttempts: 5, baseDelay: 2, maxDelay: 20, random: { 0 })
        #expect(policy.delay(afterAttempt: 1, retryAfter: 7) == 7)
        #expect(policy.delay(afterAttempt: 1, retryAfter: 600) == 20)
    }
}

@Suite struct FetchOptionsTests {
    @Test func intervalBelowThreeSecondsOnlyOffArxiv() throws {
        var options = FetchOptions()
        options.interval = 1
        #expect(throws: FetchError.self) { try options.validate() }
        options.apiBase = "http://export.arxiv.org/api/query"
        #expect(throws: FetchError.self) { try options.validate() }
        options.apiBase = "http://127.0.0.1:8080/api/query"
        try options.validate()
        options.interval = 3
        options.apiBase = FetchOptions.arxivAPI
        try options.validate()
    }

    @Test func badValuesAreRefused() {
        var options = FetchOptions()
        options.batchSize = 0
        #expect(throws: FetchError.self) { try options.validate() }
        options = FetchOptions()
        options.apiBase = "ftp://example.org/q"
        #expect(throws: FetchError.self) { try options.validate() }
        options = FetchOptions()
        options.retries = 0
        #expect(throws: FetchError.self) { try options.validate() }
    }

    @Test func durations() {
        #expect(FetchOptions.parseDuration("90") == 90)
        #expect(FetchOptions.parseDuration("15m") == 900)
        #expect(FetchOptions.parseDuration("7d") == 604_800)
        #expect(FetchOptions.parseDuration("2w") == 1_209_600)
        #expect(FetchOptions.parseDuration("week") == nil)
        #expect(FetchOptions.parseDuration("-3h") == nil)
    }

    @Test func userAgentNamesTheContact() {
        #expect(HTTPClient.userAgent(mailto: "me@example.org") == "citegraph/\(CiteGraphVersion.string) (+mailto:me@example.org)")
    }

    @Test func urls() {
        let ids = [ArxivID("2305.18290")!, ArxivID("hep-th/9901001")!]
        #expect(ArxivClient.idListURL(base: "http://h/api/query", ids: ids)
            == "http://h/api/query?id_list=2305.18290,hep-th/9901001&start=0&max_results=2")
        #expect(ArxivClient.searchURL(base: "http://h/q", query: "ti:\"deep rl\" AND cat:cs.CL", start: 2000, maxResults: 2000)
            == "http://h/q?search_query=ti:%22deep%20rl%22%20AND%20cat:cs.CL&start=2000&max_results=2000")
    }
}
