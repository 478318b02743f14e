import Foundation

/// Writes output files atomically (temporary file, then rename), so a crash never leaves a
/// half-written graph behind. Not synced to disk before the rename: outputs can be made again from
/// the cache, and waiting for the disk would bound a run on all of arXiv by its write speed.
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
        try write(toPath: path) { $0.write(bytes: text.utf8) }
    }

    /// Streams one file at `path` (its folder created when missing), atomically: `fill` writes
    /// into the sink, which passes each MiB on to the file.
    public static func write(toPath path: String, with fill: (inout ByteSink) throws -> Void) throws {
        let folder = (path as NSString).deletingLastPathComponent
        var files = try OutputFiles(directory: folder.isEmpty ? "." : folder)
        try files.write((path as NSString).lastPathComponent, with: fill)
    }

    public mutating func write(_ name: String, _ text: String) throws {
        try write(name) { $0.write(bytes: text.utf8) }
    }

    public mutating func write(_ name: String, _ data: Data) throws {
        try write(name) { $0.write(bytes: data) }
    }

    /// Streams the file `name`: `fill` writes into the sink, which passes each MiB on to the
    /// temporary file (renamed to `name` once complete), so no file is ever whole in memory.
    public mutating func write(_ name: String, with fill: (inout ByteSink) throws -> Void) throws {
        let path = (directory as NSString).appendingPathComponent(name)
        try AtomicFile.write(to: path, durable: false, fill)
        written.append(path)
    }
}
