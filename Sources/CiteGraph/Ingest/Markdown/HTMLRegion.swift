/// A table or list written in HTML (`<table><tr><td>…`, `<ul><li>…`): some awesome lists are HTML
/// throughout. Its rows are read as table rows (cells from `<td>`/`<th>`; a first row of `<th>`
/// only is the header) and its `<li>`s as bullets (nested lists nest), so they become items as
/// Markdown rows and bullets do; the inline text of each (`<a href>`, `<b>`…) is read by
/// `InlineParser` as Markdown's is. Only the structure tags are looked at, line by line (a
/// structure tag split over two lines is not seen); blank lines inside do not end it.
struct HTMLRegion {
    private struct Row {
        /// The cells in order, each with whether it is a `<th>`.
        var cells: [(text: String, isHeader: Bool)] = []
        var line: Int
        /// The cell being read, if one is open, and whether it is a `<th>`.
        var cell: String?
        var cellIsHeader = false

        /// A header row: `<th>` cells only, linking nowhere (a first row of `<th>` that links
        /// papers is a row of papers).
        var isHeader: Bool {
            cells.allSatisfy { $0.isHeader && !$0.text.contains("href") && !$0.text.contains("](") }
        }
    }

    private struct OpenItem {
        var block: Int
        var listDepth: Int
    }

    /// Open `<table>`, `<ul>` and `<ol>` elements; the region ends when none is.
    private var depth = 0
    private var listDepth = 0
    private var header: [String]?
    /// Columns a cell above spans into the next rows (`rowspan="3"`): how many rows still, and
    /// whether that cell was a `<th>`. Those rows get an empty cell there, so their columns stay
    /// under the header's.
    private var spans: [Int: (rows: Int, isHeader: Bool)] = [:]
    private var row: Row?
    private var items: [OpenItem] = []

    /// Whether a line opens a region: it starts with `<table`, `<ul` or `<ol`.
    static func opens(_ text: Substring) -> Bool {
        guard let tag = StructureTag.first(in: text), tag.isOpening, text.trimmingWhitespace().hasPrefix("<") else { return false }
        return ["table", "ul", "ol"].contains(tag.name)
    }

    var isOpen: Bool { depth > 0 }

    /// Reads one line of the region, appending the rows and items it completes or opens.
    mutating func read(_ text: Substring, line: Int, into blocks: inout [BlockScanner.Block]) {
        var rest = text
        while let tag = StructureTag.first(in: rest) {
            append(rest[..<tag.range.lowerBound], to: &blocks)
            rest = rest[tag.range.upperBound...]
            switch (tag.name, tag.isOpening) {
            case ("table", true):
                depth += 1
                header = nil
                spans = [:]
            case ("table", false):
                endRow(into: &blocks)
                depth -= 1
            case ("ul", true), ("ol", true):
                depth += 1
                listDepth += 1
            case ("ul", false), ("ol", false):
                items.removeAll { $0.listDepth >= listDepth }
                listDepth -= 1
                depth -= 1
            case ("li", true):
                items.removeAll { $0.listDepth >= listDepth }
                let parent = items.last?.block
                items.append(OpenItem(block: blocks.count, listDepth: listDepth))
                blocks.append(.item(text: "", line: line, parent: parent))
            case ("li", false):
                items.removeAll { $0.listDepth >= listDepth }
            case ("tr", true):
                endRow(into: &blocks)
                row = Row(line: line)
            case ("tr", false):
                endRow(into: &blocks)
            case ("td", true), ("th", true):
                endCell()
                if row == nil { row = Row(line: line) }
                fillSpannedColumns()
                if let span = tag.rowspan, span > 1, let column = row?.cells.count {
                    spans[column] = (span - 1, tag.name == "th")
                }
                row?.cell = ""
                row?.cellIsHeader = tag.name == "th"
            case ("td", false), ("th", false):
                endCell()
            case ("br", _):
                append(" ", to: &blocks)
            default:
                break
            }
        }
        append(rest, to: &blocks)
        append("\n", to: &blocks)
        if depth <= 0 { close(into: &blocks) }
    }

