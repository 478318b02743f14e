import Foundation

/// `authors.csv`: one row per person with every variant of their name, their papers, the first
/// and last publication dates among them, and the reason for each merge.
public enum AuthorsCSV {
    public static let header = ["name", "variants", "papers", "paper_count", "first_published", "last_published", "merges"]

    public static func write(_ corpus: Corpus) -> String {
        var published: [ArxivID: String] = [:]
        for paper in corpus.papers { published[paper.arxivID] = paper.published }
        var lines = [row(header)]
        for author in corpus.authors.sorted(by: { $0.name < $1.name }) {
            let dates = author.papers.compactMap { published[$0] }.sorted()
            lines.append(row([
                author.name,
                author.variants.joined(separator: "; "),
                author.papers.map(\.rawValue).joined(separator: " "),
                String(author.papers.count),
                dates.first ?? "",
                dates.last ?? "",
                author.merges.map { "\($0.variant): \($0.reason)" }.joined(separator: "; "),
            ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    static func row(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",")
    }
}
