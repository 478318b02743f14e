import Foundation
import Testing
@testable import CiteGraph

/// Graphs built by hand; each expected value is worked out in the comments.
enum HandGraph {
    static func make(_ n: Int, _ edges: [(Int, Int, Double)]) -> Graph {
        var g = Graph(name: "test")
        for i in 0..<n { g.addNode(Graph.Node(kind: .author, key: "n\(i)", label: "n\(i)")) }
        for (a, b, w) in edges { g.addEdge(Graph.Edge(source: a, target: b, kind: .coauthor, weight: w)) }
        return g
    }

    /// 0 - 1 - 2 - 3 - 4
    static let path5 = make(5, [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 4, 1)])
    /// Centre 0 with leaves 1…5.
    static let star6 = make(6, (1...5).map { (0, $0, 1) })
    /// Cliques {0,1,2,3} and {4,5,6,7} joined by the edge 3–4.
    static let twoCliques: Graph = {
        var edges: [(Int, Int, Double)] = []
        for base in [0, 4] { for i in 0..<4 { for j in (i + 1)..<4 { edges.append((base + i, base + j, 1)) } } }
        edges.append((3, 4, 1))
        return make(8, edges)
    }()
}

@Suite struct GraphMeasureTests {
    @Test func degreesMergeParallelEdgesAndDropSelfLoops() {
        var g = HandGraph.make(3, [(0, 1, 2), (0, 2, 1), (1, 1, 5)])
        g.addEdge(Graph.Edge(source: 1, target: 0, kind: .cooccurs, weight: 0.5))
        #expect(g.degrees() == [2, 1, 1])
        #expect(g.strengths() == [3.5, 2.5, 1])
    }

    @Test func brandesOnAPath() {
        // Node 1 lies on the paths 0–2, 0–3, 0–4 (3); node 2 on 0–3, 0–4, 1–3, 1–4 (4).
        #expect(HandGraph.path5.betweenness() == [0, 3, 4, 3, 0])
        // Normalized by (n−1)(n−2)/2 = 6 pairs.
        #expect(HandGraph.path5.betweenness(normalized: true) == [0, 0.5, 4.0 / 6, 0.5, 0])
    }

    @Test func brandesOnAStar() {
        // The centre is on the path of every pair of leaves: (n−1)(n−2)/2 = 5·4/2 = 10.
        #expect(HandGraph.star6.betweenness() == [10, 0, 0, 0, 0, 0])
        #expect(HandGraph.star6.betweenness(weighted: true) == [10, 0, 0, 0, 0, 0])
    }

    @Test func sampledBrandesScalesBySources() {
        // On the star every leaf source adds 4 leaf pairs through the centre (counted from this
        // end only, halved below); with all 6 sources the estimate is exact.
        #expect(HandGraph.star6.betweenness(sources: 6) == [10, 0, 0, 0, 0, 0])
        // Any 3 sources: the centre as a source adds nothing, each leaf source 4 → ½·(6/3)·Σ.
        let estimate = HandGraph.star6.betweenness(sources: 3, seed: 5)[0]
        #expect([8.0, 12.0].contains(estimate))
    }

