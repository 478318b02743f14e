/// Inline Markdown of one bullet or heading, read into the few things a reading list needs:
/// text (emphasis markers still in it), protected literal text (code spans, escapes, entities),
/// links and images. Raw HTML tags are dropped, but for `<a href="…">` links.
indirect enum InlineNode: Sendable, Hashable {
    case text(String)
    case literal(String)
    case link(text: [InlineNode], url: String)
    case image(alt: [InlineNode], url: String)
}

struct InlineParser {
    let definitions: ReferenceDefinitions
    /// Problems met while reading (an undefined reference, a link with no URL).
    private(set) var problems: [String] = []

    init(definitions: ReferenceDefinitions) { self.definitions = definitions }

    mutating func parse(_ text: String) -> [InlineNode] {
        var reader = InlineReader(text)
        return parse(&reader, until: reader.characters.count, autolinkBareURLs: true)
    }

    private mutating func parse(_ reader: inout InlineReader, until end: Int, autolinkBareURLs: Bool) -> [InlineNode] {
        var nodes: [InlineNode] = []
        var buffer = ""
        func flush() {
            if !buffer.isEmpty { nodes.append(.text(buffer)); buffer = "" }
        }
        while reader.position < end, let character = reader.current {
            switch character {
            case "\\":
                if let next = reader.peek(1), next.isASCII, next.isPunctuation || next.isSymbol {
                    flush(); nodes.append(.literal(String(next))); reader.advance(2)
                } else {
                    buffer.append(character); reader.advance()
                }
            case "`":
                let length = reader.runLength(of: "`", at: reader.position)
                if let close = reader.endOfCodeSpan(at: reader.position), close <= end {
                    flush()
                    nodes.append(.literal(InlineText.codeSpanContent(reader.text(reader.position + length ..< close - length))))
                    reader.position = close
                } else {
                    flush(); nodes.append(.literal(String(repeating: "`", count: length))); reader.advance(length)
                }
            case "<":
                if let node = readAngleBracket(&reader, until: end) {
                    flush()
                    if let node { nodes.append(node) }
                } else {
                    buffer.append(character); reader.advance()
                }
            case "!" where reader.peek(1) == "[":
                let start = reader.position
                reader.advance()
                if let (label, url) = readLink(&reader, until: end) {
                    flush(); nodes.append(.image(alt: label, url: url))
                } else {
                    reader.position = start
                    buffer.append(character); reader.advance()
                }
            case "[":
                if let (label, url) = readLink(&reader, until: end) {
                    flush(); nodes.append(.link(text: label, url: url))
                } else {
                    buffer.append(character); reader.advance()
                }
            case "&":
                if let (decoded, length) = InlineText.entity(at: reader) {
                    flush(); nodes.append(.literal(decoded)); reader.advance(length)
                } else {
                    buffer.append(character); reader.advance()
                }
            default:
                if autolinkBareURLs, let url = readBareURL(&reader, until: end) {
                    flush(); nodes.append(.link(text: [.literal(url)], url: url))
                } else if InlineText.isPlaceholder(character) {
                    // Keep input characters that collide with emphasis placeholders protected.
                    flush(); nodes.append(.literal(String(character))); reader.advance()
                } else {
                    buffer.append(character.isNewline ? " " : character); reader.advance()
                }
            }
        }
        flush()
        return nodes
    }

    /// `[text](url "title")`, `[text][label]`, `[label][]` or `[label]`, the reader at `[`.
    /// Leaves the reader unmoved and returns nil when the brackets form no link.
    private mutating func readLink(_ reader: inout InlineReader, until end: Int) -> ([InlineNode], String)? {
        let start = reader.position
        guard let close = closingBracket(reader, from: start, until: end) else { return nil }
        let labelRange = start + 1 ..< close
        let rawLabel = reader.text(labelRange)
        reader.position = close + 1
        if reader.current == "(", reader.position < end, let url = readInlineDestination(&reader, until: end) {
            if url.isEmpty { problems.append("link '\(rawLabel)' has no URL") }
            return (parseLabel(reader, labelRange), url)
        }
        if reader.current == "[", let labelClose = reader.characters[reader.position..<end].firstIndex(of: "]") {
            let reference = reader.text(reader.position + 1 ..< labelClose)
            if !reference.contains("["), !(reference.isEmpty && rawLabel.isEmpty) {
                let key = reference.isEmpty ? rawLabel : reference
                if let url = definitions[key] {
                    reader.position = labelClose + 1
                    return (parseLabel(reader, labelRange), url)
                }
                if !reference.isEmpty { problems.append("reference '[\(reference)]' is not defined") }
            }
        }
        if !rawLabel.isEmpty, !rawLabel.contains("["), let url = definitions[rawLabel] {
            return (parseLabel(reader, labelRange), url)
        }
        reader.position = start
        return nil
    }

    private mutating func parseLabel(_ reader: InlineReader, _ range: Range<Int>) -> [InlineNode] {
        var inner = InlineReader(reader.characters[range])
        return parse(&inner, until: inner.characters.count, autolinkBareURLs: false)
    }

    /// The `]` matching the `[` at `start`, skipping escapes and code spans.
    private func closingBracket(_ reader: InlineReader, from start: Int, until end: Int) -> Int? {
        var depth = 0
        var index = start + 1
        while index < end {
            switch reader.characters[index] {
            case "\\": index += 2; continue
            case "`":
                if let close = reader.endOfCodeSpan(at: index), close <= end { index = close; continue }
                index += reader.runLength(of: "`", at: index); continue
            case "[": depth += 1
            case "]":
                if depth == 0 { return index }
                depth -= 1
            default: break
            }
            index += 1
        }
        return nil
    }

