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

    @Test func bracketsAroundALabelLinkLeaveNoTrace() {
        let list = parse("""
        ## S
        - **Direct Preference Optimization** [[paper](https://arxiv.org/abs/2305.18290)] ([code](https://github.com/x/y))
        - Keep [brackets] with words [[pdf](https://arxiv.org/abs/2203.02155)]
        """)
        #expect(list.items.map(\.title) == ["Direct Preference Optimization", "Keep [brackets] with words"])
    }
}
