import OrderedCollections

/// The distinct forms of author names in a set of papers (names equal after normalization are
/// one form), grouped into people by union–find.
struct NameForms {
    struct Form {
        var key: String
        var name: PersonName
        /// Display strings as written, with how often each occurs, in order first seen.
        var displays: OrderedDictionary<String, Int> = [:]
        var papers: Set<ArxivID> = []
        /// `!split` by an alias: kept out of every inferred merge.
        var isSplit = false
        /// Canonical name forced by an alias, and where the alias is.
        var aliasCanonical: String?
        /// Where the alias for each aliased display string is.
        var aliasOrigins: [String: String] = [:]

        /// The most frequent display string.
        var display: String {
            displays.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? key
        }
    }

    struct Edge {
        var a: Int
        var b: Int
        /// Why `b` joins `a` (and the reverse), as shown in authors.csv.
        var reason: String
    }

    private(set) var forms: [Form] = []
    private var indexByKey: [String: Int] = [:]
    /// Form indices per paper, in author order.
    private(set) var formsByPaper: OrderedDictionary<ArxivID, [Int]> = [:]
    private var parent: [Int] = []
    /// Reason a form joined its person, by form index.
    private var joinReason: [Int: String] = [:]

    init(papers: [ArxivEntry], aliases: AuthorAliases) {
        var seen = Set<ArxivID>()
        // Normalizing a name (Unicode folding) is the costly part: once per distinct display string.
        var known: [String: (alias: AuthorAliases.Alias?, key: String, name: PersonName)] = [:]
        for paper in papers.sorted(by: { $0.id < $1.id }) where seen.insert(paper.id).inserted {
            var indices: [Int] = []
            for author in paper.authors {
                let display = author.name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                let (alias, key, name) = known[display] ?? {
                    let alias = aliases.alias(for: display)
                    let key: String, name: PersonName
                    switch alias?.rule {
                    case .canonical(let canonical):
                        name = PersonName(canonical)
                        key = name.key
                    case .split:
                        name = PersonName(display)
                        key = "!split " + name.key
                    case nil:
                        name = PersonName(display)
                        key = name.key.isEmpty ? "!raw " + display : name.key
                    }
                    known[display] = (alias, key, name)
                    return (alias, key, name)
                }()
                let index = indexByKey[key] ?? {
                    forms.append(Form(key: key, name: name))
                    indexByKey[key] = forms.count - 1
                    return forms.count - 1
                }()
                forms[index].displays[display, default: 0] += 1
                forms[index].papers.insert(paper.id)
                if let alias {
                    if case .canonical(let canonical) = alias.rule { forms[index].aliasCanonical = canonical }
                    if case .split = alias.rule { forms[index].isSplit = true }
                    forms[index].aliasOrigins[display] = alias.origin
                }
                indices.append(index)
            }
            formsByPaper[paper.id] = indices
        }
        parent = Array(forms.indices)
    }

    func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i { i = parent[i] }
        return i
    }

    /// Whether two forms can be one person: compatible names, never on the same paper.
    func compatible(_ a: Int, _ b: Int) -> Bool {
        forms[a].papers.isDisjoint(with: forms[b].papers) && forms[a].name.relation(to: forms[b].name) != .conflict
    }

    /// Unites along the edges, in order, unless that would put two incompatible forms together
    /// (a chain `Quoc A. Le` – `Quoc Le` – `Quoc B. Le` stops at the first link).
    mutating func merge(_ edges: [Edge]) {
        // The forms of each person so far, by root (kept here rather than found by a pass over
        // all forms per edge).
        var members: [Int: [Int]] = [:]
        for i in forms.indices where parent[i] != i {
            let root = find(i)
            members[root, default: [root]].append(i)
        }
        for edge in edges {
            let ra = find(edge.a), rb = find(edge.b)
            guard ra != rb else { continue }
            let left = members[ra] ?? [ra], right = members[rb] ?? [rb]
            guard left.allSatisfy({ l in right.allSatisfy { compatible(l, $0) } }) else { continue }
            members[ra] = left + right
            members[rb] = nil
            parent[rb] = ra
            joinReason[edge.b] = joinReason[edge.b] ?? edge.reason
            joinReason[edge.a] = joinReason[edge.a] ?? edge.reason
        }
    }

    func resolution(diagnostics: [Diagnostic]) -> AuthorResolution {
        var members: OrderedDictionary<Int, [Int]> = [:]
        for i in forms.indices { members[find(i), default: []].append(i) }
        var nameByForm: [Int: String] = [:]
        var authors: [Author] = []
        for (_, group) in members {
            let author = person(group)
            for i in group { nameByForm[i] = author.name }
            authors.append(author)
        }
        authors.sort { $0.name < $1.name }
        var names: [ArxivID: [String]] = [:]
        for (paper, indices) in formsByPaper { names[paper] = indices.map { nameByForm[$0] ?? "" } }
        return AuthorResolution(authors: authors, namesByPaper: names, diagnostics: diagnostics)
    }

    /// One person from a group of forms: the display name is an alias's canonical name, else the
    /// most frequent full form (ties: not all capitals, the more complete, then alphabetical).
    private func person(_ group: [Int]) -> Author {
        var counts: [String: Int] = [:]
        var formOf: [String: Int] = [:]
        for i in group {
            for (display, count) in forms[i].displays {
                counts[display, default: 0] += count
                formOf[display] = i
            }
        }
        let rank: (String) -> [Int] = { display in
            let name = PersonName(display)
            let shouted = display.contains(where: \.isLowercase) ? 0 : 1
            return [name.hasFullGivenName ? 1 : 0, counts[display] ?? 0, -shouted, name.given.count, display.count]
        }
        let aliasName = group.compactMap { forms[$0].aliasCanonical }.first
        let best = counts.keys.max {
            let (r0, r1) = (rank($0), rank($1))
            return r0 == r1 ? $0 > $1 : r0.lexicographicallyPrecedes(r1)
        } ?? forms[group[0]].key
        let canonical = aliasName ?? best
        let canonicalForm = formOf[canonical]
        var variants = [canonical]
        var merges: [Author.Merge] = []
        let others = counts.keys.filter { $0 != canonical }.sorted { (counts[$0] ?? 0, $1) > (counts[$1] ?? 0, $0) }
        for display in others {
            variants.append(display)
            guard let i = formOf[display] else { continue }
            let reason: String
            if let origin = forms[i].aliasOrigins[display], forms[i].aliasCanonical != nil {
                reason = "alias \(origin)"
            } else if i == canonicalForm || (canonicalForm == nil && group.count == 1) {
                reason = "same name as '\(canonical)' after normalizing case, accents, hyphens and periods"
            } else if let joined = joinReason[i] {
                reason = joined
            } else {
                reason = "same name as '\(forms[i].display)' after normalizing case, accents, hyphens and periods"
            }
            merges.append(Author.Merge(variant: display, reason: reason))
        }
        let papers = Set(group.flatMap { forms[$0].papers }).sorted()
        return Author(name: canonical, variants: variants, papers: papers, merges: merges)
    }
}
