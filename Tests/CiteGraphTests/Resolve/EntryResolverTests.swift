import Foundation
import Testing
@testable import CiteGraph

@Suite struct EntryResolverTests {
    /// The 17 distinct venue links of the bundled list, with the arXiv ids read by hand from the
    /// list and the cache (titles as listed).
    static let venueEntries: [(url: String, title: String, id: String)] = [
        ("https://aclanthology.org/2022.acl-demo.9/", "PromptSource: An Integrated Development Environment and Repository for Natural Language Prompts", "2202.01279"),
        ("https://aclanthology.org/2022.emnlp-main.340/", "Super-NaturalInstructions: Generalization via Declarative Instructions on 1600+ NLP Tasks", "2204.07705"),
        ("https://aclanthology.org/2023.acl-long.806/", "Unnatural Instructions: Tuning Language Models with (Almost) No Human Labor", "2212.09689"),
        ("https://aclanthology.org/2023.acl-long.754/", "Self-Instruct: Aligning Language Models with Self-Generated Instructions", "2212.10560"),
        ("https://openreview.net/forum?id=_VjQlMeSB_J", "Chain-of-Thought Prompting Elicits Reasoning in Large Language Models", "2201.11903"),
        ("https://openreview.net/forum?id=TG8KACxEON", "Training language models to follow instructions with human feedback", "2203.02155"),
        ("https://openreview.net/forum?id=0qSOodKmJaN", "Calibrating Sequence likelihood Improves Conditional Language Generation", "2210.00045"),
        ("https://openreview.net/forum?id=u6OfmaGIya1", "Second Thoughts are Best: Learning to Re-Align With Human Values from Text Edits", "2301.00355"),
        ("https://openreview.net/forum?id=nZeVKeeFYf9", "LoRA: Low-Rank Adaptation of Large Language Models", "2106.09685"),
        ("https://aclanthology.org/2021.acl-long.353/", "Prefix-Tuning: Optimizing Continuous Prompts for Generation", "2101.00190"),
        ("https://aclanthology.org/2021.emnlp-main.243/", "The Power of Scale for Parameter-Efficient Prompt Tuning", "2104.08691"),
        ("https://openreview.net/forum?id=lq62uWRJjiY", "Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning", "2303.10512"),
        ("https://openreview.net/forum?id=XSRSWxyJIC", "Parameter-Efficient Fine-Tuning Design Spaces", "2301.01821"),
        ("https://openreview.net/forum?id=d7KBjmI3GmQ", "Measuring Massive Multitask Language Understanding", "2009.03300"),
        ("https://aclanthology.org/N19-1421/", "CommonsenseQA: A Question Answering Challenge Targeting Commonsense Knowledge", "1811.00937"),
        ("https://direct.mit.edu/tacl/article/doi/10.1162/tacl_a_00370/100680/Did-Aristotle-Use-a-Laptop-A-Question-Answering", "Did Aristotle Use a Laptop? A Question Answering Benchmark with Implicit Reasoning Strategies", "2101.02235"),
        ("https://aclanthology.org/2023.acl-long.634/", "AlignScore: Evaluating Factual Consistency with A Unified Alignment Function", "2305.16739"),
    ]

    static func venue(_ url: String, _ title: String, line: Int = 1, section: String = "S") -> ListEntry {
        ListEntry(target: .venue(url: url), key: url, titles: [title], links: [ListLink(text: "Paper", url: url)],
                  sections: [SectionPath([section])], lines: [line])
    }

    static var bundledVenues: [ListEntry] {
        venueEntries.enumerated().map { venue($1.url, $1.title, line: $0 + 1) }
    }

    static func entry(_ id: String, _ title: String, version: Int? = nil) -> ArxivEntry {
        ArxivEntry(id: ArxivID(id)!, version: version, title: title)
    }

