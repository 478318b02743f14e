import Foundation
import Testing
@testable import CiteGraph

@Suite struct ComparisonTests {
    @Test func twoCategoriesSideBySide() throws {
        let c = try Comparator.compare(AnalysisCorpus.four, "cs.CL", "cs.LG")
        // cs.CL: 2301.00001 (primary, cross-listed in cs.LG), 2303.00003, 2304.00004 (undated).
        #expect(c.a.kind == "category")
        #expect(c.a.papers == 3)
        #expect(c.a.primary == 3)
        #expect(c.a.paperIDs == ["2301.00001", "2303.00003", "2304.00004"])
        #expect(c.a.authors == 4) // Ann, Bob, Dee, Eve
        #expect(c.a.first == "2023-01-15")
        #expect(c.a.last == "2023-03-02")
        #expect(c.a.medianPublished == "2023-02-07")
        #expect(c.a.perYear == ["2023": 2])
        #expect(c.a.perMonth == ["2023-01": 1, "2023-03": 1])
        #expect(c.a.undated == 1)
        #expect(c.a.crossListedShare == 0.333333) // 1/3, rounded to 6 decimals
        #expect(c.a.topCategories.map(\.name) == ["cs.LG"])
        #expect(c.a.topSections.map(\.name) == ["A > X", "B"])
        #expect(c.a.topSections.map(\.papers) == [2, 2])
        // cs.LG: 2301.00001 (cross-listed) and 2301.00002 (primary).
        #expect(c.b.papers == 2)
        #expect(c.b.primary == 1)
        #expect(c.b.authors == 3) // Ann, Bob, Cid
        // Overlap: 1 shared paper of 4; authors Ann and Bob of 5.
        #expect(c.overlap.papers == 1)
        #expect(c.overlap.sharedPapers == ["2301.00001"])
        #expect(c.overlap.authors == 2)
        #expect(c.overlap.jaccardPapers == 0.25)
        #expect(c.overlap.jaccardAuthors == 0.4)
        // 4 papers in the corpus: 4·1/(3·2).
        #expect(c.overlap.associationStrength == 0.666667)
    }

    @Test func sectionsByLastHeadingPathAndPrefix() throws {
        let c = try Comparator.compare(AnalysisCorpus.four, "X", "section:B")
        #expect(c.a.selector == "A > X")
        #expect(c.a.kind == "section")
        #expect(c.a.paperIDs == ["2301.00001", "2303.00003"])
        #expect(c.a.primary == nil)
        #expect(c.b.paperIDs == ["2303.00003", "2304.00004"])
        #expect(c.overlap.sharedPapers == ["2303.00003"])
        // A covers its subsections X and Y.
        let whole = try Comparator.compare(AnalysisCorpus.four, "a", "A > Y")
        #expect(whole.a.selector == "A")
        #expect(whole.a.papers == 3)
        #expect(whole.a.topSections.map(\.name) == ["A > X", "A > Y", "B"])
        #expect(whole.overlap.papers == 1)
    }

