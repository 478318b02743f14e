import Foundation

/// `corpus.json`: the Corpus as stable, pretty JSON (sorted keys, so reruns are byte-identical).
/// `CorpusFile.read` reads it back.
///
/// Streamed field by field, byte for byte what `JSONEncoder` (`.prettyPrinted`, `.sortedKeys`,
/// `.withoutEscapingSlashes`) makes of the Codable types, with a newline at the end: encoding the
/// whole Corpus first took seconds and a second copy of it in memory on large corpora. Keys are
/// written in sorted (bytewise) order; nil is `null` where an explicit `encode(to:)` writes it
/// (Paper) and left out where the synthesized one does (`encodeIfPresent`).
public enum CorpusJSON {
    /// The whole file in memory.
    public static func encode(_ corpus: Corpus) throws -> Data {
        var sink = ByteSink()
        try write(corpus, to: &sink)
        return Data(sink.bytes)
    }

    public static func write(_ corpus: Corpus, to sink: inout ByteSink) throws {
        var json = PrettyJSONWriter(sink: sink)
        // Hand the buffer back even when a value cannot be written.
        defer { sink = json.sink }
        sink = ByteSink()
        json.beginObject()
        json.key("authors")
        json.beginArray()
        for author in corpus.authors {
            json.element()
            write(author, to: &json)
        }
        json.endArray()
        json.key("diagnostics")
        json.beginArray()
        for diagnostic in corpus.diagnostics {
            json.element()
            write(diagnostic, to: &json)
        }
        json.endArray()
        json.key("origin")
        write(corpus.origin, to: &json)
        json.key("papers")
        json.beginArray()
        for paper in corpus.papers {
            json.element()
            try write(paper, to: &json)
        }
        json.endArray()
        json.key("resources")
        json.beginArray()
        for resource in corpus.resources {
            json.element()
            write(resource, to: &json)
        }
        json.endArray()
        json.key("sections")
        json.beginArray()
        for section in corpus.sections {
            json.element()
            write(section, to: &json)
        }
        json.endArray()
        json.key("unresolved")
        json.beginArray()
        for entry in corpus.unresolved {
            json.element()
            try write(entry, to: &json)
        }
        json.endArray()
        json.endObject()
        json.sink.write(byte: 0x0A)
    }

    private static func write(_ author: Author, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("merges")
        json.beginArray()
        for merge in author.merges {
            json.element()
            json.beginObject()
            json.key("reason")
            json.string(merge.reason)
            json.key("variant")
            json.string(merge.variant)
            json.endObject()
        }
        json.endArray()
        json.key("name")
        json.string(author.name)
        json.key("papers")
        ids(author.papers, to: &json)
        json.key("variants")
        json.strings(author.variants)
        json.endObject()
    }

    private static func write(_ diagnostic: Diagnostic, to json: inout PrettyJSONWriter) {
        json.beginObject()
        if let line = diagnostic.line {
            json.key("line")
            json.int(line)
        }
        json.key("message")
        json.string(diagnostic.message)
        json.key("severity")
        json.string(diagnostic.severity.rawValue)
        if let source = diagnostic.source {
            json.key("source")
            json.string(source)
        }
        json.endObject()
    }

    private static func write(_ origin: Corpus.Origin, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("entries")
        json.int(origin.entries)
        json.key("items")
        json.int(origin.items)
        json.key("kind")
        json.string(origin.kind)
        json.key("source")
        json.string(origin.source)
        json.endObject()
    }

    /// Every key, `null` for unknown values (see `Paper.encode(to:)`).
    private static func write(_ paper: Paper, to json: inout PrettyJSONWriter) throws {
        json.beginObject()
        json.key("arxiv_id")
        json.string(paper.arxivID.rawValue)
        json.key("authors")
        json.strings(paper.authors)
        json.key("categories")
        json.strings(paper.categories)
        json.key("comment")
        json.string(paper.comment)
        json.key("doi")
        json.string(paper.doi)
        json.key("journal_ref")
        json.string(paper.journalRef)
        json.key("lines")
        json.ints(paper.lines)
        json.key("links")
        json.strings(paper.links)
        json.key("listed_titles")
        json.strings(paper.listedTitles)
        json.key("primary_category")
        json.string(paper.primaryCategory)
        json.key("published")
        json.string(paper.published)
        json.key("published_derived")
        json.bool(paper.publishedDerived)
        json.key("resolution")
        json.beginObject()
        if let matched = paper.resolution.matchedTitle {
            json.key("matched_title")
            json.string(matched)
        }
        json.key("method")
        json.string(paper.resolution.method.rawValue)
        json.key("score")
        try json.double(paper.resolution.score)
        json.endObject()
        json.key("sections")
        sections(paper.sections, to: &json)
        json.key("title")
        json.string(paper.title)
        json.key("updated")
        json.string(paper.updated)
        json.key("version")
        json.int(paper.version)
        json.endObject()
    }

    private static func write(_ resource: Resource, to json: inout PrettyJSONWriter) {
        json.beginObject()
        if let date = resource.date {
            json.key("date")
            json.string(date)
        }
        json.key("lines")
        json.ints(resource.lines)
        json.key("links")
        json.strings(resource.links)
        json.key("sections")
        sections(resource.sections, to: &json)
        json.key("titles")
        json.strings(resource.titles)
        json.key("url")
        json.string(resource.url)
        json.endObject()
    }

    private static func write(_ section: Section, to json: inout PrettyJSONWriter) {
        json.beginObject()
        if let line = section.line {
            json.key("line")
            json.int(line)
        }
        json.key("papers")
        ids(section.papers, to: &json)
        json.key("path")
        json.string(section.path.description)
        json.key("resources")
        json.strings(section.resources)
        json.endObject()
    }

    private static func write(_ entry: Unresolved, to json: inout PrettyJSONWriter) throws {
        json.beginObject()
        json.key("candidates")
        json.beginArray()
        for candidate in entry.candidates {
            json.element()
            json.beginObject()
            json.key("arxiv_id")
            json.string(candidate.arxivID.rawValue)
            json.key("score")
            try json.double(candidate.score)
            json.key("title")
            json.string(candidate.title)
            json.endObject()
        }
        json.endArray()
        json.key("lines")
        json.ints(entry.lines)
        json.key("links")
        json.strings(entry.links)
        json.key("reason")
        json.string(entry.reason)
        json.key("sections")
        sections(entry.sections, to: &json)
        json.key("title")
        json.string(entry.title)
        json.endObject()
    }

    private static func ids(_ ids: [ArxivID], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for id in ids {
            json.element()
            json.string(id.rawValue)
        }
        json.endArray()
    }

    private static func sections(_ paths: [SectionPath], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for path in paths {
            json.element()
            json.string(path.description)
        }
        json.endArray()
    }
}