    @Test func bundledVenueLinksResolveFromTheCacheWithoutSearching() throws {
        let index = TitleIndex(try BundledCacheEntries.load())
        #expect(index.count == 77)
        let searcher = FakeArxivSearch(entries: [])
        let result = try EntryResolver.resolve(Self.bundledVenues, index: index, searcher: searcher, options: .init())
        #expect(searcher.queries.isEmpty)
        #expect(result.searches == 0)
        #expect(result.unresolved.isEmpty)
        #expect(result.papers.count == 17)
        for (resolved, expected) in zip(result.papers, Self.venueEntries) {
            #expect(resolved.id.rawValue == expected.id, "\(expected.title)")
            #expect(resolved.resolution.method == .cacheTitle)
        }
        // The listed title is AdaLoRA's title without its name: a strong match, not an exact one.
        let adalora = try #require(result.papers.first { $0.id.rawValue == "2303.10512" })
        #expect(adalora.resolution.score == TitleNormalizer.segmentScore)
        #expect(adalora.resolution.matchedTitle == "AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning")
        let alignScore = try #require(result.papers.first { $0.id.rawValue == "2305.16739" })
        #expect(alignScore.resolution.score == 1)
        #expect(alignScore.resolution.matchedTitle == nil)
    }

    @Test func emptyCacheResolvesTheVenueLinksInThreeSearchesOrFewer() throws {
        let searcher = FakeArxivSearch(entries: try BundledCacheEntries.load())
        let result = try EntryResolver.resolve(Self.bundledVenues, index: TitleIndex(), searcher: searcher, options: .init())
        #expect(searcher.queries.count <= 3)
        #expect(result.searches == searcher.queries.count)
        #expect(result.unresolved.isEmpty)
        #expect(result.papers.map(\.id.rawValue) == Self.venueEntries.map(\.id))
        #expect(result.papers.allSatisfy { $0.resolution.method == .searchTitle })
        #expect(result.searchedEntries[ArxivID("2303.10512")!]?.title.hasPrefix("AdaLoRA") == true)
        // Phrase queries OR several titles together.
        #expect(searcher.queries.first?.contains("ti:\"promptsource an integrated development environment") == true)
        #expect(searcher.queries.first?.contains(" OR ") == true)
    }

