import Foundation

/// Which name forms may be merged, and why: the same given name written out (they differ only
/// by a middle initial), or a given-name initial that fits exactly one full form among all the
/// authors, when that form appears beside a co-author or in one of the same sections. A form
/// that fits two incompatible forms is merged with neither.
///
/// Only forms with the same family name and the same first letter of the first given name can
/// fit each other, so candidates are looked for within such a bucket: a full form's partners
/// among the forms with the same first given name, an initial's among the bucket's full forms
/// (stopping at the second fit). The pairs found are exactly those a comparison of every pair
/// of forms with the same family name would find.
struct MergeEvidence {
    var edges: [NameForms.Edge] = []
    var diagnostics: [Diagnostic] = []

    /// Family name and first letter of the first given name.
    private struct Bucket: Hashable {
        var family: String
        var initial: Character
    }

    /// `sections`: each paper's sections, by paper number (empty when no paper has any).
    init(forms nameForms: NameForms, sections: [[SectionPath]]) {
        let forms = nameForms.forms
        var buckets: [Bucket: [Int]] = [:]
        buckets.reserveCapacity(forms.count)
        for i in forms.indices where !forms[i].isSplit {
            guard let initial = forms[i].name.given.first?.first else { continue }
            buckets[Bucket(family: forms[i].name.family, initial: initial), default: []].append(i)
        }
        // (a, b, reason) with a < b; sorted below, so bucket order does not matter. Each form is
        // in one bucket, so buckets are looked at apart: on the machine's cores when there are many.
        let groups = buckets.values.filter { $0.count > 1 }
        let parts = groups.count >= 4_096 ? min(2, max(1, ProcessInfo.processInfo.activeProcessorCount)) : 1
        var pairs: [(a: Int, b: Int, reason: String)]
        if parts == 1 {
            pairs = Self.pairs(in: groups, forms: nameForms, sections: sections)
        } else {
            let slots = (0..<parts).map { _ in Slot<[(a: Int, b: Int, reason: String)]>() }
            Concurrently.run((0..<parts).map { part in
                let share = stride(from: part, to: groups.count, by: parts).map { groups[$0] }
                return { slots[part].set(Self.pairs(in: share, forms: nameForms, sections: sections)) }
            })
            pairs = slots.flatMap(\.value)
        }
        pairs.sort { ($0.a, $0.b) < ($1.a, $1.b) }
        var candidates: [Int: [(partner: Int, reason: String)]] = [:]
        for (a, b, reason) in pairs {
            candidates[a, default: []].append((b, reason))
            candidates[b, default: []].append((a, reason))
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
            let fits = (candidates[i] ?? []).map { "'\(nameForms.display($0.partner))'" }.sorted().joined(separator: ", ")
            diagnostics.append(Diagnostic(.warning, "author '\(nameForms.display(i))' fits \(fits), who are not one person: not merged"))
        }
        for (a, b, reason) in pairs where !ambiguous.contains(a) && !ambiguous.contains(b) {
            edges.append(NameForms.Edge(a: a, b: b, reason: reason))
        }
    }

