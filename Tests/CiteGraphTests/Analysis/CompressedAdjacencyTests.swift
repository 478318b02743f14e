import Testing
@testable import CiteGraph

/// The flat neighbour lists every measure runs on, and the helpers the analysis uses to stay
/// linear (top lists without full sorts, dates read from bytes).
@Suite struct CompressedAdjacencyTests {
    @Test func rowsAreSortedMergedAndWithoutSelfLoops() {
        // Edges out of order, one self-loop (2–2) and a parallel pair 0–3 (1.5 then 0.25, the
        // second written 3→0). Row 0: 1 (2), 3 (1.75); row 1: 0 (2); row 2: 3 (4); row 3: 0, 2.
        var g = HandGraph.make(4, [(0, 3, 1.5), (2, 3, 4), (1, 0, 2), (2, 2, 9)])
        g.addEdge(Graph.Edge(source: 3, target: 0, kind: .cooccurs, weight: 0.25))
        let adjacency = CompressedAdjacency(g)
        #expect(adjacency.offsets == [0, 2, 3, 4, 6])
        #expect(adjacency.targets == [1, 3, 0, 3, 0, 2])
        #expect(adjacency.weights == [2, 1.75, 2, 4, 1.75, 4])
        #expect(adjacency.degrees() == [2, 1, 1, 2])
        #expect(adjacency.strengths() == [3.75, 2, 4, 5.75])
        #expect(g.weightedNeighbors()[3] == [Graph.Neighbor(node: 0, weight: 1.75), Graph.Neighbor(node: 2, weight: 4)])
    }

    @Test func componentSizesLargestFirst() {
        // {0, 1, 2, 3}, {4, 5} and the lone node 6.
        let g = HandGraph.make(7, [(4, 5, 1), (0, 1, 1), (2, 3, 1), (3, 1, 1)])
        #expect(CompressedAdjacency(g).componentSizes() == [4, 2, 1])
    }

    @Test func louvainMergedLevelSumsWeightsPerCommunityPair() {
        // Path 0–1–2–3 (weights 1, 2, 3) with communities {0, 1} = 0 and {2, 3} = 1:
        // inside 0: 1 + 1 (both directions) = 2; 0–1: 2; inside 1: 3 + 3 = 6.
        let g = HandGraph.make(4, [(0, 1, 1), (1, 2, 2), (2, 3, 3)])
        let merged = CompressedAdjacency(g).merged(into: [0, 0, 1, 1], count: 2)
        #expect(merged.offsets == [0, 2, 4])
        #expect(merged.targets == [0, 1, 0, 1])
        #expect(merged.weights == [2, 2, 2, 6])
    }

    @Test func leadingKeepsTheFirstOfTheSortedOrder() {
        let words = ["pear", "fig", "apple", "kiwi", "date", "plum"]
        #expect(leading(3, of: words, by: <) == ["apple", "date", "fig"])
        // Longest first, ties alphabetical.
        #expect(leading(3, of: words, by: { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }) == ["apple", "date", "kiwi"])
        #expect(leading(10, of: [3, 1, 2], by: <) == [1, 2, 3])
        #expect(leading(0, of: [3, 1, 2], by: <).isEmpty)
    }

    @Test func calendarDaysFromBytesAndOtherwise() {
        #expect(CalendarDay("2024-02-29") == CalendarDay(year: 2024, month: 2, day: 29))
        #expect(CalendarDay("2023-02-29") == nil)
        #expect(CalendarDay("2023-13-01") == nil)
        #expect(CalendarDay("2023-1-011") == nil)
        #expect(CalendarDay("0999-12-31") == CalendarDay(year: 999, month: 12, day: 31))
        // Not the plain digit form: read the general way, as before.
        #expect(CalendarDay("+999-12-31") == CalendarDay(year: 999, month: 12, day: 31))
        #expect(CalendarDay("2023-01-01T00") == nil)
    }
}
