/// Namespaces of an arXiv feed, matched by URI (classic feeds redeclare prefixes per element).
enum AtomNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    static let arxiv = "http://arxiv.org/schemas/atom"
    static let openSearch = "http://a9.com/-/spec/opensearch/1.1/"
}

/// An entry that cannot be an arXiv entry; the parser adds the line and column.
struct AtomEntryProblem: Error {
    var message: String
}

/// Turns the reader's events into `ArxivFeedInfo` and one `ArxivEntry` at a time.
final class AtomFeedHandler: XMLStreamHandler {
    private enum Tag: Int, CaseIterable {
        case feed, entry, id, title, summary, author, name, affiliation, published, updated
        case link, category, primaryCategory, comment, journalRef, doi
        case totalResults, startIndex, itemsPerPage
    }

    private let onEntry: (ArxivEntry) throws -> Void
    /// `Tag(rawValue:)` by index (raw values are the declaration order, as in `allCases`): the
    /// synthesized initializer was a call on every event.
    private let tagsByRawValue = Tag.allCases
    private(set) var info = ArxivFeedInfo()
    private(set) var entryCount = 0

    // Touched on every event: no dynamic exclusivity checks (one thread, never re-entered).
    @exclusivity(unchecked) private var inEntry = false
    @exclusivity(unchecked) private var inAuthor = false
    /// The entry being read, its fields filled in place (id and version last, from `idBytes`):
    /// handed on by swapping in an empty one, so it is neither copied nor rebuilt.
    @exclusivity(unchecked) private var entry = AtomFeedHandler.emptyEntry
    @exclusivity(unchecked) private var authorName = ""
    @exclusivity(unchecked) private var authorAffiliations: [String] = []
    /// How each `<category term>` seen so far was sorted: a feed repeats a few hundred terms at
    /// most, so each is sorted once (a linear search of the terms seen cost more than the rest of
    /// the entry on a 100k-entry feed).
    @exclusivity(unchecked) private var sortedTerms: [String: SortedTerm] = [:]
    private static let sortedTermsLimit = 4096
    /// The lists of the entry handed on last, emptied, for the next one.
    @exclusivity(unchecked) private var spare = SpareLists()
    /// The text of the entry's `<id>`, empty while it has none (an id is only taken apart, never
    /// kept as it is, so it is read as bytes, swapped in from the reader's buffer).
    @exclusivity(unchecked) private var idBytes: [UInt8] = []

    init(onEntry: @escaping (ArxivEntry) throws -> Void) {
        self.onEntry = onEntry
    }

    func rootElement(namespace: String?, localName: String) throws {
        if localName == "feed", namespace == AtomNamespace.atom { return }
        if localName.lowercased() == "html" {
            throw AtomError.notAtom(kind: "HTML page", excerpt: "root element <\(localName)>")
        }
        let qualified = namespace.map { "{\($0)}\(localName)" } ?? localName
        throw AtomError.notAtom(kind: "XML but not an Atom feed", excerpt: "root element <\(qualified)>")
    }

    func interest(namespace: String?, localName: String) -> XMLInterest {
        // Elements read for their text are reported at their end only.
        func text(_ tag: Tag, interned: Bool = false) -> XMLInterest {
            XMLInterest(tag: tag.rawValue, notifiesStart: false, text: .collapsed, interned: interned)
        }
        // Elements read for their attributes are reported at their start only.
        func attributes(_ tag: Tag, _ names: [String]) -> XMLInterest {
            XMLInterest(tag: tag.rawValue, notifiesEnd: false, attributeNames: names)
        }
        func plain(_ tag: Tag) -> XMLInterest { XMLInterest(tag: tag.rawValue) }
        switch (namespace, localName) {
        case (AtomNamespace.atom, "feed"): return plain(.feed)
        case (AtomNamespace.atom, "entry"): return plain(.entry)
        case (AtomNamespace.atom, "author"): return plain(.author)
        case (AtomNamespace.atom, "id"):
            return XMLInterest(tag: Tag.id.rawValue, notifiesStart: false, text: .collapsed, deliversBytes: true)
        case (AtomNamespace.atom, "title"): return text(.title)
        case (AtomNamespace.atom, "summary"): return text(.summary)
        case (AtomNamespace.atom, "name"): return text(.name)
        case (AtomNamespace.atom, "published"): return text(.published)
        case (AtomNamespace.atom, "updated"): return text(.updated)
        case (AtomNamespace.atom, "link"): return attributes(.link, ["href", "rel", "type", "title"])
        case (AtomNamespace.atom, "category"): return attributes(.category, ["term"])
        // Affiliations and comments (`10 pages, 4 figures`) repeat across a feed: equal ones
        // share one String.
        case (AtomNamespace.arxiv, "affiliation"): return text(.affiliation, interned: true)
        case (AtomNamespace.arxiv, "primary_category"): return attributes(.primaryCategory, ["term"])
        case (AtomNamespace.arxiv, "comment"): return text(.comment, interned: true)
        case (AtomNamespace.arxiv, "journal_ref"): return text(.journalRef)
        case (AtomNamespace.arxiv, "doi"): return text(.doi)
        case (AtomNamespace.openSearch, "totalResults"): return text(.totalResults)
        case (AtomNamespace.openSearch, "startIndex"): return text(.startIndex)
        case (AtomNamespace.openSearch, "itemsPerPage"): return text(.itemsPerPage)
        default: return .ignore
        }
    }

