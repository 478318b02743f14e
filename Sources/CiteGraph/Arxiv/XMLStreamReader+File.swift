#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Part of the libxml2 wrapper layer: reading a file for the reader, in chunks.

extension XMLStreamReader {
    /// Reads the file at `path` in chunks of `chunkSize` bytes, reusing one buffer.
    static func forEachChunk(
        ofFileAt path: String, chunkSize: Int = 1 << 18, _ body: (ArraySlice<UInt8>) throws -> Void
    ) throws {
        guard let file = fopen(path, "rb") else {
            throw FileReadError(path: path, reason: String(cString: strerror(errno)))
        }
        defer { fclose(file) }
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, chunkSize, file) }
            if count > 0 { try body(buffer[0..<count]) }
            if count < chunkSize {
                if ferror(file) != 0 {
                    throw FileReadError(path: path, reason: String(cString: strerror(errno)))
                }
                return
            }
        }
    }
}

struct FileReadError: Error, Equatable, Sendable {
    var path: String
    var reason: String
}
