import Foundation
import Testing
@testable import CiteGraph

/// What an ids file (`run --ids`, `fetch --ids`) accepts: arXiv ids and links to arXiv papers,
/// nothing else, every other line an error with its line.
@Suite struct IDsFileTests {
    /// `math.DG/0211159` read as a host and a path became the resource `https://math.dg/0211159`
    /// (exit 0, no message); `HEP-TH/9901001` stayed in capitals and was "not in the cache".
    @Test func oldStyleIDsWithASubjectClassOrCapitalsAreTheArchivesIDs() {
        let list = ReadingList.parseIDs("math.DG/0211159\ncs.AI/0101001\nHEP-TH/9901001\narXiv:math.DG/0211159v2\n", source: "ids.txt")
        #expect(list.diagnostics.isEmpty)
        #expect(list.entries().map(\.target) == [
            .arxiv(ArxivID("math/0211159")!, version: 2),
            .arxiv(ArxivID("cs/0101001")!, version: nil),
            .arxiv(ArxivID("hep-th/9901001")!, version: nil),
        ])
        #expect(list.entries().map(\.key) == ["math/0211159", "cs/0101001", "hep-th/9901001"])
    }

    @Test func archiveNamesAreLowercase() {
        #expect(ArxivID("HEP-TH/9901001")?.rawValue == "hep-th/9901001")
        #expect(ArxivID("Math.DG/0211159")?.rawValue == "math/0211159")
        #expect(ArxivID("HEP-TH/9901001")?.fileStem == "hep-th_9901001")
        #expect(ArxivURL.id(fromURL: "https://arxiv.org/abs/HEP-TH/9901001v1")?.id.rawValue == "hep-th/9901001")
    }

    @Test func versionZeroDoesNotExist() {
        #expect(ArxivID.split("2305.18290v0") == nil)
        #expect(ArxivID.split("hep-th/9901001v0") == nil)
        #expect(ArxivID.split("2305.18290v1")?.version == 1)
        #expect(ArxivURL.problem(inURL: "https://arxiv.org/abs/2305.18290v0")
            == "impossible arXiv id '2305.18290v0' in https://arxiv.org/abs/2305.18290v0: there is no version v0 (arXiv numbers versions from v1)")
        let list = ReadingList.parseIDs("2203.02155\n2305.18290v0\n", source: "ids.txt")
        #expect(list.items.map(\.line) == [1])
        #expect(list.diagnostics.map(\.description) == [
            "ids.txt:2: error: not an arXiv id or URL: '2305.18290v0': there is no version v0 (arXiv numbers versions from v1)",
        ])
    }

    /// `run --ids` kept these as resources (exit 0) while `fetch --ids` skipped them with a
    /// warning; the Semantic Scholar link became a title search on an empty title.
    @Test func aLinkToAnythingButAnArxivPaperIsAnErrorWithItsLine() {
        let text = """
            2305.18290
            https://example.com/foo
            https://arxiv.org/list/cs.CL/recent
            https://www.semanticscholar.org/arxiv/2305.18290
            https://openreview.net/forum?id=TG8KACxEON
            https://huggingface.co/papers/2307.10169
            arxiv.org/abs/2305.11206

            """
        let list = ReadingList.parseIDs(text, source: "ids.txt")
        #expect(list.items.map(\.line) == [1, 6, 7])
        #expect(list.entries().map(\.target) == [
            .arxiv(ArxivID("2305.18290")!, version: nil),
            .arxiv(ArxivID("2307.10169")!, version: nil),
            .arxiv(ArxivID("2305.11206")!, version: nil),
        ])
        #expect(list.diagnostics.map(\.description) == [
            "ids.txt:2: error: not an arXiv id or arXiv paper URL: 'https://example.com/foo' (an ids file lists arXiv papers only)",
            "ids.txt:3: error: not an arXiv id or arXiv paper URL: 'https://arxiv.org/list/cs.CL/recent' (an ids file lists arXiv papers only)",
            "ids.txt:4: error: not an arXiv id or arXiv paper URL: 'https://www.semanticscholar.org/arxiv/2305.18290' (an ids file lists arXiv papers only)",
            "ids.txt:5: error: not an arXiv id or arXiv paper URL: 'https://openreview.net/forum?id=TG8KACxEON' (an ids file lists arXiv papers only)",
        ])
        #expect(list.skippedLines == 4)
    }

    /// The `iconv` advice named `fixed.md` for an ids file too.
    @Test func theConversionAdviceKeepsTheExtension() {
        let latin1 = Data([0x32, 0x33, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A])  // "23\ncaf\u{E9}" in Latin-1
        for (path, fixed) in [("idsL.txt", "fixed.txt"), ("list.md", "fixed.md"), ("aliases.tsv", "fixed.tsv"), ("ids", "fixed")] {
            #expect {
                try TextFile.decode(latin1, path: path, what: "ids file")
            } throws: { error in
                (error as? CiteGraphError)?.message.hasSuffix("iconv -f WINDOWS-1252 -t UTF-8 '\(path)' > \(fixed)") == true
            }
        }
    }
}
