/// `[label]: https://… "optional title"` lines, which reference-style links (`[text][label]`,
/// `[label][]`, `[label]`) point at. Labels match case-insensitively, whitespace collapsed.
struct ReferenceDefinitions: Sendable, Hashable {
    private var urls: [String: String] = [:]

    subscript(label: String) -> String? { urls[Self.normalize(label)] }

    var isEmpty: Bool { urls.isEmpty }

    /// The first definition of a label wins, as in CommonMark.
    mutating func add(_ definition: ReferenceDefinition) {
        let key = Self.normalize(definition.label)
        if urls[key] == nil { urls[key] = definition.url }
    }

    static func normalize(_ label: String) -> String {
        label.collapsingWhitespace().lowercased()
    }
}

struct ReferenceDefinition: Sendable, Hashable {
    var label: String
    var url: String

    /// Reads a definition occupying the whole of `text` (a line without its indentation).
    static func read(_ text: Substring) -> ReferenceDefinition? {
        var reader = InlineReader(text)
        guard reader.skip("[") else { return nil }
        var label = ""
        while let character = reader.current, character != "]" {
            if character == "[" { return nil }
            if character == "\\", let next = reader.peek(1) {
                label.append(character)
                label.append(next)
                reader.advance(2)
                continue
            }
            label.append(character)
            reader.advance()
        }
        guard reader.skip("]"), reader.skip(":"), !label.allSatisfy(\.isWhitespace) else { return nil }
        reader.skipWhitespace()
        guard let destination = reader.readLinkDestination(), !destination.isEmpty else { return nil }
        let beforeTitle = reader.position
        reader.skipWhitespace()
        if reader.position > beforeTitle, reader.readLinkTitle() == nil, !reader.isAtEnd { return nil }
        reader.skipWhitespace()
        guard reader.isAtEnd else { return nil }
        return ReferenceDefinition(label: label, url: InlineText.unescape(destination))
    }
}
