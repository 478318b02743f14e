import Foundation

extension ReadingList {
    /// Reads a file (UTF-8 or UTF-16 with a BOM, CRLF tolerated); throws CiteGraphError(.badInput)
    /// naming the path when unreadable, and the line and column when not UTF-8.
    public static func load(path: String) throws -> ReadingList {
        ReadingListParser.parse(try TextFile.read(path: path, what: "reading list"), source: path)
    }

    /// Reads an ids file: one arXiv id (`2305.18290`, `2305.18290v2`, `arXiv:2305.18290`,
    /// `hep-th/9901001`, `math.DG/0211159`) or arXiv paper URL a line; blank lines and `#`
    /// comments skipped. Any other line (an impossible id, a link to anything but one arXiv
    /// paper) becomes an error diagnostic with its line; a file with no valid line at all throws.
    public static func loadIDs(path: String) throws -> ReadingList {
        let list = parseIDs(try TextFile.read(path: path, what: "ids file"), source: path)
        guard !list.items.isEmpty else {
            let reasons = list.diagnostics.prefix(3).map(\.description).joined(separator: "; ")
            throw CiteGraphError("\(path): no arXiv id or URL found" + (reasons.isEmpty ? "" : " (\(reasons))"))
        }
        return list
    }

    /// The parsing behind `loadIDs`, for text already in memory. Every item links an arXiv
    /// paper (a bare id by its abs page): an ids file holds nothing else, so a web link on its own line
    /// (`https://example.com/…`, an arXiv listing) is a mistake to report, not a resource to keep.
    public static func parseIDs(_ text: String, source: String) -> ReadingList {
        var items: [ListItem] = []
        var diagnostics: [Diagnostic] = []
        for line in SourceLine.lines(of: text) {
            var entry = line.text.trimmingWhitespace()
            // `# comment` lines, and ` # comment` after an entry (a URL's own `#` has no space before it).
            if entry.hasPrefix("#") || entry.isEmpty { continue }
            if let comment = entry.range(of: " #") ?? entry.range(of: "\t#") { entry = entry[..<comment.lowerBound].trimmingWhitespace() }
            let value = String(entry)
            switch idsFileLine(value) {
            case .paper(let url):
                items.append(ListItem(title: "", links: [ListLink(text: value, url: url)], section: SectionPath([]), line: line.number))
            case .problem(let problem):
                diagnostics.append(Diagnostic(.error, problem, line: line.number, source: source))
            }
        }
        return ReadingList(source: source, items: items, diagnostics: diagnostics)
    }

    private enum IDsFileLine {
        /// The URL of the paper: the line's own, or the abs page of its id.
        case paper(url: String)
        case problem(String)
    }

    /// What one ids-file line names. The id is tried first: `math.DG/0211159` also reads as a
    /// host and a path.
    private static func idsFileLine(_ value: String) -> IDsFileLine {
        let id = bareID(value)
        if let (arxivID, version) = ArxivID.split(id) {
            return .paper(url: "https://arxiv.org/abs/" + arxivID.rawValue + (version.map { "v\($0)" } ?? ""))
        }
        guard value.contains("://") || WebAddress(value) != nil else {
            let reason = ArxivID.problem(withVersioned: id).map { ": \($0)" } ?? ""
            return .problem("not an arXiv id or URL: '\(value)'\(reason)")
        }
        let url = value.contains("://") ? value : "https://" + value
        if let problem = ArxivURL.problem(inURL: url) { return .problem(problem) }
        guard ArxivURL.id(fromURL: url) != nil else {
            return .problem("not an arXiv id or arXiv paper URL: '\(value)' (an ids file lists arXiv papers only)")
        }
        return .paper(url: url)
    }

    private static func bareID(_ value: String) -> String {
        value.lowercased().hasPrefix("arxiv:") ? String(value.dropFirst(6)).trimmingWhitespace() : value
    }
}
