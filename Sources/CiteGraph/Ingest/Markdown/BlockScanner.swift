/// Reads a document line by line into the blocks a reading list is made of: headings, list items
/// and table rows (with their raw inline text; HTML tables and lists too, see `HTMLRegion`),
/// reference definitions, and what to skip (fenced and indented code, HTML comments and other
/// HTML blocks, thematic breaks, plain paragraphs).
struct BlockScanner {
    enum Block: Sendable, Hashable {
        case heading(Heading)
        /// A list item: its text (continuation lines joined with newlines), first line, and the
        /// index in `blocks` of the item it is nested in.
        case item(text: String, line: Int, parent: Int?)
        /// A body row of a table: its cells (raw inline text) and the table's header.
        case tableRow(cells: [String], table: Table, line: Int)
        /// A paragraph outside any list: its lines joined with newlines, and its first line.
        case paragraph(text: String, line: Int)
    }

    /// Separates the paragraphs of one item's text.
    static let paragraphBreak = "\n\n"

    private(set) var blocks: [Block] = []
    private(set) var definitions = ReferenceDefinitions()
    private(set) var problems: [(line: Int, message: String)] = []

    private struct OpenItem {
        let contentIndent: Int
        let block: Int
    }

    private var fence: CodeFence?
    private var comments = HTMLCommentStripper()
    private var openItems: [OpenItem] = []
    /// Lines of the paragraph outside any list, which a setext underline turns into a heading.
    private var paragraph: (lines: [Substring], start: Int)?
    private var previousLineBlank = true
    private var inIndentedCode = false
    /// The table whose body rows the next lines are, until a blank line or another block.
    private var table: Table?
    /// A table or list written in HTML, while it is open.
    private var html = HTMLRegion()

    static func scan(_ text: String) -> BlockScanner {
        var scanner = BlockScanner()
        for line in SourceLine.lines(of: text) { scanner.read(line) }
        scanner.finish()
        return scanner
    }

    private mutating func read(_ line: SourceLine) {
        if let open = fence {
            if open.isClosed(by: Indentation(of: line.text).rest) { fence = nil }
            return
        }
        let (visible, removedComment) = comments.strip(line)
        if removedComment, visible.allSatisfy(\.isWhitespace) { return }

        let indentation = Indentation(of: Self.withoutBlockQuoteMarkers(visible))
        let text = indentation.rest
        let indent = indentation.columns
        if indentation.isBlank {
            previousLineBlank = true
            flushParagraph()
            table = nil
            return
        }
        defer { previousLineBlank = false }

        if html.isOpen {
            if indent <= 3, Heading.readATX(text, line: line.number) != nil {
                html.close(into: &blocks)
            } else if !Self.isMarkdownInsideHTML(text, indent: indent) {
                return html.read(text, line: line.number, into: &blocks)
            }
            // Markdown bullets or a pipe table inside a cell (`<td>`, blank line, `- [A](…)`): read as
            // Markdown, each bullet an entry, as GitHub renders them.
        }
        if inIndentedCode, indent >= 4 { return }
        inIndentedCode = false
        if indent >= 4, openItems.isEmpty, paragraph == nil {
            inIndentedCode = true
            return
        }
        if let opened = CodeFence.opening(text, line: line.number) {
            closeItems(deeperThan: indent)
            flushParagraph()
            table = nil
            fence = opened
            return
        }
        if let table, indent <= 3, !Self.startsOtherBlock(text, indent: indent) {
            blocks.append(.tableRow(cells: (Table.cells(of: text) ?? [text]).map { String($0) }, table: table, line: line.number))
            return
        }
        table = nil
        // A table's header is a one-line paragraph outside any list; this line, its delimiter row.
        if indent <= 3, openItems.isEmpty, let paragraph, paragraph.lines.count == 1,
           let opened = Table.opening(headerLine: paragraph.lines[0], delimiterLine: text) {
            self.paragraph = nil
            table = opened
            return
        }
        if indent <= 3, let heading = Heading.readATX(text, line: line.number) ?? Heading.readHTML(text, line: line.number) {
            endList()
            blocks.append(.heading(heading))
            return
        }
        if indent <= 3, let paragraph, let level = Heading.setextLevel(ofUnderline: text) {
            let title = paragraph.lines.map { $0.trimmingWhitespace() }.joined(separator: "\n")
            blocks.append(.heading(Heading(level: level, text: title, line: paragraph.start)))
            self.paragraph = nil
            return
        }
        if indent <= 3, ThematicBreak.matches(text) {
            endList()
            return
        }
        if let definition = ReferenceDefinition.read(text.trimmingWhitespace()) {
            definitions.add(definition)
            return
        }
        if let marker = ListMarker.read(text, column: indent), startsItem(marker) {
            closeItems(deeperThan: indent)
            flushParagraph()
            let parent = openItems.last?.block
            openItems.append(OpenItem(contentIndent: indent + marker.contentOffset, block: blocks.count))
            blocks.append(.item(text: String(Self.withoutTaskBox(marker.content)), line: line.number, parent: parent))
            return
        }
        if indent <= 3, HTMLRegion.opens(text) {
            endList()
            table = nil
            return html.read(text, line: line.number, into: &blocks)
        }
        if HTMLBlock.starts(text) {
            // `<details>`, `<summary>…</summary>`: markup between parts of the list, not item text;
            // but a `<summary>` or `<p>` holding a link is a line of its own, read as a paragraph's
            // (`<summary><a href=…>Title</a></summary>`: a paper, its abstract folded below), and so
            // is any `<p>` line (`<p>Title</p>`: the title of a `<p>` of links next).
            closeItems(deeperThan: indent)
            flushParagraph()
            if HTMLBlock.isTextLine(text), HTMLBlock.isParagraphLine(text) || text.range(of: "href", options: .caseInsensitive) != nil {
                blocks.append(.paragraph(text: String(text), line: line.number))
            }
            return
        }
        readText(text, indent: indent, line: line.number)
    }