    func start(tag rawTag: Int) throws {
        guard tagsByRawValue.indices.contains(rawTag) else { return }
        let tag = tagsByRawValue[rawTag]
        switch tag {
        case .entry:
            // An unfinished entry followed by another `<entry>`: what it held is dropped.
            if inEntry { entry = Self.emptyEntry }
            inEntry = true
            idBytes.removeAll(keepingCapacity: true)
            // The last entry's lists when nobody kept them, else room for a typical entry up
            // front, instead of regrowing each list.
            spare.lend(to: &entry)
        case .author where inEntry:
            inAuthor = true
            authorName = ""
            authorAffiliations = []
        default:
            break
        }
    }

    func start(tag rawTag: Int, attributes: consuming XMLAttributeValues) throws {
        guard tagsByRawValue.indices.contains(rawTag) else { return }
        let tag = tagsByRawValue[rawTag]
        switch tag {
        case .link where inEntry:
            // href, rel, type, title
            guard let href = attributes.first.take() else { return }
            entry.links.append(ArxivLink(
                href: href, rel: attributes.second.take(), type: attributes.third.take(), title: attributes.fourth.take()))
        case .category where inEntry:
            guard let term = attributes.first.take() else { return }
            switch sortedTerms[term] {
            case .category(let code)?: entry.categories.append(code)
            case .classes(let classes)?: entry.classes.append(contentsOf: classes)
            case nil:
                let (categoryCount, classCount) = (entry.categories.count, entry.classes.count)
                Self.sort(term: term, into: &entry)
                guard sortedTerms.count < Self.sortedTermsLimit else { break }
                sortedTerms[term] = entry.categories.count > categoryCount
                    ? .category(entry.categories[categoryCount])
                    : .classes(Array(entry.classes[classCount...]))
            }
        case .primaryCategory where inEntry:
            entry.primaryCategory = attributes.first.take().map(Self.trimmed)
        default:
            break
        }
    }

    func end(tag rawTag: Int, text: consuming String?) throws {
        guard tagsByRawValue.indices.contains(rawTag) else { return }
        let tag = tagsByRawValue[rawTag]
        // `text` is moved into the fields, not copied (nil only for elements without text).
        if !inEntry {
            switch tag {
            case .title: info.title = text ?? ""
            case .totalResults: info.totalResults = try Self.integer(text ?? "", "opensearch:totalResults")
            case .startIndex: info.startIndex = try Self.integer(text ?? "", "opensearch:startIndex")
            case .itemsPerPage: info.itemsPerPage = try Self.integer(text ?? "", "opensearch:itemsPerPage")
            default: break
            }
            return
        }
        if inAuthor {
            switch tag {
            case .name: authorName = text ?? ""
            case .affiliation: if let text, !text.isEmpty { authorAffiliations.append(text) }
            case .author:
                inAuthor = false
                entry.authors.append(ArxivAuthor(name: moveOut(&authorName), affiliations: moveOut(&authorAffiliations)))
            default: break
            }
            return
        }
        switch tag {
        case .title: entry.title = text ?? ""
        case .summary: entry.summary = text
        case .published: entry.published = text
        case .updated: entry.updated = text
        case .comment: entry.comment = text
        case .journalRef: entry.journalRef = text
        case .doi: entry.doi = text
        case .entry:
            inEntry = false
            try finishEntry()
        default: break
        }
    }

    func end(tag rawTag: Int, bytes: inout [UInt8]) throws {
        // Only an entry's own `<id>` (the feed's is not an arXiv id).
        guard inEntry, !inAuthor, rawTag == Tag.id.rawValue else { return }
        swap(&idBytes, &bytes)
    }

    // MARK: handing the entry on

