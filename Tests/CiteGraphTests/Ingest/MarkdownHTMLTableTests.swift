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
