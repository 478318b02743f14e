import OrderedCollections

/// Reads a Markdown reading list the way a person does: the heading path above each bullet is
/// its section, every bullet or table row with a link (or an `arXiv:ID`) is an item, and so is
/// each line of a paragraph in a section that links a paper; table-of-contents bullets (links to `#anchors`
/// only) are skipped. Odd Markdown never throws:
/// problems become diagnostics with their lines.
public enum ReadingListParser {
    public static func parse(_ markdown: String, source: String) -> ReadingList {
        let scanner = BlockScanner.scan(markdown)
        var diagnostics = scanner.problems.map { Diagnostic(.warning, $0.message, line: $0.line, source: source) }
        var inline = InlineParser(definitions: scanner.definitions)

        // The document's title (its single `# H1`) is no section of its own.
        let topLevel = scanner.blocks.filter { if case .heading(let h) = $0 { h.level == 1 } else { false } }
        let skipsTitle = topLevel.count == 1

        var open: [(level: Int, title: String)] = []
        var sections = OrderedSet<SectionPath>()
        // Entries between the title and the first section (a list that is one table under its
        // title) are under the title: a section named by it, not a nameless one.
        var documentTitle: String?
        func currentSection() -> SectionPath {
            if open.isEmpty, let documentTitle { return SectionPath([documentTitle]) }
            return SectionPath(open.map(\.title))
        }
        var items = ItemCollector()
        var unlinkedRows: [Int] = []
        // A `<p>Title</p>` line linking nothing, just before: the title of a `<p>` of label links
        // next (HTML makes each its own paragraph, where Markdown has them one line under the other).
        var htmlTitle: [InlineSegment]?
        for (index, block) in scanner.blocks.enumerated() {
            let reported = inline.problems.count
            let titleAbove = htmlTitle
            htmlTitle = nil
            switch block {
            case .heading(let heading):
                let title = InlineText.headingText(of: inline.parse(heading.text))
                open.removeAll { $0.level >= heading.level }
                if skipsTitle && heading.level == 1 {
                    documentTitle = title.isEmpty ? nil : title
                } else if !title.isEmpty {
                    open.append((heading.level, title))
                    sections.append(SectionPath(open.map(\.title)))
                }
                diagnostics += inline.problems[reported...].map { Diagnostic(.warning, $0, line: heading.line, source: source) }
            case .item(let text, let line, let parent):
                // The title is the first paragraph's; links come from every paragraph of the item.
                let paragraphs = text.components(separatedBy: BlockScanner.paragraphBreak).map { InlineText.segments(of: inline.parse($0)) }
                diagnostics += inline.problems[reported...].map { Diagnostic(.warning, $0, line: line, source: source) }
                let section = currentSection()
                let title = Self.title(ofFirstParagraph: paragraphs.first ?? [])
                let item = listItem(paragraphs, title: title, section: section, line: line, source: source, diagnostics: &diagnostics)
                if item != nil, open.isEmpty, documentTitle != nil { sections.append(section) }
                items.addBullet(index, parent: parent, title: title, section: section, line: line, item: item,
                                linksAnything: paragraphs.contains(where: Self.linksAnything))
            case .paragraph(let text, let line):
                // Before the first section is the introduction (`the list of our survey arXiv:…`);
                // a Citation or Contributing section cites, it lists nothing.
                guard let innermost = open.last, !Self.isAboutTheList(innermost.title) else { break }
                let (pieces, lastLine) = paragraphEntries(text, line: line, above: titleAbove, inline: &inline)
                diagnostics += inline.problems[reported...].map { Diagnostic(.warning, $0, line: line, source: source) }
                // (Not a remark, `<p>This section lists methods we like.</p>`, nor a year, `<p>2023</p>`.)
                if HTMLBlock.isParagraphLine(text[...]), !text.contains("\n"), let lastLine, !Self.linksAnything(lastLine),
                   case let title = ItemTitle.compose(lastLine), title.contains(where: \.isLetter), !CitationLine.isSentence(title) {
                    htmlTitle = lastLine
                }
                for piece in pieces {
                    if let item = listItem(piece.lines, title: piece.title, section: currentSection(), line: piece.line,
                                           source: source, diagnostics: &diagnostics) {
                        items.add(item)
                    }
                }
            case .tableRow(let cells, let table, let line):
                // The title cell first (it makes the title), then the others (for their links).
                var cellSegments = cells.map { InlineText.segments(of: inline.parse($0)) }
                diagnostics += inline.problems[reported...].map { Diagnostic(.warning, $0, line: line, source: source) }
                if let titleCell = titleCell(cellSegments, table: table) {
                    cellSegments.insert(cellSegments.remove(at: titleCell), at: 0)
                }
                let title = ItemTitle.compose(cellSegments.first ?? [])
                if let item = listItem(cellSegments, title: title, section: currentSection(), line: line,
                                       source: source, isTableRow: true, diagnostics: &diagnostics) {
                    if open.isEmpty, documentTitle != nil { sections.append(item.section) }
                    items.add(item)
                } else if !title.isEmpty, !cellSegments.contains(where: Self.linksAnything) {
                    unlinkedRows.append(line)
                }
            }
        }
        return ReadingList(source: source, sections: Array(sections), items: items.items, diagnostics: diagnostics,
                           unlinkedLines: (items.unlinkedLines + unlinkedRows).sorted())
    }

