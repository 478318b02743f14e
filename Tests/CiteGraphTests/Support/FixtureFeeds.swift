import CiteGraph
import Foundation

/// Atom feeds assembled from the `<entry>` elements of the bundled cache files (cache/papers),
/// so the test server answers like arXiv without the parser under test building its answers.
enum FixtureFeeds {
    /// Every bundled paper's `<entry>…</entry>` text, by id.
    static let entries: [ArxivID: String] = {
        let folder = TestPaths.bundledCache.appendingPathComponent("papers")
        var found: [ArxivID: String] = [:]
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasSuffix(".xml") {
            guard let id = ArxivID(fileStem: String(name.dropLast(4))),
                  let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8),
                  let start = text.range(of: "<entry>"), let end = text.range(of: "</entry>")
            else { continue }
            found[id] = String(text[start.lowerBound..<end.upperBound])
        }
        return found
    }()

    static var allIDs: [ArxivID] { entries.keys.sorted() }

    /// A feed holding the entries of `ids` that exist, in that order, as arXiv sends them.
    static func feed(ids: [ArxivID], totalResults: Int? = nil, startIndex: Int = 0) -> String {
        let bodies = ids.compactMap { entries[$0] }
        return feed(entryTexts: bodies, totalResults: totalResults ?? bodies.count, startIndex: startIndex)
    }

    static func feed(entryTexts: [String], totalResults: Int, startIndex: Int = 0) -> String {
        """
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
          <id>https://arxiv.org/api/test</id>
          <title>arXiv Query: test</title>
          <updated>2026-11-30T00:00:00Z</updated>
          <opensearch:itemsPerPage>\(entryTexts.count)</opensearch:itemsPerPage>
          <opensearch:totalResults>\(totalResults)</opensearch:totalResults>
          <opensearch:startIndex>\(startIndex)</opensearch:startIndex>
        \(entryTexts.joined(separator: "\n"))
        </feed>
        """
    }

    /// arXiv's error feed (as in the 2026 capture), sent with HTTP 400.
    static func errorFeed(_ message: String) -> String {
        """
        <?xml version='1.0' encoding='UTF-8'?>
        <feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
          <id>https://arxiv.org/</id>
          <title>arXiv Search Results</title>
          <updated>2026-04-12T22:59:06Z</updated>
          <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
          <opensearch:totalResults>1</opensearch:totalResults>
          <opensearch:startIndex>0</opensearch:startIndex>
          <entry>
            <id>https://arxiv.org/api/errors#incorrect_id_format_for_abc</id>
            <title>Error</title>
            <updated>2026-04-12T22:59:06Z</updated>
            <link href="https://arxiv.org/api/errors#incorrect_id_format_for_abc" rel="alternate" type="text/html"/>
            <summary>\(message)</summary>
            <author>
              <name>arXiv api core</name>
            </author>
          </entry>
        </feed>
        """
    }

    /// The ids of an `id_list` request.
    static func requestedIDs(_ request: ScriptedHTTPServer.Request) -> [ArxivID] {
        (request.query["id_list"] ?? "").split(separator: ",").compactMap { ArxivID(String($0)) }
    }

    /// An arXiv stand-in: answers `id_list` with the bundled entries it has (leaving out the
    /// others, as arXiv does).
    static func arxivReply(_ request: ScriptedHTTPServer.Request) -> ScriptedHTTPServer.Reply {
        .atom(feed(ids: requestedIDs(request)))
    }
}
