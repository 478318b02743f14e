import Testing
@testable import CiteGraph

/// Tables and lists written in HTML: every expected value written by reading the input.
extension MarkdownConstructTests {
    @Test func htmlTableRowsAreItemsTitledByTheirTitleColumn() {
        let list = parse("""
        ## Bullets
        - A Survey of Large Language Models [[Paper]](https://arxiv.org/abs/2303.18223)
        ## HTML table
        <table>
          <tr><th>Year</th><th>Title</th><th>Links</th></tr>
          <tr>
            <td>2023</td>
            <td><a href="https://openreview.net/forum?id=e">A Survey on Evaluation<br>of LLMs</a></td>

            <td><a href="https://arxiv.org/abs/2307.03109">paper</a> <a href="https://github.com/x/y">code</a></td>
          </tr>
          <TR><TD>2022</TD><TD><b>Constitutional AI</b></TD><TD><a href='https://arxiv.org/abs/2212.08073'>arXiv</a></TD></TR>
          <tr><td>2021</td><td>No link here</td><td>-</td></tr>
        </table>
        - After the table [[Paper]](https://arxiv.org/abs/2305.18290)
        """)
        #expect(list.items.map(\.title) == [
            "A Survey of Large Language Models", "A Survey on Evaluation of LLMs", "Constitutional AI", "After the table",
        ])
        #expect(list.items.map(\.line) == [2, 6, 12, 15])
        #expect(list.items[1].links.map(\.url) == [
            "https://openreview.net/forum?id=e", "https://arxiv.org/abs/2307.03109", "https://github.com/x/y",
        ])
        #expect(list.items.map(\.section) == [
            SectionPath(["Bullets"]), SectionPath(["HTML table"]), SectionPath(["HTML table"]), SectionPath(["HTML table"]),
        ])
        #expect(list.entries().map(\.key) == ["2303.18223", "2307.03109", "2212.08073", "2305.18290"])
    }

    @Test func htmlListItemsAreBulletsAndNestedOnesNest() {
        let list = parse("""
        ## Papers
        <ul>
          <li><a href="https://arxiv.org/abs/2203.02155">InstructGPT</a>
            <ul><li>Code: <a href="https://github.com/openai/x">github</a></li></ul>
          </li>
          <li>Direct Preference Optimization <a href="https://arxiv.org/abs/2305.18290">[paper]</a>
          <li>No link
        </ul>
        <ol><li><a href="https://arxiv.org/abs/2212.08073">Constitutional AI</a></li></ol>
        """)
        #expect(list.items.map(\.title) == ["InstructGPT", "Direct Preference Optimization", "Constitutional AI"])
        #expect(list.items.map(\.line) == [3, 6, 9])
        // The nested item only labels a link: it is the bullet's above.
        #expect(list.items[0].links.map(\.url) == ["https://arxiv.org/abs/2203.02155", "https://github.com/openai/x"])
    }

    @Test func aListThatIsOneHTMLTableHasEntriesAndAnUnclosedOneEndsAtAHeading() {
        let list = parse("""
        # TransferAttack
        <table><thead><tr><th>Paper</th><th>Venue</th></tr></thead>
        <tr><td><a href="https://arxiv.org/abs/1412.6572">Explaining and Harnessing Adversarial Examples</a></td><td>ICLR 2015</td></tr>
        ## Next
        - [DPO](https://arxiv.org/abs/2305.18290)
        """)
        #expect(list.items.map(\.title) == ["Explaining and Harnessing Adversarial Examples", "DPO"])
        #expect(list.items.map(\.section) == [SectionPath(["TransferAttack"]), SectionPath(["Next"])])
    }

    @Test func aRowHeaderUnderATitleColumnKeepsTheColumnsAndAHeaderRowOfPapersIsRows() {
        let list = parse("""
        ## Reading group
        <table>
        <tr><th>Date</th><th>Presenter</th><th>Title</th></tr>
        <tr><th scope="row">16/10/19</th><td>Shehzaad</td><td><a href="https://arxiv.org/abs/1906.02243">Utility is in the Eye of the User</a></td></tr>
        </table>
        <table>
        <tr><th><a href="https://arxiv.org/abs/2201.11903">Chain-of-Thought Prompting</a></th></tr>
        <tr><td><a href="https://arxiv.org/abs/2305.18290">DPO</a></td></tr>
        </table>
        """)
        #expect(list.items.map(\.title) == ["Utility is in the Eye of the User", "Chain-of-Thought Prompting", "DPO"])
        #expect(list.unlinkedLines.isEmpty)
    }

    @Test func aCellSpanningRowsKeepsTheRowsBelowUnderTheirColumns() {
        let list = parse("""
        ## Robust losses
        <table>
        <tr><th>Kind</th><th>Paper</th><th>Venue</th></tr>
        <tr><td rowspan="2">Loss</td><td><a href="https://arxiv.org/abs/1908.06112">Symmetric Cross Entropy for Robust Learning</a></td><td>ICCV 2019</td></tr>
        <tr><td><a href="https://arxiv.org/abs/1805.07836">Generalized Cross Entropy Loss</a></td><td>NeurIPS 2018</td></tr>
        <tr><td>Other</td><td><a href="https://arxiv.org/abs/2305.18290">DPO</a></td><td>NeurIPS 2023</td></tr>
        </table>
        """)
        #expect(list.items.map(\.title) == ["Symmetric Cross Entropy for Robust Learning", "Generalized Cross Entropy Loss", "DPO"])
    }

    @Test func aSummaryOrParagraphTagLinkingAPaperIsAnEntry() {
        let list = parse("""
        ## Math
        <details>
        <summary><a href="https://arxiv.org/abs/2110.14168">Training Verifiers to Solve Math Word Problems</a></summary>

        We train verifiers. See also [MMLU](https://arxiv.org/abs/2009.03300).
        </details>
        <p><a href="https://arxiv.org/abs/2108.07732">Program Synthesis with Large Language Models</a></p>
        <p>A remark citing <a href="https://arxiv.org/abs/2303.12712">Sparks</a>.</p>
        """)
        #expect(list.items.map(\.title) == ["Training Verifiers to Solve Math Word Problems", "Program Synthesis with Large Language Models"])
        #expect(list.items.map(\.line) == [3, 7])
    }

    @Test func markdownInsideAnHTMLCellIsReadAsMarkdown() {
        let list = parse("""
        ## A
        <table><tr><td>

        - [Measuring Massive Multitask Language Understanding](https://openreview.net/forum?id=d7KBjmI3GmQ)
        - [CoT](https://arxiv.org/abs/2201.11903)

        </td><td>

        | Title | Paper |
        |---|---|
        | DPO | [arXiv](https://arxiv.org/abs/2305.18290) |

        </td></tr></table>
        """)
        #expect(list.items.map(\.title) == ["Measuring Massive Multitask Language Understanding", "CoT", "DPO"])
        #expect(list.items.map(\.line) == [4, 5, 11])
    }

    @Test func aRowHeaderGroupingRowsIsNoTitle() {
        let list = parse("""
        ## Attacks
        <table>
        <tr><th>Category</th><th>Attack</th><th>Main Idea</th></tr>
        <tr>
        <th rowspan="2"><sub><strong>Gradient-based</strong></sub></th>
        <td><a href="https://arxiv.org/abs/1412.6572">FGSM (Goodfellow et al., 2015)</a></td>
        <td><sub>Add a small perturbation</sub></td>
        </tr>
        <tr><td><a href="https://arxiv.org/abs/1607.02533">I-FGSM (Kurakin et al., 2015)</a></td><td>Iterative FGSM</td></tr>
        </table>
        """)
        #expect(list.items.map(\.title) == ["FGSM (Goodfellow et al., 2015)", "I-FGSM (Kurakin et al., 2015)"])
    }
}

