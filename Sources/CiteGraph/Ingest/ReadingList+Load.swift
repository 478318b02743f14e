import Foundation

extension ReadingList {
    /// Reads a file (UTF-8 or UTF-16 with a BOM, CRLF tolerated); throws CiteGraphError(.badInput)
    /// naming the path when unreadable, and the line and column when not UTF-8.
    public static func load(path: String) throws -> ReadingList {
        ReadingListParser.parse(try TextFile.read(path: path, what: "reading list"), source: path)
    }

    /// Reads an ids file: one arXiv id (`2305.18290`, `2305.18290v2`, `arXiv:2305.18290`,
    /// `hep-th/9901001`) or URL a line; blank lines and `#` comments skipped. A bad line becomes
    /// a diagnostic with its line; a file with no valid line at all throws.
    public static func loadIDs(path: String) throws -> ReadingList {
        let list = parseIDs(try TextFile.read(path: path, what: "ids file"), source: path)
        guard !list.items.isEmpty else {
            let reasons = list.diagnostics.prefix(3).map(\.description).joined(separator: "; ")
            throw CiteGraphError("\(path): no arXiv id or URL found" + (reasons.isEmpty ? "" : " (\(reasons))"))
        }
        return list
    }

    /// The parsing behind `loadIDs`, for text already in memory.
    public static func parseIDs(_ text: String, source: String) -> ReadingList {
        var items: [ListItem] = []
        var diagnostics: [Diagnostic] = []
        for line in SourceLine.lines(of: text) {
            var entry = line.text.trimmingWhitespace()
            // `# comment` lines, and ` # comment` after an entry (a URL's own `#` has no space before it).
            if entry.hasPrefix("#") || entry.isEmpty { continue }
            if let comment = entry.range(of: " #") ?? entry.range(of: "\t#") { entry = entry[..<comment.lowerBound].trimmingWhitespace() }
            let value = String(entry)
            if let url = idsFileURL(value) {
                if let problem = ArxivURL.problem(inURL: url) {
                    diagnostics.append(Diagnostic(.error, problem, line: line.number, source: source))
                    continue
                }
                items.append(ListItem(title: "", links: [ListLink(text: value, url: url)], section: SectionPath([]), line: line.number))
            } else {
                let reason = ArxivID.problem(with: ArxivURL.splitVersion(bareID(value)).base).map { ": \($0)" } ?? ""
                diagnostics.append(Diagnostic(.error, "not an arXiv id or URL: '\(value)'\(reason)", line: line.number, source: source))
            }
        }
        return ReadingList(source: source, items: items, diagnostics: diagnostics)
    }

    /// The URL an ids-file line stands for: itself when it is a URL, the abs page of a bare id.
    private static func idsFileURL(_ value: String) -> String? {
        if value.contains("://") || WebAddress(value) != nil { return value.contains("://") ? value : "https://" + value }
        let id = bareID(value)
        guard ArxivID.split(id) != nil else { return nil }
        return "https://arxiv.org/abs/" + id
    }

    private static func bareID(_ value: String) -> String {
        value.lowercased().hasPrefix("arxiv:") ? String(value.dropFirst(6)).trimmingWhitespace() : value
    }
}
