import Testing
@testable import CiteGraph

@Suite struct URLNormalizerTests {
    @Test(arguments: [
        ("HTTPS://WWW.Example.COM/Blog/Post/", "https://example.com/Blog/Post"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://lmsys.org/blog/2023-03-30-vicuna/#fragment", "https://lmsys.org/blog/2023-03-30-vicuna"),
        ("https://example.com/a?utm_source=x&id=3&UTM_medium=y&fbclid=z", "https://example.com/a?id=3"),
        ("https://example.com/?utm_source=x", "https://example.com"),
        ("https://openreview.net/forum?id=_VjQlMeSB_J", "https://openreview.net/forum?id=_VjQlMeSB_J"),
        ("https://github.com/imoneoi/OpenChat", "https://github.com/imoneoi/OpenChat"),
        ("www.example.com/x", "https://example.com/x"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("docs/papers.md", "docs/papers.md"),
    ])
    func normalizes(url: String, expected: String) {
        #expect(URLNormalizer.normalize(url) == expected)
    }

    @Test func sameResourceUnderTwoSpellings() {
        let list = ReadingListParser.parse("""
        - First [[Blog]](https://www.example.com/post/?utm_source=twitter)
        - Second [[Blog]](https://example.com/post#comments)
        """, source: "t.md")
        let entries = list.entries()
        #expect(entries.count == 1)
        #expect(entries.first?.titles == ["First", "Second"])
        #expect(entries.first?.key == "https://example.com/post")
    }
}

@Suite struct ResourceDateTests {
    @Test(arguments: [
        ("https://www.databricks.com/blog/2023/04/12/dolly-first-open", "2023-04-12"),
        ("https://lmsys.org/blog/2023-03-30-vicuna/", "2023-03-30"),
        ("https://example.com/2023/04/", "2023-04-01"),
        ("https://example.com/posts/2022/1/5/x", "2022-01-05"),
        ("https://example.com/2024-02-29-leap", "2024-02-29"),
    ])
    func datesFromURLs(url: String, date: String) {
        #expect(ResourceDate.date(fromURL: url) == date)
    }

    @Test(arguments: [
        "https://github.com/imoneoi/openchat",
        "https://example.com/2023/13/01/x",
        "https://example.com/2023-02-30-not-a-day",
        "https://example.com/2023-04-31",
        "https://example.com/12023-04-01",
        "https://2023-04-01.example.com/x",
        "https://laion.ai/blog/oig-dataset/",
    ])
    func noDate(url: String) {
        #expect(ResourceDate.date(fromURL: url) == nil)
    }
}

/// Items linking the same page or paper in another spelling are one entry.
@Suite struct EntryIdentityTests {
    @Test func schemeOpenReviewFormAndAnthologyPDFDoNotSplitAnEntry() {
        let list = ReadingListParser.parse("""
        # L
        ## Posts
        - [Post](http://example.com/post)
        - [Post again](https://example.com/post/)
        - [Other post](https://example.com/other)
        ## Papers
        - [Paper X](https://openreview.net/forum?id=abc123)
        - [Paper X, PDF](https://openreview.net/pdf?id=abc123)
        - [Paper Y](https://openreview.net/pdf?id=xyz789)
        - [ACL paper](https://aclanthology.org/2023.acl-long.1.pdf)
        - [ACL paper page](https://aclanthology.org/2023.acl-long.1/)
        - [Another ACL paper](https://aclanthology.org/2023.acl-long.2/)
        """, source: "l.md")
        let entries = list.entries()
        #expect(entries.map(\.key) == [
            "http://example.com/post", "https://example.com/other",
            "https://openreview.net/forum?id=abc123", "https://openreview.net/pdf?id=xyz789",
            "https://aclanthology.org/2023.acl-long.1.pdf", "https://aclanthology.org/2023.acl-long.2",
        ])
        #expect(entries.map(\.lines) == [[3, 4], [5], [7, 8], [9], [10, 11], [12]])
        #expect(entries[2].titles == ["Paper X", "Paper X, PDF"])
    }
}