    @Test func brandesSplitsTiedPaths() {
        // Square 0-1-2-3-0: 0 and 2 are joined by two paths (via 1 and via 3), each node gets ½.
        let square = HandGraph.make(4, [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 0, 1)])
        #expect(square.betweenness() == [0.5, 0.5, 0.5, 0.5])
        #expect(square.betweenness(weighted: true) == [0.5, 0.5, 0.5, 0.5])
    }

    @Test func weightedBrandesTakesStrongTies() {
        // a=0, b=1, c=2. a–b weight 1 (length 1); a–c and c–b weight 4 (length ¼ each): the
        // shortest a–b path goes through c when weighted, directly when not.
        let g = HandGraph.make(3, [(0, 1, 1), (0, 2, 4), (2, 1, 4)])
        #expect(g.betweenness() == [0, 0, 0])
        #expect(g.betweenness(weighted: true) == [0, 0, 1])
    }

    @Test func closenessOnAPathAndDisconnected() {
        // Node 2: distances 2+1+1+2 = 6 → 4/6; ends: 1+2+3+4 = 10 → 4/10; node 1: 1+1+2+3 = 7.
        let c = HandGraph.path5.closeness()
        let expected = [0.4, 4.0 / 7, 4.0 / 6, 4.0 / 7, 0.4]
        for (a, b) in zip(c, expected) { #expect(abs(a - b) < 1e-12) }
        // Two nodes joined, one alone: each reaches 1 of 2 others at distance 1 → (1/1)·(1/2).
        let split = HandGraph.make(3, [(0, 1, 1)])
        #expect(split.closeness() == [0.5, 0.5, 0])
    }

    @Test func pageRankOnAThreeNodePath() {
        // 0 - 1 - 2, d = 0.85: ends x = 0.05 + 0.85·y/2, middle y = 0.05 + 0.85·2x
        // → x = 0.07125 / 0.2775 = 0.2567567…, y = 0.05 + 1.7x = 0.4864864…
        let pr = HandGraph.make(3, [(0, 1, 1), (1, 2, 1)]).pageRank()
        #expect(abs(pr[0] - 0.07125 / 0.2775) < 1e-9)
        #expect(abs(pr[1] - (0.05 + 1.7 * 0.07125 / 0.2775)) < 1e-9)
        #expect(abs(pr[2] - pr[0]) < 1e-12)
    }

    @Test func pageRankMatchesAPowerIterationWrittenHere() {
        // Weighted, with an isolated node 4 whose rank is spread evenly.
        let edges: [(Int, Int, Double)] = [(0, 1, 2), (1, 2, 1), (2, 0, 1), (2, 3, 3)]
        let n = 5, d = 0.85
        var strength = [Double](repeating: 0, count: n)
        for (a, b, w) in edges { strength[a] += w; strength[b] += w }
        var rank = [Double](repeating: 1.0 / Double(n), count: n)
        for _ in 0..<500 {
            var next = [Double](repeating: (1 - d) / Double(n) + d * rank[4] / Double(n), count: n)
            for (a, b, w) in edges {
                next[b] += d * rank[a] * w / strength[a]
                next[a] += d * rank[b] * w / strength[b]
            }
            rank = next
        }
        let pr = HandGraph.make(n, edges).pageRank()
        for (a, b) in zip(pr, rank) { #expect(abs(a - b) < 1e-9) }
        #expect(abs(pr.reduce(0, +) - 1) < 1e-9)
    }

    @Test func componentsLargestFirst() {
        let g = HandGraph.make(6, [(4, 5, 1), (0, 1, 1), (2, 3, 1), (3, 1, 1)])
        #expect(g.connectedComponents() == [[0, 1, 2, 3], [4, 5]])
    }

    @Test func louvainSplitsTwoCliquesJoinedByOneEdge() {
        let communities = HandGraph.twoCliques.louvain(seed: 7)
        #expect(communities.groups == [[0, 1, 2, 3], [4, 5, 6, 7]])
        // m = 13 edges. Each clique: 6 inner edges, degree total 3+3+3+4 = 13.
        // Q = 2·(6/13 − (13/26)²) = 12/13 − 1/2 = 11/26.
        #expect(abs(communities.modularity - 11.0 / 26) < 1e-12)
        // Any seed gives the same split here; the same seed gives the same answer.
        #expect(HandGraph.twoCliques.louvain(seed: 99).groups == communities.groups)
        #expect(HandGraph.twoCliques.louvain(seed: 7) == communities)
    }

    @Test func modularityOfOneCommunityIsZero() {
        #expect(abs(HandGraph.twoCliques.modularity(of: Array(repeating: 0, count: 8))) < 1e-12)
        let empty = HandGraph.make(3, [])
        #expect(empty.louvain().membership == [0, 1, 2])
        #expect(empty.louvain().modularity == 0)
    }
}

@Suite struct LotkaTests {
    @Test func exactInverseSquareLaw() {
        // 144 authors with 1 paper, 36 with 2, 16 with 3, 9 with 4: shares 144/205 · 1/n².
        let counts = Array(repeating: 1, count: 144) + Array(repeating: 2, count: 36)
            + Array(repeating: 3, count: 16) + Array(repeating: 4, count: 9)
        let fit = LotkaFit.fit(papersPerAuthor: counts)!
        #expect(abs(fit.beta - 2) < 1e-9)
        #expect(abs(fit.c - 144.0 / 205) < 1e-9)
        #expect(abs(fit.rSquared - 1) < 1e-9)
        #expect(fit.ks == 0)
        #expect(fit.levels.map(\.authors) == [144, 36, 16, 9])
    }

    @Test func twoLevelsByHand() {
        // 3 authors with one paper, 1 with two: shares 0.75 and 0.25.
        // β = log10(0.75/0.25)/log10 2 = log2 3; C = 0.75.
        // Lotka (β = 2) with that C: 0.75 and 0.1875. ECDFs of {0.25, 0.75} and {0.1875, 0.75}
        // differ most at 0.1875: 0 against ½ → D = 0.5.
        let fit = LotkaFit.fit(papersPerAuthor: [1, 2, 1, 1])!
        #expect(abs(fit.beta - log2(3.0)) < 1e-9)
        #expect(abs(fit.c - 0.75) < 1e-9)
        #expect(fit.ks == 0.5)
        #expect(LotkaFit.fit(papersPerAuthor: [1, 1, 1]) == nil)
    }
}
