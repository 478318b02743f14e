import Testing
@testable import CiteGraph

/// Issue 8's acceptance: on the synthetic corpus, with its 1000-author collaboration papers, the
/// co-author view stays linear in papers (a collaboration paper would add half a million edges).
@Suite struct SyntheticCoauthorViewTests {
    @Test func collaborationPapersAddNoCoauthorEdges() throws {
        // 5 000 papers: number 4 999 is a collaboration paper with 1000–3000 authors.
        let entries = Array(try SyntheticCorpus(papers: 5_000, seed: 4))
        let collaboration = try #require(entries.last)
        #expect(collaboration.authors.count >= 1_000)

        let options = RunOptions(input: .feeds(directory: "synthetic"))
        let corpus = try CorpusLoader.fromEntries(
            entries, origin: Corpus.Origin(kind: "feeds", source: "synthetic", items: entries.count, entries: entries.count),
            options: options, requests: 0
        ).corpus
        let view = GraphBuilder.build(corpus, view: .coauthor, options: options.graph)

        // Papers of more than 50 authors (GraphOptions.maxAuthors) are left out: the
        // collaboration paper and the few ordinary ones of the heavy tail.
        let large = entries.filter { $0.authors.count > 50 }.map(\.id).sorted()
        #expect(large.contains(collaboration.id) && large.count < 20)
        #expect(view.hyperAuthorPapers == large)
        // At most every pair of authors of every paper of up to 50 authors (fewer when authors
        // share papers or names merge): the bound counts from the input, not from the view.
        let pairBound = entries.map(\.authors.count).filter { $0 <= 50 }.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        #expect(view.graph.edges.count <= pairBound)
        #expect(pairBound < 20 * entries.count)
        #expect(view.graph.edges.count > entries.count)  // and not empty: ordinary papers do add edges
    }
}
