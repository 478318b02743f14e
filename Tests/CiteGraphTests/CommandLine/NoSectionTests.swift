import CiteGraph
import Foundation
import Testing

/// An ids file has no headings, and a list's entries above its first heading sit under none: no
/// section is made of them (as `--from-feeds` makes none).
@Suite struct NoSectionTests {
    func json(_ path: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? [String: Any])
    }

    func runJSON(_ arguments: [String], in directory: String) throws -> [String: Any] {
        let result = try CiteGraphExecutable.run(
            ["run"] + arguments + ["--offline", "--cache", TestPaths.bundledCache.path, "-o", "out", "--format", "json"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func anIDsFileMakesNoSection() throws {
        let directory = try makeTemporaryDirectory("cli-ids-sections")
        try "2305.18290\n2212.10560\n".write(toFile: directory + "/ids.txt", atomically: false, encoding: .utf8)
        let summary = try runJSON(["--ids", "ids.txt"], in: directory)
        #expect(summary["sections"] as? Int == 0)
        let edges = try #require((summary["edges"] as? [String: Any])?["graph.graphml"] as? [String: Int])
        #expect(edges["listed_in"] == nil)
        #expect(edges["authored"] != nil)
        let graphML = try String(contentsOfFile: directory + "/out/graph.graphml", encoding: .utf8)
        #expect(!graphML.contains(">section</data>"))
        let stats = try json(directory + "/out/stats.json")
        #expect((stats["counts"] as? [String: Any])?["sections"] as? Int == 0)
        #expect((stats["top_sections"] as? [Any])?.isEmpty == true)
    }

    @Test func entriesAboveTheFirstHeadingMakeNoNamelessSection() throws {
        let directory = try makeTemporaryDirectory("cli-list-no-heading")
        try """
        - [DPO](https://arxiv.org/abs/2305.18290)

        ## Later

        - [Self-Instruct](https://arxiv.org/abs/2212.10560)

        """.write(toFile: directory + "/list.md", atomically: false, encoding: .utf8)
        let summary = try runJSON(["list.md"], in: directory)
        #expect(summary["sections"] as? Int == 1)
        let stats = try json(directory + "/out/stats.json")
        let top = try #require(stats["top_sections"] as? [[String: Any]])
        #expect(top.compactMap { $0["name"] as? String } == ["Later"])
        let table = try CiteGraphExecutable.run(["stats", "--corpus", "out/corpus.json"], in: directory)
        let rows = table.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(rows.firstIndex { $0.hasPrefix("Top sections") })
        // Its header, a rule, then a row per section (name, papers) until a blank line; a
        // nameless section's row would be its count alone.
        let rule = try #require(rows[start...].firstIndex { $0.hasPrefix("---") })
        let sectionRows = rows[(rule + 1)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").joined(separator: " ") }
        #expect(sectionRows == ["Later 1"], "\(table.stdout)")
    }
}
