import Foundation

/// The shapes `citegraph parse` prints an entry in: one JSON object per line, or a table row.
extension ArxivEntry {
    /// One JSON object, keys sorted, every key present (`null` where the feed has nothing).
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(JSONLineRecord(self))
        return String(decoding: data, as: UTF8.self)
    }

    public static let tableHeader = "id                  v  published   primary           #au  title"

    /// id, version, published day, primary category, author count and the title cut to fit.
    public var tableRow: String {
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
        }
        let shortTitle = title.count > 70 ? String(title.prefix(69)) + "…" : title
        return pad(id.rawValue, 20) + pad(version.map(String.init) ?? "-", 3)
            + pad(String((published ?? "-").prefix(10)), 12) + pad(primaryCategory ?? "-", 18)
            + pad(String(authors.count), 5) + shortTitle
    }
}

/// The JSON line's keys, as documented for `citegraph parse --format jsonl`.
private struct JSONLineRecord: Encodable {
    struct Author: Encodable {
        var name: String
        var affiliations: [String]
    }

    struct Link: Encodable {
        var href: String
        var rel: String?
        var type: String?
        var title: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(href, forKey: .href)
            try container.encode(rel, forKey: .rel)
            try container.encode(type, forKey: .type)
            try container.encode(title, forKey: .title)
        }

        enum CodingKeys: String, CodingKey { case href, rel, type, title }
    }

    var entry: ArxivEntry

    init(_ entry: ArxivEntry) { self.entry = entry }

    enum CodingKeys: String, CodingKey {
        case id, version, title, summary, authors, published, updated
        case primaryCategory = "primary_category"
        case categories, classes, comment
        case journalRef = "journal_ref"
        case doi, links
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(entry.id.rawValue, forKey: .id)
        try container.encode(entry.version, forKey: .version)
        try container.encode(entry.title, forKey: .title)
        try container.encode(entry.summary, forKey: .summary)
        try container.encode(entry.authors.map { Author(name: $0.name, affiliations: $0.affiliations) }, forKey: .authors)
        try container.encode(entry.published, forKey: .published)
        try container.encode(entry.updated, forKey: .updated)
        try container.encode(entry.primaryCategory, forKey: .primaryCategory)
        try container.encode(entry.categories, forKey: .categories)
        try container.encode(entry.classes, forKey: .classes)
        try container.encode(entry.comment, forKey: .comment)
        try container.encode(entry.journalRef, forKey: .journalRef)
        try container.encode(entry.doi, forKey: .doi)
        try container.encode(
            entry.links.map { Link(href: $0.href, rel: $0.rel, type: $0.type, title: $0.title) }, forKey: .links)
    }
}