    /// The entries of a paragraph written a paper a line (`**Title** [[Paper]](…)`, or a citation
    /// `Title. arXiv:ID`): a line linking a paper starts one, the lines after it without one
    /// (authors, venue) are more of it (their links too), badges and remarks linking no paper make
    /// none. The title is the paper line's own (authors after it would spoil the title match), or,
    /// for a line of links only, the line above it (`**Title**` then `[Paper](…) | [Code](…)`;
    /// `above`: that line when it is the paragraph before). Also returns the last line's segments
    /// when it starts no entry.
    private static func paragraphEntries(_ text: String, line: Int, above: [InlineSegment]?, inline: inout InlineParser)
        -> (pieces: [(lines: [[InlineSegment]], line: Int, title: String)], lastLine: [InlineSegment]?) {
        var pieces: [(lines: [[InlineSegment]], line: Int, title: String)] = []
        var above = above
        let lines = text.components(separatedBy: "\n")
        for (offset, lineText) in lines.enumerated() {
            let segments = InlineText.segments(of: inline.parse(lineText))
            // A citation line whose sentence goes on into the next line (`…, arXiv:ID` then `and …`)
            // is prose; authors under a title (`by A. Author`) are not its sentence.
            let next = lines.indices.contains(offset + 1) ? lines[offset + 1].trimmingWhitespace() : ""
            let continues = next.first?.isLowercase == true && !next.hasPrefix("by ")
            if linksPaper(segments), startsLikeAnEntry(lineText) {
                // A links-only line with no title above has none (`Paper` is a label, arXiv names it).
                // (`**Title**. arXiv:ID`, `[1] Title. arXiv:ID`: a citation's title, without the id.)
                let title = isLinksOnly(segments) ? above.map(ItemTitle.compose) ?? ""
                    : citationTitle(segments) ?? ItemTitle.compose(segments)
                pieces.append(([segments], line + offset, title))
                above = nil
            } else if !continues, let title = citationTitle(segments),
                      !(pieces.last.map { isMore(segments, titled: title, of: $0.lines, titled: $0.title) } ?? false) {
                pieces.append(([segments], line + offset, title))
                above = nil
            } else {
                if !pieces.isEmpty { pieces[pieces.count - 1].lines.append(segments) }
                above = segments
            }
        }
        return (pieces, above)
    }

    /// Whether a citation line under an entry is more of it: the entry's paper by its id (the
    /// entry names this arXiv paper, or none, as one linked at its venue, and the line cites it by
    /// the entry's title or by its authors and venue), not the next paper.
    private static func isMore(_ citation: [InlineSegment], titled citationTitle: String,
                               of entry: [[InlineSegment]], titled entryTitle: String) -> Bool {
        let named = Set(entry.flatMap { arxivIDs($0) })
        guard named.isEmpty else { return named == Set(arxivIDs(citation)) }
        // `LIMA … [[NeurIPS]](…)` then `Training language models … arXiv:2203.02155`: another paper.
        return looksLikeAuthors(citationTitle) || sharesTitleWords(citationTitle, entryTitle)
    }

