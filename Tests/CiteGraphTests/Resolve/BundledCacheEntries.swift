import Foundation
@testable import CiteGraph

/// The bundled cache's papers, read with a tiny regex over `<id>`, `<title>`, `<name>`,
/// `<published>` and `<updated>` ONLY here in the tests, until the Atom parser lands on main.
enum BundledCacheEntries {
    static func load() throws -> [ArxivEntry] {
        let dir = TestPaths.bundledCache.appendingPathComponent("papers")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xml") }.sorted()
        return try files.map { try parse(String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8)) }
    }

    static func parse(_ xml: String) throws -> ArxivEntry {
        guard let start = xml.range(of: "<entry>") else { throw CiteGraphError("no entry") }
        let entry = String(xml[start.upperBound...])
        func values(_ tag: String) -> [String] {
            let regex = try! NSRegularExpression(pattern: "<\(tag)[^>]*>([^<]*)</\(tag)>")
            return regex.matches(in: entry, range: NSRange(entry.startIndex..., in: entry)).compactMap {
                Range($0.range(at: 1), in: entry).map { unescape(String(entry[$0])) }
            }
        }
        guard let idURL = values("id").first, let abs = idURL.range(of: "/abs/"),
              let split = ArxivID.split(String(idURL[abs.upperBound...]))
        else { throw CiteGraphError("no arXiv id in entry") }
        return ArxivEntry(
            id: split.id, version: split.version,
            title: (values("title").first ?? "").split(whereSeparator: \.isWhitespace).joined(separator: " "),
            authors: values("name").map { ArxivAuthor(name: $0) },
            published: values("published").first, updated: values("updated").first)
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}

/// Answers arXiv searches from a set of entries, the way arXiv reads `ti:"phrase"` and
/// `(ti:word AND ti:word)` clauses joined with OR, and counts the calls.
final class FakeArxivSearch: ArxivSearching {
    let entries: [ArxivEntry]
    private(set) var queries: [String] = []

    init(entries: [ArxivEntry]) { self.entries = entries }

    func search(query: String, maxResults: Int) throws -> [ArxivEntry] {
        queries.append(query)
        var results: [ArxivEntry] = []
        for clause in query.components(separatedBy: " OR ") {
            let words: [String]
            var phrase: String?
            if clause.hasPrefix("ti:\"") {
                phrase = String(clause.dropFirst(4).dropLast())
                words = []
            } else {
                words = clause.trimmingCharacters(in: CharacterSet(charactersIn: "()"))
                    .components(separatedBy: " AND ").map { String($0.dropFirst(3)) }
            }
            for entry in entries {
                let title = " " + TitleNormalizer.normalize(entry.title) + " "
                let hit = phrase.map { title.contains(" \($0) ") } ?? words.allSatisfy { title.contains(" \($0) ") }
                if hit && !results.contains(where: { $0.id == entry.id }) { results.append(entry) }
            }
        }
        return Array(results.prefix(maxResults))
    }
}
