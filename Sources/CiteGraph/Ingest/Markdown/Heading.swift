/// A heading, ATX (`## Title ##`) or setext (`Title` underlined by `===` or `---`). `text` is
/// still raw inline Markdown; the parser turns it into plain text once references are known.
struct Heading: Sendable, Hashable {
    var level: Int
    var text: String
    var line: Int

    /// Reads an ATX heading from `text` (already without an indentation of at most 3 columns).
    static func readATX(_ text: Substring, line: Int) -> Heading? {
        let level = text.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(level) else { return nil }
        var body = text.dropFirst(level)
        // `#hashtag` is a paragraph, not a heading.
        guard body.isEmpty || body.first == " " || body.first == "\t" else { return nil }
        body = body.trimmingWhitespace()
        // A closing sequence of #s counts only when a space separates it from the text.
        let closing = body.reversed().prefix(while: { $0 == "#" }).count
        if closing == body.count {
            body = body.dropLast(closing)
        } else if closing > 0 {
            let beforeClosing = body.dropLast(closing)
            if let last = beforeClosing.last, last == " " || last == "\t" { body = beforeClosing }
        }
        return Heading(level: level, text: String(body.trimmingWhitespace()), line: line)
    }

    /// Reads a heading written in HTML on one line, `<h2>Title</h2>` (`<h2 align="center">` too):
    /// lists styled with HTML put their sections in these.
    static func readHTML(_ text: Substring, line: Int) -> Heading? {
        // Most lines are not HTML: no regular expression for them.
        guard text.first == "<", let match = text.trimmingWhitespace().wholeMatch(of: /<[hH]([1-6])(?:\s[^>]*)?>(.*)<\/[hH]([1-6])>/),
              match.1 == match.3, let level = Int(match.1) else { return nil }
        let body = String(match.2).trimmingWhitespace()
        return body.isEmpty ? nil : Heading(level: level, text: String(body), line: line)
    }

    /// The level a setext underline gives the paragraph above it (1 for `===`, 2 for `---`).
    static func setextLevel(ofUnderline text: Substring) -> Int? {
        let trimmed = text.trimmingWhitespace()
        guard let first = trimmed.first, first == "=" || first == "-",
              trimmed.allSatisfy({ $0 == first })
        else { return nil }
        return first == "=" ? 1 : 2
    }
}

/// `***`, `---`, `___` (spaces allowed between): ends lists and paragraphs.
enum ThematicBreak {
    static func matches(_ text: Substring) -> Bool {
        guard let first = text.first, first == "*" || first == "-" || first == "_" else { return false }
        var count = 0
        for character in text {
            if character == first { count += 1 } else if character != " " && character != "\t" { return false }
        }
        return count >= 3
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var result = self
        while let first = result.first, first.isWhitespace { result = result.dropFirst() }
        while let last = result.last, last.isWhitespace { result = result.dropLast() }
        return result
    }
}

extension String {
    func trimmingWhitespace() -> String { String(Substring(self).trimmingWhitespace()) }

    /// Runs of whitespace (line breaks included) become one space; ends trimmed. Control
    /// characters (escape, bell, …) count as whitespace: no title or heading means them, GraphML
    /// cannot hold them, and printed in a table they would drive the terminal.
    func collapsingWhitespace() -> String {
        split { $0.isWhitespace || $0.unicodeScalars.allSatisfy { $0.properties.generalCategory == .control } }
            .joined(separator: " ")
    }
}
