/// Which name forms may be merged, and why: the same given name written out (they differ only
/// by a middle initial), or a given-name initial that fits exactly one full form among all the
/// authors, when that form appears beside a co-author or in one of the same sections. A form
/// that fits two incompatible forms is merged with neither.
struct MergeEvidence {
    var edges: [NameForms.Edge] = []
    var diagnostics: [Diagnostic] = []

    init(forms nameForms: NameForms, sections: [ArxivID: [SectionPath]]) {
        let forms = nameForms.forms
        var byFamily: [String: [Int]] = [:]
        for (i, form) in forms.enumerated() where !form.isSplit && !form.name.given.isEmpty {
            byFamily[form.name.family, default: []].append(i)
        }
        var candidates: [Int: [(partner: Int, reason: String)]] = [:]
        for family in byFamily.keys.sorted() {
            guard let group = byFamily[family], group.count > 1 else { continue }
            for (n, a) in group.enumerated() {
                for b in group[(n + 1)...] where nameForms.compatible(a, b) {
                    let reason: String?
                    switch forms[a].name.relation(to: forms[b].name) {
                    case .middleInitial:
                        // The shorter form first: "'Quoc Le' and 'Quoc V. Le'".
                        let (x, y) = forms[a].name.given.count <= forms[b].name.given.count ? (a, b) : (b, a)
                        let given = forms[x].display.split(separator: " ").first.map(String.init) ?? ""
                        reason = "'\(forms[x].display)' and '\(forms[y].display)': same given name '\(given)', "
                            + "differ only by a middle name or initial"
                    case .givenInitial:
                        reason = Self.initialEvidence(a, b, group: group, forms: nameForms, sections: sections)
                    case .same, .conflict:
                        reason = nil
                    }
                    if let reason {
                        candidates[a, default: []].append((b, reason))
                        candidates[b, default: []].append((a, reason))
                    }
                }
            }
        }
        // A form that could join two people who cannot be one is left alone.
        var ambiguous = Set<Int>()
        for (i, partners) in candidates {
            let ids = partners.map(\.partner)
            for (n, p) in ids.enumerated() where ids[(n + 1)...].contains(where: { !nameForms.compatible(p, $0) }) {
                ambiguous.insert(i)
            }
        }
        for i in ambiguous.sorted() {
            let fits = (candidates[i] ?? []).map { "'\(forms[$0.partner].display)'" }.sorted().joined(separator: ", ")
            diagnostics.append(Diagnostic(.warning, "author '\(forms[i].display)' fits \(fits), who are not one person: not merged"))
        }
        for a in candidates.keys.sorted() where !ambiguous.contains(a) {
            for (b, reason) in candidates[a] ?? [] where a < b && !ambiguous.contains(b) {
                edges.append(NameForms.Edge(a: a, b: b, reason: reason))
            }
        }
    }

    /// Evidence that an initial (`J. Smith`) is a full form (`John Smith`): the full form is the
    /// only one in the whole corpus it fits, and it appears with a co-author of the initial form's
    /// papers or in one of their sections.
    static func initialEvidence(_ a: Int, _ b: Int, group: [Int], forms nameForms: NameForms,
                                sections: [ArxivID: [SectionPath]]) -> String? {
        let forms = nameForms.forms
        let (short, full): (Int, Int)
        switch (forms[a].name.hasFullGivenName, forms[b].name.hasFullGivenName) {
        case (false, true): (short, full) = (a, b)
        case (true, false): (short, full) = (b, a)
        default: return nil  // two initials: no written-out given name to go by
        }
        let fits = group.filter { $0 != short && forms[$0].name.hasFullGivenName && nameForms.compatible(short, $0) }
        guard fits == [full] else { return nil }
        let shortName = forms[short].display, fullName = forms[full].display
        let initial = (forms[short].display.split(separator: " ").first).map(String.init) ?? ""
        let head = "'\(shortName)' and '\(fullName)': initial '\(initial)' fits only '\(fullName)' among all authors"
        // Co-authors: someone on a paper of the short form who also wrote with the full form.
        for paper in forms[short].papers.sorted() {
            for coauthor in nameForms.formsByPaper[paper] ?? [] where coauthor != short {
                if !forms[coauthor].papers.isDisjoint(with: forms[full].papers) {
                    return head + ", who also wrote with co-author '\(forms[coauthor].display)'"
                }
            }
        }
        let shortSections = Set(forms[short].papers.flatMap { sections[$0] ?? [] })
        for paper in forms[full].papers.sorted() {
            if let shared = (sections[paper] ?? []).first(where: shortSections.contains) {
                return head + ", listed in the same section '\(shared)'"
            }
        }
        return nil
    }
}
