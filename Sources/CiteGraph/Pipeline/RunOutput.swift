import Foundation

/// The groups of files `citegraph run` writes; `--skip` leaves some out (on all of arXiv a user may
/// want the graphs without the centralities, or no 1 GB corpus.json).
public enum RunOutput: String, Sendable, Hashable, CaseIterable {
    /// corpus.json (what `graph`, `timeline`, `stats` and `compare` read back).
    case corpus
    /// graph.graphml, graph.dot: the full typed graph.
    case graph
    /// coauthors.graphml, coauthors.dot.
    case coauthors
    /// categories.graphml, categories.dot.
    case categories
    /// sections.graphml, sections.dot.
    case sections
    /// authors.csv.
    case authors
    /// timeline.csv, timeline.md, timeline.svg.
    case timeline
    /// stats.json (degrees, centralities, communities, Lotka).
    case stats
    /// compare-sections.*, compare-categories.*.
    case compare

    /// Parses a comma-separated list (`stats,compare`), naming the unknown word and the choices.
    public static func parseList(_ text: String) throws -> Set<RunOutput> {
        Set(try parseCommaList(text, naming: "output"))
    }
}
