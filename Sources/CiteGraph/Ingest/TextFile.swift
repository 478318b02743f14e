import Foundation

/// The text files a user hands citegraph (reading lists, ids files, `--aliases`/`--resolve`
/// tables), read one way: UTF-8 (a BOM tolerated), or UTF-16 when a BOM says so (what Windows
/// editors save as "Unicode"). Anything else is refused with the line and column of the first
/// byte that is not UTF-8, since one stray Latin-1 byte in a long list is otherwise hard to find.
enum TextFile {
    /// `what` names the file in messages ("reading list", "ids file").
    static func read(path: String, what: String) throws -> String {
        // Read, a folder fails with "(NSCocoaErrorDomain error 256.)".
        guard !FileSystem.isFolder(path) else {
            throw CiteGraphError("cannot read \(what) '\(path)': it is a folder, not a file")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CiteGraphError("cannot read \(what) '\(path)': \(FileSystem.describe(error))")
        }
        return try decode(data, path: path, what: what)
    }

    static func decode(_ data: Data, path: String, what: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            // Foundation reads the BOM for the byte order (and drops it).
            guard let text = String(data: data, encoding: .utf16) else {
                throw CiteGraphError("\(what) '\(path)' starts with a UTF-16 byte-order mark but is not UTF-16 text")
            }
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let place = firstInvalidUTF8(bytes)
        let shown = bytes[place.offset..<min(place.offset + place.length, bytes.count)]
            .map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
        throw CiteGraphError(
            "\(what) '\(path)' is not UTF-8 text: line \(place.line), column \(place.column) holds the byte(s) \(shown). "
                + "If it was saved as Latin-1 or Windows-1252, convert it: iconv -f WINDOWS-1252 -t UTF-8 '\(path)' > \(convertedName(of: path))")
    }

    /// The output file the `iconv` advice names: `fixed` with the input's extension (`fixed.txt`
    /// for an ids file, `fixed.tsv` for an aliases table), so the converted file is the same kind
    /// of file; an extension the shell would need quoted is left out.
    static func convertedName(of path: String) -> String {
        let ext = (path as NSString).pathExtension
        let plain = !ext.isEmpty && ext.unicodeScalars.allSatisfy { $0.isASCII && CharacterSet.alphanumerics.contains($0) }
        return plain ? "fixed." + ext : "fixed"
    }

    /// Where the first ill-formed sequence starts: its byte offset and length, and its line and
    /// column (1-based; the column counts characters, as an editor shows them).
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (offset: Int, length: Int, line: Int, column: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        var column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                offset += encoded.count
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error(let length):
                return (offset, length, line, column)
            case .emptyInput:
                return (offset, 0, line, column)
            }
        }
    }
}