    private func finishEntry() throws {
        try Self.identify(&entry, idBytes: idBytes)
        // Swapped out, not copied (a copy would retain every field, and destroying the
        // original release them all again).
        var finished = Self.emptyEntry
        swap(&finished, &entry)
        entryCount += 1
        try onEntry(finished)
        spare.keep(&finished)
    }

    /// Sets the entry's id and version, or throws why the entry cannot be an arXiv entry.
    /// `inout`: passing the entry (a stored property) by value would copy it.
    private static func identify(_ entry: inout ArxivEntry, idBytes: [UInt8]) throws {
        // An id the fast path takes apart (`http://arxiv.org/abs/` and a well-formed id) cannot
        // hold arXiv's error marker: only the title can still say "error feed".
        let split = splitEntryID(idBytes)
        if isErrorEntry(&entry, idBytes: idBytes, idIsArxivID: split != nil) {
            let message = entry.summary.flatMap { $0.isEmpty ? nil : $0 } ?? "error \(String(decoding: idBytes, as: UTF8.self))"
            throw AtomError.arxivError(message: message)
        }
        if let split {
            entry.id = split.id
            entry.version = split.version
            return
        }
        guard !idBytes.isEmpty else { throw AtomEntryProblem(message: "an <entry> has no <id>") }
        // The rare shapes (`arXiv:`, other hosts), and the errors, from the text.
        let idText = String(decoding: idBytes, as: UTF8.self)
        let versioned = versionedID(fromEntryID: idText)
        guard let slowSplit = splitID(versioned) else {
            let why = ArxivID.problem(withVersioned: versioned) ?? "unrecognised"
            throw AtomEntryProblem(message: "entry id '\(idText)' is not an arXiv id (\(why))")
        }
        entry.id = slowSplit.id
        entry.version = slowSplit.version
    }

    /// arXiv's error feed: an entry id under `api/errors`, or the title `Error` by `arXiv api core`.
    private static func isErrorEntry(_ entry: inout ArxivEntry, idBytes: [UInt8], idIsArxivID: Bool) -> Bool {
        if !idIsArxivID, contains(idBytes, errorIDMarker) { return true }
        return entry.title.utf8.count == 5 && entry.title == "Error" && entry.authors.contains { $0.name == "arXiv api core" }
    }

    /// A `<category term>` is either an arXiv category or one or more class terms of another
    /// scheme, separated by commas or semicolons and sometimes wrapped (`&#10;`).
    private static func sort(term: String, into entry: inout ArxivEntry) {
        sort(term: term, categories: &entry.categories, classes: &entry.classes)
    }
}

/// An entry's lists, kept from one entry to the next: when the consumer of an entry kept none of
/// them (a count, a filter), their buffers are emptied in place and reused, which saves an
/// allocation and a free per list and entry; when it kept them, emptying allocates a fresh buffer,
/// as reserving room for the next entry would have.
private struct SpareLists {
    var authors: [ArxivAuthor] = []
    var links: [ArxivLink] = []
    var categories: [String] = []
    /// A list this long (a 1000-author paper) is not kept for the next entry.
    static let largestKept = 32

    mutating func keep(_ entry: inout ArxivEntry) {
        Self.keep(&entry.authors, in: &authors)
        Self.keep(&entry.links, in: &links)
        Self.keep(&entry.categories, in: &categories)
    }

    mutating func lend(to entry: inout ArxivEntry) {
        Self.lend(&authors, to: &entry.authors, typical: 8)
        Self.lend(&links, to: &entry.links, typical: 4)
        Self.lend(&categories, to: &entry.categories, typical: 4)
    }

    private static func keep<Element>(_ list: inout [Element], in spare: inout [Element]) {
        guard list.capacity <= largestKept else { return }
        swap(&list, &spare)
        spare.removeAll(keepingCapacity: true)
    }

    private static func lend<Element>(_ spare: inout [Element], to list: inout [Element], typical: Int) {
        if spare.capacity > 0, list.isEmpty {
            swap(&spare, &list)
        } else {
            list.reserveCapacity(typical)
        }
    }
}

/// What a `<category term>` turned out to be.
private enum SortedTerm {
    /// An arXiv category code (the term trimmed).
    case category(String)
    /// Class terms of other schemes (none when the term was blank).
    case classes([String])
}

/// The value, leaving an empty one in its place: a move, without reference counting.
@inline(__always)
private func moveOut<Value: RangeReplaceableCollection>(_ value: inout Value) -> Value {
    var taken = Value()
    swap(&taken, &value)
    return taken
}
