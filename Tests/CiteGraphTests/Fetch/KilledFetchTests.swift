import CiteGraph
import Foundation
import Testing

/// A `citegraph fetch` killed midway (SIGKILL, so nothing gets to clean up) loses nothing it had
/// stored, leaves no corrupt file, and the rerun asks only for what is missing.
@Suite struct KilledFetchTests {
    func fetchProcess(_ executable: URL, server: ScriptedHTTPServer, cache: String, idsFile: String) -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["fetch", "--api-base", server.baseURL, "--interval", "0.05", "--cache", cache,
                             "--ids", idsFile, "--batch-size", "10", "--quiet"]
        process.standardOutput = FileHandle.nullDevice
        return process
    }

    @Test func aKilledFetchResumesFromTheCache() throws {
        let executable = try #require(CiteGraphExecutable.url, "build the citegraph executable first (swift build)")
        let ids = FixtureFeeds.allIDs
        #expect(ids.count == 77)
        // Three batches answered, the fourth never (the child waits on it when it is killed);
        // every request after that is answered: the rerun.
        let server = try ScriptedHTTPServer { request, index in
            index == 3 ? .stall(seconds: 20) : FixtureFeeds.arxivReply(request)
        }
        defer { server.stop() }
        let directory = try makeTemporaryDirectory("citegraph-kill")
        let idsFile = directory + "/ids.txt"
        try ("# the bundled papers\n" + ids.map(\.rawValue).joined(separator: "\n") + "\n").write(toFile: idsFile, atomically: false, encoding: .utf8)
        let cacheDirectory = directory + "/cache"

        let first = fetchProcess(executable, server: server, cache: cacheDirectory, idsFile: idsFile)
        try first.run()
        let deadline = Date().addingTimeInterval(30)
        while server.requests.count < 4, Date() < deadline, first.isRunning {
            Thread.sleep(forTimeInterval: 0.02)
        }
        try #require(server.requests.count == 4, "the first run should be waiting on its fourth request")
        Thread.sleep(forTimeInterval: 0.2)
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(first.terminationReason == .uncaughtSignal)

        // What the first run stored: the three answered batches, every file whole.
        let cache = PaperCache(directory: cacheDirectory)
        let stored = Array(ids.prefix(30))
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.papersDirectory).sorted()
        #expect(names == stored.map { $0.fileStem + ".xml" }.sorted())
        for id in stored {
            #expect(try cache.entry(for: id)?.id == id)
        }

        let rerun = fetchProcess(executable, server: server, cache: cacheDirectory, idsFile: idsFile)
        try rerun.run()
        rerun.waitUntilExit()
        #expect(rerun.terminationStatus == 0)

        let rerunRequests = Array(server.requests.dropFirst(4))
        let askedAgain = rerunRequests.flatMap(FixtureFeeds.requestedIDs)
        #expect(askedAgain == Array(ids.dropFirst(30)))
        #expect(Set(askedAgain).isDisjoint(with: stored))
        #expect(rerunRequests.count == 5)  // 47 ids in batches of 10
        var corrupt: [FetchError] = []
        #expect(try cache.allEntries { corrupt.append($0) }.map(\.id) == ids)
        #expect(corrupt.isEmpty)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.papersDirectory).filter { !$0.hasSuffix(".xml") }
        #expect(leftovers.isEmpty)
    }
}