    /// `(url "title")`, the reader at `(`.
    private func readInlineDestination(_ reader: inout InlineReader, until end: Int) -> String? {
        let start = reader.position
        reader.advance()
        reader.skipWhitespace()
        guard let destination = reader.readLinkDestination() else { reader.position = start; return nil }
        let beforeTitle = reader.position
        reader.skipWhitespace()
        if reader.position > beforeTitle { _ = reader.readLinkTitle() }
        reader.skipWhitespace()
        guard reader.position < end, reader.skip(")") else { reader.position = start; return nil }
        return InlineText.unescape(destination)
    }

    /// `<https://…>` or `<a@b.c>` as a link, an HTML `<a href="…">text</a>` too (awesome lists
    /// written in HTML); any other tag as `.some(nil)` (dropped); nil when the `<` is plain text.
    private mutating func readAngleBracket(_ reader: inout InlineReader, until end: Int) -> InlineNode?? {
        guard let close = reader.characters[reader.position..<end].firstIndex(of: ">") else { return nil }
        let inside = reader.text(reader.position + 1 ..< close)
        guard !inside.isEmpty, !inside.contains("<") else { return nil }
        if let href = Self.href(ofAnchorTag: inside) {
            // The text up to `</a>` is the link's (the tag alone, unclosed, links its URL).
            let labelStart = close + 1
            var closing = labelStart
            while closing < end, !Self.isClosingAnchor(reader.characters[closing..<end]) { closing += 1 }
            guard closing < end else {
                reader.position = close + 1
                return .some(.link(text: [.literal(href)], url: href))
            }
            reader.position = closing + 4
            return .some(.link(text: parseLabel(reader, labelStart ..< closing), url: href))
        }
        if !inside.contains(where: \.isWhitespace), let colon = inside.firstIndex(of: ":"),
           inside[..<colon].count >= 2, inside[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }) {
            reader.position = close + 1
            return .some(.link(text: [.literal(inside)], url: inside))
        }
        if !inside.contains(where: \.isWhitespace), inside.contains("@"), inside.contains(".") {
            reader.position = close + 1
            return .some(.link(text: [.literal(inside)], url: "mailto:" + inside))
        }
        // An HTML tag or comment: `<br>`, `</summary>`, `<img src=…>`.
        guard let first = inside.first, first.isLetter || first == "/" || first == "!" else { return nil }
        reader.position = close + 1
        return .some(nil)
    }

    /// Whether `text` starts with `</a>` (any case).
    private static func isClosingAnchor(_ text: ArraySlice<Character>) -> Bool {
        guard text.count >= 4, text.first == "<" else { return false }
        let start = text.startIndex
        return text[start + 1] == "/" && (text[start + 2] == "a" || text[start + 2] == "A") && text[start + 3] == ">"
    }

    /// The `href` of an `<a …>` tag (`inside`: what is between `<` and `>`), quoted or not, with
    /// `&amp;` decoded; nil for any other tag or an anchor without one. Attributes are read in
    /// turn, so `data-href=…` or a `title` whose text says `href=` is not taken for it.
    static func href(ofAnchorTag inside: String) -> String? {
        guard inside.count > 2, inside.first == "a" || inside.first == "A",
              inside.dropFirst().first?.isWhitespace == true else { return nil }
        var rest = inside.dropFirst()
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "/" }
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != "/" }
            guard !name.isEmpty else { return nil }
            rest = rest[name.endIndex...].drop(while: \.isWhitespace)
            var value: Substring = ""
            if rest.first == "=" {
                rest = rest.dropFirst().drop(while: \.isWhitespace)
                if let quote = rest.first, quote == "\"" || quote == "'" {
                    value = rest.dropFirst().prefix { $0 != quote }
                    rest = rest.dropFirst(value.count + 2)
                } else {
                    value = rest.prefix { !$0.isWhitespace }
                    rest = rest[value.endIndex...]
                }
            }
            guard name.lowercased() == "href" else { continue }
            let url = value.replacingOccurrences(of: "&amp;", with: "&").trimmingCharacters(in: .whitespaces)
            return url.isEmpty ? nil : url
        }
    }

    /// A bare `https://…` or `www.…` URL (GFM autolink), trailing punctuation left out.
    private func readBareURL(_ reader: inout InlineReader, until end: Int) -> String? {
        guard reader.hasPrefix("http://", caseInsensitive: true) || reader.hasPrefix("https://", caseInsensitive: true)
                || reader.hasPrefix("www.", caseInsensitive: true)
        else { return nil }
        if let previous = reader.peek(-1), !(previous.isWhitespace || "*_~(".contains(previous)) { return nil }
        var stop = reader.position
        while stop < end, !reader.characters[stop].isWhitespace, reader.characters[stop] != "<" { stop += 1 }
        var url = reader.text(reader.position..<stop)
        while let last = url.last {
            if "?!.,:*_~'\";".contains(last) {
                url.removeLast()
            } else if last == ")", url.filter({ $0 == ")" }).count > url.filter({ $0 == "(" }).count {
                url.removeLast()
            } else {
                break
            }
        }
        guard url.contains("."), !url.hasSuffix("://") else { return nil }
        reader.advance(url.count)
        return url.lowercased().hasPrefix("www.") ? "https://" + url : url
    }
}
