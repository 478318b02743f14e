/// Writes a timeline as CSV (`period,group,papers,cumulative_papers,new_authors,share`),
/// Markdown (summary, bursts, then the counts) or JSON (everything).
public enum TimelineWriter {
    public static let csvHeader = "period,group,papers,cumulative_papers,new_authors,share"

    public static func csv(_ timeline: Timeline) -> String {
        var out = csvHeader + "\n"
        for row in timeline.rows {
            out += [row.period, Formatting.csvField(row.group), "\(row.papers)", "\(row.cumulativePapers)",
                    "\(row.newAuthors)", Formatting.fixed(row.share)].joined(separator: ",") + "\n"
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
            out += "| \(row.period) | \(Formatting.markdownCell(row.group)) | \(papers) | \(row.cumulativePapers) | \(row.newAuthors) | \(Formatting.fixed(row.share)) |\n"
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
