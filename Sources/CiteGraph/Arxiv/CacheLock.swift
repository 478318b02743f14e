import Foundation
import Synchronization

/// An exclusive `flock` on `cache/.lock`, so two runs sharing a cache take turns. Reentrant
/// within a process (a fetch inside a `run` that already holds it), exclusive between processes.
enum CacheLock {
    private struct Held: Sendable {
        var fd: Int32
        var depth: Int
    }

    private static let held = Mutex<[String: Held]>([:])

    static func withLock<T>(path givenPath: String, timeout: Double, pollInterval: Double = 0.05, _ body: () throws -> T) throws -> T {
        // One key per file however it is spelled (`cache/.lock`, `./cache/.lock`, absolute), or a
        // second spelling would wait on this process's own lock.
        let path = URL(fileURLWithPath: givenPath).standardizedFileURL.path
        let reentered = held.withLock { table -> Bool in
            guard var entry = table[path] else { return false }
            entry.depth += 1
            table[path] = entry
            return true
        }
        if !reentered {
            try acquire(path: path, timeout: timeout, pollInterval: pollInterval)
        }
        defer { release(path: path) }
        return try body()
    }

    private static func acquire(path: String, timeout: Double, pollInterval: Double) throws {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw FetchError.cacheWrite(path: path, reason: "cannot open the lock file: " + AtomicFile.errnoText())
        }
        let clock = SystemFetchClock()
        let deadline = clock.now() + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, clock.now() < deadline else {
                close(fd)
                throw CiteGraphError(
                    "the cache is locked by another citegraph run (\(path)); wait for it to finish, or use another --cache",
                    exitCode: .locked)
            }
            clock.sleep(seconds: pollInterval)
        }
        held.withLock { $0[path] = Held(fd: fd, depth: 1) }
    }

    private static func release(path: String) {
        let fdToClose: Int32? = held.withLock { table in
            guard var entry = table[path] else { return nil }
            entry.depth -= 1
            if entry.depth > 0 {
                table[path] = entry
                return nil
            }
            table[path] = nil
            return entry.fd
        }
        if let fd = fdToClose {
            flock(fd, LOCK_UN)
            close(fd)
        }
    }
}
