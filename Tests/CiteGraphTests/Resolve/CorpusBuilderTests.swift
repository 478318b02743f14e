import Foundation
import Testing
@testable import CiteGraph

@Suite struct CorpusBuilderTests {
    static let origin = Corpus.Origin(kind: "list", source: "list.md", items: 6, entries: 5)

    static func arxivEntry(_ id: String, title: String, sections: [[String]], lines: [Int], url: String? = nil) -> ListEntry {
        ListEntry(target: .arxiv(ArxivID(id)!, version: nil), key: id, titles: [title],
                  links: [ListLink(text: "Paper", url: url ?? "https://arxiv.org/abs/\(id)")],
                  sections: sections.map(SectionPath.init), lines: lines)
    }

    static func build() throws -> Corpus {
        let dpo = arxivEntry("2305.18290", title: "Direct Preference Optimization", sections: [["Training", "Offline"]], lines: [20])
        let lora = arxivEntry("2106.09685", title: "LoRA", sections: [["Training", "PEFT"], ["Evaluation"]], lines: [30, 50])
        let loraVenue = ListEntry(target: .venue(url: "openreview.net/forum?id=nZeVKeeFYf9"), key: "openreview.net/forum?id=nZeVKeeFYf9",
                                  titles: ["LoRA: Low-Rank Adaptation of Large Language Models"],
                                  links: [ListLink(text: "Paper", url: "https://openreview.net/forum?id=nZeVKeeFYf9")],
                                  sections: [SectionPath(["Training", "PEFT"])], lines: [31])
        let missing = arxivEntry("2311.99999", title: "Ghost Paper", sections: [["Evaluation"]], lines: [51])
        let blog = ListEntry(target: .resource(url: "lmsys.org/blog/2023-03-30-vicuna"), key: "lmsys.org/blog/2023-03-30-vicuna",
                             titles: ["Vicuna, \"90%\" quality"], links: [ListLink(text: "Blog", url: "https://lmsys.org/blog/2023-03-30-vicuna/")],
                             sections: [SectionPath(["Data"])], lines: [10])
        let resolution = EntryResolution(
            papers: [
                ResolvedEntry(entry: dpo, id: ArxivID("2305.18290")!, resolution: Resolution(method: .direct, score: 1)),
                ResolvedEntry(entry: lora, id: ArxivID("2106.09685")!, resolution: Resolution(method: .direct, score: 1)),
                ResolvedEntry(entry: loraVenue, id: ArxivID("2106.09685")!, resolution: Resolution(method: .cacheTitle, score: 1)),
                ResolvedEntry(entry: missing, id: ArxivID("2311.99999")!, resolution: Resolution(method: .direct, score: 1)),
            ],
            resources: [blog])
        let entries: [ArxivID: ArxivEntry] = [
            ArxivID("2305.18290")!: ArxivEntry(
                id: ArxivID("2305.18290")!, version: 3, title: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model",
                authors: [ArxivAuthor(name: "Rafael Rafailov"), ArxivAuthor(name: "Christopher D. Manning")],
                published: "2023-05-29T00:00:00Z", updated: "2024-07-29T00:00:00Z",
                primaryCategory: "cs.LG", categories: ["cs.LG", "cs.AI", "cs.LG"]),
            ArxivID("2106.09685")!: ArxivEntry(
                id: ArxivID("2106.09685")!, title: "LoRA: Low-Rank Adaptation of Large Language Models",
                authors: [ArxivAuthor(name: "Edward J. Hu"), ArxivAuthor(name: "Christopher Manning")],
                primaryCategory: "cs.NA", categories: ["cs.CL"]),
        ]
        return CorpusBuilder.build(origin: origin, resolution: resolution, entries: entries, aliases: .init(),
                                   resourceDate: { $0.contains("2023-03-30") ? "2023-03-30" : nil })
    }

    @Test func anUnresolvedEntryListedTwiceNamesEachLinkOnce() throws {
        // Two bullets for one paper, linked as `[Paper]` and `[arXiv]`: one entry, one URL.
        let url = "https://arxiv.org/abs/2402.07867"
        let entry = ListEntry(target: .arxiv(ArxivID("2402.07867")!, version: nil), key: "2402.07867", titles: ["PoisonedRAG"],
                              links: [ListLink(text: "Paper", url: url), ListLink(text: "arXiv", url: url)],
                              sections: [SectionPath(["S"])], lines: [34, 67])
        let resolution = EntryResolution(
            papers: [ResolvedEntry(entry: entry, id: ArxivID("2402.07867")!, resolution: Resolution(method: .direct, score: 1))],
            resources: [])
        let corpus = CorpusBuilder.build(origin: Self.origin, resolution: resolution, entries: [:], aliases: .init(),
                                         resourceDate: { _ in nil })
        #expect(corpus.unresolved.map(\.links) == [[url]])
        let venue = ListEntry(target: .venue(url: "openreview.net/forum?id=x"), key: "openreview.net/forum?id=x", titles: ["A Title Nobody Has"],
                              links: [ListLink(text: "Paper", url: "https://openreview.net/forum?id=x"),
                                      ListLink(text: "OpenReview", url: "https://openreview.net/forum?id=x")],
                              sections: [SectionPath(["S"])], lines: [3, 9])
        let unresolved = try EntryResolver.resolve([venue], index: TitleIndex(), searcher: nil, options: ResolveOptions()).unresolved
        #expect(unresolved.map(\.links) == [["https://openreview.net/forum?id=x"]])
    }

