import Testing
@testable import CiteGraph

/// Markdown that is broken or strange is read without crashing, and what is read stays sane.
@Suite struct OddInputTests {
    @Test(arguments: [
        "```", "~~~", "<!--", "-->", "[", "![", "[a](<", "[a](<b>", "\\", "&#;", "&#99999999;", "&#xD800;", "- ",
        "* * *", "1.", "1234567890. x", "[x]: ", "[x]:", "> > > - [a](https://b.co)", "\t\t-\t[a](https://b.co)",
        "- [a](https://b.co) `unclosed", "- [a]\u{301}(https://b.co)", "- \u{E000}\u{E001} [a](https://b.co)",
        "- [a](https://b.co)\n---\n===", "#######", "# \n##\n- [a](#x)", "- [[[[[[", "- ]]]]](((((",
        "- **[a](https://b.co)", "- _a_b_ [a](https://arxiv.org/abs/)", "- [a](https://arxiv.org/abs/v2)",
        "- [a](https://doi.org/10.48550/arXiv.)", "- arXiv: ", "- arXiv:/", "\r\r\n\n\r", "\u{FEFF}",
    ])
    func oddInput(markdown: String) {
        let list = ReadingListParser.parse(markdown, source: "odd.md")
        let lineCount = markdown.isEmpty ? 0 : SourceLine.lines(of: markdown).count
        #expect(list.items.allSatisfy { (1...max(lineCount, 1)).contains($0.line) })
        #expect(list.diagnostics.allSatisfy { $0.line.map { (1...max(lineCount, 1)).contains($0) } ?? true })
        _ = list.entries()
    }

    @Test func controlCharactersNeverReachATitleOrASection() {
        let markdown = "## Sec\u{1B}[31m red \u{7}\n\n- [Title with \u{B} vtab and \u{1B} esc\u{85}](https://example.com/a)\n"
            + "- Plain \u{1B}]0;owned\u{7} text https://example.com/b\n"
        let list = ReadingListParser.parse(markdown, source: "odd.md")
        #expect(list.items.map(\.title) == ["Title with vtab and esc", "Plain ]0;owned text"])
        #expect(list.sections == [SectionPath(["Sec [31m red"])])
    }

    /// Deterministic pseudo-random documents made of Markdown's special characters.
    @Test func randomDocuments() {
        let alphabet = Array("-*+#>`~[]()<>!:\\_&;1. \t\nahx/v2305.18290arxiv.org/abs/https://github.com|=\r")
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: state >> 33)
        }
        for _ in 0..<500 {
            let length = next() % 200
            let document = String((0..<length).map { _ in alphabet[next() % alphabet.count] })
            let list = ReadingListParser.parse(document, source: "random.md")
            let lineCount = max(SourceLine.lines(of: document).count, 1)
            #expect(list.items.allSatisfy { (1...lineCount).contains($0.line) }, "\(document.debugDescription)")
            _ = list.entries()
        }
    }
}
