@testable import CiteGraph
import Testing

@Suite struct RunSummaryTests {
    func summary(edges: [String: [String: Int]]) -> RunSummary {
        RunSummary(source: "list.md", listItems: 3, distinctEntries: 2, papers: 1, papersBy: ["direct": 1],
                   resources: 1, unresolved: 0, sections: 1, authors: 2, mergedVariants: 0, edges: edges,
                   requests: 0, searches: 0, missing: [], skippedLines: 0, filesWritten: [])
    }

    @Test func everyGraphFileGetsOneEdgesLineAndAnEdgelessOneSaysNone() {
        let text = summary(edges: ["sections.graphml": [:], "graph.graphml": ["listed_in": 2, "authored": 2]]).text
        let lines = text.split(separator: "\n").map(String.init)
        let edgeLines = lines.filter { $0.contains(".graphml:") }
        #expect(edgeLines.count == 2)
        #expect(edgeLines[0].hasPrefix("edges "))
        #expect(edgeLines[0].hasSuffix("graph.graphml: authored 2, listed_in 2"))
        #expect(!edgeLines[1].hasPrefix("edges"))
        #expect(edgeLines[1].hasSuffix("sections.graphml: none"))
    }
}
