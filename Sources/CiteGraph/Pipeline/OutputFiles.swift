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

    public mutating func write(_ name: String, _ text: String) throws {
        try write(name, Data(text.utf8))
    }

    public mutating func write(_ name: String, _ data: Data) throws {
        let path = (directory as NSString).appendingPathComponent(name)
        try AtomicFile.write([UInt8](data), to: path)
        written.append(path)
    }
}
