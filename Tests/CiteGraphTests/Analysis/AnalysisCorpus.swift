@testable import CiteGraph

/// Hand-made corpora for the analysis tests; every expected figure in the tests is worked out
/// from these few lines.
enum AnalysisCorpus {
    static func paper(_ id: String, _ published: String?, derived: Bool = false, primary: String?,
                      categories: [String], sections: [[String]], authors: [String]) -> Paper {
        Paper(arxivID: ArxivID(id)!, title: "Paper \(id)", authors: authors, published: published,
              publishedDerived: derived, primaryCategory: primary, categories: categories,
              sections: sections.map(SectionPath.init))
    }

    /// 2301.00001  2023-01-15  cs.CL (+cs.LG)  A > X        Ann, Bob
    /// 2301.00002  2023-01-20  cs.LG           A > Y        Bob, Cid
    /// 2303.00003  2023-03-02† cs.CL           A > X and B  Ann, Dee   († derived from the id)
    /// 2304.00004  undated     cs.CL           B            Eve
    static let four: Corpus = {
        let papers = [
            paper("2301.00001", "2023-01-15", primary: "cs.CL", categories: ["cs.CL", "cs.LG"], sections: [["A", "X"]], authors: ["Ann", "Bob"]),
            paper("2301.00002", "2023-01-20", primary: "cs.LG", categories: ["cs.LG"], sections: [["A", "Y"]], authors: ["Bob", "Cid"]),
            paper("2303.00003", "2023-03-02", derived: true, primary: "cs.CL", categories: ["cs.CL"], sections: [["A", "X"], ["B"]], authors: ["Ann", "Dee"]),
            paper("2304.00004", nil, primary: "cs.CL", categories: ["cs.CL"], sections: [["B"]], authors: ["Eve"]),
        ]
        let sections = [
            Section(path: SectionPath(["A", "X"]), papers: [ArxivID("2301.00001")!, ArxivID("2303.00003")!]),
            Section(path: SectionPath(["A", "Y"]), papers: [ArxivID("2301.00002")!]),
            Section(path: SectionPath(["B"]), papers: [ArxivID("2303.00003")!, ArxivID("2304.00004")!]),
        ]
        let authors = [
            Author(name: "Ann", variants: ["Ann"], papers: [ArxivID("2301.00001")!, ArxivID("2303.00003")!]),
            Author(name: "Bob", variants: ["Bob"], papers: [ArxivID("2301.00001")!, ArxivID("2301.00002")!]),
            Author(name: "Cid", variants: ["Cid"], papers: [ArxivID("2301.00002")!]),
            Author(name: "Dee", variants: ["Dee"], papers: [ArxivID("2303.00003")!]),
            Author(name: "Eve", variants: ["Eve"], papers: [ArxivID("2304.00004")!]),
        ]
        return Corpus(origin: .init(kind: "list", source: "test.md", items: 5, entries: 4),
                      papers: papers, sections: sections, authors: authors)
    }()
}