    @Test func unknownAndAmbiguousSelectorsListCandidates() {
        var corpus = AnalysisCorpus.four
        corpus.sections = [Section(path: SectionPath(["Alpha"])), Section(path: SectionPath(["Alps", "Deep"])), Section(path: SectionPath(["Beta"]))]
        corpus.papers[0].sections = [SectionPath(["Alpha"])]
        corpus.papers[1].sections = [SectionPath(["Alps", "Deep"])]
        #expect(throws: CiteGraphError("Al: ambiguous, it could be: Alpha; Alps (give more of the path, or prefix arxiv: or section:)")) {
            try Comparator.compare(corpus, "Al", "Beta")
        }
        #expect((try? Comparator.compare(corpus, "alph", "Beta"))?.a.selector == "Alpha")
        #expect((try? Comparator.compare(corpus, "deep", "Beta"))?.a.selector == "Alps > Deep")
        // A path written with slashes, as in a file system or a URL.
        #expect((try? Comparator.compare(corpus, "alps/deep", "Beta"))?.a.selector == "Alps > Deep")
        #expect((try? Comparator.compare(corpus, "Alps / Deep", "Beta"))?.a.selector == "Alps > Deep")
        #expect(throws: CiteGraphError("Zed: no such section or category; top-level sections: Alpha; Alps; Beta")) {
            try Comparator.compare(corpus, "Beta", "Zed")
        }
        // A mistyped code names the corpus's codes (all of them).
        #expect(throws: CiteGraphError("cs.XX: no such section or category; categories: cs.CL, cs.LG; top-level sections: Alpha; Alps; Beta")) {
            try Comparator.compare(corpus, "cs.XX", "Beta")
        }
        #expect(throws: CiteGraphError("arxiv:cs.XX: no such arXiv category in the corpus; categories: cs.CL, cs.LG")) {
            try Comparator.compare(corpus, "arxiv:cs.XX", "Beta")
        }
    }

    /// What the tester met: a list of "categories" without the cross-listed stat.ML, "ambiguous"
    /// for an empty name, `A>B` refused where `A/B` is taken, and `section:cs.CL` answered as if
    /// it could be a category.
    @Test func selectorMessagesSayWhatIsWrong() {
        var corpus = AnalysisCorpus.four
        corpus.papers[0].categories = ["cs.CL", "cs.LG", "stat.ML"]  // stat.ML only as a cross-list
        #expect(throws: CiteGraphError("cs.XX: no such section or category; categories: cs.CL, cs.LG, stat.ML; top-level sections: A; B")) {
            try Comparator.compare(corpus, "cs.XX", "B")
        }
        #expect(throws: CiteGraphError("arxiv:cs.XX: no such arXiv category in the corpus; categories: cs.CL, cs.LG, stat.ML")) {
            try Comparator.compare(corpus, "arxiv:cs.XX", "B")
        }
        #expect(throws: CiteGraphError("'': empty name: give an arXiv category (cs.CL) or a section")) {
            try Comparator.compare(corpus, "", "B")
        }
        #expect(throws: CiteGraphError("' ': empty name: give an arXiv category (cs.CL) or a section")) {
            try Comparator.compare(corpus, "B", " ")
        }
        #expect(throws: CiteGraphError("'section:': empty name: give a section after section:")) {
            try Comparator.compare(corpus, "section:", "B")
        }
        for name in ["A>X", "A >X", "a> x", "section:A>X"] {
            #expect((try? Comparator.compare(corpus, name, "B"))?.a.selector == "A > X", "\(name)")
        }
        #expect(throws: CiteGraphError("section:cs.CL: no such section; cs.CL is a category (drop the section: prefix); top-level sections: A; B")) {
            try Comparator.compare(corpus, "section:cs.CL", "B")
        }
        #expect(throws: CiteGraphError("section:Zed: no such section; top-level sections: A; B")) {
            try Comparator.compare(corpus, "section:Zed", "B")
        }
    }

    @Test func aSectionIsNamedByAUniqueTailOfItsPath() throws {
        var corpus = AnalysisCorpus.four
        corpus.sections = [["Data", "Strong", "Self"], ["Data", "Human", "Bench"], ["Eval", "Human", "Bench"], ["Eval", "Other"]]
            .map { Section(path: SectionPath($0)) }
        corpus.papers[0].sections = [SectionPath(["Data", "Strong", "Self"])]
        // One heading, two headings with > or /, any case: one section ends so.
        for name in ["Self", "Strong > Self", "strong/self", "Data/Strong/Self"] {
            #expect((try? Comparator.compare(corpus, name, "Other"))?.a.selector == "Data > Strong > Self", "\(name)")
        }
        // Two sections end with Human > Bench: both named, and bad input (exit 2).
        let ambiguous = CiteGraphError("Human/Bench: ambiguous, it could be: Data > Human > Bench; Eval > Human > Bench "
                                       + "(give more of the path, or prefix arxiv: or section:)")
        #expect(throws: ambiguous) { try Comparator.compare(corpus, "Human/Bench", "Other") }
        #expect(ambiguous.exitCode == .badInput)
        #expect((try? Comparator.compare(corpus, "Eval/Human/Bench", "Other"))?.a.selector == "Eval > Human > Bench")
        // A heading left out is no path: the sections with that last heading are suggested.
        #expect(throws: CiteGraphError("Data/Self: no such section or category; sections: Data > Strong > Self")) {
            try Comparator.compare(corpus, "Data/Self", "Other")
        }
    }

    @Test func measuresOfAnEmptySideReadAsUndefined() throws {
        // math.DG is a category no paper of the corpus has: 0 papers, 0 authors.
        let one = try Comparator.compare(AnalysisCorpus.four, "cs.CL", "math.DG")
        #expect(one.b.papers == 0)
        let md = ComparisonWriter.markdown(one)
        // cs.CL: 1 of its 3 papers is cross-listed; math.DG's share is 0/0.
        #expect(md.contains("| cross-listed | 33.3% | – |"))
        // Nothing of cs.CL's 3 papers and 4 authors is shared: 0/3 and 0/4, defined.
        #expect(md.contains("| Jaccard (papers) | 0.0000 |"))
        #expect(md.contains("| Jaccard (authors) | 0.0000 |"))
        // N·0 / (3·0): no shared paper can be expected of an empty side.
        #expect(md.contains("| association strength | – |"))
        let table = ComparisonWriter.table(one).split(separator: "\n").map { $0.split(separator: " ").joined(separator: " ") }
        #expect(table.contains("cross-listed 33.3% –"))
        #expect(table.contains("association strength –"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ComparisonWriter.json(one).utf8)) as? [String: Any])
        #expect((json["b"] as? [String: Any])?["cross_listed_share"] is NSNull)
        #expect((json["overlap"] as? [String: Any])?["association_strength"] is NSNull)
        #expect((json["overlap"] as? [String: Any])?["jaccard_papers"] as? Double == 0)

        // Two empty sides: every share and index is 0/0.
        let none = try Comparator.compare(AnalysisCorpus.four, "math.DG", "math.AG")
        let noneMD = ComparisonWriter.markdown(none)
        for row in ["| cross-listed | – | – |", "| Jaccard (papers) | – |", "| Jaccard (authors) | – |", "| association strength | – |"] {
            #expect(noneMD.contains(row), "\(row)")
        }
        let overlap = try #require((try JSONSerialization.jsonObject(with: Data(ComparisonWriter.json(none).utf8)) as? [String: Any])?["overlap"] as? [String: Any])
        for key in ["jaccard_papers", "jaccard_authors", "association_strength"] { #expect(overlap[key] is NSNull, "\(key)") }
        #expect(CompareSVG.render(none).contains("Shared: 0 papers (Jaccard –), 0 authors (Jaccard –)"))
    }

    @Test func jsonHasTheDocumentedKeys() throws {
        let json = ComparisonWriter.json(try Comparator.compare(AnalysisCorpus.four, "cs.CL", "B"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["a", "b", "overlap"])
        let a = try #require(object["a"] as? [String: Any])
        for key in ["selector", "kind", "papers", "authors", "first", "last", "median_published", "per_year",
                    "top_authors", "top_categories", "top_sections"] {
            #expect(a[key] != nil, "missing a.\(key)")
        }
        let overlap = try #require(object["overlap"] as? [String: Any])
        for key in ["papers", "authors", "jaccard_papers", "jaccard_authors"] { #expect(overlap[key] != nil, "missing overlap.\(key)") }
        // B has one dated paper; its primary count is null (a section).
        let b = try #require(object["b"] as? [String: Any])
        #expect(b["primary"] is NSNull)
        #expect(b["first"] as? String == "2023-03-02")
    }

    @Test func tableAndMarkdownShowBothSides() throws {
        let c = try Comparator.compare(AnalysisCorpus.four, "cs.CL", "cs.LG")
        let md = ComparisonWriter.markdown(c)
        #expect(md.contains("| papers | 3 (3 primary) | 2 (1 primary) |"))
        #expect(md.contains("| Jaccard (papers) | 0.2500 |"))
        let table = ComparisonWriter.table(c)
        #expect(table.contains("median published  2023-02-07"))
    }
}

@Suite struct StatsTests {
    @Test func smallCorpusStats() {
        // Co-authors: Dee–Ann (2303.00003), Ann–Bob (2301.00001), Bob–Cid (2301.00002); Eve alone.
        let corpus = AnalysisCorpus.four
        let stats = StatsBuilder.build(corpus, coauthors: StatsBuilder.coauthorView(corpus).graph)
        #expect(stats.counts.papers == 4)
        #expect(stats.counts.sections == 3) // sections holding entries: A > X, A > Y, B
        #expect(stats.counts.categories == 2)
        #expect(stats.counts.derivedDates == 1)
        #expect(stats.counts.undated == 1)
        #expect(stats.dates.first == "2023-01-15")
        #expect(stats.topAuthors.prefix(2).map(\.name) == ["Ann", "Bob"])
        #expect(stats.topLevelSections.map(\.name) == ["A", "B"])
        #expect(stats.topLevelSections.map(\.papers) == [3, 2])
        // On the path Dee–Ann–Bob–Cid, Ann and Bob each lie between two pairs.
        #expect(stats.centrality.betweenness.prefix(2).map(\.name) == ["Ann", "Bob"])
        #expect(stats.centrality.betweenness.prefix(2).map(\.value) == [2, 2])
        #expect(stats.centrality.degree.first?.value == 2)
        // Best split: {Dee, Ann} and {Bob, Cid}, Eve alone. m = 3; each pair holds one edge and
        // degree 3: Q = 2·(2/6 − (3/6)²) = 1/6.
        #expect(stats.communities.count == 3)
        #expect(stats.communities.nonTrivial == 2)
        #expect(stats.communities.modularity == 0.166667)
        #expect(stats.communities.components == 2)
        #expect(stats.communities.largestComponent == 4)
        #expect(Set(stats.communities.largest.prefix(2).map { Set($0.leading) }) == [["Ann", "Dee"], ["Bob", "Cid"]])
        // Papers per author 2, 2, 1, 1, 1: shares 3/5 and 2/5; β = log2(0.6/0.4), C = 0.6.
        let lotka = stats.lotka
        #expect(abs((lotka?.beta ?? 0) - log2(1.5)) < 1e-9)
        #expect(abs((lotka?.c ?? 0) - 0.6) < 1e-9)
        let json = StatsWriter.json(stats)
        #expect(json.contains("\"modularity\" : 0.166667"))
        #expect(StatsWriter.table(stats).contains("modularity Q = 0.1667"))
    }
}

@Suite struct SVGTests {
    @Test func timelineSVGHasAxesLabelsAndLegendAndNoScript() {
        let t = TimelineBuilder.build(AnalysisCorpus.four, options: .runDefault)
        let svg = TimelineSVG.render(t, title: "Papers <per> month")
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(!svg.lowercased().contains("<script"))
        #expect(svg.contains("Papers &lt;per&gt; month"))
        #expect(svg.contains(">2023-02</text>"))
        #expect(svg.contains(">all (3)</text>"))
        #expect(svg.contains(">cs.CL (2)</text>"))
        // Sections: top-level only (A and B), not A > X.
        #expect(svg.contains(">A (3)</text>"))
        #expect(!svg.contains("A &gt; X"))
        #expect(svg.contains(">papers (cumulative)</text>"))
        #expect(svg.hasSuffix("</svg>\n"))
    }

    @Test func compareSVGHasBothSides() throws {
        let svg = CompareSVG.render(try Comparator.compare(AnalysisCorpus.four, "cs.CL", "X"))
        #expect(svg.contains(">cs.CL (3, 3 primary)</text>"))
        #expect(svg.contains(">X (2)</text>"))
        #expect(svg.contains(">2023-Q1</text>"))
        #expect(!svg.lowercased().contains("<script"))
    }

    @Test func timeAxisLabelsFallOnCalendarBoundaries() {
        // 2018-11 … 2023-07 is 57 months: every 6 months from January is 9 labels (2019-01 first).
        let months = (0..<57).map { TimelinePeriod.month.label(2018 * 12 + 10 + $0) }
        let ticks = TimelineSVG.calendarTicks(months, by: .month)
        #expect(ticks.sorted().map { months[$0] } == ["2019-01", "2019-07", "2020-01", "2020-07", "2021-01", "2021-07", "2022-01", "2022-07", "2023-01", "2023-07"])
        #expect(TimelineSVG.calendarTicks(["2023-Q1", "2023-Q2", "2023-Q3"], by: .quarter) == [0, 1, 2])
        #expect(TimelineSVG.calendarTicks((1990...2023).map(String.init), by: .year).sorted() == [0, 5, 10, 15, 20, 25, 30])
    }

    @Test func niceScaleGivesRoundTicks() {
        #expect(SVGChart.niceScale(4) == (1, 4))
        #expect(SVGChart.niceScale(60) == (20, 60))
        #expect(SVGChart.niceScale(61) == (20, 80))
        #expect(SVGChart.niceScale(0) == (1, 1))
    }
}

@Suite struct AnalysisReportTests {
    @Test func runFilesAndDefaultPairs() {
        let corpus = AnalysisCorpus.four
        // A holds 3 papers, B 2; primary cs.CL 3 papers, cs.LG 1.
        #expect(AnalysisReport.largestTopLevelSections(corpus)! == ("section:A", "section:B"))
        #expect(AnalysisReport.commonestPrimaryCategories(corpus)! == ("arxiv:cs.CL", "arxiv:cs.LG"))
        let files = AnalysisReport.files(corpus, coauthors: StatsBuilder.coauthorView(corpus).graph)
        #expect(files.map(\.name) == ["timeline.csv", "timeline.md", "timeline.svg", "stats.json",
                                      "compare-sections.md", "compare-sections.json", "compare-sections.svg",
                                      "compare-categories.md", "compare-categories.json", "compare-categories.svg"])
        #expect(files[0].contents.hasPrefix("period,group,papers,cumulative_papers,new_authors,share,partial\n2023-01,all,2,2,3,1.0000,false\n"))
    }
}
