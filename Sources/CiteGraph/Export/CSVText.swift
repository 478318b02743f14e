/// RFC 4180 fields: quoted (quotes doubled) when they hold a comma, quote or line break.
enum CSVText {
    static func field(_ text: String) -> String {
        guard needsCheck(text), text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether some byte could start a comma, quote or line break: `,` `"`, LF, VT, FF, CR, or
    /// the lead byte of NEL (0xC2) or of U+2028/U+2029 (0xE2). Without one, `field` keeps the text.
    private static func needsCheck(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x2C || $0 == 0x22 || (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }
    }
}

extension ByteSink {
    /// One CSV row: the fields (`CSVText.field`) joined by commas, then a line break.
    mutating func writeCSVRow(_ fields: [String]) {
        for (position, field) in fields.enumerated() {
            if position > 0 { write(byte: 0x2C) }
            write(CSVText.field(field))
        }
        write(byte: 0x0A)
    }
}
