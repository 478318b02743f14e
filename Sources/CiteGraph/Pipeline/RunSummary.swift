import Foundation

/// What a run did, printed at its end (as a table, or JSON with --format json).
public struct RunSummary: Sendable, Codable {
    public var source: String
    public var listItems: Int
    public var distinctEntries: Int
    public var papers: Int
    /// How many papers each resolution method gave (`direct`, `cache-title`, …).
    public var papersBy: [String: Int]
    public var resources: Int
    public var unresolved: Int
    public var sections: Int
    public var authors: Int
    /// Name variants folded into another author.
    public var mergedVariants: Int
    /// Edge counts per file and kind, e.g. `graph.graphml` → `authored` → 412.
    public var edges: [String: [String: Int]]
    public var requests: Int
    public var searches: Int
    public var missing: [String]
    /// Input lines reported as errors and left out (an ids-file line that is not an id).
    public var skippedLines: Int
    public var filesWritten: [String]

    enum CodingKeys: String, CodingKey {
        case source, papers, resources, unresolved, sections, authors, edges, requests, searches, missing
        case listItems = "list_items", distinctEntries = "distinct_entries", papersBy = "papers_by"
        case mergedVariants = "merged_variants", filesWritten = "files_written", skippedLines = "skipped_lines"
    }

    public func jsonString() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// A short human table.
    public var text: String {
        func row(_ label: String, _ value: String) -> String {
            label.padding(toLength: 18, withPad: " ", startingAt: 0) + value
        }
        let direct = papersBy["direct", default: 0]
        let byTitle = papersBy["cache-title", default: 0] + papersBy["search-title", default: 0]
        var methods = ["direct \(direct)", "by title \(byTitle) (cache \(papersBy["cache-title", default: 0]), search \(papersBy["search-title", default: 0]))"]
        if let pinned = papersBy["pinned"], pinned > 0 { methods.append("pinned \(pinned)") }
        if let input = papersBy["input"], input > 0 { methods.append("from input \(input)") }
        var lines = ["citegraph run: \(source)"]
        lines.append(row("list items", "\(listItems)"))
        lines.append(row("distinct entries", "\(distinctEntries)"))
        lines.append(row("papers", "\(papers): " + methods.joined(separator: ", ")))
        lines.append(row("resources", "\(resources)"))
        lines.append(row("unresolved", "\(unresolved)"))
        lines.append(row("sections", "\(sections) with entries"))
        lines.append(row("authors", "\(authors) (\(mergedVariants) name variants merged)"))
        for (index, file) in edges.keys.sorted().enumerated() {
            let kinds = edges[file]!.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
            lines.append(row(index == 0 ? "edges" : "", "\(file): " + (kinds.isEmpty ? "none" : kinds.joined(separator: ", "))))
        }
        lines.append(row("arXiv requests", "\(requests) (title searches \(searches))"))
        if !missing.isEmpty { lines.append(row("missing", missing.joined(separator: " "))) }
        if skippedLines > 0 { lines.append(row("skipped lines", "\(skippedLines) (see the errors above)")) }
        lines.append(row("files written", "\(filesWritten.count)"))
        for file in filesWritten { lines.append(row("", file)) }
        return lines.joined(separator: "\n")
    }
}
