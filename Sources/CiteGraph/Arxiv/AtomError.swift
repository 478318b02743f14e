/// Why a body could not be read as an arXiv Atom feed. An empty feed (`totalResults` 0) is not
/// an error.
public enum AtomError: UserFacingError, Equatable {
    /// arXiv's error feed: one entry titled `Error` whose summary is arXiv's message.
    case arxivError(message: String)
    /// Nothing but whitespace.
    case emptyBody
    /// kind: "plain text", "binary data", "gzip-compressed data …", "HTML page" or "XML but not
    /// an Atom feed".
    case notAtom(kind: String, excerpt: String)
    /// Not well-formed XML (truncated, not UTF-8, over libxml2's entity limits), or an entry that
    /// cannot be an arXiv entry (no id, an id that is not an arXiv id).
    case malformed(line: Int, column: Int, message: String)
    /// The file could not be opened or read.
    case unreadable(path: String, reason: String)

    public var exitCode: ExitStatus {
        switch self {
        case .arxivError: .arxivError
        default: .badInput
        }
    }

    public var description: String {
        switch self {
        case .arxivError(let message):
            "arXiv answered with an error: \(message)"
        case .emptyBody:
            "the body is empty: no Atom feed at all"
        case .notAtom(let kind, let excerpt):
            "expected an arXiv Atom feed, got \(kind == "HTML page" ? "an HTML page" : kind): \(excerpt)"
        case .malformed(let line, let column, let message):
            "malformed Atom at line \(line), column \(column): \(message)"
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)"
        }
    }
}

/// What a body is, told from its first non-space bytes before any parsing, so that a
/// `Rate exceeded.` or an HTML error page is reported as such rather than as broken XML.
enum BodySniffer {
    enum Verdict: Equatable {
        case xml
        case notAtom(kind: String, excerpt: String)
    }

    /// nil while `prefix` holds only whitespace (and a byte-order mark).
    static func verdict(for prefix: ArraySlice<UInt8>) -> Verdict? {
        var index = prefix.startIndex
        // UTF-16 byte-order marks: leave the decoding to libxml2.
        if prefix.count >= 2, (prefix[index] == 0xFE && prefix[index + 1] == 0xFF) || (prefix[index] == 0xFF && prefix[index + 1] == 0xFE) {
            return .xml
        }
        if prefix.count >= 3, prefix[index] == 0xEF, prefix[index + 1] == 0xBB, prefix[index + 2] == 0xBF {
            index += 3
        }
        while index < prefix.endIndex, isSpace(prefix[index]) { index += 1 }
        guard index < prefix.endIndex else { return nil }
        let rest = prefix[index...]
        let excerptText = excerpt(rest)
        guard rest.first == UInt8(ascii: "<") else {
            // Compressed or binary bytes are described, not echoed (they would garble a terminal).
            if rest.count >= 2, rest[index] == 0x1F, rest[index + 1] == 0x8B {
                return .notAtom(kind: "gzip-compressed data (decompress it first)", excerpt: hexExcerpt(rest))
            }
            if isBinary(rest.prefix(512)) { return .notAtom(kind: "binary data", excerpt: hexExcerpt(rest)) }
            return .notAtom(kind: "plain text", excerpt: excerptText)
        }
        let head = String(decoding: rest.prefix(64), as: UTF8.self).lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") {
            return .notAtom(kind: "HTML page", excerpt: excerptText)
        }
        return .xml
    }

    /// The first line, at most 80 characters.
    static func excerpt(_ bytes: ArraySlice<UInt8>) -> String {
        let line = bytes.prefix(400).prefix { $0 != 0x0A && $0 != 0x0D }
        let text = String(decoding: line, as: UTF8.self)
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }

    /// Control bytes other than tab and line breaks, or bytes that are not UTF-8. A multi-byte
    /// character cut off at the end of `bytes` still counts as text.
    static func isBinary(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.contains(where: { $0 < 0x20 && !isSpace($0) || $0 == 0x7F }) { return true }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var decoded = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): decoded += scalar.utf8.count
            case .emptyInput: return false
            case .error: return bytes.count - decoded > 3
            }
        }
    }

    /// The first bytes in hexadecimal.
    static func hexExcerpt(_ bytes: ArraySlice<UInt8>) -> String {
        let digits = Array("0123456789abcdef")
        let hex = bytes.prefix(8).map { String([digits[Int($0 >> 4)], digits[Int($0 & 0x0F)]]) }
        return "bytes " + hex.joined(separator: " ") + (bytes.count > 8 ? " …" : "")
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }
}
