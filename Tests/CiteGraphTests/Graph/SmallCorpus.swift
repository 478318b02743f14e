@testable import CiteGraph

/// A corpus small enough to work every view out by hand (the tests do, in their comments).
///
///   paper       authors    categories (primary first)  sections
///   2301.00001  A, B, C    cs.CL, cs.AI                RLHF
///   2301.00002  A, B       cs.CL, cs.LG                RLHF, DPO
///   2301.00003  C, D       cs.LG, cs.CL                DPO
///   2301.00004  A          cs.AI                       Blogs
///   resource https://example.com/blog                  RLHF, Blogs
///
/// Sections are `Alignment > RLHF`, `Alignment > DPO` and `Blogs`; the authors are
/// `Ada Lovelace` (A), `Bob Babbage` (B), `Cy Young` (C) and `Dee Dee` (D).
enum SmallCorpus {
    static let rlhf = SectionPath(["Alignment", "RLHF"])
    static let dpo = SectionPath(["Alignment", "DPO"])
    static let blogs = SectionPath(["Blogs"])
    static let (a, b, c, d) = ("Ada Lovelace", "Bob Babbage", "Cy Young", "Dee Dee")

    static func paper(_ id: String, _ title: String, _ authors: [String], _ categories: [String],
                      _ sections: [SectionPath], published: String? = nil) -> Paper {
        Paper(arxivID: ArxivID(id)!, title: title, authors: authors, published: published,
              primaryCategory: categories.first, categories: categories, sections: sections)
    }

    static func corpus(firstTitle: String = "Training with feedback") -> Corpus {
        Corpus(
            origin: .init(kind: "list", source: "small.md", items: 6, entries: 5),
            papers: [
                paper("2301.00001", firstTitle, [a, b, c], ["cs.CL", "cs.AI"], [rlhf], published: "2023-01-02"),
                paper("2301.00002", "Direct preferences", [a, b], ["cs.CL", "cs.LG"], [rlhf, dpo]),
                paper("2301.00003", "Ranking responses", [c, d], ["cs.LG", "cs.CL"], [dpo]),
                paper("2301.00004", "Notes", [a], ["cs.AI"], [blogs], published: "2023-01-31"),
            ],
            resources: [Resource(url: "https://example.com/blog", titles: ["A blog"], sections: [rlhf, blogs])],
            sections: [Section(path: rlhf), Section(path: dpo), Section(path: blogs)],
            authors: [a, b, c, d].map { Author(name: $0, variants: [$0], papers: []) }
        )
    }

    /// Too large for dot's layout of a co-occurrence network: 120 papers of 3 authors each from a
    /// pool of 120, listed in turn under RLHF, DPO and Blogs.
    static func crowded() -> Corpus {
        let names = (0..<120).map { "Author \($0)" }
        let sections = [rlhf, dpo, blogs]
        let papers = (1...120).map { i in
            paper(String(format: "2301.%05d", i), "Paper \(i)", [names[i % 120], names[(i * 7) % 120], names[(i * 13 + 1) % 120]],
                  ["cs.CL"], [sections[i % 3]])
        }
        return Corpus(origin: .init(kind: "list", source: "crowded.md", items: 120, entries: 120), papers: papers,
                      sections: sections.map { Section(path: $0) })
    }
}

extension Graph {
    /// Edges as `source|target|kind` → weight, by node key, for order-free expectations.
    var weightsByKey: [String: Double] {
        Dictionary(uniqueKeysWithValues: edges.map {
            ("\(nodes[$0.source].key)|\(nodes[$0.target].key)|\($0.kind.rawValue)", $0.weight)
        })
    }

    var nodeKeys: [String] { nodes.map(\.key) }
}
