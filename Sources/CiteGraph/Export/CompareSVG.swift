import Foundation

/// Draws a comparison as papers per period of first version, A's and B's bars side by side on
/// one time axis: quarters when both sides span at most eight years, else years (every period
/// from the first to the last either side has is shown).
public enum CompareSVG {
    public static func render(_ comparison: Comparison, title: String? = nil) -> String {
        let months = Set(comparison.a.perMonth.keys).union(comparison.b.perMonth.keys)
            .compactMap { CalendarDay.bound($0, upper: false) }
        let years = Set(months.map(\.year))
        let by: TimelinePeriod = (years.max() ?? 0) - (years.min() ?? 0) < 8 ? .quarter : .year
        let indices = months.map(by.index(of:))
        let range = indices.isEmpty ? [] : Array(indices.min()!...indices.max()!)
        let periods = range.map(by.label)
        func series(_ side: Comparison.Side, _ color: String) -> SVGChart.Series {
            var counts = [Int: Int]()
            for (month, papers) in side.perMonth {
                if let day = CalendarDay.bound(month, upper: false) { counts[by.index(of: day), default: 0] += papers }
            }
            let label = side.primary.map { "\(name(side)) (\(side.papers), \($0) primary)" } ?? "\(name(side)) (\(side.papers))"
            return SVGChart.Series(label: label, values: range.map { Double(counts[$0] ?? 0) }, color: color, asBars: true)
        }
        let o = comparison.overlap
        func jaccard(_ value: Double?) -> String { ComparisonWriter.defined(value) { Formatting.fixed($0, 2) } }
        let subtitle = "Papers per \(by.rawValue) of first arXiv version. Shared: \(o.papers) papers (Jaccard \(jaccard(o.jaccardPapers))), "
            + "\(o.authors) authors (Jaccard \(jaccard(o.jaccardAuthors)))"
        let chart = SVGChart(title: title ?? "\(name(comparison.a)) vs \(name(comparison.b))", subtitle: subtitle,
                             periods: periods, xLabel: "\(by.rawValue) of first arXiv version", yLabel: "papers",
                             series: [series(comparison.a, SVGChart.palette[0]), series(comparison.b, SVGChart.palette[1])])
        return chart.render()
    }

    /// A section by its last heading (the full path is in the JSON), a category by its code.
    static func name(_ side: Comparison.Side) -> String {
        side.kind == "section" ? (side.selector.components(separatedBy: SectionPath.separator).last ?? side.selector) : side.selector
    }
}
