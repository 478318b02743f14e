import Foundation

/// A fresh folder under the system temporary directory, for one test.
func makeTemporaryDirectory(_ label: String = "citegraph") throws -> String {
    let path = NSTemporaryDirectory() + "\(label)-\(getpid())-\(UUID().uuidString.prefix(8))"
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}