    /// The merge candidates within buckets of forms, each with its reason: (a, b, reason), a < b.
    private static func pairs(in groups: [[Int]], forms nameForms: NameForms,
                              sections: [[SectionPath]]) -> [(a: Int, b: Int, reason: String)] {
        let forms = nameForms.forms
        var pairs: [(a: Int, b: Int, reason: String)] = []
        var shared = SharedCoauthor(forms: forms.count)
        for group in groups {
            var fullByGiven: [String: [Int]] = [:]
            var full: [Int] = [], initials: [Int] = []
            for i in group {
                if forms[i].name.hasFullGivenName {
                    full.append(i)
                    fullByGiven[forms[i].name.given[0], default: []].append(i)
                } else {
                    initials.append(i)
                }
            }
            // Same given name written out: only forms under the same first given name can be.
            for same in fullByGiven.values where same.count > 1 {
                for (n, a) in same.enumerated() {
                    for b in same[(n + 1)...] where nameForms.compatible(a, b) {
                        guard forms[a].name.relation(to: forms[b].name) == .middleInitial else { continue }
                        // The shorter form first: "'Quoc Le' and 'Quoc V. Le'".
                        let (x, y) = forms[a].name.given.count <= forms[b].name.given.count ? (a, b) : (b, a)
                        let shorter = nameForms.display(x)
                        let given = shorter.split(separator: " ").first.map(String.init) ?? ""
                        pairs.append((a, b, "'\(shorter)' and '\(nameForms.display(y))': same given name '\(given)', "
                            + "differ only by a middle name or initial"))
                    }
                }
            }
            // An initial: only when it fits exactly one full form (two initials have no written-out
            // given name to go by).
            for short in initials {
                var fit: Int?, fits = 0
                for candidate in full where nameForms.compatible(short, candidate) {
                    fits += 1
                    fit = candidate
                    if fits > 1 { break }
                }
                guard fits == 1, let fit else { continue }
                if let reason = Self.initialEvidence(short: short, full: fit, forms: nameForms, sections: sections, shared: &shared) {
                    pairs.append((min(short, fit), max(short, fit), reason))
                }
            }
        }
        return pairs
    }

    /// Finds the first co-author of an initial form (by paper, then author order) who also wrote
    /// with a full form: the forms on the full form's papers are marked, then the initial form's
    /// papers read author by author. When the full form's papers are far longer to read (it is on
    /// a collaboration paper of thousands), each co-author's papers are compared with the full
    /// form's instead. Both give the same co-author.
    struct SharedCoauthor {
        private var mark: [Int32]
        private var stamp: Int32 = 0

        init(forms: Int) { mark = [Int32](repeating: -1, count: forms) }

        mutating func first(short: Int, full: Int, forms nameForms: NameForms) -> Int? {
            let forms = nameForms.forms, authorship = nameForms.authorship
            let shortCost = forms[short].papers.reduce(0) { $0 + authorship.authors(of: Int($1)).count }
            let fullCost = forms[full].papers.reduce(0) { $0 + authorship.authors(of: Int($1)).count }
            if fullCost > 4 * shortCost {
                for paper in forms[short].papers {
                    for display in authorship.authors(of: Int(paper)) {
                        let coauthor = Int(nameForms.formOfDisplay[Int(display)])
                        if coauthor != short, !nameForms.onDifferentPapers(coauthor, full) { return coauthor }
                    }
                }
                return nil
            }
            stamp += 1
            for paper in forms[full].papers {
                for display in authorship.authors(of: Int(paper)) { mark[Int(nameForms.formOfDisplay[Int(display)])] = stamp }
            }
            for paper in forms[short].papers {
                for display in authorship.authors(of: Int(paper)) {
                    let coauthor = Int(nameForms.formOfDisplay[Int(display)])
                    if coauthor != short, mark[coauthor] == stamp { return coauthor }
                }
            }
            return nil
        }
    }

    /// Evidence that an initial (`J. Smith`) is a full form (`John Smith`), the only one in the
    /// whole corpus it fits: the full form appears with a co-author of the initial form's papers
    /// or in one of their sections.
    static func initialEvidence(short: Int, full: Int, forms nameForms: NameForms,
                                sections: [[SectionPath]], shared: inout SharedCoauthor) -> String? {
        let forms = nameForms.forms
        let shortName = nameForms.display(short), fullName = nameForms.display(full)
        let initial = (shortName.split(separator: " ").first).map(String.init) ?? ""
        let head = "'\(shortName)' and '\(fullName)': initial '\(initial)' fits only '\(fullName)' among all authors"
        // Co-authors: someone on a paper of the short form who also wrote with the full form.
        if let coauthor = shared.first(short: short, full: full, forms: nameForms) {
            return head + ", who also wrote with co-author '\(nameForms.display(coauthor))'"
        }
        guard !sections.isEmpty else { return nil }
        let shortSections = Set(forms[short].papers.flatMap { sections[Int($0)] })
        for paper in forms[full].papers {
            if let shared = sections[Int(paper)].first(where: shortSections.contains) {
                return head + ", listed in the same section '\(shared)'"
            }
        }
        return nil
    }
}
