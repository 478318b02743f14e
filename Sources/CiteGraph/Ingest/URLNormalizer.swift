/// One spelling per page, so that the same blog post listed twice is one resource: scheme and
/// host lowercased, `www.` and default ports dropped, no fragment, no trailing slash, no
/// tracking parameters. The path keeps its case (paths are case-sensitive on most servers).
public enum URLNormalizer {
    public static func normalize(_ url: String) -> String {
        guard var address = WebAddress(url) else { return url.trimmingWhitespace() }
        let scheme = address.scheme ?? "https"
        if let port = address.port, port == defaultPorts[scheme] { address.port = nil }
        var path = address.path
        while path.hasSuffix("/") { path.removeLast() }
        let query = address.queryItems
            .filter { !isTracking($0.name) }
            .map { item in item.value.map { "\(item.name)=\($0)" } ?? String(item.name) }
            .joined(separator: "&")
        var result = "\(scheme)://\(address.bareHost)"
        if let port = address.port { result += ":\(port)" }
        result += path
        if !query.isEmpty { result += "?" + query }
        return result
    }

    /// What two links to the same page or paper share, for merging list items: the normalized
    /// URL without its scheme (`http://` and `https://` name one page), an OpenReview paper by its
    /// id whether the link is to its forum or its PDF, an ACL Anthology paper with or without
    /// `.pdf`. The entry keeps the normalized URL of its first link.
    public static func identity(ofNormalized url: String) -> String {
        guard let address = WebAddress(url) else { return url }
        var rest = Substring(url)
        if let schemeEnd = rest.range(of: "://") { rest = rest[schemeEnd.upperBound...] }
        if address.isOnDomain("openreview.net"), ["/forum", "/pdf"].contains(address.path),
           let id = address.queryItems.first(where: { $0.name == "id" })?.value {
            return "openreview.net/forum?id=\(id)"
        }
        if address.isOnDomain("aclanthology.org"), rest.hasSuffix(".pdf") { return String(rest.dropLast(4)) }
        return String(rest)
    }

    private static let defaultPorts = ["http": "80", "https": "443"]

    private static let trackingParameters: Set<String> = ["fbclid", "gclid", "mc_cid", "mc_eid", "ref_src", "igshid"]

    private static func isTracking(_ name: Substring) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasPrefix("utm_") || trackingParameters.contains(lowered)
    }
}
