import Foundation

/// The user's `--resolve FILE`: list entries (by title or URL) tied to an arXiv id, or refused
/// (`none`: the entry is not that paper, and no guess is made).
public struct ResolvePins: Sendable, Hashable {
    public struct Pin: Sendable, Hashable {
        /// nil: resolution refused.
        public var id: ArxivID?
        public var version: Int?
        /// `FILE:LINE`, for messages.
        public var origin: String

        public init(id: ArxivID?, version: Int? = nil, origin: String) {
            self.id = id
            self.version = version
            self.origin = origin
        }
    }

    private var byURL: [String: Pin] = [:]
    private var byTitle: [String: Pin] = [:]

    public init() {}

    public var isEmpty: Bool { byURL.isEmpty && byTitle.isEmpty }

    /// Pins `key` (a URL when it has a scheme, else a title) to `pin`.
    public mutating func add(key: String, pin: Pin) {
        if Self.isURL(key) {
            byURL[Self.urlKey(key)] = pin
        } else {
            byTitle[TitleNormalizer.normalize(key)] = pin
        }
    }

    /// TSV: title or URL, tab, arXiv id (`2305.18290`, `2305.18290v2`, `arXiv:2305.18290`) or `none`.
    public static func load(path: String) throws -> ResolvePins {
        try parse(TSVFile.read(path: path, what: "--resolve file", fields: 2))
    }

    public static func parse(_ text: String, path: String) throws -> ResolvePins {
        try parse(TSVFile.parse(text, path: path, fields: 2))
    }

    private static func parse(_ file: TSVFile) throws -> ResolvePins {
        var pins = ResolvePins()
        for record in file.records {
            let origin = "\(file.path):\(record.line)"
            let value = record.fields[1]
            if value.lowercased() == "none" {
                pins.add(key: record.fields[0], pin: Pin(id: nil, origin: origin))
                continue
            }
            var idText = value
            if idText.lowercased().hasPrefix("arxiv:") { idText = String(idText.dropFirst(6)) }
            guard let split = ArxivID.split(idText) else {
                let problem = ArxivID.problem(with: idText).map { " (\($0))" } ?? ""
                throw CiteGraphError("\(origin): '\(value)' is neither an arXiv id nor 'none'\(problem)")
            }
            pins.add(key: record.fields[0], pin: Pin(id: split.id, version: split.version, origin: origin))
        }
        return pins
    }

    /// The pin for an entry: by any of its links (or its key), else by any of its titles.
    public func pin(for entry: ListEntry) -> Pin? {
        for url in [entry.key] + entry.links.map(\.url) {
            if let pin = byURL[Self.urlKey(url)] { return pin }
        }
        for title in entry.titles {
            if let pin = byTitle[TitleNormalizer.normalize(title)] { return pin }
        }
        return nil
    }

    static func isURL(_ s: String) -> Bool { s.contains("://") }

    /// Compared as `URLNormalizer` spells them, and the scheme does not matter either.
    static func urlKey(_ url: String) -> String {
        var s = Substring(URLNormalizer.normalize(url.trimmingCharacters(in: .whitespaces)))
        if let range = s.range(of: "://") { s = s[range.upperBound...] }
        if s.lowercased().hasPrefix("www.") { s = s.dropFirst(4) }
        let slash = s.firstIndex(of: "/") ?? s.endIndex
        var key = s[..<slash].lowercased() + s[slash...]
        while key.hasSuffix("/") { key.removeLast() }
        return key
    }
}
