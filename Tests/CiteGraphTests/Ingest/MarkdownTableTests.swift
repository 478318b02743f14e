import Testing
@testable import CiteGraph

/// GitHub tables, one paper a row: every expected value written by reading the input.
extension MarkdownConstructTests {
    @Test func eachBodyRowWithALinkIsAnItemTitledByItsTitleColumn() {
        let list = parse("""
        # Awesome
        ## Papers
        | Date | Title | Paper | Code |
        |:-----|-------|:-----:|------|
        | 2022-03 | Training language models to follow instructions | [arXiv](https://arxiv.org/abs/2203.02155) | - |
        | 2023-05 | **Direct Preference Optimization** | [Paper](https://arxiv.org/abs/2305.18290) | [code](https://github.com/eric-mitchell/dpo) |
        | 2023-01 | A row without any link | - | - |
        | 2024 | [A Blog Post](https://example.com/post) | | |
        """)
        #expect(list.items.map(\.title) == [
            "Training language models to follow instructions", "Direct Preference Optimization", "A Blog Post",
        ])
        #expect(list.items.map(\.line) == [5, 6, 8])
        #expect(list.items.allSatisfy { $0.section == SectionPath(["Papers"]) })
        #expect(list.items[1].links.map(\.url) == ["https://arxiv.org/abs/2305.18290", "https://github.com/eric-mitchell/dpo"])
        #expect(list.entries().map(\.key) == ["2203.02155", "2305.18290", "https://example.com/post"])
    }

    @Test func withoutATitleColumnTheFirstCellWithATitleIsTaken() {
        let list = parse("""
        ## Models
        [arXiv] | Model | Notes
        --- | --- | ---
        [PDF](https://arxiv.org/pdf/2307.09288) | Llama 2 | open weights
        """)
        #expect(list.items.map(\.title) == ["Llama 2"])
        #expect(list.items.first?.links.map(\.url) == ["https://arxiv.org/pdf/2307.09288"])
    }

    @Test func pipesEscapedOrInCodeStayInTheirCell() {
        #expect(Table.cells(of: "| a \\| b | `x | y` | c |") == ["a \\| b", "`x | y`", "c"])
        #expect(Table.cells(of: "a | b") == ["a", "b"])
        #expect(Table.cells(of: "no pipe at all") == nil)
    }

    @Test func aTableEndsAtABlankLineOrAnotherBlock() {
        let list = parse("""
        ## T
        | Title | Link |
        | --- | --- |
        | One | [x](https://arxiv.org/abs/2305.18290) |

        Paragraph text with [a link](https://arxiv.org/abs/2203.02155) is no item.
        | Title | Link |
        | --- | --- |
        | Two | [y](https://arxiv.org/abs/2305.14314) |
        ## Next
        | Three | [z](https://arxiv.org/abs/2307.09288) |
        - Four [[Paper]](https://arxiv.org/abs/2106.09685)
        """)
        // The second table's header follows a paragraph line: two lines, so no table (GFM: the
        // header is a single line); its rows are paragraph text, and no line of it starts as a
        // listed paper does (bold or a link). After `## Next` there is no delimiter row, so no
        // table either.
        #expect(list.items.map(\.title) == ["One", "Four"])
    }

    @Test func withoutATitleColumnALinkTitledByThePaperBeatsADateBeforeIt() {
        let list = parse("""
        ## Talks
        | When | Who | What |
        |---|---|---|
        | 16/10/19 | Shehzaad | [Utility is in the Eye of the User](https://arxiv.org/abs/1906.02243) |
        | 23/10/19 | Mrinmaya | Talk without a paper [slides](https://example.com/s.pdf) |
        """)
        #expect(list.items.map(\.title) == ["Utility is in the Eye of the User", "23/10/19"])
    }

    @Test func aRowsOtherPapersAreWhatItBuildsOnNotEntries() {
        let list = parse("""
        ## Methods
        | Method | Paper | Base model |
        |---|---|---|
        | CoT | [paper](https://arxiv.org/abs/2201.11903) | [PaLM](https://arxiv.org/abs/2204.02311) |
        """)
        #expect(list.entries().map(\.key) == ["2201.11903"])
        // A bullet with the same links lists both papers.
        #expect(parse("## M\n- CoT [paper](https://arxiv.org/abs/2201.11903) on [PaLM](https://arxiv.org/abs/2204.02311)")
            .entries().map(\.key) == ["2201.11903", "2204.02311"])
    }

    @Test func whatIsNotATableStaysWhatItWas() {
        let list = parse("""
        Papers | Notes
        ---
        - A [[Paper]](https://arxiv.org/abs/2305.18290)
        ## Mismatch
        | A | B |
        | --- |
        | C | [c](https://arxiv.org/abs/2203.02155) |
        """)
        // `---` without a pipe underlines a setext heading; a delimiter row with fewer cells
        // than the header makes no table: its lines are a paragraph, and `| C |` does not start as a
        // listed paper does.
        #expect(list.sections.first == SectionPath(["Papers | Notes"]))
        #expect(list.items.map(\.title) == ["A"])
    }
}
