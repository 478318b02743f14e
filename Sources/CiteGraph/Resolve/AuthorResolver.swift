/// Who the authors are: name forms that are the same after normalization are one person; forms
/// that differ by a middle initial, or by a given name written as an initial, are merged only on
/// evidence; different given names never are. Every merge carries its reason.
public enum AuthorResolver {
    public static func resolve(_ papers: [ArxivEntry], sections: [ArxivID: [SectionPath]],
                               aliases: AuthorAliases) -> AuthorResolution {
        // Each id once (the first given), in id order.
        var seen = Set<ArxivID>()
        let distinct = papers.sorted { $0.id < $1.id }.filter { seen.insert($0.id).inserted }
        var authorship = Authorship()
        for paper in distinct { authorship.addPaper(authors: paper.authors.lazy.map(\.name)) }
        let ids = distinct.map(\.id)
        let sectionsByNumber = sections.isEmpty ? [] : ids.map { sections[$0] ?? [] }
        let people = resolve(authorship, paperIDs: ids, sections: sectionsByNumber, aliases: aliases)
        var names: [ArxivID: [String]] = [:]
        for (p, id) in ids.enumerated() { names[id] = authorship.authors(of: p).map { people.nameOfDisplay[Int($0)] } }
        return AuthorResolution(authors: people.authors, namesByPaper: names, diagnostics: people.diagnostics)
    }

    /// The people behind the names of `authorship`, whose papers are numbered in id order
    /// (`paperIDs`); `sections` by paper number, or empty when no paper has any.
    static func resolve(_ authorship: Authorship, paperIDs: [ArxivID], sections: [[SectionPath]],
                        aliases: AuthorAliases) -> People {
        var forms = NameForms(authorship, aliases: aliases)
        let evidence = MergeEvidence(forms: forms, sections: sections)
        forms.merge(evidence.edges)
        let (authors, nameOfDisplay) = forms.people(paperIDs: paperIDs)
        return People(authors: authors, nameOfDisplay: nameOfDisplay, diagnostics: evidence.diagnostics)
    }

    /// Authors with the canonical name of every display number of an `Authorship`.
    struct People {
        /// Sorted by canonical name.
        var authors: [Author]
        var nameOfDisplay: [String]
        var diagnostics: [Diagnostic]
    }
}

/// The authors of a set of papers, with the canonical name of every author position.
public struct AuthorResolution: Sendable {
    /// Sorted by canonical name.
    public var authors: [Author]
    /// Canonical names by paper, in author order.
    public var namesByPaper: [ArxivID: [String]]
    /// Merges declined as ambiguous, and similar notes.
    public var diagnostics: [Diagnostic]

    public init(authors: [Author], namesByPaper: [ArxivID: [String]], diagnostics: [Diagnostic] = []) {
        self.authors = authors
        self.namesByPaper = namesByPaper
        self.diagnostics = diagnostics
    }

    /// The canonical name of the author at `position` (0-based) of `paper`; "" when out of range.
    public func canonicalName(paper: ArxivID, position: Int) -> String {
        guard let names = namesByPaper[paper], names.indices.contains(position) else { return "" }
        return names[position]
    }

    /// All canonical names of a paper, in order.
    public func canonicalNames(paper: ArxivID) -> [String] { namesByPaper[paper] ?? [] }
}
