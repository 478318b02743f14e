import Foundation
import Testing
@testable import CiteGraph

/// The whole Resolve stage over the bundled list and cache snapshot.
@Suite struct BundledListResolveTests {
    static func corpus() throws -> (Corpus, EntryResolution) {
        let list = try ReadingList.load(path: TestPaths.bundledList.path)
        let cached = try BundledCacheEntries.load()
        let index = TitleIndex(cached)
        let searcher = FakeArxivSearch(entries: [])
        let resolution = try EntryResolver.resolve(list.entries(), index: index, searcher: searcher, options: .init())
        #expect(searcher.queries.isEmpty)
        let corpus = CorpusBuilder.build(
            origin: Corpus.Origin(kind: "list", source: list.source, items: list.items.count, entries: list.entries().count),
            resolution: resolution, entries: index.entries, aliases: .init(),
            resourceDate: ResourceDate.date(fromURL:), sectionOrder: list.sections)
        return (corpus, resolution)
    }

    @Test func everyPaperResolvesWithoutSearching() throws {
        let (corpus, resolution) = try Self.corpus()
        #expect(resolution.searches == 0)
        #expect(corpus.unresolved.isEmpty)
        #expect(corpus.papers.count == 77)
        let byMethod = Dictionary(grouping: corpus.papers, by: \.resolution.method).mapValues(\.count)
        #expect(byMethod == [.direct: 60, .cacheTitle: 17])
        let adalora = try #require(corpus.papers.first { $0.arxivID.rawValue == "2303.10512" })
        #expect(adalora.resolution.method == .cacheTitle)
        #expect(adalora.listedTitles == ["Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning"])
        #expect(adalora.sections == [SectionPath(["Alignment Training", "Parameter-Efficient Training"])])
    }

    @Test func authorsCSVShowsTheTwoMergesWithReasons() throws {
        let (corpus, _) = try Self.corpus()
        let merged = corpus.authors.filter { !$0.merges.isEmpty }.map(\.name)
        #expect(merged == ["Ed H. Chi", "Quoc V. Le"])
        let csv = AuthorsCSV.write(corpus)
        let rows = csv.split(separator: "\n").filter { $0.hasPrefix("Ed H. Chi,") || $0.hasPrefix("Quoc V. Le,") }
        #expect(rows.count == 2)
        #expect(rows.first?.contains("\"Ed Chi: 'Ed Chi' and 'Ed H. Chi': same given name 'Ed', differ only by a middle name or initial\"") == true)
        #expect(rows.last?.contains("\"Quoc Le: 'Quoc Le' and 'Quoc V. Le': same given name 'Quoc', differ only by a middle name or initial\"") == true)
    }

    @Test func sectionsFollowTheDocument() throws {
        let (corpus, _) = try Self.corpus()
        #expect(corpus.sections.first?.path == SectionPath(["Related Surveys"]))
        #expect(corpus.sections.first?.papers.map(\.rawValue) == ["2303.18223", "2306.13549", "2307.03109", "2307.10169"])
        let lines = corpus.sections.compactMap(\.line)
        #expect(lines == lines.sorted())
        #expect(corpus.resources.contains { $0.url.contains("lmsys.org/blog/2023-03-30-vicuna") && $0.date == "2023-03-30" })
    }
}
