import Testing
@testable import CiteGraph

/// Links written in HTML, and label links wrapped in brackets.
extension MarkdownConstructTests {
    @Test func htmlAnchorsAreLinks() {
        let list = parse("""
        ## S
        - <a href="https://arxiv.org/abs/2203.02155">InstructGPT</a>, by OpenAI
        - <A HREF='https://example.com/post?a=1&amp;b=2'>A <b>bold</b> post</A>
        - <a href=https://github.com/huggingface/trl>TRL</a>
        - <a name="anchor">no link</a>
        - <a href="https://arxiv.org/abs/2305.18290">unclosed
        """)
        // As for `[Title](url), what it is`: the leading link's text; an unclosed anchor links its
        // URL (a label), so the text after it is the title.
        #expect(list.items.map(\.title) == ["InstructGPT", "A bold post", "TRL", "unclosed"])
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://arxiv.org/abs/2203.02155"], ["https://example.com/post?a=1&b=2"],
            ["https://github.com/huggingface/trl"], ["https://arxiv.org/abs/2305.18290"],
        ])
    }

    @Test func anAnchorsHrefIsItsOwnAttributeNotOneEndingInHref() {
        let list = parse("""
        ## S
        - <a data-href="https://example.com/tracker" href="https://arxiv.org/abs/2203.02155">InstructGPT</a>
        - <a title="see href=https://example.com/x" href='https://arxiv.org/abs/2305.18290'>DPO</a>
        - <a class=paper data-href="https://example.com/only">no real href</a>
        """)
        // The third bullet has no link at all, so it is no entry.
        #expect(list.items.map { $0.links.map(\.url) } == [
            ["https://arxiv.org/abs/2203.02155"], ["https://arxiv.org/abs/2305.18290"],
        ])
        #expect(list.items.map(\.title) == ["InstructGPT", "DPO"])
    }

    @Test func bracketsAroundALabelLinkLeaveNoTrace() {
        let list = parse("""
        ## S
        - **Direct Preference Optimization** [[paper](https://arxiv.org/abs/2305.18290)] ([code](https://github.com/x/y))
        - Keep [brackets] with words [[pdf](https://arxiv.org/abs/2203.02155)]
        """)
        #expect(list.items.map(\.title) == ["Direct Preference Optimization", "Keep [brackets] with words"])
    }
}

/// Bullets nested under a paper that only label a link (`Code: …`, `[pdf](…)`) belong to it.
extension MarkdownConstructTests {
    @Test func labelBulletsGiveTheirLinksToTheBulletAbove() {
        let list = parse("""
        ## RLHF
        - [InstructGPT](https://arxiv.org/abs/2203.02155)
          - Code: [github](https://github.com/openai/following-instructions-human-feedback)
          - Blog: https://openai.com/research/instruction-following
        - Direct Preference Optimization
          - Paper: https://arxiv.org/abs/2305.18290
          - [code](https://github.com/eric-mitchell/direct-preference-optimization)
        - Surveys
          - [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)
          - [Aligning Large Language Models with Human: A Survey](https://arxiv.org/abs/2307.12966)
        """)
        #expect(list.items.map(\.title) == [
            "InstructGPT", "Direct Preference Optimization",
            "A Survey of Large Language Models", "Aligning Large Language Models with Human: A Survey",
        ])
        #expect(list.items.map(\.line) == [2, 5, 9, 10])
        #expect(list.items[0].links.map(\.url) == [
            "https://arxiv.org/abs/2203.02155", "https://github.com/openai/following-instructions-human-feedback",
            "https://openai.com/research/instruction-following",
        ])
        #expect(list.items[1].links.map(\.url) == [
            "https://arxiv.org/abs/2305.18290", "https://github.com/eric-mitchell/direct-preference-optimization",
        ])
        #expect(list.entries().map(\.key) == ["2203.02155", "2305.18290", "2303.18223", "2307.12966"])
    }

    @Test func keyedDetailBulletsUnderAPaperAreItsLinks() {
        let list = parse("""
        ## ICLR 2024
        - [Textbooks Are All You Need](https://arxiv.org/abs/2306.11644)
          - Code: [official](https://github.com/x/y)
          - ExpEnv: [D4RL](https://github.com/rail-berkeley/d4rl)
        ## ICML 2023
        - [Orca](https://arxiv.org/abs/2306.02707)
          - ExpEnv: [D4RL](https://github.com/rail-berkeley/d4rl)
          - Follow-up: [Orca 2](https://arxiv.org/abs/2311.11045)
        - Instruction tuning
          - Orca: Progressive Learning [paper](https://openreview.net/forum?id=o)
        """)
        // D4RL is no entry of either section (it linked them as a shared resource).
        #expect(list.entries().map(\.key) == [
            "2306.11644", "2306.02707", "2311.11045", "https://openreview.net/forum?id=o",
        ])
        #expect(list.items[0].links.map(\.url) == [
            "https://arxiv.org/abs/2306.11644", "https://github.com/x/y", "https://github.com/rail-berkeley/d4rl",
        ])
        // A keyed bullet linking a paper is an entry of its own, and under a bullet without a
        // paper a `Title: subtitle` bullet keeps its title.
        #expect(list.items.map(\.title) == ["Textbooks Are All You Need", "Orca", "Orca 2", "Orca: Progressive Learning"])
    }
}

/// Headings written in HTML.
extension MarkdownConstructTests {
    @Test func htmlHeadingsAreSections() {
        let list = parse("""
        <h1 align="center">Awesome Alignment</h1>
        <h2>RLHF</h2>
        - [InstructGPT](https://arxiv.org/abs/2203.02155)
        <h3 id="dpo">DPO <a href="#top">↑</a></h3>
        - [DPO](https://arxiv.org/abs/2305.18290)
        <h2>Not closed
        - [LoRA](https://arxiv.org/abs/2106.09685)
        """)
        // The single h1 is the document's title; an unclosed tag is no heading.
        // A link back up the page is no part of the heading.
        #expect(list.sections == [SectionPath(["RLHF"]), SectionPath(["RLHF", "DPO"])])
        #expect(list.items.map(\.section) == [SectionPath(["RLHF"]), SectionPath(["RLHF", "DPO"]), SectionPath(["RLHF", "DPO"])])
    }

    @Test func backToTopLinksAreNoPartOfAHeading() {
        let list = parse("""
        # L
        ## RLHF [🔝](#contents)
        - [InstructGPT](https://arxiv.org/abs/2203.02155)
        ## [Linked heading](https://example.com/about) stays
        - [DPO](https://arxiv.org/abs/2305.18290)
        """)
        #expect(list.sections == [SectionPath(["RLHF"]), SectionPath(["Linked heading stays"])])
    }
}
