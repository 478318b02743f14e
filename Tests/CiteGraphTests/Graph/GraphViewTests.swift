import Testing
@testable import CiteGraph

/// Each view of `SmallCorpus`, with the weights worked out by hand from its table.
@Suite struct GraphViewTests {
    typealias S = SmallCorpus
    let corpus = SmallCorpus.corpus()

    func view(_ view: GraphView, _ options: GraphOptions = GraphOptions()) -> Graph {
        GraphBuilder.build(corpus, view: view, options: options).graph
    }

    @Test func fullViewHasEveryNodeAndTypedEdge() {
        let graph = view(.full)
        // 4 papers, 4 authors, 3 categories, 3 sections, 1 resource; papers first, then by key.
        #expect(graph.nodeKeys == [
            "2301.00001", "2301.00002", "2301.00003", "2301.00004",
            S.a, S.b, S.c, S.d,
            "cs.AI", "cs.CL", "cs.LG",
            "Alignment > DPO", "Alignment > RLHF", "Blogs",
            "https://example.com/blog",
        ])
        // authored 3+2+2+1, in_category 2+2+2+1, listed_in 1+2+1+1 (papers) + 2 (resource).
        #expect(graph.edges.filter { $0.kind == .authored }.count == 8)
        #expect(graph.edges.filter { $0.kind == .inCategory }.count == 7)
        #expect(graph.edges.filter { $0.kind == .listedIn }.count == 7)
        #expect(graph.edges.allSatisfy { $0.weight == 1 })
        let w = graph.weightsByKey
        #expect(w["\(S.a)|2301.00004|authored"] == 1)
        #expect(w["2301.00003|cs.CL|in_category"] == 1)
        #expect(w["https://example.com/blog|Blogs|listed_in"] == 1)
        // Edges sorted by (source, target, kind): the first is paper 1 → its first category.
        #expect(graph.edges.first.map { "\(graph.nodes[$0.source].key)|\(graph.nodes[$0.target].key)" } == "2301.00001|cs.AI")
    }

    @Test func fullViewNodeAttributes() throws {
        let graph = view(.full)
        let first = graph.nodes[0]
        #expect(first.attributes.map(\.name) == ["key", "arxiv_id", "title", "published", "year",
                                                 "primary_category", "categories", "author_count"])
        #expect(first[attribute: "year"] == .int(2023))
        #expect(first[attribute: "categories"] == .string("cs.CL cs.AI"))
        #expect(first[attribute: "author_count"] == .int(3))
        // 2301.00002 has no date: empty published, no year.
        #expect(graph.nodes[1][attribute: "published"] == .string(""))
        #expect(graph.nodes[1][attribute: "year"] == nil)
        let ada = try #require(graph.nodeIndex(.author, S.a))
        #expect(graph.nodes[ada][attribute: "paper_count"] == .int(3))
        let rlhf = try #require(graph.nodeIndex(.section, "Alignment > RLHF"))
        #expect(graph.nodes[rlhf].label == "RLHF")
        #expect(graph.nodes[rlhf][attribute: "entry_count"] == .int(3))  // 2301.00001, 2301.00002, blog
        #expect(graph.nodes[rlhf][attribute: "depth"] == .int(2))
    }

    @Test func coauthorFullCounting() {
        let graph = view(.coauthor)
        #expect(graph.nodeKeys == [S.a, S.b, S.c, S.d])
        // Paper 1 links A-B, A-C, B-C; paper 2 A-B; paper 3 C-D; paper 4 has one author.
        #expect(graph.weightsByKey == [
            "\(S.a)|\(S.b)|coauthor": 2, "\(S.a)|\(S.c)|coauthor": 1,
            "\(S.b)|\(S.c)|coauthor": 1, "\(S.c)|\(S.d)|coauthor": 1,
        ])
        #expect(graph.edges[0].papers == ["2301.00001", "2301.00002"])
    }

    @Test func coauthorFractionalCounting() {
        // Paper 1 has 3 authors: 1/(3-1) = 0.5 per pair; papers 2 and 3 have 2: 1 per pair.
        let graph = view(.coauthor, GraphOptions(counting: .fractional))
        #expect(graph.weightsByKey == [
            "\(S.a)|\(S.b)|coauthor": 1.5, "\(S.a)|\(S.c)|coauthor": 0.5,
            "\(S.b)|\(S.c)|coauthor": 0.5, "\(S.c)|\(S.d)|coauthor": 1,
        ])
    }

    /// Occurrences: A on 3 papers, B on 2, C on 2, D on 1. Co-occurrences: AB 2, AC 1, BC 1, CD 1.
    /// N = 4 papers. Expected weights of AB, AC, BC, CD.
    static let normalized: [(GraphOptions.Normalization, [Double])] = [
        (.association, [4 * 2.0 / 6, 4 * 1.0 / 6, 4 * 1.0 / 4, 4 * 1.0 / 2]),  // N · c / (si · sj)
        (.jaccard, [2.0 / 3, 1.0 / 4, 1.0 / 3, 1.0 / 2]),      // c / (si + sj − c)
        (.cosine, [2 / Double(6).squareRoot(), 1 / Double(6).squareRoot(), 1.0 / 2, 1 / Double(2).squareRoot()]),
        (.inclusion, [1.0, 1.0 / 2, 1.0 / 2, 1.0]),             // c / min(si, sj)
    ]

    @Test(arguments: normalized)
    func coauthorNormalized(_ normalization: GraphOptions.Normalization, _ expected: [Double]) {
        let w = view(.coauthor, GraphOptions(normalize: normalization)).weightsByKey
        let got = ["\(S.a)|\(S.b)", "\(S.a)|\(S.c)", "\(S.b)|\(S.c)", "\(S.c)|\(S.d)"].map { w["\($0)|coauthor"] ?? -1 }
        for (value, want) in zip(got, expected) { #expect(abs(value - want) < 1e-12, "\(normalization): \(got) vs \(expected)") }
    }

    /// Association strength is compare's measure in every view: N · c / (s_i · s_j), N the links
    /// the view's items could share (it was c / (s_i · s_j), the same name for a figure N times
    /// smaller than compare's).
    @Test func associationStrengthIsScaledByTheViewsLinks() {
        func association(_ v: GraphView, _ options: GraphOptions = GraphOptions(normalize: .association)) -> [String: Double] {
            GraphBuilder.build(corpus, view: v, options: options).graph.weightsByKey
        }
        func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-12 } ?? false }
        // Categories, N = 4 papers: AI on papers 1 and 4, CL on 1-3, LG on 2 and 3.
        let categories = association(.category)
        #expect(close(categories["cs.AI|cs.CL|cooccurs"], 4 * 1.0 / (2 * 3)))
        #expect(close(categories["cs.CL|cs.LG|cooccurs"], 4 * 2.0 / (3 * 2)))
        // Sections, N = 5 entries (4 papers, the blog): RLHF 3 (1, 2, blog), DPO 2 (2, 3), Blogs 2 (4, blog).
        let sections = association(.section)
        #expect(close(sections["Alignment > DPO|Alignment > RLHF|cooccurs"], 5 * 1.0 / (2 * 3)))
        #expect(close(sections["Alignment > RLHF|Blogs|cooccurs"], 5 * 1.0 / (3 * 2)))
        // Co-authors with at most 2 authors: paper 1 adds nothing, so N = 3 papers; A on 2 and 4,
        // B on 2, C on 3, D on 3.
        let thinned = association(.coauthor, GraphOptions(normalize: .association, maxAuthors: 2))
        #expect(close(thinned["\(S.a)|\(S.b)|coauthor"], 3 * 1.0 / (2 * 1)))
        #expect(close(thinned["\(S.c)|\(S.d)|coauthor"], 3 * 1.0 / (1 * 1)))
    }

    @Test func hyperAuthorPapersAddNoCoauthorEdges() {
        // With at most 2 authors, paper 1 (3 authors) is skipped: only paper 2 (A-B) and 3 (C-D).
        let result = GraphBuilder.build(corpus, view: .coauthor, options: GraphOptions(maxAuthors: 2))
        #expect(result.hyperAuthorPapers == [ArxivID("2301.00001")!])
        #expect(result.graph.nodeCount == 4)
        #expect(result.graph.weightsByKey == ["\(S.a)|\(S.b)|coauthor": 1, "\(S.c)|\(S.d)|coauthor": 1])
        // The paper stays in the full graph with all its authors.
        let full = GraphBuilder.build(corpus, view: .full, options: GraphOptions(maxAuthors: 2)).graph
        #expect(full.weightsByKey["\(S.c)|2301.00001|authored"] == 1)
    }

    @Test func categoryView() {
        // Paper 1: AI-CL; paper 2: CL-LG; paper 3: LG-CL; paper 4 has one category.
        let graph = view(.category)
        #expect(graph.nodeKeys == ["cs.AI", "cs.CL", "cs.LG"])
        #expect(graph.weightsByKey == ["cs.AI|cs.CL|cooccurs": 1, "cs.CL|cs.LG|cooccurs": 2])
        // Jaccard: CL on 3 papers, LG on 2, together on 2 → 2 / (3 + 2 − 2).
        let jaccard = view(.category, GraphOptions(normalize: .jaccard)).weightsByKey
        #expect(jaccard["cs.CL|cs.LG|cooccurs"] == 2.0 / 3)
    }

    @Test func sectionView() {
        // Paper 2 is in RLHF and DPO; the blog in RLHF and Blogs.
        let graph = view(.section)
        #expect(graph.nodeKeys == ["Alignment > DPO", "Alignment > RLHF", "Blogs"])
        #expect(graph.weightsByKey == ["Alignment > DPO|Alignment > RLHF|cooccurs": 1, "Alignment > RLHF|Blogs|cooccurs": 1])
        #expect(graph.edges.map(\.papers) == [["2301.00002"], ["https://example.com/blog"]])
    }

    @Test func paperView() {
        // Shared authors: A on 1,2,4; B on 1,2; C on 1,3. Shared sections: RLHF 1,2; DPO 2,3.
        let full = view(.paper)
        #expect(full.weightsByKey == [
            "2301.00001|2301.00002|cooccurs": 3,  // A, B, RLHF
            "2301.00001|2301.00003|cooccurs": 1,  // C
            "2301.00001|2301.00004|cooccurs": 1,  // A
            "2301.00002|2301.00003|cooccurs": 1,  // DPO
            "2301.00002|2301.00004|cooccurs": 1,  // A
        ])
        #expect(full.edges[0].papers == ["2301.00001", "2301.00002"])
        // Fractional: A links 3 papers (1/2 per pair), the rest link 2 (1 per pair).
        let fractional = view(.paper, GraphOptions(counting: .fractional))
        #expect(fractional.weightsByKey["2301.00001|2301.00002|cooccurs"] == 2.5)
        #expect(fractional.weightsByKey["2301.00001|2301.00004|cooccurs"] == 0.5)
        #expect(fractional.weightsByKey["2301.00002|2301.00003|cooccurs"] == 1)
    }

    @Test func authorCategoryView() {
        let graph = view(.authorCategory)
        #expect(graph.nodeKeys == [S.a, S.b, S.c, S.d, "cs.AI", "cs.CL", "cs.LG"])
        #expect(graph.weightsByKey == [
            "\(S.a)|cs.AI|in_category": 2, "\(S.a)|cs.CL|in_category": 2, "\(S.a)|cs.LG|in_category": 1,
            "\(S.b)|cs.AI|in_category": 1, "\(S.b)|cs.CL|in_category": 2, "\(S.b)|cs.LG|in_category": 1,
            "\(S.c)|cs.AI|in_category": 1, "\(S.c)|cs.CL|in_category": 2, "\(S.c)|cs.LG|in_category": 1,
            "\(S.d)|cs.CL|in_category": 1, "\(S.d)|cs.LG|in_category": 1,
        ])
        // Fractional: an author adds 1/c to each of a paper's c categories. A: paper 1 (½ AI,
        // ½ CL), paper 2 (½ CL, ½ LG), paper 4 (1 AI).
        let w = view(.authorCategory, GraphOptions(counting: .fractional)).weightsByKey
        #expect(w["\(S.a)|cs.AI|in_category"] == 1.5)
        #expect(w["\(S.a)|cs.CL|in_category"] == 1)
        #expect(w["\(S.a)|cs.LG|in_category"] == 0.5)
    }

    @Test func minWeightAndTop() {
        let heavy = view(.coauthor, GraphOptions(minWeight: 2))
        #expect(heavy.nodeCount == 4)
        #expect(heavy.weightsByKey == ["\(S.a)|\(S.b)|coauthor": 2])
        // Total weights A 3, B 3, C 3, D 1: ties go to node order, so A and B stay.
        let top = view(.coauthor, GraphOptions(top: 2))
        #expect(top.nodeKeys == [S.a, S.b])
        #expect(top.weightsByKey == ["\(S.a)|\(S.b)|coauthor": 2])
    }

    @Test func papersAreCapped() {
        let graph = view(.coauthor, GraphOptions(papersCap: 1))
        #expect(graph.edges[0].papers == ["2301.00001"])
        #expect(graph.edges[0].morePapers == 1)
        #expect(ExportText.papers(graph.edges[0]) == "2301.00001 (+1 more)")
    }

    @Test func sameCorpusInAnyOrderGivesTheSameGraph() {
        var shuffled = corpus
        shuffled.papers.reverse()
        shuffled.authors.reverse()
        shuffled.sections.reverse()
        for v in GraphView.allCases {
            #expect(GraphBuilder.build(shuffled, view: v).graph == GraphBuilder.build(corpus, view: v).graph, "\(v)")
        }
    }
}
