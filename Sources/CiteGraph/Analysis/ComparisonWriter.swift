import Foundation

/// Writes a comparison as an aligned text table, Markdown, or JSON.
public enum ComparisonWriter {
    public static func json(_ comparison: Comparison) -> String { Formatting.json(comparison) }

    /// (label, value of A, value of B) lines shared by the table and Markdown forms.
    static func lines(_ c: Comparison) -> [(String, String, String)] {
        func both(_ label: String, _ value: (Comparison.Side) -> String) -> (String, String, String) {
            (label, value(c.a), value(c.b))
        }
        func list(_ counts: [Comparison.Count], _ limit: Int = 5) -> String {
            counts.isEmpty ? "–" : counts.prefix(limit).map { "\($0.name) (\($0.papers))" }.joined(separator: ", ")
        }
        let years = Set(c.a.perYear.keys).union(c.b.perYear.keys).sorted()
        var out = [
            both("kind") { $0.kind },
            both("papers") { s in s.primary.map { "\(s.papers) (\($0) primary)" } ?? "\(s.papers)" },
            both("resources") { s in s.kind == "category" ? "–" : "\(s.resources)" },
            both("authors") { "\($0.authors)" },
            both("first published") { $0.first ?? "–" },
            both("last published") { $0.last ?? "–" },
            both("median published") { $0.medianPublished ?? "–" },
        ]
        for year in years { out.append(both("papers in \(year)") { "\($0.perYear[year] ?? 0)" }) }
        out += [
            both("undated") { "\($0.undated)" },
            both("cross-listed") { defined($0.crossListedShare) { Formatting.percent($0) } },
            both("top authors") { list($0.topAuthors) },
            both("top categories") { list($0.topCategories) },
            both("top sections") { side in
                // Below a selected section, its own path is left out of its subsections' names.
                let own = side.kind == "section" ? side.selector + SectionPath.separator : nil
                return list(side.topSections.map { count in
                    guard let own, count.name.hasPrefix(own) else { return count }
                    return Comparison.Count(name: "… > " + count.name.dropFirst(own.count), papers: count.papers)
                }, 3)
            },
        ]
        return out
    }

    static func overlapLines(_ c: Comparison) -> [(String, String)] {
        [("shared papers", "\(c.overlap.papers)"), ("shared authors", "\(c.overlap.authors)"),
         ("Jaccard (papers)", defined(c.overlap.jaccardPapers) { Formatting.fixed($0) }),
         ("Jaccard (authors)", defined(c.overlap.jaccardAuthors) { Formatting.fixed($0) }),
         ("association strength", defined(c.overlap.associationStrength) { Formatting.fixed($0) })]
    }

    /// A measure as `format` writes it, or "–" where it is undefined (0/0), as a missing date reads.
    static func defined(_ value: Double?, _ format: (Double) -> String) -> String {
        value.map(format) ?? "–"
    }

    /// A terminal-width table: top lists one name per row, sections by their last heading.
    public static func table(_ c: Comparison) -> String {
        func names(_ counts: [Comparison.Count], sections: Bool) -> [String] {
            counts.prefix(5).map { count in
                let name = sections ? (count.name.components(separatedBy: SectionPath.separator).last ?? count.name) : count.name
                return "\(name) (\(count.papers))"
            }
        }
        var rows = lines(c).filter { !$0.0.hasPrefix("top ") }.map { [$0.0, $0.1, $0.2] }
        for (label, a, b, sections) in [("top authors", c.a.topAuthors, c.b.topAuthors, false),
                                        ("top categories", c.a.topCategories, c.b.topCategories, false),
                                        ("top sections", c.a.topSections, c.b.topSections, true)] {
            let left = names(a, sections: sections), right = names(b, sections: sections)
            for i in 0..<max(left.count, right.count, 1) {
                rows.append([i == 0 ? label : "", i < left.count ? left[i] : (i == 0 ? "–" : ""), i < right.count ? right[i] : (i == 0 ? "–" : "")])
            }
        }
        var out = Formatting.table(["", c.a.selector, c.b.selector], rows, leftAligned: [0, 1, 2])
        out += "\nOverlap\n"
        out += Formatting.table(["", ""], overlapLines(c).map { [$0.0, $0.1] }, leftAligned: [0])
        return out
    }

    public static func markdown(_ c: Comparison) -> String {
        var out = "# \(Formatting.markdownCell(c.a.selector)) vs \(Formatting.markdownCell(c.b.selector))\n\n"
        out += "| | \(Formatting.markdownCell(c.a.selector)) | \(Formatting.markdownCell(c.b.selector)) |\n|---|---|---|\n"
        for (label, a, b) in lines(c) { out += "| \(label) | \(Formatting.markdownCell(a)) | \(Formatting.markdownCell(b)) |\n" }
        out += "\n## Overlap\n\n| | |\n|---|---:|\n"
        for (label, value) in overlapLines(c) { out += "| \(label) | \(value) |\n" }
        if !c.overlap.sharedPapers.isEmpty { out += "\nShared papers: \(c.overlap.sharedPapers.joined(separator: ", ")).\n" }
        out += "\nA category covers papers listed in it as primary or cross-listed; a section covers its subsections. "
        out += "Association strength is observed shared papers over those expected if the two were independent (1 = independent).\n"
        return out
    }
}
