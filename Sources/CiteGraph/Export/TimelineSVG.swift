/// Draws a timeline as cumulative papers per group over the periods: `all` as a thick dark line,
/// then up to `maxGroups` other groups (the largest; for sections, top-level headings only), with
/// the bursts of `all` shaded.
public enum TimelineSVG {
    public static func render(_ timeline: Timeline, title: String, maxGroups: Int = 8) -> String {
        var series: [SVGChart.Series] = []
        var bands: [(start: Int, end: Int, label: String)] = []
        if let all = timeline.groups.first(where: { $0.grouping == .all }) {
            series.append(SVGChart.Series(label: "all (\(all.papers))", values: values(timeline, all),
                                          color: "#222222", asBars: false, lineWidth: 3.5))
            for burst in all.bursts {
                if let s = timeline.periods.firstIndex(of: burst.start), let e = timeline.periods.firstIndex(of: burst.end) {
                    bands.append((s, e, "burst of all papers"))
                }
            }
        }
        let others = timeline.groups.enumerated().filter { _, g in
            g.grouping != .all && (g.grouping != .section || !g.group.contains(SectionPath.separator))
        }.sorted { ($0.element.papers, $1.offset) > ($1.element.papers, $0.offset) }.prefix(maxGroups)
        for (n, pair) in others.sorted(by: { $0.offset < $1.offset }).enumerated() {
            let g = pair.element
            series.append(SVGChart.Series(label: "\(g.group) (\(g.papers))", values: values(timeline, g),
                                          color: SVGChart.palette[n % SVGChart.palette.count], asBars: false))
        }
        var subtitle = "Cumulative arXiv papers by date of first version"
        if let first = timeline.periods.first, let last = timeline.periods.last { subtitle += ", \(first) to \(last)" }
        if timeline.derivedCount > 0 { subtitle += "; \(timeline.derivedCount) dated from their id" }
        if !timeline.undated.isEmpty { subtitle += "; \(timeline.undated.count) undated, not shown" }
        let chart = SVGChart(title: title, subtitle: subtitle, periods: timeline.periods,
                             xLabel: "\(timeline.by.rawValue) of first arXiv version",
                             yLabel: "papers (cumulative)", series: series,
                             labelledTicks: calendarTicks(timeline.periods, by: timeline.by), bands: bands)
        return chart.render()
    }

    /// Labels on calendar boundaries: every 1, 2, 3, 6 or 12 months (from January), every 1, 2
    /// or 4 quarters, every 1, 2, 5, 10… years, the smallest step keeping at most 12 labels.
    static func calendarTicks(_ periods: [String], by: TimelinePeriod) -> Set<Int> {
        // Position of each period in its cycle: month 0–11, quarter 0–3, or the year itself.
        let positions: [Int] = periods.map { label in
            switch by {
            case .month: (Int(label.suffix(2)) ?? 1) - 1 + 12 * (Int(label.prefix(4)) ?? 0)
            case .quarter: (Int(label.suffix(1)) ?? 1) - 1 + 4 * (Int(label.prefix(4)) ?? 0)
            case .year: Int(label) ?? 0
            }
        }
        let steps: [Int] = switch by {
        case .month: [1, 2, 3, 6, 12, 24, 60, 120]
        case .quarter: [1, 2, 4, 8, 20, 40]
        case .year: [1, 2, 5, 10, 20, 50, 100]
        }
        for step in steps {
            let ticks = Set(positions.indices.filter { positions[$0] % step == 0 })
            if ticks.count <= 12 { return ticks }
        }
        return [0]
    }

    private static func values(_ timeline: Timeline, _ group: TimelineGroupSummary) -> [Double] {
        timeline.rows(of: group.group, grouping: group.grouping).map { Double($0.cumulativePapers) }
    }
}
