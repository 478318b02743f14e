import CiteGraph
import Foundation
import Testing

@Suite struct CacheFilesTests {
    @Test func searchFileNamesAreStableReadableAndDistinct() {
        let stem = PaperCache.searchFileStem(query: "ti:\"Direct Preference Optimization\"")
        #expect(stem.hasPrefix("ti-direct-preference-optimization-"))
        #expect(stem.count == "ti-direct-preference-optimization-".count + 16)
        #expect(stem == PaperCache.searchFileStem(query: "ti:\"Direct Preference Optimization\""))
        #expect(PaperCache.searchFileStem(query: "ti:a_b") != PaperCache.searchFileStem(query: "ti:\"a b\""))
    }

    @Test func storeSearchWritesAtomicallyAndLeavesNoTemporary() throws {
        let directory = try makeTemporaryDirectory()
        let cache = PaperCache(directory: directory)
        try cache.storeSearch(query: "ti:x", bytes: Array("first".utf8))
        try cache.storeSearch(query: "ti:x", bytes: Array("second".utf8))
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.searchesDirectory)
        #expect(names == [PaperCache.searchFileStem(query: "ti:x") + ".xml"])
        #expect(FileManager.default.contents(atPath: cache.searchPath(query: "ti:x")) == Data("second".utf8))
    }

    @Test func anotherProcessHoldingTheLockGivesLocked() throws {
        let directory = try makeTemporaryDirectory()
        var cache = PaperCache(directory: directory)
        cache.lockTimeout = 0.3
        // flock(1) from util-linux holds the same kind of lock in another process.
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/flock")
        holder.arguments = [cache.lockPath, "sleep", "2"]
        try holder.run()
        defer { holder.terminate(); holder.waitUntilExit() }
        Thread.sleep(forTimeInterval: 0.3)  // let it take the lock
        do {
            _ = try cache.withLock { 1 }
            Issue.record("the lock must be refused while flock holds it")
        } catch let error as CiteGraphError {
            #expect(error.exitCode == .locked)
            #expect(error.message.contains(cache.lockPath))
        }
    }

    @Test func theLockIsReentrantWithinTheProcess() throws {
        let directory = try makeTemporaryDirectory()
        let cache = PaperCache(directory: directory)
        let value = try cache.withLock { try cache.withLock { 42 } }
        #expect(value == 42)
        // Released afterwards: taking it again works.
        #expect(try cache.withLock { 7 } == 7)
    }

    @Test func staleTemporariesOfDeadRunsAreRemovedUnderTheLock() throws {
        let directory = try makeTemporaryDirectory()
        let cache = PaperCache(directory: directory)
        try FileManager.default.createDirectory(atPath: cache.papersDirectory, withIntermediateDirectories: true)
        // PID 2^22+1 is above Linux's pid_max default, so no process has it.
        let stale = cache.papersDirectory + "/2305.18290.xml.tmp-4194305"
        let mine = cache.papersDirectory + "/2305.18291.xml.tmp-\(getpid())"
        _ = FileManager.default.createFile(atPath: stale, contents: Data("<fe".utf8))
        _ = FileManager.default.createFile(atPath: mine, contents: Data("<fe".utf8))
        try cache.withLock {}
        #expect(!FileManager.default.fileExists(atPath: stale))
        #expect(FileManager.default.fileExists(atPath: mine))
    }
}

@Suite struct CacheLockSpellingTests {
    @Test func twoSpellingsOfOneCacheShareTheProcessLock() throws {
        let directory = try makeTemporaryDirectory()
        var plain = PaperCache(directory: directory)
        var dotted = PaperCache(directory: directory + "/./")
        plain.lockTimeout = 0.2
        dotted.lockTimeout = 0.2
        #expect(try plain.withLock { try dotted.withLock { 5 } } == 5)
    }
}
