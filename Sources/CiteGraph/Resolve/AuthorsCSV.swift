import Foundation

/// `authors.csv`: one row per person with every variant of their name, their papers, the first
/// and last publication dates among them, and the reason for each merge.
public enum AuthorsCSV {
    public static let header = ["name", "variants", "papers", "paper_count", "first_published", "last_published", "merges"]

    public static func write(_ corpus: Corpus) -> String {
        var sink = ByteSink()
        write(corpus, to: &sink)
        return sink.text
    }

    /// Streams the file into `sink`, row by row.
    public static func write(_ corpus: Corpus, to sink: inout ByteSink) {
        var published: [ArxivID: String] = [:]
        published.reserveCapacity(corpus.papers.count)
        for paper in corpus.papers { published[paper.arxivID] = paper.published }
        sink.write(row(header))
        // Usually sorted already (Corpus keeps authors by name): then no sorted copy.
        let byName = { (a: Author, b: Author) in a.name < b.name }
        let sorted = zip(corpus.authors, corpus.authors.dropFirst()).allSatisfy { !byName($1, $0) }
        for author in sorted ? corpus.authors : corpus.authors.sorted(by: byName) {
            var first: String?
            var last: String?
            for paper in author.papers {
                guard let date = published[paper] else { continue }
                if first.map({ date < $0 }) ?? true { first = date }
                if last.map({ date >= $0 }) ?? true { last = date }
            }
            sink.write(byte: 0x0A)
            field(author.name, to: &sink)
            sink.write(byte: 0x2C)
            joinedField(author.variants, separator: "; ", to: &sink)
            sink.write(byte: 0x2C)
            joinedField(author.papers.map(\.rawValue), separator: " ", to: &sink)
            sink.write(byte: 0x2C)
            sink.write(author.papers.count)
            sink.write(byte: 0x2C)
            field(first ?? "", to: &sink)
            sink.write(byte: 0x2C)
            field(last ?? "", to: &sink)
            sink.write(byte: 0x2C)
            joinedField(author.merges.map { "\($0.variant): \($0.reason)" }, separator: "; ", to: &sink)
        }
        sink.write(byte: 0x0A)
    }

    /// RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled.
    static func row(_ fields: [String]) -> String {
        fields.map(quotedIfNeeded).joined(separator: ",")
    }

    private static func quotedIfNeeded(_ field: String) -> String {
        field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// Whether no byte is a comma, quote, LF or CR: then `quotedIfNeeded` keeps `text` as it is.
    private static func isPlain(_ text: String) -> Bool {
        !text.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
    }

    private static func field(_ text: String, to sink: inout ByteSink) {
        if isPlain(text) { sink.write(text) } else { sink.write(quotedIfNeeded(text)) }
    }

    /// `quotedIfNeeded(parts.joined(separator:))` without joining in the usual case: the
    /// separators hold nothing that needs quoting, so the whole needs it only if a part does.
    private static func joinedField(_ parts: [String], separator: String, to sink: inout ByteSink) {
        guard parts.allSatisfy(isPlain) else { return sink.write(quotedIfNeeded(parts.joined(separator: separator))) }
        for (position, part) in parts.enumerated() {
            if position > 0 { sink.write(separator) }
            sink.write(part)
        }
    }
}
