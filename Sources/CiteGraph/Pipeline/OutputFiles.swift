import Foundation

/// Writes output files atomically (temporary file, then rename), so a crash never leaves a
/// half-written graph behind, and only when the content changed, so reruns are cheap to diff.
public struct OutputFiles {
    public let directory: String
    public private(set) var written: [String] = []

    public init(directory: String) throws {
        self.directory = directory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CiteGraphError("cannot create output folder \(directory): \(error.localizedDescription)")
        }
    }

    /// Writes one file at `path` (its folder created when missing), atomically.
    public static func write(_ text: String, toPath path: String) throws {
        var files = try OutputFiles(directory: (path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent)
        try files.write((path as NSString).lastPathComponent, text)
    }

    public mutating func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    public mutating func write(_ name: String, _ data: Data) throws {
        let path = (directory as NSString).appendingPathComponent(name)
        try AtomicFile.write([UInt8](data), to: path)
        written.append(path)
    }
}