    /// `Rafailov, R., Sharma, A., et al. NeurIPS 2023`: initials or `et al.`, no title.
    private static func looksLikeAuthors(_ text: String) -> Bool {
        text.contains("et al") || text.matches(of: /\b\p{Lu}\.(,|\s|$)/).count >= 2
    }

    /// Whether half the longer words of the shorter title are words of the other.
    private static func sharesTitleWords(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count >= 4 })
        }
        let (x, y) = (words(a), words(b))
        let shorter = min(x.count, y.count)
        return shorter > 0 && x.intersection(y).count * 2 >= shorter
    }

    /// The arXiv ids a line names, by its links and by `arXiv:ID` in its text.
    private static func arxivIDs(_ segments: [InlineSegment]) -> [ArxivID] {
        segments.flatMap { segment -> [ArxivID] in
            switch segment {
            case .link(_, let url, _): ArxivURL.id(fromURL: url).map { [$0.id] } ?? []
            case .text(let text): ArxivURL.ids(inText: text).map(\.id)
            case .image: []
            }
        }
    }

    /// The title of a line citing a paper by its `arXiv:ID` alone, no link to it (`CitationLine`).
    private static func citationTitle(_ segments: [InlineSegment]) -> String? {
        let linksOne = segments.contains { if case .link(_, let url, _) = $0 { LinkClassifier.namesPaper(url) } else { false } }
        guard !linksOne, linksPaper(segments) else { return nil }
        return CitationLine.title(of: ItemTitle.compose(segments))
    }

    /// A bullet's title: its text without label links, or the title of a citation it is
    /// (`Title, arXiv:ID (2022)` → `Title`: the id is its link, not part of its name).
    private static func title(ofFirstParagraph segments: [InlineSegment]) -> String {
        citationTitle(segments) ?? ItemTitle.compose(segments)
    }

    /// Whether a paragraph line starts as a listed paper does, with its title in bold or a link
    /// (`**Title** [[Paper]](…)`, `🔥 [Title](…)`, `<a href=…>`), past any emoji and tags: a sentence
    /// citing a paper (`This list builds on [Sparks](…)`) or a footnote (`[^1]: …`) does not.
    private static func startsLikeAnEntry(_ line: String) -> Bool {
        var rest = Substring(line)
        while true {
            rest = rest.drop { $0.isWhitespace || ($0.isSymbol && $0 != "<") || $0.unicodeScalars.first?.properties.isEmojiPresentation == true }
            guard rest.hasPrefix("<"), !rest.lowercased().hasPrefix("<a "), let close = rest.firstIndex(of: ">") else { break }
            rest = rest[rest.index(after: close)...]
        }
        if rest.hasPrefix("[^") { return false }
        return rest.hasPrefix("**") || rest.hasPrefix("__") || rest.hasPrefix("[") || rest.lowercased().hasPrefix("<a ")
    }

    /// Headings of sections about the list itself, whose paragraphs cite rather than list.
    private static func isAboutTheList(_ heading: String) -> Bool {
        heading.lowercased().contains(/citation|cite|citing|contribut|licen[cs]e|acknowledg|star history|contact/)
    }

    /// Whether inline text links anywhere (an `#anchor` too) or names an arXiv paper.
    private static func linksAnything(_ segments: [InlineSegment]) -> Bool {
        links(segments) { _ in true }
    }

    /// Whether inline text links a paper (arXiv, a venue) or names one (`arXiv:2305.18290`).
    private static func linksPaper(_ segments: [InlineSegment]) -> Bool {
        links(segments, where: LinkClassifier.namesPaper)
    }

    /// Whether inline text has a link whose URL `counts`, or an `arXiv:ID` in its words.
    private static func links(_ segments: [InlineSegment], where counts: (String) -> Bool) -> Bool {
        segments.contains { segment in
            switch segment {
            case .link(_, let url, _): counts(url)
            case .text(let text): !ArxivURL.ids(inText: text).isEmpty
            case .image: false
            }
        }
    }

    /// A line of label links (`[Paper]`, `[Code]`), separators and pictures (emoji, `:black_nib:`
    /// shortcodes), with no words of its own.
    private static func isLinksOnly(_ segments: [InlineSegment]) -> Bool {
        segments.allSatisfy { segment in
            switch segment {
            case .text(let text):
                text.replacing(/:[a-z0-9_+\-]+:/, with: "").allSatisfy { $0.isWhitespace || $0.isPunctuation || $0.isSymbol }
            case .link(let text, _, let pictured): pictured || ItemTitle.isLabel(text)
            case .image: true
            }
        }
    }

    /// The cell a table row's title comes from: the title column's (`Table.titleColumn`) when it
    /// holds one, else the first cell that does; a cell holding only `[arXiv](…)` or `[Code](…)`
    /// holds none.
    private static func titleCell(_ cells: [[InlineSegment]], table: Table) -> Int? {
        func holdsTitle(_ index: Int) -> Bool {
            let title = ItemTitle.compose(cells[index])
            return !title.isEmpty && !ItemTitle.isLabel(title)
        }
        if let column = table.titleColumn, cells.indices.contains(column), holdsTitle(column) { return column }
        // Without a Title column, a cell that is a link to the paper with its title for text beats
        // a date or a presenter before it (`| 16/10/19 | [Utility is …](arxiv…) |`).
        func linksPaperByTitle(_ index: Int) -> Bool {
            let meaningful = ItemTitle.meaningfulSegments(cells[index])
            guard meaningful.count == 1, case .link(let text, let url, false) = meaningful[0] else { return false }
            return !ItemTitle.isLabel(text) && text.split(separator: " ").count >= 3 && LinkClassifier.namesPaper(url)
        }
        return cells.indices.first(where: linksPaperByTitle) ?? cells.indices.first(where: holdsTitle)
    }

    /// The item a bullet or table row makes, or nil when it links nowhere (or only to `#anchors`: a
    /// table of contents; or only to pages of its own repository, or an e-mail address).
    /// `title`: `ItemTitle.compose` of the first paragraph.
    private static func listItem(_ paragraphs: [[InlineSegment]], title: String, section: SectionPath, line: Int, source: String,
                                 isTableRow: Bool = false, diagnostics: inout [Diagnostic]) -> ListItem? {
        let segments = paragraphs.flatMap { $0 }
        var links: [ListLink] = []
        for case .link(let text, let url, _) in segments {
            let url = url.trimmingWhitespace()
            guard !url.isEmpty, !url.hasPrefix("#"), LinkClassifier.isExternal(url) else { continue }
            let link = ListLink(text: text, url: url)
            if !links.contains(link) { links.append(link) }
        }
        // Paragraphs apart: `arXiv:ID` ending one must not run into the next one's first word.
        let plain = paragraphs.map { paragraph in
            paragraph.map { segment -> String in
                switch segment {
                case .text(let text): text
                case .link(let text, _, _): text
                case .image(let alt): alt
                }
            }.joined()
        }.joined(separator: "\n")
        for link in links {
            if let problem = ArxivURL.problem(inURL: link.url) {
                diagnostics.append(Diagnostic(.warning, problem, line: line, source: source))
            }
        }
        for problem in ArxivURL.problems(inText: plain) {
            diagnostics.append(Diagnostic(.warning, problem, line: line, source: source))
        }
        // `arXiv:ID` written in the text names the paper when no link does: it becomes a link too,
        // so that every later stage finds the paper among the item's links (each one named).
        if !links.contains(where: { ArxivURL.id(fromURL: $0.url) != nil }) {
            for mentioned in ArxivURL.ids(inText: plain) {
                let versioned = mentioned.id.rawValue + (mentioned.version.map { "v\($0)" } ?? "")
                let link = ListLink(text: "arXiv:" + versioned, url: "https://arxiv.org/abs/" + versioned)
                if !links.contains(link) { links.append(link) }
            }
        }
        guard !links.isEmpty else { return nil }
        return ListItem(title: title, links: links, section: section, line: line,
                        readings: ItemTitle.readings(paragraphs.first ?? []), isTableRow: isTableRow)
    }
}
