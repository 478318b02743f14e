import Foundation
import Testing
@testable import CiteGraph

/// The project's own fixtures (Fixtures/atom/), one per case the parser must handle.
@Suite struct AtomParserTests {
    static func path(_ name: String) -> String { TestPaths.fixture("atom/\(name)").path }

    static func feed(_ name: String) throws -> ArxivFeed {
        try AtomParser.parseFeed(fileAt: path(name))
    }

    static func error(_ name: String) -> AtomError? {
        do {
            _ = try feed(name)
            return nil
        } catch {
            return error as? AtomError
        }
    }

    @Test func classicLayoutWithPrefixesRedeclaredPerElement() throws {
        let feed = try Self.feed("classic_two_entries.xml")
        #expect(feed.info == ArxivFeedInfo(
            title: "ArXiv Query: search_query=&id_list=hep-th/9901001v2,2305.18290v3",
            totalResults: 2, startIndex: 0, itemsPerPage: 10))
        #expect(feed.entries.count == 2)
        let old = feed.entries[0]
        #expect(old.id.rawValue == "hep-th/9901001")
        #expect(old.version == 2)
        #expect(old.title == "Branes, Fluxes and Old-Style Identifiers")
        #expect(old.summary == "A made-up abstract, hard-wrapped like the classic API.")
        #expect(old.authors == [
            ArxivAuthor(name: "Ada Example", affiliations: ["Institute One", "Institute Two"]),
            ArxivAuthor(name: "Bo Second"),
        ])
        #expect(old.published == "1999-01-04T09:00:00-05:00")
        #expect(old.updated == "1999-02-10T17:20:01+01:00")
        // `<x:doi xmlns:x="http://arxiv.org/schemas/atom">`: matched by namespace, not prefix.
        #expect(old.doi == "10.1000/example.42")
        #expect(old.comment == "12 pages, 2 figures")
        #expect(old.journalRef == "J. Made-Up Phys. 1 (1999) 1")
        #expect(old.primaryCategory == "hep-th")
        #expect(old.categories == ["hep-th", "gr-qc"])
        #expect(old.classes == ["81T30", "83E30", "Primary 62H30", "Secondary 62F15"])
        #expect(old.links == [
            ArxivLink(href: "http://dx.doi.org/10.1000/example.42", rel: "related", title: "doi"),
            ArxivLink(href: "http://arxiv.org/abs/hep-th/9901001v2", rel: "alternate", type: "text/html"),
            ArxivLink(href: "http://arxiv.org/pdf/hep-th/9901001v2", rel: "related", type: "application/pdf", title: "pdf"),
        ])
        let new = feed.entries[1]
        #expect(new.id.rawValue == "2305.18290")
        #expect(new.version == 3)
        #expect(new.categories == ["cs.LG", "cs.AI"])
        #expect(new.classes == ["I.2.6", "68T05"])
        #expect(new.doi == nil)
        #expect(new.comment == nil)
    }

    @Test func layoutOf2026() throws {
        let feed = try Self.feed("new2026_layout.xml")
        #expect(feed.info == ArxivFeedInfo(
            title: "arXiv Query: search_query=all:alignment&id_list=&start=20&max_results=2",
            totalResults: 1234, startIndex: 20, itemsPerPage: 2))
        #expect(feed.entries.map(\.id.rawValue) == ["2203.02155", "math/0211159"])
        let first = feed.entries[0]
        #expect(first.version == 1)
        #expect(first.summary == "Making language models bigger does not inherently make them better. A second paragraph.")
        #expect(first.primaryCategory == "cs.CL")
        #expect(first.categories == ["cs.CL", "cs.AI", "cs.LG"])
        #expect(first.authors == [ArxivAuthor(name: "Long Ouyang"), ArxivAuthor(name: "Jeff Wu", affiliations: ["OpenAI"])])
        #expect(first.doi == "10.5555/fixture.2026")
        #expect(first.comment == "NeurIPS 2022")
        #expect(first.journalRef == "Advances in Neural Information Processing Systems 35 (2022)")
        #expect(first.published == "2022-03-04T18:55:54Z")
        #expect(first.links.map(\.href) == [
            "https://arxiv.org/abs/2203.02155v1", "https://arxiv.org/pdf/2203.02155v1", "https://doi.org/10.5555/fixture.2026",
        ])
        let second = feed.entries[1]
        #expect(second.version == 3)
        #expect(second.primaryCategory == "math.DG")
        #expect(second.classes == ["53C44"])
    }

    /// Markup inside a text element (not arXiv's, but XML allows it): its text belongs to the
    /// field, and its end does not stop the field's text; unknown attributes are ignored.
    @Test func elementsInsideTextAndUnknownAttributes() throws {
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom">
              <entry>
                <id>http://arxiv.org/abs/2305.18290v3</id>
                <title>Direct  <b xmlns="urn:x">Preference</b>
                  Optimization<br xmlns="urn:x"/>!</title>
                <summary>One <i xmlns="urn:x">two <u>three</u></i> four</summary>
                <link extra="1" title="pdf" rel="related" href="http://arxiv.org/pdf/2305.18290v3" type="application/pdf"/>
                <link href="http://arxiv.org/abs/2305.18290v3"/>
                <category scheme="http://arxiv.org/schemas/atom" term="cs.LG"/>
              </entry>
            </feed>
            """
        let feed = try AtomParser.parseFeed(bytes: Array(xml.utf8))
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Direct Preference Optimization!")
        #expect(entry.summary == "One two three four")
        #expect(entry.links == [
            ArxivLink(href: "http://arxiv.org/pdf/2305.18290v3", rel: "related", type: "application/pdf", title: "pdf"),
            ArxivLink(href: "http://arxiv.org/abs/2305.18290v3"),
        ])
        #expect(entry.categories == ["cs.LG"])
    }

    @Test func emptyFeedIsNotAnError() throws {
        let feed = try Self.feed("empty_feed.xml")
        #expect(feed.entries.isEmpty)
        #expect(feed.info.totalResults == 0)
        #expect(feed.info.itemsPerPage == 10)
    }

    @Test func errorFeedsByIDAndByTitle() {
        #expect(Self.error("error_feed.xml") == .arxivError(message: "max_results must be less than 30000"))
        #expect(Self.error("error_feed_by_title.xml") == .arxivError(message: "unbalanced quotes in search_query"))
    }

    @Test func plainTextHTMLAndOtherXMLAreNamed() {
        #expect(Self.error("rate_exceeded.txt") == .notAtom(kind: "plain text", excerpt: "Rate exceeded."))
        #expect(Self.error("html_page.html") == .notAtom(kind: "HTML page", excerpt: "<!DOCTYPE html>"))
        #expect(Self.error("xhtml_page.xml") == .notAtom(kind: "HTML page", excerpt: "root element <html>"))
        #expect(Self.error("not_atom.xml") == .notAtom(kind: "XML but not an Atom feed", excerpt: "root element <rss>"))
        #expect(AtomError.notAtom(kind: "plain text", excerpt: "").exitCode == .badInput)
    }

    @Test func compressedAndBinaryBodiesAreDescribedNotEchoed() {
        func error(_ bytes: [UInt8]) -> AtomError? {
            do {
                _ = try AtomParser.parseFeed(bytes: bytes)
                return nil
            } catch {
                return error as? AtomError
            }
        }
        // gzip's magic number, then whatever.
        #expect(error([0x1F, 0x8B, 0x08, 0x00, 0x41, 0x42, 0x43, 0x44, 0x45, 0x46])
            == .notAtom(kind: "gzip-compressed data (decompress it first)", excerpt: "bytes 1f 8b 08 00 41 42 43 44 …"))
        #expect(error([0x7D, 0xD6, 0x00, 0x3D, 0x0A]) == .notAtom(kind: "binary data", excerpt: "bytes 7d d6 00 3d 0a"))
        // Not UTF-8, no control bytes.
        #expect(error(Array(repeating: 0xE9, count: 20)) == .notAtom(kind: "binary data", excerpt: "bytes e9 e9 e9 e9 e9 e9 e9 e9 …"))
        // Text in another script is still text.
        #expect(error(Array("Débit dépassé.\n".utf8)) == .notAtom(kind: "plain text", excerpt: "Débit dépassé."))
        // Latin-1 XML still goes to libxml2 (which reads its encoding declaration).
        #expect(Self.error("latin1_declared.xml") == nil)
    }

    @Test func emptyBodies() {
        #expect(throws: AtomError.emptyBody) { try AtomParser.parseFeed(bytes: []) }
        #expect(throws: AtomError.emptyBody) { try AtomParser.parseFeed(bytes: Array(" \n\t\r\n".utf8)) }
    }

    @Test func brokenXMLIsReportedWithLineAndColumn() {
        // `    <title>Broken</titel>` on line 5: the end tag closes at column 25.
        #expect(Self.error("mismatched_tag.xml") == .malformed(
            line: 5, column: 26, message: "Opening and ending tag mismatch: title line 5 and titel"))
        // Cut after `    <link title="doi" ` on line 29.
        guard case .malformed(let line, _, let message) = Self.error("truncated.xml") else {
            Issue.record("truncated.xml should be malformed")
            return
        }
        #expect(line == 29)
        #expect(message.contains("link"))
        // The byte 0xE9 after `    <title>Caf` on line 4 (column 15).
        guard case .malformed(let line, let column, let utf8Message) = Self.error("non_utf8.xml") else {
            Issue.record("non_utf8.xml should be malformed")
            return
        }
        #expect((line, column) == (4, 15))
        #expect(utf8Message.contains("UTF-8"))
    }

    @Test func aTruncatedFeedIsSaidToEndInsideItsOpenElements() throws {
        let text = try String(contentsOfFile: Self.path("classic_two_entries.xml"), encoding: .utf8)
        /// The message of the malformed-Atom error `text` cut `offset` characters after `marker`'s start gives.
        func message(cutAt marker: String, plus offset: Int) throws -> String? {
            let at = try #require(text.range(of: marker))
            do {
                _ = try AtomParser.parse(bytes: Array(text[..<text.index(at.lowerBound, offsetBy: offset)].utf8)) { _ in }
                return nil
            } catch AtomError.malformed(_, _, let message) {
                return message
            }
        }
        // libxml2 alone says "Extra content at the end of the document" for a feed cut in a text.
        #expect(try message(cutAt: "<summary>", plus: 29)?.hasPrefix(
            "the document ends inside <summary> in <entry> in <feed>, before their end tags: truncated?") == true)
        // Cut inside a start tag (`<au` of `<author>`): the cut element is not named.
        #expect(try message(cutAt: "<author>", plus: 3)?.hasPrefix(
            "the document ends inside <entry> in <feed>, before their end tags: truncated?") == true)
        // Cut before the root element is complete.
        #expect(try message(cutAt: "<feed", plus: 8)?.hasPrefix(
            "the document ends before its root element is complete: truncated?") == true)
        // Cut inside a start tag with its name: libxml2's own words are kept.
        guard case .malformed(_, _, let linkMessage) = Self.error("truncated.xml") else {
            Issue.record("truncated.xml should be malformed")
            return
        }
        #expect(linkMessage.contains("truncated?") && linkMessage.contains("libxml2: Couldn't find end of Start Tag link"))
        // A whole feed with junk after it is no truncated one.
        #expect {
            _ = try AtomParser.parse(bytes: Array((text + "<extra/>").utf8)) { _ in }
        } throws: { error in
            guard case .malformed(_, _, let message)? = error as? AtomError else { return false }
            return !message.contains("truncated")
        }
    }

    @Test func truncatedAfterACompleteEntryStillHandsThatEntryOn() throws {
        // Everything up to the end of the first entry, then nothing.
        let text = try String(contentsOfFile: Self.path("classic_two_entries.xml"), encoding: .utf8)
        let cut = try #require(text.range(of: "</entry>"))
        var seen: [String] = []
        #expect(throws: AtomError.self) {
            _ = try AtomParser.parse(bytes: Array(text[..<cut.upperBound].utf8)) { seen.append($0.id.rawValue) }
        }
        #expect(seen == ["hep-th/9901001"])
    }

    @Test func entryWithoutArxivIDIsMalformed() {
        let body = """
        <feed xmlns="http://www.w3.org/2005/Atom">
          <entry>
            <id>http://example.org/abs/not-an-id</id>
            <title>x</title>
          </entry>
        </feed>
        """
        #expect {
            try AtomParser.parseFeed(bytes: Array(body.utf8))
        } throws: { error in
            guard case .malformed(let line, _, let message) = error as? AtomError else { return false }
            return line == 5 && message.contains("not-an-id")
        }
    }

    @Test func titleThatIsZeroAndTitleWithEscapesTeXAndNewline() throws {
        let feed = try Self.feed("tricky_titles.xml")
        #expect(feed.entries.map(\.title) == [
            "0",
            #"Q&A: <b> tags, $\alpha < \beta$ and \emph{TeX} on two lines"#,
        ])
        #expect(feed.entries[0].summary == "0")
        #expect(feed.entries[1].summary == "Raw <CDATA> & more after")
        #expect(feed.entries[1].comment == "𝓐 été")
        let json = try feed.entries[0].jsonLine()
        #expect(json.contains(#""title":"0""#))
    }

    @Test func thousandsOfAuthorsOnOneEntry() throws {
        let feed = try Self.feed("three_thousand_authors.xml")
        let entry = try #require(feed.entries.first)
        #expect(entry.authors.count == 3000)
        #expect(entry.authors.first == ArxivAuthor(name: "Author 1"))
        #expect(entry.authors[999] == ArxivAuthor(name: "Author 1000", affiliations: ["Lab 1000"]))
        #expect(entry.authors.last == ArxivAuthor(name: "Author 3000", affiliations: ["Lab 3000"]))
        #expect(entry.authors.filter { !$0.affiliations.isEmpty }.count == 3)
        #expect(entry.categories == ["hep-ex"])
    }

    @Test func repeatedAndNearlyEqualAffiliationsKeepTheirOwnText() throws {
        // Affiliations share storage when equal: ones of the same length that start and end
        // alike (and so land in the same cache slot) must still come out as written.
        func entry(_ number: Int, _ affiliations: [String]) -> String {
            let authors = affiliations.map {
                "<author><name>A \(number)</name><arxiv:affiliation>\($0)</arxiv:affiliation></author>"
            }
            return "<entry><id>http://arxiv.org/abs/2301.0000\(number)v1</id><title>T</title>\(authors.joined())</entry>"
        }
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">\
            \(entry(1, ["University of X-1 &amp; Research Lab", "Short Lab"]))\
            \(entry(2, ["University of X-2 &amp; Research Lab", "University of X-1 &amp; Research Lab"]))\
            \(entry(3, ["University of X-1   &amp; Research\nLab", "University of X-2 &amp; Research Lab"]))\
            </feed>
            """
        let feed = try AtomParser.parseFeed(bytes: Array(xml.utf8))
        #expect(feed.entries.map { $0.authors.flatMap(\.affiliations) } == [
            ["University of X-1 & Research Lab", "Short Lab"],
            ["University of X-2 & Research Lab", "University of X-1 & Research Lab"],
            ["University of X-1 & Research Lab", "University of X-2 & Research Lab"],
        ])
    }

    @Test func deeplyNestedMarkupInsideTextKeepsTheEntryIntact() throws {
        // 200 open elements at once: more than the reader's first stack of open elements holds.
        let nested = String(repeating: "<b>", count: 200) + "deep" + String(repeating: "</b>", count: 200)
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2301.00001v2</id>\
            <summary>\(nested) text</summary><title>After</title></entry></feed>
            """
        let feed = try AtomParser.parseFeed(bytes: Array(xml.utf8))
        #expect(feed.entries.map(\.summary) == ["deep text"])
        #expect(feed.entries.map(\.title) == ["After"])
        #expect(feed.entries.map(\.version) == [2])
    }

    @Test func internalEntitiesExpandAndAmpersandsInAttributesDecode() throws {
        let feed = try Self.feed("internal_entity.xml")
        let entry = try #require(feed.entries.first)
        #expect(entry.title == "Declared & expanded")
        #expect(entry.authors == [ArxivAuthor(name: "S. Perlmutter", affiliations: ["The Supernova Cosmology Project"])])
        #expect(entry.links.first?.href == "http://arxiv.org/abs/astro-ph/9812133v1?a=1&b=2")
    }

    @Test func entriesAreHandedOnOneAtATimeAndCallbackErrorsPassThrough() throws {
        struct Stop: Error, Equatable {}
        var seen: [String] = []
        #expect(throws: Stop()) {
            _ = try AtomParser.parse(fileAt: Self.path("classic_two_entries.xml")) { entry in
                seen.append(entry.id.rawValue)
                throw Stop()
            }
        }
        #expect(seen == ["hep-th/9901001"])
    }

    @Test func declaredLatin1IsDecoded() throws {
        // Bytes 0xE9 and 0xEF under `encoding="ISO-8859-1"`: valid, unlike non_utf8.xml.
        let feed = try Self.feed("latin1_declared.xml")
        #expect(feed.entries.map(\.title) == ["Café naïve"])
    }

    @Test func parsesOnSeveralThreadsAtOnce() throws {
        let bytes = Array(try Data(contentsOf: TestPaths.fixture("atom/classic_two_entries.xml")))
        let expected = try AtomParser.parseFeed(bytes: bytes)
        let results = Results(count: 16)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            results.set(i, try? AtomParser.parseFeed(bytes: bytes))
        }
        #expect(results.all.allSatisfy { $0 == expected })
    }

    /// Collects the threads' results (locked: written from several threads).
    final class Results: @unchecked Sendable {
        private var values: [ArxivFeed?]
        private let lock = NSLock()
        init(count: Int) { values = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ value: ArxivFeed?) { lock.withLock { values[i] = value } }
        var all: [ArxivFeed?] { lock.withLock { values } }
    }

    @Test func missingFileIsUnreadable() {
        #expect {
            try AtomParser.parseFeed(fileAt: Self.path("no-such-file.xml"))
        } throws: { error in
            guard case .unreadable(let path, _) = error as? AtomError else { return false }
            return path.hasSuffix("no-such-file.xml")
        }
    }

    /// Attribute values of every length around the 16-byte blocks, with `&amp;` (decoded), with
    /// non-ASCII (validated) and plain (not validated): each comes out as written.
    @Test func attributeValuesAroundTheBlockSize() throws {
        let hrefs = [
            "http://a.b/c", "http://a.b/cdefg", "http://a.b/cdefgh", "http://example.org/x?a=1&amp;b=2",
            "http://example.org/ünïcödé/long/enough", "http://example.org/plain/ascii/and/long/enough/to/need/3/blocks",
        ]
        let links = hrefs.map { #"<link href="\#($0)" rel="related" title="Dätä &amp; more"/>"# }.joined()
        let xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2305.18290v1</id>\
            <title>T</title>\(links)</entry></feed>
            """
        let feed = try AtomParser.parseFeed(bytes: Array(xml.utf8))
        #expect(feed.entries.first?.links.map(\.href) == [
            "http://a.b/c", "http://a.b/cdefg", "http://a.b/cdefgh", "http://example.org/x?a=1&b=2",
            "http://example.org/ünïcödé/long/enough", "http://example.org/plain/ascii/and/long/enough/to/need/3/blocks",
        ])
        #expect(feed.entries.first?.links.allSatisfy { $0.title == "Dätä & more" && $0.rel == "related" } == true)
    }

    @Test func messagesNameTheProblem() {
        #expect(AtomError.malformed(line: 3, column: 9, message: "boom").description == "malformed Atom at line 3, column 9: boom")
        #expect(AtomError.arxivError(message: "incorrect id format for abc").description.contains("incorrect id format for abc"))
        #expect(AtomError.notAtom(kind: "plain text", excerpt: "Rate exceeded.").description.contains("plain text: Rate exceeded."))
    }
}

