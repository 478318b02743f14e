/// Escaping for XML 1.0 text and attribute values. Characters XML 1.0 forbids (most C0 controls,
/// U+FFFE, U+FFFF) are dropped: no escape can carry them.
enum XMLText {
    static func content(_ string: String) -> String { escape(string, inAttribute: false) }
    static func attribute(_ string: String) -> String { escape(string, inAttribute: true) }

    /// Whether `string` is written as it is, in text and in attributes: printable ASCII other
    /// than & < > " (0x26 0x3C 0x3E 0x22), or characters at or above U+0080 that cannot be
    /// U+FFFE/U+FFFF (no 0xEF lead byte). The common case, checked bytewise before any escaping.
    @inline(__always)
    static func isPlain(_ string: String) -> Bool {
        string.utf8.withContiguousStorageIfAvailable(isPlain) ?? string.utf8.allSatisfy(isPlain)
    }

    @inline(__always)
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where !isPlain(byte) { return false }
        return true
    }

    @inline(__always)
    private static func isPlain(_ byte: UInt8) -> Bool {
        if byte > 0x3E && byte < 0x7F { return true }
        if byte >= 0x80 { return byte != 0xEF }
        return !(byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x26 || byte == 0x3C || byte == 0x3E)
    }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        if isPlain(string) { return string }
        var result = ""
        result.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars where ExportText.isXMLChar(scalar) {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            // A parser turns a raw CR into LF, and raw LF/TAB in an attribute into spaces.
            case "\r": result += "&#13;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\t" where inAttribute: result += "&#9;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

extension ByteSink {
    /// `string` escaped as XML element content (`XMLText.content`).
    @inline(__always)
    mutating func writeXMLContent(_ string: String) {
        // The check and the copy read the same bytes once they are at hand.
        let copied = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard XMLText.isPlain(bytes) else { return false }
            append(bytes)
            return true
        }
        if copied != true { write(XMLText.content(string)) }
    }

    /// `string` escaped as an XML attribute value (`XMLText.attribute`).
    mutating func writeXMLAttribute(_ string: String) {
        if XMLText.isPlain(string) { write(string) } else { write(XMLText.attribute(string)) }
    }
}
