import Foundation

/// A reading list as written: its heading hierarchy and every bullet with its links, in order.
/// The output of the Ingest stage and the input of Resolve.
public struct ReadingList: Sendable, Hashable {
    /// Where it was read from (a path, or a label for in-memory input).
    public var source: String
    /// Every heading path in document order (table-of-contents headings included, even when
    /// they hold no entries).
    public var sections: [SectionPath]
    /// Every list item that links to something (table-of-contents links excluded), in order.
    public var items: [ListItem]
    /// Problems found while reading (an impossible arXiv id, a link with no URL…), with lines.
    public var diagnostics: [Diagnostic]
    /// Lines of bullets and table rows with text but no link at all (nor one from a bullet nested
    /// in them): no entries, said rather than dropped unseen (`- Some Paper, NeurIPS 2023`).
    public var unlinkedLines: [Int]

    public init(source: String, sections: [SectionPath] = [], items: [ListItem] = [], diagnostics: [Diagnostic] = [],
                unlinkedLines: [Int] = []) {
        self.source = source
        self.sections = sections
        self.items = items
        self.diagnostics = diagnostics
        self.unlinkedLines = unlinkedLines
    }

    /// Lines reported as errors and left out (an ids-file line that is not an arXiv id or URL;
    /// a Markdown list reports warnings only).
    public var skippedLines: Int { diagnostics.count { $0.severity == .error } }
}

/// A heading path, outermost first: ["Alignment Training", "Offline Human Alignment", "Rank-based Training"].
public struct SectionPath: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var headings: [String]

    public init(_ headings: [String]) { self.headings = headings }

    public static let separator = " > "

    /// `Alignment Training > Offline Human Alignment > Rank-based Training`
    public var description: String { headings.joined(separator: SectionPath.separator) }
    public var last: String { headings.last ?? "" }
    public var depth: Int { headings.count }

    /// Whether `self` is `other` or lies below it.
    public func isWithin(_ other: SectionPath) -> Bool {
        headings.count >= other.headings.count && Array(headings.prefix(other.headings.count)) == other.headings
    }

    public static func < (lhs: SectionPath, rhs: SectionPath) -> Bool {
        lhs.headings.lexicographicallyPrecedes(rhs.headings)
    }

    public init(from decoder: any Decoder) throws {
        let string = try decoder.singleValueContainer().decode(String.self)
        headings = string.isEmpty ? [] : string.components(separatedBy: SectionPath.separator)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// One bullet (or numbered item) of the list.
public struct ListItem: Sendable, Hashable {
    /// The entry's title as written, with Markdown markup removed.
    public var title: String
    public var links: [ListLink]
    public var section: SectionPath
    /// 1-based line in the source.
    public var line: Int
    /// Other readings of the title, tried when matching it to a paper (`ItemTitle.readings`).
    public var readings: [String]
    /// A table row: its other columns' papers are what the row's paper builds on (a base model, a
    /// dataset), not entries of their own.
    public var isTableRow: Bool

    public init(title: String, links: [ListLink], section: SectionPath, line: Int, readings: [String] = [],
                isTableRow: Bool = false) {
        self.title = title
        self.links = links
        self.section = section
        self.line = line
        self.readings = readings
        self.isTableRow = isTableRow
    }
}

public struct ListLink: Sendable, Hashable, Codable {
    /// The link text as written (`Paper`, `Blog`).
    public var text: String
    public var url: String

    public init(text: String, url: String) {
        self.text = text
        self.url = url
    }
}

public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable { case warning, error }
    public var severity: Severity
    /// 1-based line in `source`, when the problem has one.
    public var line: Int?
    public var source: String?
    public var message: String

    public init(_ severity: Severity, _ message: String, line: Int? = nil, source: String? = nil) {
        self.severity = severity
        self.message = message
        self.line = line
        self.source = source
    }

    public var description: String {
        var place = source ?? ""
        if let line { place += place.isEmpty ? "line \(line)" : ":\(line)" }
        return (place.isEmpty ? "" : place + ": ") + "\(severity.rawValue): \(message)"
    }
}