/// The parser's fast id path must answer exactly as `ArxivID.split`.
@Suite struct AtomIDFastPathTests {
    static let samples = [
        "0704.0001", "0704.0001v1", "0703.9999", "0612.0001", "1412.1234", "1412.12345", "1501.1234",
        "1501.12345v12", "2305.18290", "2305.18290v3", "2305.18290v03", "2305.18290v", "2305.18290vv3",
        "2313.00001", "2300.00001", "2305.1829", "2305.182901", "2305-18290", "23051.8290", "v3", "",
        "2305.18290v99999999999999999999", "hep-th/9901001v2", "math/0211159", "9912.12345", "0000.0000",
        "2305.1829a", "٢٣٠٥.١٨٢٩٠", "2305.18290v١",
        // Old style: the archive, seven digits, a version.
        "solv-int/9901001", "solv-int/9901001v3", "math.AG/0211159v1", "Hep-Th/9901001", "hep-th/9901001v",
        "hep-th/990100", "hep-th/99010011", "hep-th/9913001", "hep-th/9900001", "hep-th/9912001v0",
        "-/9901001", "/9901001", "hep_th/9901001", "hep-th/9901001v2v3", "v/9901001v1", "hep-th//9901001",
        "hep-th/9901001v1234567890", "hep-th/9901001v123456789", "hep-th/990100a", "hep-th/9901001 ",
        "hép-th/9901001", "hep-th/٩٩٠١٠٠١", "a/b/9901001", "hep-th/9901001x2",
    ]

