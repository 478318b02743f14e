/// Writes a timeline as CSV (`period,group,papers,cumulative_papers,new_authors,share,partial`),
/// Markdown (summary, bursts, then the counts) or JSON (everything).
public enum TimelineWriter {
    public static let csvHeader = "period,group,papers,cumulative_papers,new_authors,share,partial"

    public static func csv(_ timeline: Timeline) -> String {
        var out = csvHeader + "\n"
        for row in timeline.rows {
            out += [row.period, Formatting.csvField(row.group), "\(row.papers)", "\(row.cumulativePapers)",
                    // An undefined share (0/0) is an empty field, as pandas and R read a missing value.
                    "\(row.newAuthors)", row.share.map { Formatting.fixed($0) } ?? "",
                    row.partial ? "true" : "false"].joined(separator: ",") + "\n"
        }
        return out
    }

    public static func json(_ timeline: Timeline) -> String { Formatting.json(timeline) }

    public static func markdown(_ timeline: Timeline) -> String {
        var out = "# Timeline\n\n"
        let counted = timeline.groups.first { $0.grouping == .all }?.papers
        out += "Papers per \(timeline.by.rawValue) by the date of their first arXiv version"
        if let first = timeline.periods.first, let last = timeline.periods.last { out += ", \(first) to \(last)" }
        out += ".\n"
        // A period the window cuts counts only its days inside it: said, so it is not read as whole.
        let partial = timeline.periods.filter { period in timeline.rows.contains { $0.period == period && $0.partial } }
        if !partial.isEmpty {
            let window = [timeline.from.map { "from \($0)" }, timeline.to.map { "to \($0)" }].compactMap { $0 }.joined(separator: " ")
            out += "Partial \(partial.count == 1 ? "period" : "periods") (counted \(window) only, marked “partial” below): "
                + partial.joined(separator: ", ") + ".\n"
        }
        if timeline.periods.isEmpty { out += "No dated paper falls in the range.\n" }
        if let counted { out += "\(counted) papers counted" } else { out += "Papers counted in their groups" }
        out += "; \(timeline.derivedCount) dated from their arXiv id (marked † below); \(timeline.undated.count) undated.\n\n"

        out += "## Groups\n\n"
        out += "| group | kind | papers | first | last | median | CAGR | bursts |\n|---|---|---:|---|---|---|---:|---|\n"
        for g in timeline.groups {
            let bursts = g.bursts.map { ($0.start == $0.end ? $0.start : "\($0.start)…\($0.end)") + " (\(Formatting.fixed($0.strength, 2)))" }.joined(separator: ", ")
            let papers = g.derived > 0 ? "\(g.papers) (\(g.derived)†)" : "\(g.papers)"
            out += "| \(Formatting.markdownCell(g.group)) | \(g.grouping.rawValue) | \(papers) | \(g.first) | \(g.last) | \(g.median) | \(Formatting.percent(g.cagr)) | \(bursts.isEmpty ? "–" : bursts) |\n"
        }
        out += "\nCAGR: papers of the last calendar year over the first, per year (n/a under a year's span). "
        out += "Bursts: Kleinberg's two-state model, s = \(Formatting.fixed(timeline.burstScale, 2)), γ = \(Formatting.fixed(timeline.burstGamma, 2)) (strength in parentheses).\n\n"

        out += "## Counts\n\n"
        out += "| period | group | papers | cumulative | new authors | share |\n|---|---|---:|---:|---:|---:|\n"
        for row in timeline.rows where row.papers > 0 {
            let papers = row.derived > 0 ? "\(row.papers) (\(row.derived)†)" : "\(row.papers)"
            let period = row.partial ? "\(row.period) (partial)" : row.period
            out += "| \(period) | \(Formatting.markdownCell(row.group)) | \(papers) | \(row.cumulativePapers) | \(row.newAuthors) | "
                + "\(ComparisonWriter.defined(row.share) { Formatting.fixed($0) }) |\n"
        }
        out += "\nPeriods with no paper in a group are left out of this table (the CSV lists them with zeros).\n"
        if !timeline.derived.isEmpty {
            out += "\n† Dated from the arXiv id (year and month only): \(timeline.derived.joined(separator: ", ")).\n"
        }
        if !timeline.undated.isEmpty {
            out += "\nUndated (not counted): \(timeline.undated.joined(separator: ", ")).\n"
        }
        return out
    }
}
