import Foundation
import Testing
@testable import CiteGraph

@Suite struct AtomWriterTests {
    static func roundTrip(_ entry: ArxivEntry, selfURL: String? = nil) throws -> [ArxivEntry] {
        try AtomParser.parseFeed(bytes: Array(AtomWriter.feed(for: entry, selfURL: selfURL).utf8)).entries
    }

    static let tricky: [ArxivEntry] = [
        ArxivEntry(id: ArxivID("2401.00001")!, version: 1, title: "0"),
        ArxivEntry(
            id: ArxivID("2401.00002")!, version: 12,
            title: #"Q&A: <b> "tags" & 'quotes', $\alpha < \beta > \gamma$ and \emph{TeX} ]]> end"#,
            summary: "Line one & line two < three",
            authors: [
                ArxivAuthor(name: "Ada \"A&B\" Lovelace", affiliations: ["Lab <1> & Co", "Second \"Lab\""]),
                ArxivAuthor(name: "Dirk Wübben"),
            ],
            published: "2024-01-01T00:00:00-05:00", updated: "2024-02-01T12:30:00+01:00",
            primaryCategory: "cs.LG", categories: ["cs.LG", "stat.ML"], classes: ["I.2.6", "Primary 62H30", "68T05"],
            comment: "𝓐 été, 12 pages", journalRef: "J. Q&A 1 (2024) <2>", doi: "10.1000/a&b",
            links: [
                ArxivLink(href: "http://arxiv.org/abs/2401.00002v12", rel: "alternate", type: "text/html"),
                ArxivLink(href: "https://example.org/q?a=1&b=\"2\"", rel: "related", title: "doi & more"),
                ArxivLink(href: "http://arxiv.org/pdf/2401.00002v12", rel: "related", type: "application/pdf", title: "pdf"),
            ]),
        ArxivEntry(id: ArxivID("hep-th/9901001")!, title: "No version, nothing optional"),
        ArxivEntry(id: ArxivID("math/0211159")!, version: 3, title: "Empty summary", summary: ""),
    ]

    @Test(arguments: tricky)
    func handBuiltEntriesSurviveTheRoundTrip(entry: ArxivEntry) throws {
        #expect(try Self.roundTrip(entry) == [entry])
        #expect(try Self.roundTrip(entry, selfURL: "http://export.arxiv.org/api/query?id_list=\(entry.id)&max_results=1") == [entry])
    }

    @Test(arguments: ["classic_two_entries.xml", "new2026_layout.xml", "tricky_titles.xml", "three_thousand_authors.xml", "internal_entity.xml"])
    func parsedFixturesSurviveTheRoundTrip(name: String) throws {
        let entries = try AtomParser.parseFeed(fileAt: TestPaths.fixture("atom/\(name)").path).entries
        #expect(!entries.isEmpty)
        for entry in entries {
            #expect(try Self.roundTrip(entry) == [entry], "\(entry.id)")
        }
    }

    @Test func realResponsesSurviveTheRoundTrip() throws {
        guard let folder = TestPaths.arxivAPIFixtures else {
            print("skipped: ../shared/fixtures/arxiv-api is absent")
            return
        }
        var count = 0
        for name in ["classic2017_search_100_entries_start0_vcr.xml", "new2026_search_testing_10_entries.xml",
                     "classic2019_idlist_astro-ph_9812133_32_authors_affil.xml"] {
            let entries = try AtomParser.parseFeed(fileAt: folder.appendingPathComponent(name).path).entries
            for entry in entries {
                #expect(try Self.roundTrip(entry) == [entry], "\(entry.id)")
                count += 1
            }
        }
        #expect(count == 111)
    }

    @Test func writesTheClassicLayoutWithNamespacesOnTheRoot() throws {
        let xml = AtomWriter.feed(for: Self.tricky[1], selfURL: "http://export.arxiv.org/api/query?id_list=2401.00002&max_results=1")
        #expect(xml.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(xml.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">"#))
        #expect(xml.contains(#"<link href="http://export.arxiv.org/api/query?id_list=2401.00002&amp;max_results=1" rel="self" type="application/atom+xml"/>"#))
        #expect(xml.contains("<id>http://arxiv.org/abs/2401.00002v12</id>"))
        #expect(xml.contains(#"<title>Q&amp;A: &lt;b&gt; "tags" &amp; 'quotes', $\alpha &lt; \beta &gt; \gamma$ and \emph{TeX} ]]&gt; end</title>"#))
        #expect(xml.contains(#"<arxiv:affiliation>Lab &lt;1&gt; &amp; Co</arxiv:affiliation>"#))
        #expect(xml.contains(#"<link href="https://example.org/q?a=1&amp;b=&quot;2&quot;" rel="related" title="doi &amp; more"/>"#))
        #expect(xml.contains(#"<arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>"#))
        #expect(xml.contains(#"<category term="Primary 62H30" scheme="http://arxiv.org/schemas/atom"/>"#))
        let info = try AtomParser.parseFeed(bytes: Array(xml.utf8)).info
        #expect(info.totalResults == 1)
        #expect(info.startIndex == 0)
        #expect(info.itemsPerPage == 1)
    }

    @Test func charactersXMLCannotCarryAreDropped() throws {
        let entry = ArxivEntry(id: ArxivID("2401.00003")!, version: 1, title: "bell\u{07} and nul\u{00}")
        let parsed = try Self.roundTrip(entry)
        #expect(parsed.map(\.title) == ["bell and nul"])
    }
}

@Suite struct ArxivEntryListingTests {
    @Test func jsonLineHasExactlyTheDocumentedKeys() throws {
        let entry = try #require(AtomWriterTests.tricky.first)  // title "0", nothing optional
        let json = try entry.jsonLine()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == [
            "id", "version", "title", "summary", "authors", "published", "updated", "primary_category",
            "categories", "classes", "comment", "journal_ref", "doi", "links",
        ])
        #expect(object["title"] as? String == "0")
        #expect(object["summary"] is NSNull)
        #expect(object["version"] as? Int == 1)
        #expect(!json.contains("\n"))
    }

    @Test func jsonLineOfAFullEntry() throws {
        let json = try AtomWriterTests.tricky[1].jsonLine()
        #expect(json.contains(#""authors":[{"affiliations":["Lab <1> & Co","Second \"Lab\""],"name":"Ada \"A&B\" Lovelace"}"#))
        #expect(json.contains(#""classes":["I.2.6","Primary 62H30","68T05"]"#))
        #expect(json.contains(#""primary_category":"cs.LG""#))
        #expect(json.contains(#""journal_ref":"J. Q&A 1 (2024) <2>""#))
        #expect(json.contains(#"{"href":"http://arxiv.org/abs/2401.00002v12","rel":"alternate","title":null,"type":"text/html"}"#))
    }

    @Test func tableRowShowsIDVersionDatePrimaryAuthorsAndTitle() {
        let row = AtomWriterTests.tricky[1].tableRow
        #expect(row.hasPrefix("2401.00002          12 2024-01-01  cs.LG             2    Q&A: <b>"))
        #expect(row.hasSuffix("…"))
    }
}
