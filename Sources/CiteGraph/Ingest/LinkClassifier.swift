/// What an item points at, from its links (and `arXiv:ID` in its text): an arXiv link wins,
/// then a paper at a venue, then the first link as a resource.
public enum LinkClassifier {
    public static func target(of links: [ListLink], text: String) -> ListEntry.Target? {
        if let (_, arxiv) = mainArxivLink(links) { return .arxiv(arxiv.id, version: arxiv.version) }
        if let mentioned = ArxivURL.ids(inText: text).first { return .arxiv(mentioned.id, version: mentioned.version) }
        if let venue = links.first(where: { isVenue($0.url) }) { return .venue(url: URLNormalizer.normalize(venue.url)) }
        if let first = links.first { return .resource(url: URLNormalizer.normalize(first.url)) }
        return nil
    }

    /// The link the item stands for: an arXiv link, else a venue link, else the first.
    public static func mainLink(of links: [ListLink]) -> ListLink? {
        mainArxivLink(links)?.link ?? links.first(where: { isVenue($0.url) }) ?? links.first
    }

    private static func mainArxivLink(_ links: [ListLink]) -> (link: ListLink, id: (id: ArxivID, version: Int?))? {
        for link in links {
            if let id = ArxivURL.id(fromURL: link.url) { return (link, id) }
        }
        return nil
    }

    /// Whether a link goes to a paper's own page: on arXiv, or at a venue.
    public static func namesPaper(_ url: String) -> Bool {
        ArxivURL.id(fromURL: url) != nil || isVenue(url)
    }

    /// Whether a link can stand for an entry: not a relative link (`./papers/more.md`, `docs/x.md`:
    /// a page of the list's own repository) nor a contact (`mailto:`, `tel:`) or script.
    public static func isExternal(_ url: String) -> Bool {
        if WebAddress(url) != nil { return true }
        guard let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") else { return false }
        return !["mailto", "tel", "javascript", "data"].contains(url[..<colon].lowercased())
    }

    /// A page of a paper at a publisher, proceedings or index, to be matched to arXiv by title.
    /// An arXiv page whose id is impossible counts too: it names a paper, just not by a usable id.
    public static func isVenue(_ url: String) -> Bool {
        guard let address = WebAddress(url) else { return false }
        if address.isOnDomain("aclweb.org") { return address.path.hasPrefix("/anthology") }
        // arXiv's listings, author and search pages name no paper (arxiv.org/list/cs.CL/recent).
        if address.isOnDomain("arxiv.org") {
            return ["abs", "pdf", "html", "ps", "format"].contains(address.pathComponents.first.map(String.init) ?? "")
        }
        return venueDomains.contains(where: address.isOnDomain)
    }

    static let venueDomains: [String] = [
        "arxiv.org", "aclanthology.org", "openreview.net", "doi.org", "direct.mit.edu",
        "proceedings.neurips.cc", "papers.nips.cc", "neurips.cc", "proceedings.mlr.press",
        "ieeexplore.ieee.org", "dl.acm.org", "link.springer.com", "aaai.org", "ijcai.org",
        "jmlr.org", "semanticscholar.org", "openaccess.thecvf.com", "ecva.net", "nature.com",
        "science.org", "sciencedirect.com", "pnas.org", "biorxiv.org", "medrxiv.org",
        "papers.ssrn.com", "iclr.cc", "icml.cc", "aclweb.org", "transacl.org", "isca-archive.org",
        "onlinelibrary.wiley.com", "tandfonline.com", "academic.oup.com", "pubmed.ncbi.nlm.nih.gov",
    ]
}