    @Test func fastPathAgreesWithArxivIDSplit() {
        for sample in Self.samples {
            let fast = AtomFeedHandler.splitID(sample)
            let slow = ArxivID.split(sample)
            #expect(fast?.id == slow?.id, "\(sample)")
            #expect(fast?.version == slow?.version, "\(sample)")
        }
        // And on every yymm × length combination of the new-style shape.
        for yymm in stride(from: 0, through: 9999, by: 7) {
            for number in ["1234", "12345"] {
                let sample = String(format: "%04d", yymm) + "." + number + "v2"
                #expect(AtomFeedHandler.splitID(sample)?.id == ArxivID.split(sample)?.id, "\(sample)")
            }
        }
        // And on every month of the old-style shape.
        for yymm in stride(from: 0, through: 9999, by: 13) {
            let sample = "cond-mat/" + String(format: "%04d", yymm) + "001v4"
            #expect(AtomFeedHandler.splitID(sample)?.id == ArxivID.split(sample)?.id, "\(sample)")
            #expect(AtomFeedHandler.splitID(sample)?.version == ArxivID.split(sample)?.version, "\(sample)")
        }
        // The fast path, not the slow one, answers the common shapes (else it would be dead code).
        #expect(AtomFeedHandler.splitOldStyle(bytes: Array("hep-th/9901001v2".utf8)[...])?.version == 2)
        #expect(AtomFeedHandler.splitNewStyle("2305.18290v3")?.version == 3)
    }
}

