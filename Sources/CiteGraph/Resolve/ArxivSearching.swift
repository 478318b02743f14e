/// Searches arXiv (`search_query=`), one page of results. The fetch layer implements it over
/// HTTP with its cache; tests implement it with canned answers. Title resolution depends only on
/// this, so it can be tested without a network.
public protocol ArxivSearching {
    /// Runs one arXiv `search_query` (e.g. `ti:"direct preference optimization"`) and returns at
    /// most `maxResults` entries.
    func search(query: String, maxResults: Int) throws -> [ArxivEntry]
    /// Where the searches look, for the message of an entry no search found: "an arXiv search".
    var searchedWhere: String { get }
}

extension ArxivSearching {
    public var searchedWhere: String { "an arXiv search" }
}
