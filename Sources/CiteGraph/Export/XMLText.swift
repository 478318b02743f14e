/// Escaping for XML 1.0 text and attribute values. Characters XML 1.0 forbids (most C0 controls,
/// U+FFFE, U+FFFF) are dropped: no escape can carry them.
enum XMLText {
    static func content(_ string: String) -> String { escape(string, inAttribute: false) }
    static func attribute(_ string: String) -> String { escape(string, inAttribute: true) }

    private static func escape(_ string: String, inAttribute: Bool) -> String {
        // & < > " (0x26 0x3C 0x3E 0x22): nothing else in plain text needs escaping.
        if ExportText.isPlain(string, except: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) { return string }
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
