import Foundation

/// Where test inputs live. The repository root is found from this file's path, so tests work
/// from any working directory.
enum TestPaths {
    static let repoRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // Support
        .deletingLastPathComponent() // CiteGraphTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent()

    /// The project's own fixtures (Tests/CiteGraphTests/Fixtures/...).
    static func fixture(_ relativePath: String) -> URL {
        repoRoot.appendingPathComponent("Tests/CiteGraphTests/Fixtures").appendingPathComponent(relativePath)
    }

    /// `../shared` beside the repository, present on developer machines and in CI, absent in a
    /// user's clone. Tests that need it skip with a message when it is missing.
    static let shared: URL = repoRoot.deletingLastPathComponent().appendingPathComponent("shared")

    static var arxivAPIFixtures: URL? {
        let url = shared.appendingPathComponent("fixtures/arxiv-api")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static var graphMLSchema: URL? {
        let url = shared.appendingPathComponent("data/graphml-xsd")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static let bundledList = repoRoot.appendingPathComponent("examples/awesome-align-llm-human.md")
    static let bundledCache = repoRoot.appendingPathComponent("cache")
}
