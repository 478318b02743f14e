/// Writes one entry as a complete arXiv-shaped Atom feed (the classic layout, with every namespace
/// declared on the root), for the per-paper cache files. `AtomParser` reads it back to the same
/// entry.
public enum AtomWriter {
    public static func feed(for entry: ArxivEntry, selfURL: String? = nil) -> String {
        let versioned = entry.id.rawValue + (entry.version.map { "v\($0)" } ?? "")
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="\(AtomNamespace.atom)" xmlns:opensearch="\(AtomNamespace.openSearch)" xmlns:arxiv="\(AtomNamespace.arxiv)">

        """
        if let selfURL {
            out += "  <link href=\"\(escapeAttribute(selfURL))\" rel=\"self\" type=\"application/atom+xml\"/>\n"
        }
        out += "  <title type=\"html\">ArXiv Query: search_query=&amp;id_list=\(escapeText(versioned))&amp;start=0&amp;max_results=1</title>\n"
        out += "  <id>http://arxiv.org/api/\(escapeText(versioned))</id>\n"
        if let date = entry.updated ?? entry.published {
            out += "  <updated>\(escapeText(date))</updated>\n"
        }
        out += """
          <opensearch:totalResults>1</opensearch:totalResults>
          <opensearch:startIndex>0</opensearch:startIndex>
          <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
          <entry>

        """
        out += "    <id>http://arxiv.org/abs/\(escapeText(versioned))</id>\n"
        element("updated", entry.updated, into: &out)
        element("published", entry.published, into: &out)
        element("title", entry.title, into: &out)
        element("summary", entry.summary, into: &out)
        for author in entry.authors {
            out += "    <author>\n      <name>\(escapeText(author.name))</name>\n"
            for affiliation in author.affiliations {
                out += "      <arxiv:affiliation>\(escapeText(affiliation))</arxiv:affiliation>\n"
            }
            out += "    </author>\n"
        }
        element("arxiv:doi", entry.doi, into: &out)
        element("arxiv:comment", entry.comment, into: &out)
        element("arxiv:journal_ref", entry.journalRef, into: &out)
        for link in entry.links {
            out += "    <link href=\"\(escapeAttribute(link.href))\""
            if let rel = link.rel { out += " rel=\"\(escapeAttribute(rel))\"" }
            if let type = link.type { out += " type=\"\(escapeAttribute(type))\"" }
            if let title = link.title { out += " title=\"\(escapeAttribute(title))\"" }
            out += "/>\n"
        }
        if let primary = entry.primaryCategory {
            out += "    <arxiv:primary_category term=\"\(escapeAttribute(primary))\" scheme=\"\(AtomNamespace.arxiv)\"/>\n"
        }
        for term in entry.categories + entry.classes {
            out += "    <category term=\"\(escapeAttribute(term))\" scheme=\"\(AtomNamespace.arxiv)\"/>\n"
        }
        out += "  </entry>\n</feed>\n"
        return out
    }

    private static func element(_ name: String, _ value: String?, into out: inout String) {
        guard let value else { return }
        out += "    <\(name)>\(escapeText(value))</\(name)>\n"
    }

    /// XML 1.0 text and attribute escaping is shared with the graph exports (`XMLText`): one
    /// place decides what XML can carry.
    static func escapeText(_ text: String) -> String { XMLText.content(text) }
    static func escapeAttribute(_ text: String) -> String { XMLText.attribute(text) }
}