    /// A line of text: more of the open item (a lazy continuation, or a new paragraph indented
    /// under it after a blank line), else a paragraph outside the list.
    private mutating func readText(_ text: Substring, indent: Int, line: Int) {
        if !openItems.isEmpty {
            if previousLineBlank {
                closeItems(deeperThan: indent)
            }
            if let item = openItems.last, case .item(let existing, let itemLine, let parent) = blocks[item.block] {
                let separator = previousLineBlank ? Self.paragraphBreak : "\n"
                blocks[item.block] = .item(text: existing + separator + text.trimmingWhitespace(), line: itemLine, parent: parent)
                return
            }
        }
        if paragraph == nil {
            paragraph = ([text], line)
        } else {
            paragraph?.lines.append(text)
        }
    }

    /// A Markdown bullet or pipe-table row written inside an HTML table or list.
    private static func isMarkdownInsideHTML(_ text: Substring, indent: Int) -> Bool {
        guard text.first != "<" else { return false }
        if text.first == "|" { return true }
        return ListMarker.read(text, column: indent).map { !$0.isEmpty } == true
    }

    /// Whether a line ends a table by starting another block (GFM: a heading, quote, fence,
    /// thematic break, list item or HTML block).
    private static func startsOtherBlock(_ text: Substring, indent: Int) -> Bool {
        Heading.readATX(text, line: 0) != nil || ThematicBreak.matches(text) || HTMLBlock.starts(text)
            || ListMarker.read(text, column: indent).map { !$0.isEmpty } == true
    }

    /// CommonMark: an empty item, or a numbered one not starting at 1, cannot interrupt a paragraph.
    private func startsItem(_ marker: ListMarker) -> Bool {
        guard paragraph != nil else { return true }
        if marker.isEmpty { return false }
        if case .ordered(let start) = marker.kind, start != 1 { return false }
        return true
    }

    /// Closes the items a line at `indent` is not inside of.
    private mutating func closeItems(deeperThan indent: Int) {
        while let last = openItems.last, last.contentIndent > indent { openItems.removeLast() }
    }

    private mutating func endList() {
        openItems.removeAll()
        flushParagraph()
    }

    /// Hands on the paragraph that just ended (one a setext underline or a table's delimiter row
    /// turns into a heading or a header is not: it was used up).
    private mutating func flushParagraph() {
        if let paragraph {
            blocks.append(.paragraph(text: paragraph.lines.map(String.init).joined(separator: "\n"), line: paragraph.start))
        }
        paragraph = nil
    }

    private mutating func finish() {
        html.close(into: &blocks)
        flushParagraph()
        if let fence {
            problems.append((fence.line, "code fence opened here is never closed; the rest of the file was read as code"))
        }
        if let line = comments.openedAtLine {
            problems.append((line, "HTML comment opened here is never closed; the rest of the file was ignored"))
        }
    }

    /// `[ ] Title`, `[x] Title` (a GitHub task list) → `Title`.
    private static func withoutTaskBox(_ content: Substring) -> Substring {
        for box in ["[ ]", "[x]", "[X]"] where content.hasPrefix(box) {
            let rest = content.dropFirst(3)
            if rest.isEmpty || rest.first == " " || rest.first == "\t" { return rest.trimmingWhitespace() }
        }
        return content
    }

    /// `> text` → `text` (quotes are read as if unquoted).
    private static func withoutBlockQuoteMarkers(_ line: Substring) -> Substring {
        var rest = line
        while true {
            let indentation = Indentation(of: rest)
            guard indentation.columns <= 3, indentation.rest.first == ">" else { return rest }
            rest = indentation.rest.dropFirst()
            if rest.first == " " { rest = rest.dropFirst() }
        }
    }
}

/// Block-level HTML (CommonMark's kind 6): a line starting with one of these tags.
enum HTMLBlock {
    private static let tags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "div",
        "dl", "dt", "dd", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
        "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]

    /// A `<summary>` or `<p>` line: text, where the other block tags are structure.
    static func isTextLine(_ text: Substring) -> Bool {
        let lowered = text.lowercased()
        return ["<summary", "<p>", "<p "].contains(where: lowered.hasPrefix)
    }

    /// A `<p>` line.
    static func isParagraphLine(_ text: Substring) -> Bool {
        let lowered = text.prefix(3).lowercased()
        return lowered == "<p>" || lowered == "<p "
    }

    static func starts(_ text: Substring) -> Bool {
        guard text.first == "<" else { return false }
        var name = text.dropFirst()
        if name.first == "/" { name = name.dropFirst() }
        let tag = name.prefix(while: { $0.isASCII && ($0.isLetter || $0.isNumber) }).lowercased()
        let after = name.dropFirst(tag.count).first
        return tags.contains(tag) && (after == nil || after == ">" || after == " " || after == "/" || after == "\t")
    }
}
