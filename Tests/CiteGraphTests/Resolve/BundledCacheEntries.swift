import Foundation
@testable import CiteGraph

/// The bundled cache's papers, read with the Atom parser.
enum BundledCacheEntries {
    static func load() throws -> [ArxivEntry] {
        let dir = TestPaths.bundledCache.appendingPathComponent("papers")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xml") }.sorted()
        return try files.flatMap { try AtomParser.parseFeed(fileAt: dir.appendingPathComponent($0).path).entries }
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
