import Foundation
import Synchronization

/// A fresh folder under the system temporary directory, for one test. Every folder made here is
/// removed when the test process exits, so test runs don't pile folders up in /tmp (a test that
/// fails still leaves its folder for the length of the run, to be looked at).
func makeTemporaryDirectory(_ label: String = "citegraph") throws -> String {
    let path = NSTemporaryDirectory() + "\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    TemporaryDirectories.register(path)
    return path
}

/// The folders to remove at exit. Swift Testing runs every test in one process, so one `atexit`
/// handler covers them all.
enum TemporaryDirectories {
    private static let paths = Mutex<[String]?>(nil)

    static func register(_ path: String) {
        paths.withLock { paths in
            if paths == nil {
                paths = []
                atexit { TemporaryDirectories.removeAll() }
            }
            paths?.append(path)
        }
    }

    private static func removeAll() {
        let all = paths.withLock { paths in
            defer { paths = [] }
            return paths ?? []
        }
        for path in all { try? FileManager.default.removeItem(atPath: path) }
    }
}