    @Test func wordsQueryFindsWhatThePhraseMissed() throws {
        // Listed with an extra word, so the exact phrase finds nothing.
        let listed = Self.venue("https://openreview.net/forum?id=x", "Judging LLM-as-a-judge with MT-Bench and the Chatbot Arena")
        let searcher = FakeArxivSearch(entries: [Self.entry("2306.05685", "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena")])
        let result = try EntryResolver.resolve([listed], index: TitleIndex(), searcher: searcher, options: .init())
        #expect(searcher.queries == [
            "ti:\"judging llm as a judge with mt bench and the chatbot arena\"",
            "(ti:judging AND ti:llm AND ti:judge AND ti:mt AND ti:bench AND ti:chatbot AND ti:arena)",
        ])
        #expect(result.papers.first?.id.rawValue == "2306.05685")
        #expect(result.papers.first?.resolution.method == .searchTitle)
        #expect(result.searches == 2)
    }

    @Test func olderTitleInTheHistoryMatchesExactly() throws {
        var index = TitleIndex()
        index.add(Self.entry("2303.13809", "Error Analysis Prompting Enables Human-Like Translation Evaluation in Large Language Models: A Case Study on ChatGPT", version: 1))
        index.add(Self.entry("2303.13809", "Error Analysis Prompting Enables Human-Like Translation Evaluation in Large Language Models", version: 4))
        #expect(index.titleHistory[ArxivID("2303.13809")!]?.count == 2)
        let match = try #require(index.matches(for: "Error analysis prompting enables human-like translation evaluation in large language models: a case study on ChatGPT", limit: 1).first)
        #expect(match.score == 1)
        #expect(match.currentTitle == "Error Analysis Prompting Enables Human-Like Translation Evaluation in Large Language Models")
        #expect(index.entries[ArxivID("2303.13809")!]?.version == 4)
    }

    @Test func weakMatchIsReportedNotTaken() throws {
        let index = TitleIndex([Self.entry("2305.16960", "Training Socially Aligned Language Models on Simulated Social Interactions")])
        let listed = Self.venue("https://openreview.net/forum?id=y", "Training Socially Aligned Language Models in Simulated Human Society", line: 42)
        let result = try EntryResolver.resolve([listed], index: index, searcher: nil, options: .init())
        #expect(result.papers.isEmpty)
        let unresolved = try #require(result.unresolved.first)
        #expect(unresolved.reason.hasPrefix("weak title match"))
        #expect(unresolved.candidates.map(\.arxivID.rawValue) == ["2305.16960"])
        #expect(unresolved.lines == [42])
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.line == 42)
    }

    @Test func ambiguousMatchIsReportedNotTaken() throws {
        let index = TitleIndex([
            Self.entry("2301.00001", "Scaling Laws for Reward Models"),
            Self.entry("2302.00002", "Scaling Laws for Reward Model"),
        ])
        let listed = Self.venue("https://openreview.net/forum?id=z", "Scaling laws for reward models.")
        let result = try EntryResolver.resolve([listed], index: index, searcher: nil, options: .init())
        #expect(result.papers.isEmpty)
        #expect(result.unresolved.first?.reason.hasPrefix("ambiguous") == true)
        #expect(result.unresolved.first?.candidates.map(\.arxivID.rawValue) == ["2301.00001", "2302.00002"])
    }

    @Test func directResourceAndPinnedEntries() throws {
        let direct = ListEntry(target: .arxiv(ArxivID("2305.18290")!, version: 2), key: "2305.18290",
                               titles: ["DPO"], links: [ListLink(text: "Paper", url: "https://arxiv.org/abs/2305.18290v2")],
                               sections: [], lines: [3])
        let blog = ListEntry(target: .resource(url: "lmsys.org/blog/2023-03-30-vicuna"), key: "lmsys.org/blog/2023-03-30-vicuna",
                             titles: ["Vicuna"], links: [], sections: [], lines: [4])
        let pinnedByURL = Self.venue("https://openreview.net/forum?id=abc", "Some Venue Paper")
        let refusedByTitle = Self.venue("https://aclanthology.org/2023.acl-long.1/", "LoRA: Low-Rank Adaptation of Large Language Models")
        let pins = try ResolvePins.parse("""
            # pins
            http://OpenReview.net/forum?id=abc\t2106.09685v2
            lora: low-rank adaptation of large language models\tnone
            """, path: "pins.tsv")
        let index = TitleIndex([Self.entry("2106.09685", "LoRA: Low-Rank Adaptation of Large Language Models")])
        let result = try EntryResolver.resolve([direct, blog, pinnedByURL, refusedByTitle], index: index, searcher: nil,
                                               options: ResolveOptions(pins: pins))
        #expect(result.papers.map(\.id.rawValue) == ["2305.18290", "2106.09685"])
        #expect(result.papers.map(\.resolution.method) == [.direct, .pinned])
        #expect(result.papers.map(\.version) == [2, 2])
        #expect(result.resources.map(\.key) == ["lmsys.org/blog/2023-03-30-vicuna"])
        #expect(result.unresolved.map(\.reason) == ["resolution refused by pins.tsv:3"])
    }

    @Test func badPinLineNamesFileAndLine() {
        #expect(throws: CiteGraphError("pins.tsv:2: '2313.00001' is neither an arXiv id nor 'none' (month 13 does not exist)")) {
            try ResolvePins.parse("A title\tnone\nOther title\t2313.00001\n", path: "pins.tsv")
        }
        #expect(throws: CiteGraphError("pins.tsv:1: expected 2 tab-separated fields, found 1")) {
            try ResolvePins.parse("only a title\n", path: "pins.tsv")
        }
    }

    @Test func queriesStayWithinTheirLimits() {
        let clauses = (1...23).map { "ti:\"title number \($0)\"" }
        let batches = TitleSearchQuery.batches(clauses, maxClauses: 10, maxLength: 1000)
        #expect(batches.map(\.count) == [10, 10, 3])
        let short = TitleSearchQuery.batches(clauses, maxClauses: 10, maxLength: 60)
        #expect(short.allSatisfy { $0.joined(separator: " OR ").count <= 60 })
        #expect(short.map(\.count).reduce(0, +) == 23)
        #expect(TitleSearchQuery.phrase("The \"Best\" Title: Ever!") == "ti:\"the best title ever\"")
    }
}

