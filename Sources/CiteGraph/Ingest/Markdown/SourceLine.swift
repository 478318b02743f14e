/// One physical line of a Markdown document, with its 1-based number. Splitting here is what
/// makes CRLF, lone CR and a leading BOM invisible to every other reader.
struct SourceLine: Sendable, Hashable {
    let number: Int
    let text: Substring

    /// Splits `text` on LF, CRLF and CR, after dropping a byte-order mark.
    static func lines(of text: String) -> [SourceLine] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines: [SourceLine] = []
        var start = body.startIndex
        var index = body.startIndex
        // "\r\n" is one Character in Swift, so a single isNewline test covers all three forms.
        while index < body.endIndex {
            if body[index].isNewline {
                lines.append(SourceLine(number: lines.count + 1, text: body[start..<index]))
                start = body.index(after: index)
            }
            index = body.index(after: index)
        }
        if start < body.endIndex {
            lines.append(SourceLine(number: lines.count + 1, text: body[start..<body.endIndex]))
        }
        return lines
    }
}

/// Leading whitespace measured in columns (tabs stop every 4 columns, as in CommonMark).
struct Indentation: Sendable, Hashable {
    let columns: Int
    /// The line after its leading spaces and tabs.
    let rest: Substring

    init(of line: Substring, startingAtColumn column: Int = 0) {
        var columns = column
        var index = line.startIndex
        while index < line.endIndex {
            switch line[index] {
            case " ": columns += 1
            case "\t": columns += 4 - columns % 4
            default:
                self.columns = columns - column
                self.rest = line[index...]
                return
            }
            index = line.index(after: index)
        }
        self.columns = columns - column
        self.rest = line[line.endIndex...]
    }

    var isBlank: Bool { rest.allSatisfy(\.isWhitespace) }
}
