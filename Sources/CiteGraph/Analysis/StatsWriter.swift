/// Writes `CorpusStats` as JSON (stats.json) or a plain-text report.
public enum StatsWriter {
    public static func json(_ stats: CorpusStats) -> String { Formatting.json(stats) }

    public static func table(_ s: CorpusStats) -> String {
        let c = s.counts
        var out = "Corpus\n"
        out += Formatting.table(["", ""], [
            ["list items", "\(c.items)"], ["entries", "\(c.entries)"], ["arXiv papers", "\(c.papers)"],
            ["resources", "\(c.resources)"], ["unresolved", "\(c.unresolved)"], ["authors", "\(c.authors)"],
            ["sections with entries", "\(c.sections)"], ["categories", "\(c.categories)"],
            ["dates from the id", "\(c.derivedDates)"], ["undated", "\(c.undated)"],
            ["first published", s.dates.first ?? "–"], ["last published", s.dates.last ?? "–"],
            ["median published", s.dates.median ?? "–"],
        ] + s.dates.perYear.keys.sorted().map { ["papers in \($0)", "\(s.dates.perYear[$0]!)"] })
        func counts(_ title: String, _ list: [Comparison.Count]) {
            out += "\n\(title)\n" + Formatting.table(["", "papers"], list.map { [$0.name, "\($0.papers)"] })
        }
        counts("Top authors by papers", s.topAuthors)
        let cen = s.centrality
        out += "\nTop authors by centrality (\(cen.graph) graph)\n"
        let rows = (0..<StatsBuilder.topCount).map { i -> [String] in
            func cell(_ list: [CorpusStats.Ranked], _ decimals: Int) -> String {
                i < list.count ? "\(list[i].name) (\(Formatting.fixed(list[i].value, decimals)))" : ""
            }
            return [cell(cen.degree, 0), cell(cen.betweenness, 1), cell(cen.pageRank, 4)]
        }.filter { !$0.allSatisfy(\.isEmpty) }
        let betweenness = cen.betweennessSources.map { "betweenness (estimated, \($0) sources)" } ?? "betweenness"
        out += Formatting.table(["degree", betweenness, "PageRank"], rows, leftAligned: [0, 1, 2])
        counts("Top primary categories", s.topPrimaryCategories)
        counts("Top categories (cross-lists included)", s.topCategories)
        counts("Top-level sections (with subsections)", s.topLevelSections)
        counts("Top sections", s.topSections)
        let com = s.communities
        out += "\nCommunities (\(com.method), seed \(com.seed), on the \(com.graph) graph): \(com.count), \(com.nonTrivial) with two members or more; "
        out += "modularity Q = \(Formatting.fixed(com.modularity)); \(com.components) connected components, the largest with \(com.largestComponent) authors\n"
        out += Formatting.table(["#", "size", "leading members"], com.largest.map { ["\($0.id)", "\($0.size)", $0.leading.joined(separator: ", ")] }, leftAligned: [2])
        if let l = s.lotka {
            out += "\nLotka's law: β = \(Formatting.fixed(l.beta, 3)), C = \(Formatting.fixed(l.c, 3)), R² = \(Formatting.fixed(l.rSquared, 3)), "
            out += "KS D = \(Formatting.fixed(l.ks, 3)) against β = 2 (p = \(Formatting.fixed(l.pValue, 3)))\n"
            out += Formatting.table(["papers", "authors", "share"], l.levels.map { ["\($0.papers)", "\($0.authors)", Formatting.fixed($0.share)] })
        }
        return out
    }
}
