import CiteGraph
import Foundation
import Synchronization
import Testing

/// A clock whose sleeps pass instantly but move its time on, so the limiter's arithmetic can be
/// checked exactly (the real waits are checked against the server in FetcherFaultTests).
final class VirtualClock: FetchClock {
    private let state = Mutex<(now: Double, sleeps: [Double])>((100, []))
    var sleeps: [Double] { state.withLock { $0.sleeps } }
    func now() -> Double { state.withLock { $0.now } }
    func advance(_ seconds: Double) { state.withLock { $0.now += seconds } }
    func sleep(seconds: Double) {
        state.withLock {
            $0.now += seconds
            $0.sleeps.append(seconds)
        }
    }
}

@Suite struct RateLimiterTests {
    @Test func oneSharedLimiterPerServerAndOneForAllOfArxiv() {
        #expect(RateLimiter.shared(for: "https://export.arxiv.org/api/query") === RateLimiter.shared)
        #expect(RateLimiter.shared(for: "http://arxiv.org/api/query") === RateLimiter.shared)
        let local = RateLimiter.shared(for: "http://127.0.0.1:40001/api/query")
        #expect(local !== RateLimiter.shared)
        #expect(RateLimiter.shared(for: "http://127.0.0.1:40001/other") === local)
        #expect(RateLimiter.shared(for: "http://127.0.0.1:40002/api/query") !== local)
    }

    @Test func theFirstRequestGoesAtOnceAndTheNextWaitsTheInterval() {
        let clock = VirtualClock()
        let limiter = RateLimiter(interval: 3, clock: clock)
        #expect(limiter.waitTurn() == 0)
        #expect(limiter.waitTurn() == 3)
        clock.advance(1)  // the request took a second
        #expect(limiter.waitTurn() == 2)
        clock.advance(5)
        #expect(limiter.waitTurn() == 0)
        #expect(clock.sleeps == [3, 2])
    }

    @Test func backoffLongerThanTheIntervalWins() {
        let clock = VirtualClock()
        let limiter = RateLimiter(interval: 3, clock: clock)
        limiter.waitTurn()
        var announced: [Double] = []
        #expect(limiter.waitTurn(backoff: 10) { announced.append($0) } == 10)
        #expect(announced == [10])
        // A backoff shorter than the interval does not shorten it.
        #expect(limiter.waitTurn(backoff: 1) == 3)
    }
}

@Suite struct FetchCommandTests {
    @Test func offlineWithAnEmptyCacheExitsFourNamingTheIDs() throws {
        let executable = try #require(CiteGraphExecutable.url, "build the citegraph executable first (swift build)")
        let directory = try makeTemporaryDirectory("citegraph-cli")
        try "2305.18290\nhep-th/9901001 # old style\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        // An empty cache, not a missing one (that is a mistyped --cache, said as such).
        try FileManager.default.createDirectory(atPath: directory + "/cache", withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = executable
        process.arguments = ["fetch", "--ids", directory + "/ids.txt", "--cache", directory + "/cache", "--offline"]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 4)
        #expect(text.contains("--offline: the cache lacks 2 items: 2305.18290, hep-th/9901001"))
    }

    @Test func aShortIntervalForArxivIsRefused() throws {
        let executable = try #require(CiteGraphExecutable.url, "build the citegraph executable first (swift build)")
        let process = Process()
        process.executableURL = executable
        process.arguments = ["fetch", "--query", "ti:x", "--interval", "1", "--cache", NSTemporaryDirectory() + "citegraph-unused"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
    }
}
