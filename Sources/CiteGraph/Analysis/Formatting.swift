import Foundation

/// Fixed number formats shared by every writer, so outputs are byte-for-byte reproducible.
enum Formatting {
    /// `0.1235` (4 decimals).
    static func fixed(_ value: Double, _ decimals: Int = 4) -> String {
        // Zero is most of a timeline's shares: skip the formatter (−0 prints as 0 below too).
        if value == 0, decimals > 0, decimals <= 16 { return "0." + String(repeating: "0", count: decimals) }
        guard value.isFinite else { return value.isNaN ? "nan" : (value > 0 ? "inf" : "-inf") }
        let s = String(format: "%.\(decimals)f", value)
        return s == "-" + String(format: "%.\(decimals)f", 0.0) ? String(format: "%.\(decimals)f", 0.0) : s
    }

    /// `12.3%`, or `n/a` for nil.
    static func percent(_ value: Double?) -> String {
        value.map { fixed($0 * 100, 1) + "%" } ?? "n/a"
    }

    /// Quotes a CSV field when it needs it (RFC 4180).
    static func csvField(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }

    /// Escapes a Markdown table cell.
    static func markdownCell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Pretty, key-sorted JSON with a trailing newline.
    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "{}\n" }
        return text + "\n"
    }

    /// Columns padded to their widest cell (first column left-aligned, the others right-aligned
    /// unless `leftAligned` says otherwise).
    static func table(_ header: [String], _ rows: [[String]], leftAligned: Set<Int> = [0]) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { $0.indices.contains(c) ? $0[c].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { c, cell in
                let pad = String(repeating: " ", count: max(0, widths[c] - cell.count))
                return leftAligned.contains(c) ? cell + pad : pad + cell
            }.joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return ([line(header), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)).joined(separator: "\n") + "\n"
    }
}
