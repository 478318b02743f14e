/// Something that GETs a URL. The fetcher talks to arXiv through this; `CurlEasy` is the real
/// one (one reused handle, so one connection).
public protocol HTTPGetting: AnyObject {
    func get(_ url: String) throws -> HTTPResponse
}

extension CurlEasy: HTTPGetting {}

public enum HTTPClient {
    /// `citegraph/VERSION (+mailto:ADDRESS)`, as arXiv asks clients to identify themselves.
    public static func userAgent(mailto: String?) -> String {
        if let mailto, !mailto.isEmpty {
            return "citegraph/\(CiteGraphVersion.string) (+mailto:\(mailto))"
        }
        return "citegraph/\(CiteGraphVersion.string) (+https://arxiv.org/help/api; no contact address given, set --mailto)"
    }

    /// The real client for `options`.
    public static func curl(options: FetchOptions) throws -> CurlEasy {
        try CurlEasy(settings: CurlSettings(
            connectTimeout: options.connectTimeout,
            totalTimeout: options.totalTimeout,
            maxRedirects: 3,
            maxResponseBytes: options.maxResponseBytes,
            userAgent: userAgent(mailto: options.mailto)
        ))
    }
}
