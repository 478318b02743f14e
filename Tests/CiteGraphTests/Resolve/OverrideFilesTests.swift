import Foundation
import Testing
@testable import CiteGraph

@Suite struct OverrideFilesTests {
    @Test func pinsFileLoads() throws {
        let pins = try ResolvePins.load(path: TestPaths.fixture("resolve/pins.tsv").path)
        let selfInstruct = EntryResolverTests.venue("https://aclanthology.org/2023.acl-long.754", "Self-Instruct")
        #expect(pins.pin(for: selfInstruct)?.id?.rawValue == "2212.10560")
        #expect(pins.pin(for: selfInstruct)?.origin.hasSuffix("pins.tsv:2") == true)
        let adalora = EntryResolverTests.venue("https://openreview.net/forum?id=lq62uWRJjiY",
                                               "Adaptive budget allocation for parameter-efficient fine-tuning")
        #expect(pins.pin(for: adalora)?.id?.rawValue == "2303.10512")
        #expect(pins.pin(for: adalora)?.version == 2)
        let oig = EntryResolverTests.venue("https://laion.ai/blog/oig-dataset/", "The OIG Dataset")
        #expect(pins.pin(for: oig) == ResolvePins.Pin(id: nil, origin: TestPaths.fixture("resolve/pins.tsv").path + ":4"))
        #expect(pins.pin(for: EntryResolverTests.venue("https://example.org/x", "Other")) == nil)
    }

    @Test func aliasesFileLoadsAndApplies() throws {
        let aliases = try AuthorAliases.load(path: TestPaths.fixture("resolve/aliases.tsv").path)
        let papers = try BundledCacheEntries.load()
        let resolution = AuthorResolver.resolve(papers, sections: [:], aliases: aliases)
        let merged = resolution.authors.filter { $0.variants.count > 1 }.map(\.name)
        // Ed Chi is split off; Wen-tau Yih is joined to Scott Wen-tau Yih by the alias.
        #expect(merged == ["Quoc V. Le", "Scott Wen-tau Yih"])
        let yih = try #require(resolution.authors.first { $0.name == "Scott Wen-tau Yih" })
        #expect(yih.merges.first?.reason.hasSuffix("aliases.tsv:3") == true)
        #expect(resolution.authors.contains { $0.name == "Ed Chi" })
        #expect(resolution.authors.contains { $0.name == "Ed H. Chi" })
    }

    @Test func unreadableFilesNameTheirPath() {
        #expect(throws: CiteGraphError.self) { try ResolvePins.load(path: "/nonexistent/pins.tsv") }
        let error = #expect(throws: CiteGraphError.self) { try AuthorAliases.load(path: "/nonexistent/aliases.tsv") }
        #expect(error?.message.hasPrefix("cannot read --aliases file '/nonexistent/aliases.tsv'") == true)
        #expect(error?.exitCode == .badInput)
    }
}
