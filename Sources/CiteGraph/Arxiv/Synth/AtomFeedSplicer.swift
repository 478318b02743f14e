/// Builds one Atom feed of many entries out of single-entry feeds (`AtomWriter.feed(for:)`), so
/// that the entry markup is written in one place only: the feed's opening (XML declaration and
/// `<feed>` with its namespaces) and each `<entry>…</entry>` are cut out of the single-entry text.
/// Cutting is safe because the writer escapes `<` in all text, so the markers occur only as tags.
enum AtomFeedSplicer {
    /// The XML declaration and the `<feed …>` line of a single-entry feed.
    static func opening(ofSingleEntryFeed feed: String) -> Substring? {
        let utf8 = feed.utf8
        guard let feedTag = utf8.firstRange(of: "<feed".utf8),
              let lineEnd = utf8[feedTag.upperBound...].firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        return feed[..<utf8.index(after: lineEnd)]
    }

    /// The `<entry>…</entry>` lines of a single-entry feed, indentation and final newline included.
    static func entry(ofSingleEntryFeed feed: String) -> Substring? {
        let utf8 = feed.utf8
        guard let open = utf8.firstRange(of: "<entry>".utf8),
              let close = utf8[open.upperBound...].firstRange(of: "</entry>".utf8)
        else { return nil }
        var start = open.lowerBound
        while start > utf8.startIndex, utf8[utf8.index(before: start)] == UInt8(ascii: " ") {
            start = utf8.index(before: start)
        }
        var end = close.upperBound
        if end < utf8.endIndex, utf8[end] == UInt8(ascii: "\n") { end = utf8.index(after: end) }
        return feed[start..<end]
    }

    /// The feed-level elements arXiv puts before the entries.
    static func feedHeader(_ info: ArxivFeedInfo, id: String, updated: String) -> String {
        var out = ""
        if let title = info.title { out += "  <title type=\"html\">\(AtomWriter.escapeText(title))</title>\n" }
        out += "  <id>\(AtomWriter.escapeText(id))</id>\n"
        out += "  <updated>\(AtomWriter.escapeText(updated))</updated>\n"
        if let total = info.totalResults { out += "  <opensearch:totalResults>\(total)</opensearch:totalResults>\n" }
        if let start = info.startIndex { out += "  <opensearch:startIndex>\(start)</opensearch:startIndex>\n" }
        if let count = info.itemsPerPage { out += "  <opensearch:itemsPerPage>\(count)</opensearch:itemsPerPage>\n" }
        return out
    }

    static let closing = "</feed>\n"
}