    @Test func aListedTitleNamingAnotherPaperIsReported() throws {
        func diagnostics(listed: String, arxiv: String) -> [String] {
            let entry = Self.arxivEntry("2302.02676", title: listed, sections: [["S"]], lines: [92])
            let resolution = EntryResolution(
                papers: [ResolvedEntry(entry: entry, id: ArxivID("2302.02676")!, resolution: Resolution(method: .direct, score: 1))],
                resources: [])
            let paper = ArxivEntry(id: ArxivID("2302.02676")!, title: arxiv, authors: [ArxivAuthor(name: "Hao Liu")],
                                   published: "2023-02-06T00:00:00Z", primaryCategory: "cs.LG")
            return CorpusBuilder.build(origin: Self.origin, resolution: resolution, entries: [paper.id: paper], aliases: .init(),
                                       resourceDate: { _ in nil }).diagnostics.map(\.description)
        }
        #expect(diagnostics(listed: "Totally Unrelated Title About Cats", arxiv: "Chain of Hindsight Aligns Language Models with Feedback")
            == ["line 92: warning: listed as 'Totally Unrelated Title About Cats', but arXiv 2302.02676 is now titled "
                + "'Chain of Hindsight Aligns Language Models with Feedback': a renamed paper, or a wrong link?"])
        // The same paper with its venue around it, a short name, or a shortened title: nothing to say.
        #expect(diagnostics(listed: "Chain of Hindsight Aligns Language Models with Feedback (ICLR 2024)",
                            arxiv: "Chain of Hindsight Aligns Language Models with Feedback").isEmpty)
        #expect(diagnostics(listed: "CoH", arxiv: "Chain of Hindsight Aligns Language Models with Feedback").isEmpty)
        #expect(diagnostics(listed: "Direct Preference Optimization",
                            arxiv: "Direct Preference Optimization: Your Language Model is Secretly a Reward Model").isEmpty)
    }

    @Test func papersAreMergedSortedAndDated() throws {
        let corpus = try Self.build()
        #expect(corpus.papers.map(\.arxivID.rawValue) == ["2106.09685", "2305.18290"])
        let lora = corpus.papers[0]
        #expect(lora.published == "2021-06-01")
        #expect(lora.publishedDerived)
        #expect(lora.updated == nil)
        #expect(lora.lines == [30, 31, 50])
        #expect(lora.sections == [SectionPath(["Training", "PEFT"]), SectionPath(["Evaluation"])])
        #expect(lora.links == ["https://arxiv.org/abs/2106.09685", "https://openreview.net/forum?id=nZeVKeeFYf9"])
        #expect(lora.listedTitles == ["LoRA", "LoRA: Low-Rank Adaptation of Large Language Models"])
        #expect(lora.resolution.method == .direct)
        #expect(lora.primaryCategory == "math.NA")
        #expect(lora.categories == ["math.NA", "cs.CL"])
        let dpo = corpus.papers[1]
        #expect(dpo.published == "2023-05-29")
        #expect(!dpo.publishedDerived)
        #expect(dpo.updated == "2024-07-29")
        #expect(dpo.version == 3)
        #expect(dpo.categories == ["cs.LG", "cs.AI"])
        // "Christopher D. Manning" and "Christopher Manning": same given name.
        #expect(dpo.authors == ["Rafael Rafailov", "Christopher D. Manning"])
        #expect(lora.authors == ["Edward J. Hu", "Christopher D. Manning"])
        #expect(corpus.diagnostics.contains { $0.message.contains("2106.09685: arXiv gives no publication date; using 2021-06-01") })
    }

    @Test func entriesUnderNoHeadingAreInNoSection() throws {
        // The empty path is what an ids file's entries, and a list's entries above its first
        // heading, carry.
        let noHeading: [[String]] = [[]]
        let smith = Self.arxivEntry("2301.00001", title: "One", sections: noHeading, lines: [1])
        let john = Self.arxivEntry("2301.00002", title: "Two", sections: noHeading + [["Later"]], lines: [2, 9])
        let blog = ListEntry(target: .resource(url: "example.com/blog"), key: "example.com/blog", titles: ["Blog"],
                             links: [ListLink(text: "Blog", url: "https://example.com/blog")], sections: [SectionPath([])], lines: [3])
        let ghost = Self.arxivEntry("2301.00003", title: "Ghost", sections: noHeading, lines: [4])
        let resolution = EntryResolution(
            papers: [smith, john, ghost].map { ResolvedEntry(entry: $0, id: ArxivID($0.key)!, resolution: Resolution(method: .direct, score: 1)) },
            resources: [blog])
        let entries = [
            ArxivEntry(id: ArxivID("2301.00001")!, title: "One", authors: [ArxivAuthor(name: "J. Smith"), ArxivAuthor(name: "Ann Lee")],
                       published: "2023-01-01T00:00:00Z", primaryCategory: "cs.CL", categories: ["cs.CL"]),
            ArxivEntry(id: ArxivID("2301.00002")!, title: "Two", authors: [ArxivAuthor(name: "John Smith"), ArxivAuthor(name: "Bob Ray")],
                       published: "2023-01-02T00:00:00Z", primaryCategory: "cs.CL", categories: ["cs.CL"]),
        ]
        let corpus = CorpusBuilder.build(origin: Self.origin, resolution: resolution,
                                         entries: Dictionary(uniqueKeysWithValues: entries.map { ($0.id, $0) }),
                                         aliases: .init(), resourceDate: { _ in nil })
        #expect(corpus.sections.map(\.path) == [SectionPath(["Later"])])
        #expect(corpus.sections.first?.papers == [ArxivID("2301.00002")!])
        #expect(corpus.papers.map(\.sections) == [[], [SectionPath(["Later"])]])
        #expect(corpus.resources.map(\.sections) == [[]])
        #expect(corpus.unresolved.map(\.sections) == [[]])
        // No shared co-author, no shared section: J. Smith and John Smith stay apart (an empty
        // path in common was taken for "listed in the same section ''").
        #expect(corpus.authors.map(\.name).sorted() == ["Ann Lee", "Bob Ray", "J. Smith", "John Smith"])
        // No section node, no listed_in edge.
        let graph = Graph(corpus: corpus)
        #expect(graph.nodes.filter { $0.kind == .section }.map(\.key) == ["Later"])
        #expect(graph.edges.filter { $0.kind == .listedIn }.count == 1)
    }

    @Test func missingPaperIsUnresolvedWithItsReason() throws {
        let corpus = try Self.build()
        #expect(corpus.unresolved.map(\.title) == ["Ghost Paper"])
        #expect(corpus.unresolved.first?.reason == "arXiv has no paper 2311.99999 (not found)")
        #expect(corpus.unresolved.first?.lines == [51])
        #expect(!corpus.sections.flatMap(\.papers).contains(ArxivID("2311.99999")!))
    }

    @Test func sectionsInDocumentOrderWithTheirEntries() throws {
        let corpus = try Self.build()
        #expect(corpus.sections.map(\.path.description) == ["Data", "Training > Offline", "Training > PEFT", "Evaluation"])
        #expect(corpus.sections.map(\.line) == [10, 20, 30, 50])
        #expect(corpus.sections[0].resources == ["lmsys.org/blog/2023-03-30-vicuna"])
        #expect(corpus.sections[2].papers.map(\.rawValue) == ["2106.09685"])
        #expect(corpus.sections[3].papers.map(\.rawValue) == ["2106.09685"])
    }

    @Test func resourcesCarryTheirDate() throws {
        let corpus = try Self.build()
        #expect(corpus.resources.count == 1)
        #expect(corpus.resources.first?.date == "2023-03-30")
        #expect(corpus.resources.first?.links == ["https://lmsys.org/blog/2023-03-30-vicuna/"])
    }

    @Test func authorsCSVListsMergesWithReasonsAndQuotes() throws {
        let csv = AuthorsCSV.write(try Self.build())
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines[0] == "name,variants,papers,paper_count,first_published,last_published,merges")
        #expect(lines.contains(
            "Christopher D. Manning,Christopher D. Manning; Christopher Manning,2106.09685 2305.18290,2,2021-06-01,2023-05-29,"
                + "\"Christopher Manning: 'Christopher Manning' and 'Christopher D. Manning': same given name 'Christopher', differ only by a middle name or initial\""))
        #expect(lines.contains("Rafael Rafailov,Rafael Rafailov,2305.18290,1,2023-05-29,2023-05-29,"))
        #expect(AuthorsCSV.row(["a,b", "say \"hi\"", "plain"]) == "\"a,b\",\"say \"\"hi\"\"\",plain")
    }

    @Test func corpusEncodesToJSON() throws {
        let data = try JSONEncoder().encode(try Self.build())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"method\":\"cache-title\"") == false)  // the direct link wins
        #expect(text.contains("\"published_derived\":true"))
    }
}
