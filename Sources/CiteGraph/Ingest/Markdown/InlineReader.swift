/// A cursor over the characters of one piece of inline Markdown (a bullet's text, a heading),
/// in the manner of Ink's Reader: read a construct or leave the position where it was.
struct InlineReader {
    let characters: [Character]
    var position: Int

    init<S: Sequence<Character>>(_ text: S, position: Int = 0) {
        characters = Array(text)
        self.position = position
    }

    var isAtEnd: Bool { position >= characters.count }
    var current: Character? { peek(0) }

    func peek(_ offset: Int) -> Character? {
        let index = position + offset
        return index >= 0 && index < characters.count ? characters[index] : nil
    }

    mutating func advance(_ count: Int = 1) { position = min(position + count, characters.count) }

    mutating func skip(_ character: Character) -> Bool {
        guard current == character else { return false }
        advance()
        return true
    }

    mutating func skip(_ text: String) -> Bool {
        let start = position
        for character in text {
            guard skip(character) else {
                position = start
                return false
            }
        }
        return true
    }

    mutating func skipWhitespace() {
        while let character = current, character.isWhitespace { advance() }
    }

    func text(_ range: Range<Int>) -> String { String(characters[range]) }

    func hasPrefix(_ prefix: String, caseInsensitive: Bool = false) -> Bool {
        var index = position
        for expected in prefix {
            guard index < characters.count else { return false }
            let actual = characters[index]
            if caseInsensitive ? actual.lowercased() != expected.lowercased() : actual != expected { return false }
            index += 1
        }
        return true
    }

    /// Length of the run of `character` starting at `index`.
    func runLength(of character: Character, at index: Int) -> Int {
        var end = index
        while end < characters.count, characters[end] == character { end += 1 }
        return end - index
    }

    /// The index just past the code span opening at `index` (a run of backticks), or nil when
    /// no run of the same length closes it.
    func endOfCodeSpan(at index: Int) -> Int? {
        let length = runLength(of: "`", at: index)
        var search = index + length
        while search < characters.count {
            if characters[search] == "`" {
                let run = runLength(of: "`", at: search)
                if run == length { return search + run }
                search += run
            } else {
                search += 1
            }
        }
        return nil
    }

    /// `<url>` or a run without spaces in which parentheses balance. Backslash escapes kept.
    mutating func readLinkDestination() -> String? {
        let start = position
        if skip("<") {
            var destination = ""
            while let character = current, character != ">" {
                if character == "<" || character.isNewline { position = start; return nil }
                if character == "\\", let next = peek(1) { destination += "\\\(next)"; advance(2); continue }
                destination.append(character)
                advance()
            }
            guard skip(">") else { position = start; return nil }
            return destination
        }
        var depth = 0
        var destination = ""
        while let character = current, !character.isWhitespace {
            if character == "\\", let next = peek(1), next.isASCII, next.isPunctuation || next.isSymbol {
                destination += "\\\(next)"
                advance(2)
                continue
            }
            if character == "(" { depth += 1 }
            if character == ")" {
                if depth == 0 { break }
                depth -= 1
            }
            destination.append(character)
            advance()
        }
        guard depth == 0 else { position = start; return nil }
        return destination
    }

    /// `"title"`, `'title'` or `(title)`.
    mutating func readLinkTitle() -> String? {
        let start = position
        guard let open = current, open == "\"" || open == "'" || open == "(" else { return nil }
        let close: Character = open == "(" ? ")" : open
        advance()
        var title = ""
        while let character = current, character != close {
            if character == "\\", let next = peek(1) { title.append(next); advance(2); continue }
            title.append(character)
            advance()
        }
        guard skip(close) else { position = start; return nil }
        return title
    }
}
