/// A URL split into its parts, by hand so that any string found in a list can be taken apart
/// (Foundation's URL rejects some of what people paste, and re-encodes others).
struct WebAddress: Sendable, Hashable {
    var scheme: String?
    var host: String
    var port: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Parses `https://host:port/path?query#fragment`; also `host/path` with no scheme when
    /// the host has a dot (`arxiv.org/abs/…`, `www.example.com`). Nil for relative links.
    init?(_ string: String) {
        var rest = Substring(string.trimmingWhitespace())
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.range(of: "://"),
           rest[..<colon.lowerBound].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }),
           !rest[..<colon.lowerBound].isEmpty {
            scheme = rest[..<colon.lowerBound].lowercased()
            rest = rest[colon.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else {
            // Without a scheme, only `host.tld/…` counts: `README.md` or `docs/x.md` is a relative link.
            let firstPart = rest.prefix(while: { $0 != "/" })
            let labels = firstPart.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty }),
                  firstPart.allSatisfy({ $0.isLetter || $0.isNumber || ".-".contains($0) }),
                  let topLevel = labels.last, topLevel.count >= 2, topLevel.allSatisfy(\.isLetter),
                  !Self.fileExtensions.contains(topLevel.lowercased())
            else { return nil }
        }
        let authority = rest.prefix(while: { $0 != "/" })
        path = String(rest.dropFirst(authority.count))
        var hostPort = authority
        if let at = hostPort.lastIndex(of: "@") { hostPort = hostPort[hostPort.index(after: at)...] }
        if let colon = hostPort.lastIndex(of: ":"), hostPort[hostPort.index(after: colon)...].allSatisfy(\.isASCIIDigit) {
            let digits = hostPort[hostPort.index(after: colon)...]
            port = digits.isEmpty ? nil : String(digits)
            hostPort = hostPort[..<colon]
        }
        host = hostPort.lowercased()
        guard !host.isEmpty else { return nil }
    }

    private static let fileExtensions: Set<String> = ["md", "markdown", "html", "htm", "pdf", "txt", "png", "jpg", "jpeg", "gif", "svg", "json", "csv", "bib"]

    /// The host without a leading `www.`.
    var bareHost: String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }

    /// Whether the host is `domain` or one of its subdomains.
    func isOnDomain(_ domain: String) -> Bool {
        host == domain || host.hasSuffix("." + domain)
    }

    /// Non-empty path components (`/abs/2305.18290v2` → `["abs", "2305.18290v2"]`).
    var pathComponents: [Substring] { path.split(separator: "/") }

    /// Query items in order (`id=X&utm_source=y`), undecoded.
    var queryItems: [(name: Substring, value: Substring?)] {
        guard let query else { return [] }
        return query.split(separator: "&").map { item in
            guard let equals = item.firstIndex(of: "=") else { return (item, nil) }
            return (item[..<equals], item[item.index(after: equals)...])
        }
    }
}