/// The message of an entry no title lookup found says where citegraph looked.
@Suite struct UnresolvedReasonTests {
    func offlineReason() throws -> String? {
        let folder = try makeTemporaryDirectory("unresolved-reason")
        let list = folder + "/list.md"
        try "# L\n\n## S\n\n- [A Title No Cache Holds At All](https://aclanthology.org/2099.acl-long.1/)\n"
            .write(toFile: list, atomically: false, encoding: .utf8)
        return try CorpusLoader.load(.offline(.list(path: list)), log: .silent).corpus.unresolved.first?.reason
    }

    @Test func offlineTheSavedSearchesAreNamedNotANewSearch() throws {
        let reason = try #require(try offlineReason())
        #expect(reason == "no paper with this title in the cache or its saved arXiv searches (--offline: no new search)")
    }

    @Test func withASearcherTheSearchIsNamed() {
        #expect(TitleDecision.none.unresolvedReason(searchedWhere: FakeArxivSearch(entries: []).searchedWhere).reason
            == "no paper with this title in the cache or an arXiv search")
        #expect(TitleDecision.none.unresolvedReason(searchedWhere: nil).reason
            == "no paper with this title in the cache (no arXiv search made)")
    }
}

/// Titles written with their citation around them still find their paper.
@Suite struct DecoratedTitleTests {
    @Test func shorterReadingsDropQuotesVenuesAndAuthors() {
        #expect(ItemTitle.variants(of: "\"Direct Preference Optimization: Your Language Model is Secretly a Reward Model\" (NeurIPS 2023)")
            == ["Direct Preference Optimization: Your Language Model is Secretly a Reward Model"])
        #expect(ItemTitle.variants(of: "Training language models to follow instructions with human feedback. Long Ouyang, Jeff Wu. NeurIPS 2022.")
            == ["Training language models to follow instructions with human feedback"])
        #expect(ItemTitle.variants(of: "LoRA: Low-Rank Adaptation of Large Language Models (ICLR 2022) [code]")
            == ["LoRA: Low-Rank Adaptation of Large Language Models"])
        #expect(ItemTitle.variants(of: "[2023/05] [NeurIPS] Direct Preference Optimization: Your Language Model is Secretly a Reward Model")
            == ["Direct Preference Optimization: Your Language Model is Secretly a Reward Model"])
        #expect(ItemTitle.variants(of: "(ACL 2023) Self-Instruct: Aligning Language Models with Self-Generated Instructions. Wang et al.")
            == ["Self-Instruct: Aligning Language Models with Self-Generated Instructions. Wang et al.",
                "Self-Instruct: Aligning Language Models with Self-Generated Instructions"])
        // Nothing around the title: no other reading; too short a reading: none either.
        #expect(ItemTitle.variants(of: "Measuring Massive Multitask Language Understanding").isEmpty)
        #expect(ItemTitle.variants(of: "GPT-4 (2023)").isEmpty)
        #expect(ItemTitle.variants(of: "Survey. A long list of authors and more words. Venue").isEmpty)
    }

    @Test func aDecoratedVenueTitleResolvesFromTheCache() throws {
        let index = TitleIndex(try BundledCacheEntries.load())
        let entries = [
            EntryResolverTests.venue("https://openreview.net/forum?id=TG8KACxEON",
                                     "Training language models to follow instructions with human feedback. Long Ouyang, Jeff Wu. NeurIPS 2022.", line: 1),
            EntryResolverTests.venue("https://openreview.net/pdf?id=HPuSIXJaa9",
                                     "\"Direct Preference Optimization: Your Language Model is Secretly a Reward Model\" (NeurIPS 2023)", line: 2),
            // A paper the cache does not hold stays unresolved, decorated or not.
            EntryResolverTests.venue("https://openreview.net/forum?id=zzz", "\"A Title That No Paper Has At All\" (ICML 2031)", line: 3),
        ]
        let result = try EntryResolver.resolve(entries, index: index, searcher: nil, options: .init())
        #expect(result.papers.map(\.id.rawValue) == ["2203.02155", "2305.18290"])
        #expect(result.papers.allSatisfy { $0.resolution.method == .cacheTitle && $0.resolution.score == 1 })
        #expect(result.unresolved.map(\.title) == ["\"A Title That No Paper Has At All\" (ICML 2031)"])
    }
}
