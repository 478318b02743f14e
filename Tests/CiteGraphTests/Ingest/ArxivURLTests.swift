import Testing
@testable import CiteGraph

@Suite struct ArxivURLTests {
    @Test(arguments: [
        ("https://arxiv.org/abs/2305.18290", "2305.18290", nil),
        ("http://arxiv.org/abs/2305.18290v2", "2305.18290", 2),
        ("https://www.arxiv.org/abs/2305.18290", "2305.18290", nil),
        ("https://arxiv.org/pdf/2305.18290", "2305.18290", nil),
        ("https://arxiv.org/pdf/2305.18290.pdf", "2305.18290", nil),
        ("https://arxiv.org/pdf/2305.18290v3.pdf", "2305.18290", 3),
        ("https://arxiv.org/pdf/2305.18290v3", "2305.18290", 3),
        ("https://arxiv.org/html/2305.18290v1", "2305.18290", 1),
        ("https://arxiv.org/html/2305.18290v1/#S3", "2305.18290", 1),
        ("https://arxiv.org/abs/2305.18290?context=cs", "2305.18290", nil),
        ("http://export.arxiv.org/abs/2305.18290", "2305.18290", nil),
        ("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001", nil),
        ("https://arxiv.org/abs/hep-th/9901001v2", "hep-th/9901001", 2),
        ("https://arxiv.org/pdf/math.GT/0309136.pdf", "math/0309136", nil),
        ("https://arxiv.org/abs/0704.0001", "0704.0001", nil),
        ("https://doi.org/10.48550/arXiv.2305.18290", "2305.18290", nil),
        ("https://dx.doi.org/10.48550/ARXIV.2305.18290", "2305.18290", nil),
        ("https://huggingface.co/papers/2305.18290", "2305.18290", nil),
        ("https://www.alphaxiv.org/abs/2305.18290v2", "2305.18290", 2),
        ("arxiv.org/abs/2305.18290", "2305.18290", nil),
    ] as [(String, String, Int?)])
    func everyURLForm(url: String, id: String, version: Int?) throws {
        let found = try #require(ArxivURL.id(fromURL: url))
        #expect(found.id.rawValue == id)
        #expect(found.version == version)
        #expect(ArxivURL.problem(inURL: url) == nil)
    }

    @Test(arguments: [
        "https://github.com/eric-mitchell/direct-preference-optimization",
        "https://arxiv.org/list/cs.CL/recent",
        "https://doi.org/10.1162/tacl_a_00370",
        "https://huggingface.co/datasets/tatsu-lab/alpaca",
        "https://aclanthology.org/2023.acl-long.754/",
        "https://notarxiv.org/abs/2305.18290",
    ])
    func notArxiv(url: String) {
        #expect(ArxivURL.id(fromURL: url) == nil)
        #expect(ArxivURL.problem(inURL: url) == nil)
    }

    @Test(arguments: [
        ("https://arxiv.org/abs/2313.00001", "month 13"),
        ("https://arxiv.org/abs/2305.1829", "5 digits"),
        ("https://arxiv.org/pdf/2305.182901.pdf", "5 digits"),
        ("https://arxiv.org/abs/hep-th/990100", "7 digits"),
        ("https://huggingface.co/papers/2300.12345", "month 0"),
    ])
    func impossibleIDs(url: String, why: String) {
        #expect(ArxivURL.id(fromURL: url) == nil)
        let problem = ArxivURL.problem(inURL: url)
        #expect(problem?.contains(why) == true, "\(problem ?? "nil")")
    }

    @Test func idsInText() {
        let found = ArxivURL.ids(inText: "See arXiv:2305.18290, ARXIV: 2305.14314v2 and arXiv:hep-th/9901001.")
        #expect(found.map(\.id.rawValue) == ["2305.18290", "2305.14314", "hep-th/9901001"])
        #expect(found.map(\.version) == [nil, 2, nil])
        #expect(ArxivURL.ids(inText: "no ids, not even xarXiv:2305.18290").isEmpty)
        #expect(ArxivURL.problems(inText: "bad arXiv:2313.00001").first?.contains("month 13") == true)
    }

    @Test func impossibleIDsAreReportedWithTheirLines() throws {
        let list = ReadingListParser.parse("""
        ## Papers
        - Good [[Paper]](https://arxiv.org/abs/2305.18290)
        - Month thirteen [[Paper]](https://arxiv.org/abs/2313.00001)
        - Too short [[Paper]](https://arxiv.org/pdf/2305.1829.pdf)
        - In text arXiv:2399.00001
        """, source: "bad.md")
        #expect(list.diagnostics.map(\.line) == [3, 4, 5])
        #expect(list.diagnostics.allSatisfy { $0.source == "bad.md" })
        #expect(list.diagnostics[0].message.contains("2313.00001"))
        #expect(list.diagnostics[0].description.hasPrefix("bad.md:3: "))
        // The items stay: a paper to be found by its title.
        let entries = list.entries()
        #expect(entries.count == 3)
        #expect(entries[1].target == .venue(url: "https://arxiv.org/abs/2313.00001"))
        #expect(entries[1].title == "Month thirteen")
    }

    @Test func anOldStyleIDWithOrWithoutItsSubjectClassIsOnePaper() {
        let list = ReadingListParser.parse("""
        ## Geometry
        - Ricci flow [abs](https://arxiv.org/abs/math/0211159)
        - Ricci flow again [abs](https://arxiv.org/abs/math.DG/0211159v1)
        """, source: "old.md")
        #expect(list.entries().map(\.target) == [.arxiv(ArxivID("math/0211159")!, version: 1)])
        #expect(list.entries().first?.key == "math/0211159")
        #expect(list.entries().first?.lines == [2, 3])
    }

    @Test func arxivPagesThatNameNoPaperAreResourcesNotTitlesToSearch() {
        #expect(!LinkClassifier.isVenue("https://arxiv.org/list/cs.CL/recent"))
        #expect(!LinkClassifier.isVenue("https://arxiv.org/a/rafailov_r_1"))
        #expect(!LinkClassifier.isVenue("https://arxiv.org/search/?query=dpo"))
        // An abs page with an impossible id still names a paper, to find by its title.
        #expect(LinkClassifier.isVenue("https://arxiv.org/abs/2313.00001"))
        let list = ReadingListParser.parse("""
        ## S
        - New papers daily [[list]](https://arxiv.org/list/cs.CL/recent)
        """, source: "l.md")
        #expect(list.entries().map(\.target) == [.resource(url: "https://arxiv.org/list/cs.CL/recent")])
    }
}
