import Foundation

/// What `compare` names: an arXiv category or a list section.
///
/// `arxiv:cs.CL` and `section:Offline` force the kind. Otherwise a known category code is a
/// category, and a section is found by its full path (`A > B > C`, or `A/B/C`), then by the last
/// headings of its path (`C`, `B > C`, `B/C`), then by a unique prefix of its path or its last
/// heading (all case-insensitive). Anything else, or a name that fits more than one thing, is an
/// error listing the candidates.
public enum CorpusSelector: Sendable, Hashable {
    case category(String)
    case section(SectionPath)

    public var kind: String {
        switch self {
        case .category: "category"
        case .section: "section"
        }
    }

    public var name: String {
        switch self {
        case .category(let code): code
        case .section(let path): path.description
        }
    }

    public static func resolve(_ input: String, in corpus: Corpus) throws -> CorpusSelector {
        let trimmed = input.trimmingCharacters(in: .whitespaces)
        let lowered = trimmed.lowercased()
        var codes = Set<String>()
        for paper in corpus.papers {
            codes.formUnion(paper.categories)
            if let primary = paper.primaryCategory { codes.insert(primary) }
        }
        let categories = codes.sorted()
        let sections = TimelineBuilder.sectionPathsWithAncestors(corpus)

        func category(_ term: String) throws -> CorpusSelector {
            if let code = categories.first(where: { $0.lowercased() == term.lowercased() }) { return .category(code) }
            if ArxivTaxonomy.isArxivCategory(term) { return .category(ArxivTaxonomy.canonical(term)) }
            // All of them: a list cut to the name's archive hid the others (stat.ML beside cs.XX).
            throw CiteGraphError("\(input): no such arXiv category in the corpus; categories: \(categories.joined(separator: ", "))")
        }

        /// `forced`: named with `section:`, so not a category whatever it looks like.
        func section(_ term: String, strict: Bool, forced: Bool = false) throws -> CorpusSelector? {
            if let found = try section(matching: term) { return found }
            // `A>B`, `A >B`: the same as " > ", as `/` is.
            if term.contains(">"), let found = try section(matching: separated(term, by: ">")) { return found }
            // `Alignment Data/Self-Instruct`, as paths are often written: the same as " > ".
            if term.contains("/"), let found = try section(matching: slashSeparated(term)) { return found }
            guard strict else { return nil }
            let t = term.lowercased()
            // Else the sections with the same last heading (a path with a heading left out).
            let lastHeading = headings(slashSeparated(term)).last ?? t
            var near = sections.filter { $0.description.lowercased().contains(t) }
            if near.isEmpty { near = sections.filter { $0.last.lowercased() == lastHeading } }
            var message: String
            if forced {
                message = "\(input): no such section; "
                if let code = categories.first(where: { $0.lowercased() == t }) {
                    message += "\(code) is a category (drop the section: prefix); "
                }
            } else {
                message = "\(input): no such section or category; "
                var nearCategories = categories.filter { $0.lowercased().hasPrefix(t) }
                // `cs.XX`: a category code that is not one; all the corpus's codes (not only that
                // archive's, which left out e.g. a cross-listed stat.ML).
                if nearCategories.isEmpty, t.contains("."), !t.contains(" ") { nearCategories = categories }
                if !nearCategories.isEmpty { message += "categories: \(nearCategories.joined(separator: ", ")); " }
            }
            message += near.isEmpty ? "top-level sections: \(sections.filter { $0.depth == 1 }.map(\.description).joined(separator: "; "))"
                : "sections: \(near.map(\.description).joined(separator: "; "))"
            throw CiteGraphError(message)
        }

        func slashSeparated(_ term: String) -> String { separated(separated(term, by: ">"), by: "/") }

        /// The headings between `separator`s, trimmed, joined by " > ".
        func separated(_ term: String, by separator: Character) -> String {
            term.split(separator: separator).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " > ")
        }

        /// The headings of a path written with " > ", lowercased.
        func headings(_ term: String) -> [String] {
            term.lowercased().components(separatedBy: SectionPath.separator).map { $0.trimmingCharacters(in: .whitespaces) }
        }

        func section(matching term: String) throws -> CorpusSelector? {
            let t = term.lowercased()
            let exact = sections.filter { $0.description.lowercased() == t }
            if exact.count == 1 { return .section(exact[0]) }
            // The last heading or headings, as a section is often named (`Self-Instruct`).
            let tail = headings(term)
            let byTail = sections.filter { $0.depth >= tail.count && $0.headings.suffix(tail.count).map { $0.lowercased() } == tail }
            if byTail.count == 1 { return .section(byTail[0]) }
            if byTail.count > 1 { throw ambiguous(byTail.map(\.description)) }
            // A prefix of a path also matches the paths below it: keep the outermost matches.
            let matching = sections.filter { $0.description.lowercased().hasPrefix(t) || $0.last.lowercased().hasPrefix(t) }
            let byPrefix = matching.filter { path in !matching.contains { $0 != path && path.isWithin($0) } }
            if byPrefix.count == 1 { return .section(byPrefix[0]) }
            if byPrefix.count > 1 { throw ambiguous(byPrefix.map(\.description)) }
            return nil
        }

        func ambiguous(_ candidates: [String]) -> CiteGraphError {
            CiteGraphError("\(input): ambiguous, it could be: \(candidates.joined(separator: "; ")) (give more of the path, or prefix arxiv: or section:)")
        }

        // An empty name would match every section as a prefix ("ambiguous").
        func refuseEmpty(_ term: String, kind: String) throws {
            if term.trimmingCharacters(in: .whitespaces).isEmpty {
                throw CiteGraphError("'\(input)': empty name: give \(kind)")
            }
        }
        if lowered.hasPrefix("arxiv:") {
            let term = String(trimmed.dropFirst(6))
            try refuseEmpty(term, kind: "an arXiv category after arxiv: (cs.CL)")
            return try category(term.trimmingCharacters(in: .whitespaces))
        }
        if lowered.hasPrefix("section:") {
            let term = String(trimmed.dropFirst(8)).trimmingCharacters(in: .whitespaces)
            try refuseEmpty(term, kind: "a section after section:")
            return try section(term, strict: true, forced: true)!
        }
        try refuseEmpty(trimmed, kind: "an arXiv category (cs.CL) or a section")
        let isCategory = categories.contains { $0.lowercased() == lowered } || ArxivTaxonomy.isArxivCategory(trimmed)
        let asSection = try? section(trimmed, strict: false)
        switch (isCategory, asSection) {
        case (true, .some(let s)):
            throw ambiguous(["arxiv:\(try category(trimmed).name)", "section:\(s.name)"])
        case (true, _): return try category(trimmed)
        case (false, .some(let s)): return s
        default:
            // Not a category: report the section search's own error (ambiguous or unknown).
            if let found = try section(trimmed, strict: true) { return found }
            throw CiteGraphError("\(input): not a category or section")
        }
    }
}
