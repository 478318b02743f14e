import Foundation
import Testing
@testable import CiteGraph

/// corpus.json is streamed by hand: it must stay byte for byte what JSONEncoder makes of the
/// Codable types (the format users and `CorpusFile.read` rely on).
@Suite struct CorpusJSONTests {
    static func encoderBytes(_ corpus: Corpus) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(corpus) + Data([0x0A])
    }

    /// Strings that need each kind of escape, or none: quotes, backslashes, every control
    /// character, DEL, non-ASCII, `/`, U+2028/U+2029, an emoji, a combining mark.
    static let tricky: [String] = [
        "", "plain", "say \"hi\"", "back\\slash", "a/b </script>", "tab\there", "line\nbreak\r\n",
        String((0..<32).map { Character(Unicode.Scalar(UInt8($0))) }), "del\u{7F}", "José Müller",
        "sep\u{2028}para\u{2029}", "😀 emoji", "e\u{301}", "\u{FEFF}bom \u{FFFD}", "ends with \\",
    ]

    static func trickyCorpus() -> Corpus {
        let ids = ["2301.00001", "2301.00002", "hep-th/9901001"].compactMap { ArxivID($0) }
        let sections = tricky.map { SectionPath([$0, "Sub/section"]) } + [SectionPath([])]
        var papers: [Paper] = []
        for (index, text) in tricky.enumerated() {
            let known = index.isMultiple(of: 2)
            papers.append(Paper(
                arxivID: ids[index % ids.count], version: known ? index : nil, title: text, authors: [text, "B"],
                published: known ? "2023-01-0\(index % 9 + 1)" : nil, publishedDerived: !known,
                updated: known ? nil : "2024-02-29", primaryCategory: known ? "cs.CL" : nil,
                categories: known ? ["cs.CL", "cs.LG"] : [], sections: [sections[index]], links: [text],
                listedTitles: known ? [] : [text], lines: known ? [index, 10_000_000] : [],
                resolution: Resolution(method: Resolution.Method.allCases[index % 5],
                                       score: [1, 0.5, 1.0 / 3, 1e-5, -0.0, 0, 0.1 + 0.2, 1e16, 2.5e-300][index % 9],
                                       matchedTitle: known ? text : nil),
                doi: known ? "10.1000/\(text)" : nil, journalRef: known ? nil : text, comment: known ? text : nil))
        }
        return Corpus(
            origin: .init(kind: "list", source: "lists/awesome \"x\".md", items: 96, entries: 82),
            papers: papers,
            resources: [
                Resource(url: "https://example.org/a?b=c&d", titles: tricky, sections: sections, links: tricky,
                         lines: [1, 2], date: "2023-05-01"),
                Resource(url: "https://example.org/b", titles: []),
            ],
            sections: [
                Section(path: sections[0], papers: ids, resources: ["https://example.org/b"], line: 12),
                Section(path: SectionPath([]), papers: [], resources: []),
            ],
            authors: [
                Author(name: "Ada \"L\" Lovelace", variants: tricky, papers: ids,
                       merges: [.init(variant: "A. Lovelace", reason: "initials\nmatch")]),
                Author(name: "B", variants: [], papers: []),
            ],
            unresolved: [
                Unresolved(title: "t\u{1}", links: tricky, sections: sections, lines: [7], reason: "weak match",
                           candidates: [.init(arxivID: ids[0], title: "c/\"d\"", score: 0.61803398875)]),
                Unresolved(title: "", links: [], reason: ""),
            ],
            diagnostics: [
                Diagnostic(.warning, "odd \"id\" \\ here", line: 3, source: "list.md"),
                Diagnostic(.error, "no line or source"),
            ])
    }

    @Test func trickyCorpusMatchesJSONEncoder() throws {
        let corpus = Self.trickyCorpus()
        let streamed = try CorpusJSON.encode(corpus)
        #expect(streamed == (try Self.encoderBytes(corpus)))
        // And by hand, so the test does not rest on JSONEncoder alone.
        let text = String(decoding: streamed, as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"authors\" : [\n    {\n      \"merges\" : [\n        {\n"))
        #expect(text.contains(#""title" : "say \"hi\"","#))
        #expect(text.contains(#""back\\slash""#))
        #expect(text.contains(#""a/b </script>""#))
        #expect(text.contains(#""\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010"#))
        #expect(text.contains("\"del\u{7F}\""))
        #expect(text.contains("\"sep\u{2028}para\u{2029}\""))
        #expect(text.contains("\"published\" : null,"))
        #expect(text.contains("\"version\" : null\n"))
        #expect(text.contains("\"score\" : 0.3333333333333333\n"))
        #expect(text.contains("\"score\" : -0\n"))
        #expect(text.contains("\"score\" : 1e+16\n"))
        #expect(text.contains("\"score\" : 1e-05\n"))
        #expect(text.contains("\"papers\" : [\n\n      ],"))
        #expect(text.hasSuffix("\n  ]\n}\n"))
    }

    @Test func bundledCorpusMatchesJSONEncoder() throws {
        let corpus = try BundledAnalysisTests.bundledCorpus()
        #expect(corpus.papers.count == 77)
        #expect(try CorpusJSON.encode(corpus) == (try Self.encoderBytes(corpus)))
    }

    @Test func streamedFileReadsBack() throws {
        let folder = try makeTemporaryDirectory("corpus-json")
        var files = try OutputFiles(directory: folder)
        let corpus = Self.trickyCorpus()
        try files.write("corpus.json") { try CorpusJSON.write(corpus, to: &$0) }
        #expect(FileManager.default.contents(atPath: folder + "/corpus.json") == (try Self.encoderBytes(corpus)))
        let back = try CorpusFile.read(folder + "/corpus.json")
        #expect(back.papers.map(\.title) == corpus.papers.map(\.title))
        #expect(back.authors == corpus.authors)
        #expect(back.unresolved == corpus.unresolved)
    }

    /// JSONEncoder refuses NaN and infinities; so does the streaming writer (no file then).
    @Test func nonFiniteScoreThrows() throws {
        var corpus = Self.trickyCorpus()
        corpus.papers[1].resolution.score = .nan
        #expect(throws: (any Error).self) { try CorpusJSON.encode(corpus) }
        let folder = try makeTemporaryDirectory("corpus-json-nan")
        var files = try OutputFiles(directory: folder)
        #expect(throws: (any Error).self) { try files.write("corpus.json") { try CorpusJSON.write(corpus, to: &$0) } }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
