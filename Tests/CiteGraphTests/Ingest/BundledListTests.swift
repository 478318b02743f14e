import Foundation
import Testing
@testable import CiteGraph

/// The bundled list (examples/awesome-align-llm-human.md), numbers counted by hand from the file.
@Suite struct BundledListTests {
    let list: ReadingList

    init() throws {
        list = try ReadingList.load(path: TestPaths.bundledList.path)
    }

    @Test func countsItemsEntriesPapersAndResources() {
        #expect(list.items.count == 96)
        let entries = list.entries()
        #expect(entries.count == 82)
        var arxiv = 0, venue = 0, resource = 0
        for entry in entries {
            switch entry.target {
            case .arxiv: arxiv += 1
            case .venue: venue += 1
            case .resource: resource += 1
            }
        }
        #expect(arxiv == 60)
        #expect(venue == 17)
        #expect(resource == 5)
        #expect(list.diagnostics.isEmpty, "\(list.diagnostics)")
    }

    @Test func sectionsWithEntriesAndAllHeadings() {
        let withEntries = Set(list.items.map(\.section))
        #expect(withEntries.count == 21)
        // 35 headings, minus the document title (the single H1).
        #expect(list.sections.count == 34)
        #expect(list.sections.first == SectionPath(["Table of Contents"]))
        #expect(list.sections.contains(SectionPath(["Alignment Training", "Offline Human Alignment", "Rank-based Training"])))
        #expect(list.sections.last == SectionPath(["Alignment Evaluation", "Evaluation Paradigms", "LLMs-based Evaluation", "LLMs for Evaluation"]))
        // Trailing spaces after a heading are not part of it (line 34: "#### Hand-crafted Instructions ").
        #expect(list.sections.contains(SectionPath(["Alignment Data", "Instructions From Human", "Hand-crafted Instructions"])))
    }

    @Test func firstItemKeepsTitleLinkSectionAndLine() throws {
        let first = try #require(list.items.first)
        #expect(first.title == "A Survey of Large Language Models")
        #expect(first.links == [ListLink(text: "[Paper]", url: "https://arxiv.org/abs/2303.18223")])
        #expect(first.section == SectionPath(["Related Surveys"]))
        #expect(first.line == 21)
    }

    @Test func dpoEntry() throws {
        let entries = list.entries()
        let dpo = try #require(entries.first { $0.key == "2305.18290" })
        #expect(dpo.title == "Direct Preference Optimization: Your Language Model is Secretly a Reward Model")
        #expect(dpo.sections == [SectionPath(["Alignment Training", "Offline Human Alignment", "Rank-based Training"])])
        #expect(dpo.lines == [86])
        #expect(dpo.target == .arxiv(ArxivID("2305.18290")!, version: nil))
    }

    @Test func vicunaAndShareGPTAreOneResourceWithTwoTitles() throws {
        let entries = list.entries()
        let vicuna = try #require(entries.first { $0.key == "https://lmsys.org/blog/2023-03-30-vicuna" })
        #expect(vicuna.target == .resource(url: "https://lmsys.org/blog/2023-03-30-vicuna"))
        #expect(vicuna.titles == ["ShareGPT", "Vicuna: An Open-Source Chatbot Impressing GPT-4 with 90%* ChatGPT Quality"])
        #expect(vicuna.lines == [38, 59, 128])
        #expect(vicuna.sections == [
            SectionPath(["Alignment Data", "Instructions From Human", "Hand-crafted Instructions"]),
            SectionPath(["Alignment Data", "Instructions From Strong LLMs", "Multi-Turn Instructions"]),
            SectionPath(["Alignment Evaluation", "Evaluation Benchmarks", "Open-set Benchmarks"]),
        ])
        #expect(ResourceDate.date(fromURL: vicuna.key) == "2023-03-30")
    }

    @Test func paperInSeveralSectionsIsOneEntry() throws {
        // "Judging LLM-as-a-judge" is listed on lines 132, 139 and 151.
        let judge = try #require(list.entries().first { $0.key == "2306.05685" })
        #expect(judge.lines == [132, 139, 151])
        #expect(judge.sections.count == 3)
        // MMLU at OpenReview, lines 108 and 116: one venue entry.
        let mmlu = try #require(list.entries().first { $0.key == "https://openreview.net/forum?id=d7KBjmI3GmQ" })
        #expect(mmlu.lines == [108, 116])
        #expect(mmlu.target == .venue(url: "https://openreview.net/forum?id=d7KBjmI3GmQ"))
    }

    @Test func resources() {
        let resources = list.entries().compactMap { entry -> String? in
            if case .resource(let url) = entry.target { return url } else { return nil }
        }
        #expect(resources == [
            "https://laion.ai/blog/oig-dataset",
            "https://databricks.com/blog/2023/04/12/dolly-first-open-commercially-viable-instruction-tuned-llm",
            "https://lmsys.org/blog/2023-03-30-vicuna",
            "https://kaistai.github.io/SelFee",
            "https://github.com/imoneoi/openchat",
        ])
    }

    @Test func tableOfContentsIsSkipped() {
        #expect(!list.items.contains { $0.section == SectionPath(["Table of Contents"]) })
        #expect(!list.items.contains { $0.links.contains { $0.url.hasPrefix("#") } })
    }
}
