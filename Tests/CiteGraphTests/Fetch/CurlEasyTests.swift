import CiteGraph
import Foundation
import Testing

/// The libcurl wrapper against a real server on 127.0.0.1.
@Suite struct CurlEasyTests {
    func makeCurl(totalTimeout: Double = 5, maxBytes: Int = 1 << 20) throws -> CurlEasy {
        try CurlEasy(settings: CurlSettings(connectTimeout: 2, totalTimeout: totalTimeout, maxRedirects: 3,
                                            maxResponseBytes: maxBytes, userAgent: "citegraph-test (+mailto:t@example.org)"))
    }

    @Test func getsStatusHeadersBodyOnOneConnection() throws {
        let server = try ScriptedHTTPServer { request, index in
            .text("hello \(index)", status: index == 0 ? 200 : 503, headers: ["Retry-After": "7"])
        }
        defer { server.stop() }
        let curl = try makeCurl()
        let first = try curl.get(server.baseURL + "?a=1")
        let second = try curl.get(server.baseURL + "?a=2")
        #expect(first.status == 200)
        #expect(first.body == Array("hello 0".utf8))
        #expect(second.status == 503)
        #expect(second.headers["retry-after"] == "7")
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests.map { $0.query["a"] } == ["1", "2"])
        #expect(requests[0].headers["user-agent"] == "citegraph-test (+mailto:t@example.org)")
        #expect(requests[0].headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func decodesAGzipBody() throws {
        // gzip(1) makes the compressed body, so the test does not depend on the code under test.
        let directory = try makeTemporaryDirectory()
        let text = String(repeating: "<feed>compressible</feed>\n", count: 200)
        try text.write(toFile: directory + "/body", atomically: false, encoding: .utf8)
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", directory + "/body"]
        try gzip.run()
        gzip.waitUntilExit()
        let compressed = try #require(FileManager.default.contents(atPath: directory + "/body.gz"))
        #expect(compressed.count < text.utf8.count / 4)
        let server = try ScriptedHTTPServer { _, _ in
            .respond(status: 200, headers: ["Content-Encoding": "gzip", "Content-Type": "application/atom+xml"], body: Array(compressed))
        }
        defer { server.stop() }
        let response = try makeCurl().get(server.baseURL)
        #expect(response.body == Array(text.utf8))
    }

    @Test func followsAtMostThreeRedirects() throws {
        let server = try ScriptedHTTPServer { request, _ in
            let hop = Int(request.query["hop"] ?? "0") ?? 0
            return .respond(status: 302, headers: ["Location": "/api/query?hop=\(hop + 1)"], body: [])
        }
        defer { server.stop() }
        #expect(throws: CurlFailure.self) { try makeCurl().get(server.baseURL + "?hop=0") }
        #expect(server.requests.count == 4)  // the first plus three redirects
    }

    @Test func aResetIsATransientFailure() throws {
        let server = try ScriptedHTTPServer { _, _ in .reset }
        defer { server.stop() }
        do {
            _ = try makeCurl().get(server.baseURL)
            Issue.record("a reset connection must throw")
        } catch let failure as CurlFailure {
            #expect(failure.isTransient)
            #expect(!failure.isTimeout)
        }
    }

    @Test func aStallPastTheTimeoutTimesOut() throws {
        let server = try ScriptedHTTPServer { _, _ in .stall(seconds: 3) }
        defer { server.stop() }
        do {
            _ = try makeCurl(totalTimeout: 0.5).get(server.baseURL)
            Issue.record("a stalled response must time out")
        } catch let failure as CurlFailure {
            #expect(failure.isTimeout)
            #expect(failure.isTransient)
        }
    }

    @Test func aTruncatedBodyIsATransientFailure() throws {
        let server = try ScriptedHTTPServer { _, _ in .truncated(status: 200, body: Array("<feed>".utf8), declaredLength: 500) }
        defer { server.stop() }
        do {
            _ = try makeCurl().get(server.baseURL)
            Issue.record("a short body must throw")
        } catch let failure as CurlFailure {
            #expect(failure.isTransient)
        }
    }

    @Test func aBodyOverTheCapIsRefused() throws {
        let server = try ScriptedHTTPServer { _, _ in .text(String(repeating: "x", count: 5000)) }
        defer { server.stop() }
        do {
            _ = try makeCurl(maxBytes: 1000).get(server.baseURL)
            Issue.record("an oversized body must throw")
        } catch let failure as CurlFailure {
            #expect(failure.isTooLarge)
            #expect(!failure.isTransient)
        }
    }
}