@Suite struct WhitespaceCollapseTests {
    /// The reference: split on XML whitespace, join with one space.
    static func reference(_ bytes: [UInt8]) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        return bytes.split(whereSeparator: isSpace).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    @Test func examples() {
        #expect(XMLStreamReader.collapsingWhitespace(Array("  a  b\n\tc \r\n".utf8)) == "a b c")
        #expect(XMLStreamReader.collapsingWhitespace(Array("Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large\n  Connectivity Limit".utf8))
            == "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit")
        #expect(XMLStreamReader.collapsingWhitespace(Array("        ".utf8)) == "")
        #expect(XMLStreamReader.collapsingWhitespace([]) == "")
        #expect(XMLStreamReader.collapsingWhitespace(Array("0".utf8)) == "0")
        #expect(XMLStreamReader.collapsingWhitespace(Array("été  \u{1D4D0}\n".utf8)) == "été \u{1D4D0}")
    }

    /// Random mixes of words, spaces, tabs, newlines and multi-byte characters at every offset
    /// (the fast path works on 8-byte blocks).
    @Test func agreesWithTheReferenceOnRandomText() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[0x20], [0x20, 0x20], [0x0A], [0x09], [0x0D, 0x0A], Array("a".utf8), Array("word".utf8),
                                 Array("é".utf8), Array("longerword".utf8), Array("x\u{7F}".utf8), Array("\u{80}".utf8)]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                bytes += pieces.randomElement(using: &generator)!
            }
            #expect(XMLStreamReader.collapsingWhitespace(bytes) == Self.reference(bytes), "\(bytes)")
        }
    }

    /// libxml2 hands text over in pieces (a line, or up to 300 bytes, at a time): collapsing
    /// carries over from one piece to the next, whatever the cut, and the 16-byte blocks see
    /// runs of whitespace at every offset.
    @Test func agreesWithTheReferenceWhenFedInPieces() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[0x20], [0x20, 0x20], [0x0A], [0x09], [0x0D, 0x0A], Array("a".utf8), Array("word".utf8),
                                 Array("é".utf8), Array("longerword".utf8), Array("sixteen-byte-run".utf8)]
        let buffer = XMLTextBuffer(capacity: 8)
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...60, using: &generator) {
                bytes += pieces.randomElement(using: &generator)!
            }
            buffer.reset()
            var start = 0
            while start < bytes.count {
                let end = min(bytes.count, start + Int.random(in: 1...40, using: &generator))
                bytes[start..<end].withUnsafeBufferPointer { buffer.appendCollapsing($0) }
                start = end
            }
            #expect(buffer.makeString(trimmingTrailingSpace: true) == Self.reference(bytes), "\(bytes)")
            #expect(buffer.received == bytes.count)
        }
        // By hand: a run of whitespace cut between two pieces, and text spread over three.
        buffer.reset()
        for piece in ["  Large\n", "  Connectivity   ", "\tLimit\n"] {
            Array(piece.utf8).withUnsafeBufferPointer { buffer.appendCollapsing($0) }
        }
        #expect(buffer.makeString(trimmingTrailingSpace: true) == "Large Connectivity Limit")
    }

    /// Only ASCII text skips UTF-8 validation: other bytes are still checked, and broken ones
    /// repaired, whichever path (blocks, tail, bytes) they went through.
    @Test func onlyASCIISkipsValidation() {
        let buffer = XMLTextBuffer(capacity: 8)
        let cases: [([UInt8], String)] = [
            (Array("plain ascii text, long enough for blocks".utf8), "plain ascii text, long enough for blocks"),
            (Array("short".utf8), "short"),
            (Array("été, long enough to go through the blocks".utf8), "été, long enough to go through the blocks"),
            ([0x61, 0xFF, 0x62], "a\u{FFFD}b"),
            (Array("sixteen-byte-run then a broken byte at the end ".utf8) + [0xC3], "sixteen-byte-run then a broken byte at the end \u{FFFD}"),
            ([0xED, 0xA0, 0x80] + Array(" surrogate bytes, then ascii".utf8), "\u{FFFD}\u{FFFD}\u{FFFD} surrogate bytes, then ascii"),
        ]
        for (bytes, expected) in cases {
            buffer.reset()
            bytes.withUnsafeBufferPointer { buffer.appendCollapsing($0) }
            #expect(buffer.makeString(trimmingTrailingSpace: true) == expected, "\(bytes)")
            #expect(buffer.makeInternedString(trimmingTrailingSpace: true) == expected, "\(bytes)")
        }
        // ASCII after non-ASCII in the same text: still validated as a whole, still right.
        buffer.reset()
        Array("é".utf8).withUnsafeBufferPointer { buffer.appendCollapsing($0) }
        Array(" and then plain ascii for a while".utf8).withUnsafeBufferPointer { buffer.appendCollapsing($0) }
        #expect(buffer.makeString(trimmingTrailingSpace: true) == "é and then plain ascii for a while")
    }
}

