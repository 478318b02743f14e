import CiteGraph
import Foundation
import Testing

/// `citegraph stats` on a corpus and the stats.json `run` wrote with it measure one co-author
/// graph: the same --max-authors cap, and no drawing option (--top, --min-weight, --counting,
/// --normalize) in play.
@Suite struct StatsAgreementTests {
    /// DPO (2305.18290, 6 authors), InstructGPT (2203.02155, 20 authors) and Self-Instruct
    /// (2212.10560, 7 authors) of the bundled cache: three papers with no author in common.
    func runOnThreePapers(in directory: String, _ options: [String]) throws -> [String: Any] {
        try "2305.18290\n2203.02155\n2212.10560\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let made = try CiteGraphExecutable.run(
            ["run", "--ids", "ids.txt", "--offline", "--cache", TestPaths.bundledCache.path, "-o", "out", "--quiet"] + options,
            in: directory)
        #expect(made.status == 0, "\(made.stderr)")
        return try json(String(contentsOfFile: directory + "/out/stats.json", encoding: .utf8))
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func topDegree(_ stats: [String: Any]) -> Double? {
        ((stats["centrality"] as? [String: Any])?["degree"] as? [[String: Any]])?.first?["value"] as? Double
    }

    func communities(_ stats: [String: Any], _ key: String) -> Int? {
        (stats["communities"] as? [String: Any])?[key] as? Int
    }

    @Test func statsOnARunsCorpusEqualsTheRunsStatsJSON() throws {
        let directory = try makeTemporaryDirectory("cli-stats-agree")
        // A cap of 10 leaves InstructGPT's 20 authors without co-author edges; the drawing
        // options would keep 2 nodes and drop every edge (all weigh 1 < 2).
        let written = try runOnThreePapers(in: directory, ["--max-authors", "10", "--top", "2", "--min-weight", "2",
                                                          "--counting", "fractional", "--normalize", "jaccard"])
        // Two cliques (Self-Instruct's 7 authors: degree 6; DPO's 6) and 20 lone authors.
        #expect(topDegree(written) == 6)
        #expect(communities(written, "components") == 22)
        #expect(communities(written, "largest_component") == 7)

        let stats = try CiteGraphExecutable.run(
            ["stats", "--corpus", "out/corpus.json", "--format", "json", "--max-authors", "10"], in: directory)
        #expect(stats.status == 0, "\(stats.stderr)")
        #expect(stats.stdout == (try String(contentsOfFile: directory + "/out/stats.json", encoding: .utf8)))

        // The default cap (50) lets InstructGPT in: its authors have 19 co-authors each.
        let uncapped = try CiteGraphExecutable.run(["stats", "--corpus", "out/corpus.json", "--format", "json"], in: directory)
        #expect(uncapped.status == 0, "\(uncapped.stderr)")
        #expect(topDegree(try json(uncapped.stdout)) == 19)
        #expect(communities(try json(uncapped.stdout), "components") == 3)
    }

    @Test func aNegativeMaxAuthorsIsRefused() throws {
        let directory = try makeTemporaryDirectory("cli-stats-max-authors")
        let result = try CiteGraphExecutable.run(["stats", "--max-authors=-1"], in: directory)
        #expect(result.status == ExitStatus.badInput.rawValue)
        #expect(result.stderr.contains("--max-authors must be 0 or more"))
    }
}