    /// Ends the region where it stands (a Markdown heading or the end of the document).
    mutating func close(into blocks: inout [BlockScanner.Block]) {
        endRow(into: &blocks)
        depth = 0
        listDepth = 0
        items = []
    }

    /// Text goes to the open cell, else to the innermost open item.
    private mutating func append(_ text: some StringProtocol, to blocks: inout [BlockScanner.Block]) {
        guard !text.isEmpty else { return }
        if row?.cell != nil {
            row?.cell?.append(contentsOf: text)
        } else if row == nil, let open = items.last, case .item(let existing, let line, let parent) = blocks[open.block] {
            blocks[open.block] = .item(text: existing + text, line: line, parent: parent)
        }
    }

    private mutating func endCell() {
        guard let cell = row?.cell else { return }
        let text = cell.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingWhitespace()
        let isHeader = row?.cellIsHeader == true
        row?.cells.append((text, isHeader))
        row?.cell = nil
    }

    /// Empty cells where cells of the rows above reach down, before the next cell of this row.
    private mutating func fillSpannedColumns() {
        while let column = row?.cells.count, let span = spans[column], span.rows > 0 {
            row?.cells.append(("", span.isHeader))
            spans[column] = span.rows > 1 ? (span.rows - 1, span.isHeader) : nil
        }
    }

    private mutating func endRow(into blocks: inout [BlockScanner.Block]) {
        endCell()
        if row != nil { fillSpannedColumns() }
        guard let finished = row else { return }
        row = nil
        guard !finished.cells.isEmpty else { return }
        if finished.isHeader {
            if header == nil { header = finished.cells.map(\.text) }
            return
        }
        // A row as wide as a header naming its title column keeps its columns (`<th scope="row">`
        // a date, then Title); otherwise row headers (`<th rowspan="9">Gradient-based</th>`
        // grouping the rows under it) are no title: they go last, and a narrower row's columns
        // are shifted, so the header no longer names them.
        let columns = header ?? []
        let keepsColumns = finished.cells.count == columns.count && Table(header: columns).titleColumn != nil
        if keepsColumns || finished.cells.allSatisfy({ !$0.isHeader }) {
            blocks.append(.tableRow(cells: finished.cells.map(\.text), table: Table(header: columns), line: finished.line))
        } else {
            let ordered = finished.cells.filter { !$0.isHeader } + finished.cells.filter(\.isHeader)
            blocks.append(.tableRow(cells: ordered.map(\.text), table: Table(header: []), line: finished.line))
        }
    }
}

/// An opening or closing tag of the structure an `HTMLRegion` follows.
private struct StructureTag {
    var name: String
    var isOpening: Bool
    var range: Range<Substring.Index>
    /// A cell's `rowspan="N"`, when it has one.
    var rowspan: Int?

    private static let names: Set<String> = ["table", "tr", "td", "th", "ul", "ol", "li", "br"]

    /// The first structure tag in `text` (`<td class="x">`, `</TR>`, `<br/>`).
    static func first(in text: Substring) -> StructureTag? {
        var search = text[...]
        while let open = search.firstIndex(of: "<") {
            var name = search[search.index(after: open)...]
            let isOpening = name.first != "/"
            if !isOpening { name = name.dropFirst() }
            let tag = name.prefix { $0.isASCII && $0.isLetter }.lowercased()
            let after = name.dropFirst(tag.count)
            if names.contains(tag), let next = after.first, next == ">" || next == "/" || next.isWhitespace,
               let close = after.firstIndex(of: ">") {
                let attributes = after[..<close].lowercased()
                let rowspan = attributes.firstMatch(of: /rowspan\s*=\s*["']?(\d+)/).flatMap { Int($0.1) }
                return StructureTag(name: tag, isOpening: isOpening, range: open..<text.index(after: close), rowspan: rowspan)
            }
            search = search[search.index(after: open)...]
        }
        return nil
    }
}