/// Category terms are sorted once per feed and remembered: a repeated term must sort as it did
/// the first time, whatever it was.
@Suite struct RepeatedCategoryTermTests {
    @Test func repeatedTermsSortAsTheFirstTime() throws {
        let terms = ["cs.LG", " cs.AI ", "I.2.6; 68T05", "  ", "math-ph", "Primary 62H30,&#10;Secondary 62F15", "cs.LG"]
        let categories = terms.map { "<category term=\"\($0)\" scheme=\"http://arxiv.org/schemas/atom\"/>" }.joined()
        func entry(_ id: String) -> String {
            "<entry><id>http://arxiv.org/abs/\(id)</id><title>T</title>\(categories)</entry>"
        }
        let xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\(entry("2305.18290v1"))\(entry("hep-th/9901001v2"))\(entry("2305.18291"))</feed>"
        let feed = try AtomParser.parseFeed(bytes: Array(xml.utf8))
        #expect(feed.entries.count == 3)
        for entry in feed.entries {
            #expect(entry.categories == ["cs.LG", "cs.AI", "math-ph", "cs.LG"], "\(entry.id)")
            #expect(entry.classes == ["I.2.6", "68T05", "Primary 62H30", "Secondary 62F15"], "\(entry.id)")
        }
        #expect(feed.entries.map(\.id.rawValue) == ["2305.18290", "hep-th/9901001", "2305.18291"])
        #expect(feed.entries.map(\.version) == [1, 2, nil])
    }
}

