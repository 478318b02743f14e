/// Who the authors are: name forms that are the same after normalization are one person; forms
/// that differ by a middle initial, or by a given name written as an initial, are merged only on
/// evidence; different given names never are. Every merge carries its reason.
public enum AuthorResolver {
    public static func resolve(_ papers: [ArxivEntry], sections: [ArxivID: [SectionPath]],
                               aliases: AuthorAliases) -> AuthorResolution {
        var forms = NameForms(papers: papers, aliases: aliases)
        let evidence = MergeEvidence(forms: forms, sections: sections)
        forms.merge(evidence.edges)
        return forms.resolution(diagnostics: evidence.diagnostics)
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
