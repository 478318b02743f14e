import Testing
@testable import CiteGraph

/// One small list per Markdown construct; every expected value written by reading the input.
@Suite struct MarkdownConstructTests {
    func parse(_ markdown: String) -> ReadingList {
        ReadingListParser.parse(markdown, source: "test.md")
    }

    @Test func atxHeadings() {
        let list = parse("""
        # Only Title
        ## Papers ##
        #hashtag is text
           ### Three spaces in
        - A [[Paper]](https://arxiv.org/abs/2305.18290)
        ## Closing hashes# stay
            # indented four is code
        - B [[Paper]](https://arxiv.org/abs/2305.14314)
        """)
        #expect(list.sections == [
            SectionPath(["Papers"]),
            SectionPath(["Papers", "Three spaces in"]),
            SectionPath(["Closing hashes# stay"]),
        ])
        #expect(list.items.map(\.section) == [SectionPath(["Papers", "Three spaces in"]), SectionPath(["Closing hashes# stay"])])
    }

    @Test func picturesInAHeadingAreNoPartOfItsName() {
        let list = parse("""
        ## 🔥 [Evaluation](https://example.com/eval) ![badge](https://img.shields.io/badge/x-y-z) ##
        - A [[Paper]](https://arxiv.org/abs/2305.18290)
        ## [![Stars](https://img.shields.io/github/stars/x/y)](https://github.com/x/y) Tools
        - B [[Paper]](https://arxiv.org/abs/2305.14314)
        """)
        #expect(list.sections == [SectionPath(["🔥 Evaluation"]), SectionPath(["Tools"])])
        // A heading that is only a picture is named by its description.
        #expect(parse("## ![Benchmarks](logo.png)\n- A [[Paper]](https://arxiv.org/abs/2305.18290)").sections == [SectionPath(["Benchmarks"])])
    }

    @Test func setextHeadings() {
        let list = parse("""
        Reading List
        ============

        Training
        --------
        - DPO [[Paper]](https://arxiv.org/abs/2305.18290)

        ---
        - QLoRA [[Paper]](https://arxiv.org/abs/2305.14314)
        ---
        """)
        // "Reading List" is the single H1 (the title); `---` after a list item is a rule, not a heading.
        #expect(list.sections == [SectionPath(["Training"])])
        #expect(list.items.map(\.section) == [SectionPath(["Training"]), SectionPath(["Training"])])
        #expect(list.items.map(\.line) == [6, 9])
    }

    @Test func twoTopLevelHeadingsAreBothSections() {
        let list = parse("""
        # Part One
        - A [[Paper]](https://arxiv.org/abs/2305.18290)
        # Part Two
        ## Sub
        - B [[Paper]](https://arxiv.org/abs/2305.14314)
        """)
        #expect(list.items.map(\.section) == [SectionPath(["Part One"]), SectionPath(["Part Two", "Sub"])])
    }

    @Test func entriesBetweenTheTitleAndTheFirstSectionAreUnderTheTitle() {
        let list = parse("""
        # Awesome Thing
        [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)
        - [Contents](#contents)
        - Paper A [[paper]](https://arxiv.org/abs/2303.18223)

        | Title | Link |
        |---|---|
        | Paper C | [arXiv](https://arxiv.org/abs/2306.11644) |
        ## Sub
        - Paper B [[paper]](https://arxiv.org/abs/2306.13549)
        """)
        #expect(list.items.map(\.section) == [
            SectionPath(["Awesome Thing"]), SectionPath(["Awesome Thing"]), SectionPath(["Sub"]),
        ])
        // Sections in document order; the table of contents made none.
        #expect(list.sections == [SectionPath(["Awesome Thing"]), SectionPath(["Sub"])])
        // Without a title, entries before any heading stay at the top (no section).
        let untitled = parse("""
        - Paper A [[paper]](https://arxiv.org/abs/2303.18223)
        ## Sub
        - Paper B [[paper]](https://arxiv.org/abs/2306.13549)
        """)
        #expect(untitled.items.map(\.section) == [SectionPath([]), SectionPath(["Sub"])])
        #expect(untitled.sections == [SectionPath(["Sub"])])
    }

    @Test func relativeAndContactLinksAreNoEntries() {
        let list = parse("""
        ## Contents
        - [More papers](./papers/more.md)
        - [Also](docs/other.md) and [top](../README.md)
        - [Contact](mailto:me@example.org)
        ## Papers
        - DPO [[paper]](https://arxiv.org/abs/2305.18290) [[slides]](slides/dpo.pdf)
        - A DOI [[paper]](doi:10.1145/3442188.3445922)
        - Scheme-less [[paper]](arxiv.org/abs/2203.02155)
        """)
        #expect(list.items.map(\.title) == ["DPO", "A DOI", "Scheme-less"])
        #expect(list.items[0].links.map(\.url) == ["https://arxiv.org/abs/2305.18290"])
        #expect(list.entries().map(\.key) == ["2305.18290", "doi:10.1145/3442188.3445922", "2203.02155"])
    }

    @Test func bulletsAndRowsLinkingNowhereAreNamedNotLostUnseen() {
        let list = parse("""
        - [Contents](#contents)
        ## Papers
        - Some Paper Without A Link, NeurIPS 2023
        - Direct Preference Optimization
          - Paper: https://arxiv.org/abs/2305.18290
        - Mentions arXiv:2203.02155 only
        - [x] A task with no link

        | Title | Paper |
        |---|---|
        | A row without a link | - |
        | DPO | [arXiv](https://arxiv.org/abs/2305.18290) |
        """)
        // Not the table of contents, nor a bullet whose nested bullet gives it a link.
        #expect(list.unlinkedLines == [3, 7, 11])
        #expect(list.items.count == 3)
    }

    @Test func nestedBulletsOfEveryMarker() {
        let list = parse("""
        ## S
        - Dash [[Paper]](https://arxiv.org/abs/2301.00001)
          * Star child [[Paper]](https://arxiv.org/abs/2301.00002)
            + Plus grandchild [[Paper]](https://arxiv.org/abs/2301.00003)
        1. Numbered dot [[Paper]](https://arxiv.org/abs/2301.00004)
        2) Numbered paren [[Paper]](https://arxiv.org/abs/2301.00005)
           - Under a number [[Paper]](https://arxiv.org/abs/2301.00006)
        - Parent with no link
            - Four-space child [[Paper]](https://arxiv.org/abs/2301.00007)

        -not a bullet [x](https://arxiv.org/abs/2301.00008)
        """)
        #expect(list.items.map(\.title) == [
            "Dash", "Star child", "Plus grandchild", "Numbered dot", "Numbered paren", "Under a number", "Four-space child",
        ])
        #expect(list.items.map(\.line) == [2, 3, 4, 5, 6, 7, 9])
    }

    @Test func severalLinksInOneBullet() throws {
        let list = parse("""
        - RRHF [[Code]](https://github.com/GanjinZero/RRHF) [[ACL]](https://aclanthology.org/2023.x/) [[Paper]](https://arxiv.org/abs/2304.05302v3)
        - Venue first [[Code]](https://github.com/a/b) [[Paper]](https://openreview.net/forum?id=abc)
        - Only resources [[Blog]](https://example.com/post/) [[Code]](https://github.com/a/c)
        """)
        #expect(list.items[0].links.map(\.url) == [
            "https://github.com/GanjinZero/RRHF", "https://aclanthology.org/2023.x/", "https://arxiv.org/abs/2304.05302v3",
        ])
        #expect(list.items[0].title == "RRHF")
        let entries = list.entries()
        #expect(entries.map(\.target) == [
            .arxiv(ArxivID("2304.05302")!, version: 3),
            .venue(url: "https://openreview.net/forum?id=abc"),
            .resource(url: "https://example.com/post"),
        ])
        #expect(LinkClassifier.mainLink(of: list.items[1].links)?.url == "https://openreview.net/forum?id=abc")
    }

    @Test func aBulletLinkingSeveralPapersListsEachOfThem() throws {
        let list = parse("""
        ## S
        - Instruction-tuning: [Orca](https://arxiv.org/abs/2306.02707), [Textbooks Are All You Need](https://arxiv.org/pdf/2306.11644v2) [code](https://github.com/a/b), [WizardCoder](https://arxiv.org/abs/2306.08568)
        - DPO [[paper]](https://arxiv.org/abs/2305.18290) [[pdf]](https://arxiv.org/pdf/2305.18290v2.pdf) [[extended]](https://arxiv.org/abs/2305.18291)
        - Mentions arXiv:2203.02155 and arXiv:2212.08073 in its text
        """)
        let entries = list.entries()
        #expect(entries.map(\.key) == ["2306.02707", "2306.11644", "2306.08568", "2305.18290", "2305.18291", "2203.02155", "2212.08073"])
        // Each paper titled by its own link; a label link leaves the first the item's title.
        #expect(entries.map(\.title) == [
            "Orca", "Textbooks Are All You Need", "WizardCoder", "DPO", "", "Mentions arXiv:2203.02155 and arXiv:2212.08073 in its text", "",
        ])
        // A link that is no paper's goes with the paper linked before it.
        #expect(entries[1].links.map(\.url) == ["https://arxiv.org/pdf/2306.11644v2", "https://github.com/a/b"])
        #expect(entries[1].target == .arxiv(ArxivID("2306.11644")!, version: 2))
        // Two forms of one paper (abs, pdf v2) are one paper.
        #expect(entries[3].links.map(\.url) == ["https://arxiv.org/abs/2305.18290", "https://arxiv.org/pdf/2305.18290v2.pdf"])
        #expect(entries.allSatisfy { $0.lines.count == 1 && $0.sections == [SectionPath(["S"])] })
        #expect(entries.map { $0.lines[0] } == [2, 2, 2, 3, 3, 4, 4])
    }

    @Test func linkTextWithBracketsEmphasisAndCode() {
        let list = parse("""
        - [The [Bracketed] *Emphasised* `code[0]` Title](https://arxiv.org/abs/2305.18290)
        - **Bold Title** with __strong__ and ~~struck~~ words [[Paper]](https://arxiv.org/abs/2305.14314)
        - Keeps 90%* and snake_case_name and 2 * 3 [[Paper]](https://arxiv.org/abs/2304.07327)
        - `[not a link](https://example.com)` in code [[Paper]](https://arxiv.org/abs/2304.07987)
        - Escaped \\[brackets\\] and \\*stars\\* [[Paper]](https://arxiv.org/abs/2304.14402)
        """)
        #expect(list.items.map(\.title) == [
            "The [Bracketed] Emphasised code[0] Title",
            "Bold Title with strong and struck words",
            "Keeps 90%* and snake_case_name and 2 * 3",
            "[not a link](https://example.com) in code",
            "Escaped [brackets] and *stars*",
        ])
        #expect(list.items[3].links.map(\.url) == ["https://arxiv.org/abs/2304.07987"])
    }

    @Test func referenceStyleLinks() {
        let list = parse("""
        - DPO [[Paper]][dpo]
        - [QLoRA][]
        - [LoRA]
        - Full with spaces [Paper][The  Label]
        - Missing [Paper][nowhere]

        [DPO]: https://arxiv.org/abs/2305.18290
        [qlora]: <https://arxiv.org/abs/2305.14314> "QLoRA paper"
        [LoRA]: https://openreview.net/forum?id=nZeVKeeFYf9 'title'
          [the label]: https://arxiv.org/abs/2304.05302
        """)
        #expect(list.items.map(\.title) == ["DPO", "QLoRA", "LoRA", "Full with spaces"])
        #expect(list.items.map { $0.links.first?.url } == [
            "https://arxiv.org/abs/2305.18290", "https://arxiv.org/abs/2305.14314",
            "https://openreview.net/forum?id=nZeVKeeFYf9", "https://arxiv.org/abs/2304.05302",
        ])
        #expect(list.diagnostics.map(\.line) == [5])
        #expect(list.diagnostics.first?.message.contains("nowhere") == true)
    }

    @Test func htmlCommentsAreIgnored() {
        let list = parse("""
        ## Kept
        <!-- - Hidden [[Paper]](https://arxiv.org/abs/2301.00001) -->
        <!--
        ## Hidden heading
        - Hidden too [[Paper]](https://arxiv.org/abs/2301.00002)
        -->
        - Visible <!-- not this --> title [[Paper]](https://arxiv.org/abs/2301.00003)
        - Comment ends mid-line <!-- start
        still comment --> [[Paper]](https://arxiv.org/abs/2301.00004)
        """)
        #expect(list.sections == [SectionPath(["Kept"])])
        #expect(list.items.map(\.title) == ["Visible title", "Comment ends mid-line"])
        #expect(list.items.map { $0.links.map(\.url) } == [["https://arxiv.org/abs/2301.00003"], ["https://arxiv.org/abs/2301.00004"]])
        #expect(list.items.map(\.line) == [7, 8])
    }

    @Test func fencedCodeIsIgnored() {
        let list = parse("""
        ## Real
        ```bash
        # comment, not a heading
        - [not an item](https://arxiv.org/abs/2301.00001)
        ```
        ~~~~
        ```
        # still code: a shorter fence of another kind does not close it
        ~~~~
        - Item [[Paper]](https://arxiv.org/abs/2301.00002)
        - Item with code under it [[Paper]](https://arxiv.org/abs/2301.00003)
          ```
          ## inside the item
          ```
        ```
        # never closed
        - [lost](https://arxiv.org/abs/2301.00004)
        """)
        #expect(list.sections == [SectionPath(["Real"])])
        #expect(list.items.map(\.line) == [10, 11])
        #expect(list.diagnostics.map(\.line) == [15])
        #expect(list.diagnostics.first?.message.contains("never closed") == true)
    }

    @Test func indentedCodeIsIgnored() {
        let list = parse("""
        ## S

            # code
            - [code](https://arxiv.org/abs/2301.00001)

        - Item [[Paper]](https://arxiv.org/abs/2301.00002)
        """)
        #expect(list.sections == [SectionPath(["S"])])
        #expect(list.items.map(\.line) == [6])
    }

    @Test func tableOfContentsIsSkipped() {
        let list = parse("""
        # Awesome
        ## Contents
        - [Papers](#papers)
            - [Training](#training)
        1. [Also numbered](#papers) and [another](#training)
        ## Papers
        ### Training
        - DPO [[Paper]](https://arxiv.org/abs/2305.18290) [[Jump]](#top)
        """)
        #expect(list.sections == [SectionPath(["Contents"]), SectionPath(["Papers"]), SectionPath(["Papers", "Training"])])
        #expect(list.items.count == 1)
        #expect(list.items.first?.links == [ListLink(text: "[Paper]", url: "https://arxiv.org/abs/2305.18290")])
    }

    @Test func continuationLines() {
        let list = parse("""
        - A long title
          that wraps [[Paper]](https://arxiv.org/abs/2305.18290)
        - Lazy continuation
        [[Paper]](https://arxiv.org/abs/2305.14314)
        - [Title](https://github.com/a/b)

          A second paragraph with the [paper](https://arxiv.org/abs/2304.05302).

        A paragraph after the list [not an item](https://arxiv.org/abs/2304.07327).
        """)
        #expect(list.items.map(\.title) == ["A long title that wraps", "Lazy continuation", "Title"])
        #expect(list.items.map(\.line) == [1, 3, 5])
        #expect(list.items[2].links.map(\.url) == ["https://github.com/a/b", "https://arxiv.org/abs/2304.05302"])
        #expect(list.entries().map(\.key) == ["2305.18290", "2305.14314", "2304.05302"])
    }

    @Test func titles() {
        let list = parse("""
        - [Title Only](https://arxiv.org/abs/2301.00001)
        - [Link Title](https://github.com/a/b) - a description with [a link](https://c.org)
        - Improving [LoRA](https://github.com/x/lora) with X [[Paper]](https://arxiv.org/abs/2301.00002)
        - Title: [pdf](https://arxiv.org/pdf/2301.00003) | [code](https://github.com/d/e)
        - [[Paper]](https://arxiv.org/abs/2301.00004)
        - Title &amp; Entities&#33; [[Paper]](https://arxiv.org/abs/2301.00005)
        - Badge [![Stars](https://img.shields.io/x.svg)](https://github.com/f/g)
        """)
        #expect(list.items.map(\.title) == [
            "Title Only", "Link Title", "Improving LoRA with X", "Title", "Paper", "Title & Entities!", "Badge",
        ])
        #expect(list.items[6].links == [ListLink(text: "Stars", url: "https://github.com/f/g")])
    }

    @Test func aLeadingLinkToThePaperIsAReadingOfItsTitleToMatch() {
        let list = parse("""
        - [Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena](https://openreview.net/forum?id=b) NeurIPS 2023
        - [**Textbooks Are All You Need**](https://openreview.net/forum?id=t1) *Suriya Gunasekar, Yi Zhang*, arXiv 2023
        - [Program Synthesis](https://proceedings.mlr.press/x) with Large Language Models
        - [NeurIPS 2023](https://openreview.net/forum?id=c) Venue Tag First Then The Title
        - [LoRA](https://github.com/x/lora) adapters for all [[Paper]](https://arxiv.org/abs/2301.00002)
        - Follow-up: [Orca 2: Teaching Small Language Models How to Reason](https://arxiv.org/abs/2311.11045)
        - Code: [official](https://github.com/x/y) for [the paper](https://arxiv.org/abs/2311.11046)
        """)
        // The title is the text as written; the link alone names the paper, or only part of its
        // title (`Program Synthesis`): both are tried.
        #expect(list.items.map(\.title) == [
            "Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena NeurIPS 2023",
            "Textbooks Are All You Need Suriya Gunasekar, Yi Zhang, arXiv 2023",
            "Program Synthesis with Large Language Models", "NeurIPS 2023 Venue Tag First Then The Title", "LoRA adapters for all",
            "Orca 2: Teaching Small Language Models How to Reason", "Code: official for the paper",
        ])
        let entries = list.entries()
        #expect(entries[0].matchTitles.contains("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena"))
        #expect(entries[1].matchTitles.contains("Textbooks Are All You Need"))
        #expect(entries[2].matchTitles.prefix(2) == ["Program Synthesis with Large Language Models", "Program Synthesis"])
        // A venue tag, a link elsewhere than the paper, a label: no reading of their own.
        #expect(list.items[3].readings.isEmpty && list.items[4].readings.isEmpty && list.items[6].readings.isEmpty)
    }

    @Test func arxivIDInTextWithoutLink() throws {
        let list = parse("""
        - Direct Preference Optimization, arXiv:2305.18290v2
        - A note without any link
        """)
        #expect(list.items.count == 1)
        let entry = try #require(list.entries().first)
        #expect(entry.target == .arxiv(ArxivID("2305.18290")!, version: 2))
        #expect(entry.links == [ListLink(text: "arXiv:2305.18290v2", url: "https://arxiv.org/abs/2305.18290v2")])
        #expect(entry.title == "Direct Preference Optimization")
    }

    @Test func taskListBoxes() {
        let list = parse("""
        - [ ] Unread [[Paper]](https://arxiv.org/abs/2305.18290)
        - [x] [Read](https://arxiv.org/abs/2305.14314)
        """)
        #expect(list.items.map(\.title) == ["Unread", "Read"])
    }

    @Test func bareURLsAndAutolinks() {
        let list = parse("""
        - Bare https://arxiv.org/abs/2305.18290.
        - Angle <https://github.com/a/b>
        - Schemeless www.example.com/post (see it)
        """)
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://arxiv.org/abs/2305.18290"], ["https://github.com/a/b"], ["https://www.example.com/post"],
        ])
        #expect(list.items.map(\.title) == ["Bare", "Angle", "Schemeless (see it)"])
    }

    @Test func htmlBlocksAndQuotes() {
        let list = parse("""
        ## S
        <details>
        <summary>Click</summary>

        - Inside details [[Paper]](https://arxiv.org/abs/2305.18290)
        </details>

        > - Quoted item [[Paper]](https://arxiv.org/abs/2305.14314)
        """)
        #expect(list.items.map(\.title) == ["Inside details", "Quoted item"])
        #expect(list.items.map(\.section) == [SectionPath(["S"]), SectionPath(["S"])])
    }

    @Test func emptyAndOddInputNeverThrow() {
        #expect(parse("").items.isEmpty)
        #expect(parse("[").items.isEmpty)
        #expect(parse("- [unclosed](no-url").items.isEmpty)
        // An unclosed link still holds a bare URL (GFM autolink).
        #expect(parse("- [unclosed](https://arxiv.org/abs/2305.18290").items.map(\.links) == [[ListLink(text: "https://arxiv.org/abs/2305.18290", url: "https://arxiv.org/abs/2305.18290")]])
        #expect(parse("- [x]()").diagnostics.map(\.line) == [1])
        #expect(parse("#\n- [a](https://github.com/a)\n").items.map(\.section) == [SectionPath([])])
    }
}
