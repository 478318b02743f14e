import Foundation

/// Writes output files atomically (temporary file, then rename), so a crash never leaves a
/// half-written graph behind. Not synced to disk before the rename: outputs can be made again from
/// the cache, and waiting for the disk would bound a run on all of arXiv by its write speed.
public struct OutputFiles: Sendable {
    public let directory: String
    public private(set) var written: [String] = []

    public init(directory: String) throws {
        self.directory = directory
        do {
            try FileSystem.createFolder(directory)
        } catch {
            throw CiteGraphError("cannot create the folder \(directory): \(error.reason)", exitCode: .cannotWrite)
        }
    }

    /// Throws when `directory` exists but is not a folder (so a run fails before its work, not
    /// after); a missing folder is fine (it is created when the first file is written).
    public static func checkFolder(_ directory: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder), !isFolder.boolValue {
            throw CiteGraphError("cannot write into \(directory): it is a file, not a folder", exitCode: .cannotWrite)
        }
    }

    /// Writes one file at `path` (its folder created when missing), atomically.
    public static func write(_ text: String, toPath path: String) throws {
        try write(toPath: path) { $0.write(bytes: text.utf8) }
    }

    /// Streams one file at `path` (its folder created when missing), atomically: `fill` writes
    /// into the sink, which passes each MiB on to the file.
    public static func write(toPath path: String, with fill: (inout ByteSink) throws -> Void) throws {
        let parts = PathParts(path)
        var files = try OutputFiles(directory: parts.folder)
        try files.write(parts.name, with: fill)
    }

    public mutating func write(_ name: String, _ text: String) throws {
        try write(name) { $0.write(bytes: text.utf8) }
    }

    /// Streams the file `name`: `fill` writes into the sink, which passes each MiB on to the
    /// temporary file (renamed to `name` once complete), so no file is ever whole in memory.
    public mutating func write(_ name: String, with fill: (inout ByteSink) throws -> Void) throws {
        written.append(try writeUnrecorded(name, with: fill))
    }

    /// Writes the file `name` without adding it to `written` (so that files written on several
    /// cores at once can be recorded afterwards in a fixed order); returns its path.
    func writeUnrecorded(_ name: String, with fill: (inout ByteSink) throws -> Void) throws -> String {
        let path = (directory as NSString).appendingPathComponent(name)
        try AtomicFile.writeOutput(to: path, fill)
        return path
    }

    /// Adds files written by `writeUnrecorded` to `written`.
    mutating func record(_ paths: [String]) {
        written += paths
    }

    /// Writes each named file, on the machine's cores at once, and records them in the order
    /// given; the first error in that order is thrown once every file is done.
    mutating func writeConcurrently(_ jobs: [(name: String, fill: @Sendable (inout ByteSink) throws -> Void)]) throws {
        let results = jobs.map { _ in Slot<Result<String, any Error>>() }
        let files = self
        Concurrently.run(jobs.indices.map { index in
            { @Sendable in results[index].set(Result { try files.writeUnrecorded(jobs[index].name, with: jobs[index].fill) }) }
        })
        for result in results { written.append(try result.value.get()) }
    }
}
