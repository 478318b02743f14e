/// A GitHub (GFM) table: a header row, a delimiter row (`|---|:---:|`) with as many cells, then
/// body rows up to a blank line or another block. Many awesome lists are tables, one paper a row
/// (`| Title | Venue | [Paper](url) | [Code](url) |`): each body row is read like a bullet.
struct Table: Sendable, Hashable {
    /// The header cells as written (raw inline Markdown).
    let header: [String]

    /// The table a paragraph's single line and the line under it open, if they do: the line
    /// under must be a delimiter row (with a pipe, so a setext `---` underline stays one) with
    /// as many cells as the header.
    static func opening(headerLine: Substring, delimiterLine: Substring) -> Table? {
        guard delimiterLine.contains("|"), let header = cells(of: headerLine) else { return nil }
        guard let delimiters = cells(of: delimiterLine), delimiters.count == header.count,
              delimiters.allSatisfy(isDelimiterCell) else { return nil }
        return Table(header: header.map { String($0) })
    }

    /// The cells of a row: split on `|` (not `\|`, not inside a code span), the outer pipes
    /// optional, each cell trimmed. nil for a line without a pipe.
    static func cells(of line: Substring) -> [Substring]? {
        var row = line.trimmingWhitespace()
        guard row.contains("|") else { return nil }
        if row.first == "|" { row = row.dropFirst() }
        if row.last == "|", !row.hasSuffix("\\|") { row = row.dropLast() }
        var cells: [Substring] = []
        var start = row.startIndex
        var index = row.startIndex
        var codeTicks = 0
        while index < row.endIndex {
            let character = row[index]
            if character == "\\" {
                index = row.index(after: index)
                if index < row.endIndex { index = row.index(after: index) }
                continue
            }
            if character == "`" {
                let run = row[index...].prefix(while: { $0 == "`" }).count
                codeTicks = codeTicks == 0 ? run : (codeTicks == run ? 0 : codeTicks)
                index = row.index(index, offsetBy: run)
                continue
            }
            if character == "|", codeTicks == 0 {
                cells.append(row[start..<index].trimmingWhitespace())
                start = row.index(after: index)
            }
            index = row.index(after: index)
        }
        cells.append(row[start...].trimmingWhitespace())
        return cells
    }

    private static func isDelimiterCell(_ cell: Substring) -> Bool {
        var dashes = cell
        if dashes.first == ":" { dashes = dashes.dropFirst() }
        if dashes.last == ":" { dashes = dashes.dropLast() }
        return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
    }

    /// Which cell holds a row's title: the column headed like a title (`Title`, `Paper`, `Name`),
    /// else nil (the first cell with a title is taken).
    var titleColumn: Int? {
        header.firstIndex { Self.titleHeaders.contains($0.lowercased().trimming("*_ ")) }
    }

    private static let titleHeaders: Set<String> = ["title", "paper", "paper title", "name", "paper name", "work"]
}
