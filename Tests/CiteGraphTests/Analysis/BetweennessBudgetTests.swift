import Testing
@testable import CiteGraph

/// Betweenness is exact up to 5000 nodes, then sampled from at most 500 sources, fewer as the
/// graph grows so that sources × (nodes + edges) stays within 10⁸.
@Suite struct BetweennessBudgetTests {
    @Test func sourcesShrinkAsTheGraphGrows() {
        #expect(StatsBuilder.betweennessSources(nodes: 5000, edges: 1_000_000) == nil)
        #expect(StatsBuilder.betweennessSources(nodes: 9000, edges: 90_000) == 500)
        #expect(StatsBuilder.betweennessSources(nodes: 70_000, edges: 930_000) == 100)
        #expect(StatsBuilder.betweennessSources(nodes: 10_000_000, edges: 90_000_000) == 10)
    }
}
