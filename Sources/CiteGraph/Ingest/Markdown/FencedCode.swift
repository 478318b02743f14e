/// A fenced code block (```` ``` ```` or `~~~`): everything up to the closing fence is code,
/// so a `# comment` or a `- item` inside is neither heading nor bullet.
struct CodeFence: Sendable, Hashable {
    let character: Character
    let length: Int
    let line: Int

    /// The fence `text` (already without its indentation) opens, if it opens one.
    static func opening(_ text: Substring, line: Int) -> CodeFence? {
        guard let character = text.first, character == "`" || character == "~" else { return nil }
        let length = text.prefix(while: { $0 == character }).count
        guard length >= 3 else { return nil }
        // A backtick fence's info string may not hold backticks (that would be a code span).
        if character == "`", text.dropFirst(length).contains("`") { return nil }
        return CodeFence(character: character, length: length, line: line)
    }

    /// Whether `text` (without its indentation) closes this fence.
    func isClosed(by text: Substring) -> Bool {
        let run = text.prefix(while: { $0 == character })
        return run.count >= length && text.dropFirst(run.count).allSatisfy(\.isWhitespace)
    }
}
