/// Draws a comparison as papers per year of first version, A's and B's bars side by side on one
/// time axis (every year from the first to the last either side has).
public enum CompareSVG {
    public static func render(_ comparison: Comparison, title: String? = nil) -> String {
        let years = Set(comparison.a.perYear.keys).union(comparison.b.perYear.keys).compactMap(Int.init)
        let periods: [String] = years.isEmpty ? [] : (years.min()!...years.max()!).map(String.init)
        func series(_ side: Comparison.Side, _ color: String) -> SVGChart.Series {
            let label = side.primary.map { "\(side.selector) (\(side.papers), \($0) primary)" } ?? "\(side.selector) (\(side.papers))"
            return SVGChart.Series(label: label, values: periods.map { Double(side.perYear[$0] ?? 0) }, color: color, asBars: true)
        }
        let o = comparison.overlap
        let subtitle = "Papers per year of first arXiv version. Shared: \(o.papers) papers (Jaccard \(Formatting.fixed(o.jaccardPapers, 2))), "
            + "\(o.authors) authors (Jaccard \(Formatting.fixed(o.jaccardAuthors, 2)))"
        let chart = SVGChart(title: title ?? "\(comparison.a.selector) vs \(comparison.b.selector)", subtitle: subtitle,
                             periods: periods, xLabel: "year of first arXiv version", yLabel: "papers",
                             series: [series(comparison.a, SVGChart.palette[0]), series(comparison.b, SVGChart.palette[1])])
        return chart.render()
    }
}