/// Lists written as paragraphs, a paper a line.
extension MarkdownConstructTests {
    @Test func paragraphLinesLinkingAPaperAreItems() {
        let list = parse("""
        # Awesome LLM
        [![Awesome](https://awesome.re/badge.svg)](https://awesome.re) Papers on LLMs, see also [our site](https://example.com).

        ## Paragraph entries
        **Textbooks Are All You Need** [[Paper]](https://arxiv.org/abs/2306.11644)
        *Suriya Gunasekar, Yi Zhang*, arXiv 2023

        **Judging LLM-as-a-Judge** [[Paper]](https://openreview.net/forum?id=j)<br>
        **Constitutional AI** arXiv:2212.08073
        A closing remark with [a blog](https://example.com/blog).
        """)
        #expect(list.items.map(\.title) == ["Textbooks Are All You Need", "Judging LLM-as-a-Judge", "Constitutional AI arXiv:2212.08073"])
        // A line after a paper's linking none is more of it: its links are the paper's.
        #expect(list.items[2].links.map(\.url) == ["https://example.com/blog", "https://arxiv.org/abs/2212.08073"])
        #expect(list.items.map(\.line) == [5, 8, 9])
        #expect(list.entries().map(\.key) == ["2306.11644", "https://openreview.net/forum?id=j", "2212.08073"])
        #expect(list.items.allSatisfy { $0.section == SectionPath(["Paragraph entries"]) })
        // A line of links only is titled by the line above it.
        let twoLines = parse("""
        ## Our works
        🔥 **A Survey on Multimodal Large Language Models**
        **[Project Page](https://github.com/x/y)** | **[Paper](https://arxiv.org/pdf/2306.13549.pdf)** | :black_nib: [Citation](./bib.txt)
        """)
        #expect(twoLines.items.map(\.title) == ["🔥 A Survey on Multimodal Large Language Models"])
        #expect(twoLines.items.map(\.line) == [3])
        // Sentences citing a paper, footnotes and a Citation section list nothing.
        let prose = parse("""
        ## Papers
        This list builds on [Sparks](https://arxiv.org/abs/2303.12712); please star.
        As shown in [CoT](https://arxiv.org/abs/2201.11903), reasoning helps.
        [^1]: See [the survey](https://arxiv.org/abs/2303.18223).
        **DPO** [[paper]](https://arxiv.org/abs/2305.18290)
        ## Citation
        **Our survey** [[paper]](https://arxiv.org/abs/2307.12966)
        """)
        #expect(prose.entries().map(\.key) == ["2305.18290"])
        // A links-only line with nothing above takes no label for a title; an emoji before a
        // label leaves it a label.
        let bare = parse("""
        ## Papers
        [[📄 Paper](https://arxiv.org/abs/2201.11903)] [[💻 Code](https://github.com/x/y)]
        """)
        #expect(bare.items.map(\.title) == [""])
        // The introduction, before any section, names the list's own survey: no entry.
        let introduced = parse("""
        # Awesome
        The reading list of the survey arXiv:2307.12966, by [us](https://arxiv.org/abs/2307.12966).
        ## Papers
        - [DPO](https://arxiv.org/abs/2305.18290)
        """)
        #expect(introduced.entries().map(\.key) == ["2305.18290"])
    }
}
