/// A piece of an item's text once markup is gone: plain text, or a link with its plain text.
enum InlineSegment: Sendable, Hashable {
    case text(String)
    /// `pictured`: the link's text is only an image's description (a badge, a logo).
    case link(text: String, url: String, pictured: Bool = false)
    /// An image inside no link (a logo, a badge): not a link, and not part of the title.
    case image(alt: String)
}

/// Turning inline nodes into plain text: emphasis stripped, code and escapes kept as written.
enum InlineText {
    /// Flattens nodes to segments. Emphasis markers may span links and code spans
    /// (`*see [this](u)*`), so every non-text node stands in as one private-use placeholder
    /// character while emphasis is stripped from the whole run, then is put back.
    static func segments(of nodes: [InlineNode]) -> [InlineSegment] {
        var marked = ""
        var opaque: [InlineNode] = []
        for node in nodes {
            if case .text(let text) = node {
                marked += text
            } else if let scalar = Unicode.Scalar(placeholderBase + UInt32(opaque.count)) {
                marked.unicodeScalars.append(scalar)
                opaque.append(node)
            }
        }
        var segments: [InlineSegment] = []
        var buffer = ""
        for character in Emphasis.strip(marked) {
            guard let index = placeholderIndex(character), index < opaque.count else {
                buffer.append(character)
                continue
            }
            switch opaque[index] {
            case .text(let text), .literal(let text):
                buffer += text
            case .link(let label, let url):
                if !buffer.isEmpty { segments.append(.text(buffer)); buffer = "" }
                segments.append(.link(text: plainText(of: label), url: url, pictured: isPictured(label)))
            case .image(let alt, _):
                if !buffer.isEmpty { segments.append(.text(buffer)); buffer = "" }
                segments.append(.image(alt: plainText(of: alt)))
            }
        }
        if !buffer.isEmpty { segments.append(.text(buffer)) }
        return segments
    }

    /// All the text a reader sees, links and image descriptions included, whitespace collapsed;
    /// but for links to places in the page (`[↑](#top)`, a back-to-contents arrow in a heading):
    /// navigation, not text.
    static func plainText(of nodes: [InlineNode]) -> String {
        segments(of: nodes).map { segment -> String in
            switch segment {
            case .text(let text): text
            case .link(let text, let url, _): url.hasPrefix("#") ? " " : text
            case .image(let alt): alt
            }
        }.joined().collapsingWhitespace()
    }

    /// A heading's text: as `plainText`, without its pictures (badges, logos) or links made of
    /// one (`## 🔥 Evaluation ![badge](…)` → `🔥 Evaluation`); a heading that is only a picture is
    /// named by its description.
    static func headingText(of nodes: [InlineNode]) -> String {
        let words = segments(of: nodes).map { segment -> String in
            switch segment {
            case .text(let text): text
            case .link(let text, let url, let pictured): url.hasPrefix("#") || pictured ? " " : text
            case .image: " "
            }
        }.joined().collapsingWhitespace()
        return words.isEmpty ? plainText(of: nodes) : words
    }

    private static func isPictured(_ nodes: [InlineNode]) -> Bool {
        var hasImage = false
        for node in nodes {
            switch node {
            case .image: hasImage = true
            case .text(let text): if !text.allSatisfy(\.isWhitespace) { return false }
            default: return false
            }
        }
        return hasImage
    }

    private static let placeholderBase: UInt32 = 0xE000
    private static let placeholderEnd: UInt32 = 0xF8FF

    static func isPlaceholder(_ character: Character) -> Bool {
        placeholderIndex(character) != nil
    }

    private static func placeholderIndex(_ character: Character) -> Int? {
        guard character.unicodeScalars.count == 1, let scalar = character.unicodeScalars.first,
              (placeholderBase...placeholderEnd).contains(scalar.value)
        else { return nil }
        return Int(scalar.value - placeholderBase)
    }

    /// Code span content: line breaks become spaces; one space each side is stripped when both
    /// are there (so `` ` `` `` shows a backtick).
    static func codeSpanContent(_ raw: String) -> String {
        let content = raw.map { $0.isNewline ? " " : $0 }
        if content.count >= 2, content.first == " ", content.last == " ", !content.allSatisfy({ $0 == " " }) {
            return String(content.dropFirst().dropLast())
        }
        return String(content)
    }

    /// Removes backslash escapes and decodes entities (for URLs and definitions).
    static func unescape(_ text: String) -> String {
        var reader = InlineReader(text)
        var result = ""
        while let character = reader.current {
            if character == "\\", let next = reader.peek(1), next.isASCII, next.isPunctuation || next.isSymbol {
                result.append(next)
                reader.advance(2)
            } else if character == "&", let (decoded, length) = entity(at: reader) {
                result += decoded
                reader.advance(length)
            } else {
                result.append(character)
                reader.advance()
            }
        }
        return result
    }

    private static let namedEntities: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "ndash": "–", "mdash": "—", "hellip": "…", "copy": "©", "reg": "®", "trade": "™",
    ]

    /// An entity (`&amp;`, `&#8212;`, `&#x2014;`) at the reader's position: its text and length.
    static func entity(at reader: InlineReader) -> (String, Int)? {
        guard reader.current == "&" else { return nil }
        var length = 1
        var name = ""
        while let character = reader.peek(length), character != ";", length <= 32 {
            guard character.isASCII, character.isLetter || character.isNumber || character == "#" else { return nil }
            name.append(character)
            length += 1
        }
        guard reader.peek(length) == ";", !name.isEmpty else { return nil }
        length += 1
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let value, let scalar = Unicode.Scalar(value), value != 0 else { return nil }
            return (String(Character(scalar)), length)
        }
        guard let decoded = namedEntities[name] else { return nil }
        return (decoded, length)
    }
}
