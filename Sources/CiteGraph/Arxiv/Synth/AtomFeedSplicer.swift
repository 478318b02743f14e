/// Builds one Atom feed of many entries out of single-entry feeds (`AtomWriter.feed(for:)`), so
/// that the entry markup is written in one place only: the feed's opening (XML declaration and
/// `<feed>` with its namespaces) and each `<entry>…</entry>` are cut out of the single-entry text.
/// Cutting is safe because the writer escapes `<` in all text, so the markers occur only as tags.
enum AtomFeedSplicer {
    /// Byte offsets in a single-entry feed: where the `<feed …>` line ends, and the `<entry>…</entry>`
    /// lines (indentation and final newline included).
    struct Cuts: Equatable {
        var openingEnd: Int
        var entry: Range<Int>
    }

    /// The cuts of `bytes`, a single-entry feed; nil when it has no `<feed` or no entry. The entry's
    /// end is searched from the back, since the writer ends every feed with `</entry>` and `</feed>`.
    static func cuts(_ bytes: UnsafeBufferPointer<UInt8>) -> Cuts? {
        guard let feedTag = firstOffset(of: feedMarker, in: bytes, from: 0),
              let lineEnd = firstOffset(of: [UInt8(ascii: "\n")], in: bytes, from: feedTag),
              let open = firstOffset(of: entryMarker, in: bytes, from: lineEnd),
              let close = lastOffset(of: entryEndMarker, in: bytes), close > open
        else { return nil }
        var start = open
        while start > 0, bytes[start - 1] == UInt8(ascii: " ") { start -= 1 }
        var end = close + entryEndMarker.count
        if end < bytes.count, bytes[end] == UInt8(ascii: "\n") { end += 1 }
        return Cuts(openingEnd: lineEnd + 1, entry: start..<end)
    }

    /// The XML declaration and the `<feed …>` line of a single-entry feed.
    static func opening(ofSingleEntryFeed feed: String) -> Substring? {
        slice(of: feed) { 0..<$0.openingEnd }
    }

    /// The `<entry>…</entry>` lines of a single-entry feed.
    static func entry(ofSingleEntryFeed feed: String) -> Substring? {
        slice(of: feed) { $0.entry }
    }

    private static func slice(of feed: String, _ range: (Cuts) -> Range<Int>) -> Substring? {
        var feed = feed
        guard let cut = feed.withUTF8({ cuts($0) }) else { return nil }
        let bytes = range(cut)
        let utf8 = feed.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: bytes.lowerBound)
        return feed[start..<utf8.index(start, offsetBy: bytes.count)]
    }

    private static let feedMarker = Array("<feed".utf8)
    private static let entryMarker = Array("<entry>".utf8)
    private static let entryEndMarker = Array("</entry>".utf8)

    private static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var offset = start
        while offset + needle.count <= bytes.count {
            if bytes[offset] == needle[0], matches(needle, in: bytes, at: offset) { return offset }
            offset += 1
        }
        return nil
    }

    private static func lastOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var offset = bytes.count - needle.count
        while offset >= 0 {
            if bytes[offset] == needle[0], matches(needle, in: bytes, at: offset) { return offset }
            offset -= 1
        }
        return nil
    }

    private static func matches(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        for index in needle.indices where bytes[offset + index] != needle[index] { return false }
        return true
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