/// A consumer that keeps nothing of an entry lets the parser reuse the entry's list buffers for
/// the next one: what one entry held must never show up in the next.
@Suite struct ReusedEntryBufferTests {
    @Test func entriesReadOneByOneHoldOnlyTheirOwnLists() throws {
        func entry(_ id: String, authors: [String], categories: [String], links: Int) -> String {
            let people = authors.map { "<author><name>\($0)</name></author>" }.joined()
            let terms = categories.map { "<category term=\"\($0)\"/>" }.joined()
            let hrefs = (0..<links).map { "<link href=\"http://example.org/\(id)/\($0)\" rel=\"related\"/>" }.joined()
            return "<entry><id>http://arxiv.org/abs/\(id)</id><title>T</title>\(people)\(hrefs)\(terms)</entry>"
        }
        let xml = "<feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + entry("2305.00001", authors: ["A One", "B Two", "C Three"], categories: ["cs.LG", "cs.AI"], links: 3)
            + entry("2305.00002", authors: ["D Four"], categories: [], links: 0)
            + entry("2305.00003", authors: [], categories: ["math.AG"], links: 1)
            + entry("2305.00004", authors: (1...40).map { "Member \($0)" }, categories: ["hep-ex"], links: 2)
            + entry("2305.00005", authors: ["E Five"], categories: ["cs.CL"], links: 1)
            + "</feed>"
        var seen: [(authors: [String], categories: [String], links: Int)] = []
        _ = try AtomParser.parse(bytes: Array(xml.utf8)) { entry in
            seen.append((entry.authors.map(\.name), entry.categories, entry.links.count))
        }
        #expect(seen.map(\.authors) == [["A One", "B Two", "C Three"], ["D Four"], [], (1...40).map { "Member \($0)" }, ["E Five"]])
        #expect(seen.map(\.categories) == [["cs.LG", "cs.AI"], [], ["math.AG"], ["hep-ex"], ["cs.CL"]])
        #expect(seen.map(\.links) == [3, 0, 1, 2, 1])
    }
}
