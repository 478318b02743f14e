/// A list marker: `-`, `*`, `+` or `1.`/`1)`, followed by the item's first line.
struct ListMarker: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case bullet(Character)
        case ordered(start: Int)
    }

    var kind: Kind
    /// Columns from the marker's first character to where the item's content starts.
    var contentOffset: Int
    /// The item's text on the marker's line (may be empty).
    var content: Substring

    /// Reads a marker from `text` (a line without its indentation). `column` is the indentation,
    /// needed because tabs after the marker stop at multiples of 4.
    static func read(_ text: Substring, column: Int) -> ListMarker? {
        guard let first = text.first else { return nil }
        var kind: Kind
        var markerWidth: Int
        if first == "-" || first == "*" || first == "+" {
            kind = .bullet(first)
            markerWidth = 1
        } else {
            let digits = text.prefix(while: \.isASCIIDigit)
            guard (1...9).contains(digits.count), let start = Int(digits) else { return nil }
            let delimiter = text.dropFirst(digits.count).first
            guard delimiter == "." || delimiter == ")" else { return nil }
            kind = .ordered(start: start)
            markerWidth = digits.count + 1
        }
        let afterMarker = text.dropFirst(markerWidth)
        if afterMarker.isEmpty {
            return ListMarker(kind: kind, contentOffset: markerWidth + 1, content: afterMarker)
        }
        guard afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        let spacing = Indentation(of: afterMarker, startingAtColumn: column + markerWidth)
        // Five or more spaces after the marker start indented code: content begins after one.
        let offset = spacing.columns >= 5 || spacing.isBlank ? markerWidth + 1 : markerWidth + spacing.columns
        return ListMarker(kind: kind, contentOffset: offset, content: spacing.rest)
    }

    var isEmpty: Bool { content.allSatisfy(\.isWhitespace) }
}
