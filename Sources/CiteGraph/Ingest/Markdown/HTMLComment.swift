/// Removes `<!-- … -->` comments from lines, carrying an open comment over to the next lines,
/// so commented-out headings or bullets are never read.
struct HTMLCommentStripper {
    /// Line where the comment still open began, if one is.
    private(set) var openedAtLine: Int?

    static let opening = "<!--"
    static let closing = "-->"

    /// The visible part of `line`, and whether anything was removed from it.
    mutating func strip(_ line: SourceLine) -> (visible: Substring, removedComment: Bool) {
        var remaining = line.text
        var visible = ""
        var removed = false
        while true {
            if openedAtLine != nil {
                removed = true
                guard let end = remaining.range(of: Self.closing) else { return (Substring(visible), true) }
                openedAtLine = nil
                remaining = remaining[end.upperBound...]
            } else {
                guard let start = remaining.range(of: Self.opening) else {
                    visible += remaining
                    return (removed ? Substring(visible) : line.text, removed)
                }
                visible += remaining[..<start.lowerBound]
                openedAtLine = line.number
                removed = true
                remaining = remaining[start.upperBound...]
            }
        }
    }
}
