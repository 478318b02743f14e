/// The distinct forms of author names in a set of papers (names equal after normalization are
/// one form), grouped into people by union–find. Papers are numbered in id order and names by
/// their `Authorship` display numbers.
struct NameForms {
    struct Form {
        var key: String
        var name: PersonName
        /// Display numbers with how often each occurs (each display belongs to one form).
        var displays: [(display: Int32, count: Int)] = []
        /// Papers (numbers, ascending, each once).
        var papers: [Int32] = []
        /// `!split` by an alias: kept out of every inferred merge.
        var isSplit = false
        /// Canonical name forced by an alias, and where the alias is.
        var aliasCanonical: String?
        /// Where the alias for each aliased display is.
        var aliasOrigins: [Int32: String] = [:]
    }

    struct Edge {
        var a: Int
        var b: Int
        /// Why `b` joins `a` (and the reverse), as shown in authors.csv.
        var reason: String
    }

    let authorship: Authorship
    private(set) var forms: [Form] = []
    /// The form of each display number (-1 for a display on none of the papers).
    private(set) var formOfDisplay: [Int32]
    private var parent: [Int] = []
    /// Reason a form joined its person, by form index.
    private var joinReason: [Int: String] = [:]

    init(_ authorship: Authorship, aliases: AuthorAliases) {
        self.authorship = authorship
        formOfDisplay = Array(repeating: -1, count: authorship.displays.count)
        var indexByKey: [String: Int32] = [:]
        indexByKey.reserveCapacity(authorship.displays.count)
        forms.reserveCapacity(authorship.displays.count)
        // Canonically equivalent displays are one display (as `String`s are equal), written as
        // first seen; only displays beyond U+0300 can be equivalent without being equal.
        var representative: [Int32] = authorship.displaysAreSimple ? [] : Array(0..<Int32(authorship.displays.count))
        var firstOfDisplay: [String: Int32] = [:]
        // Displays an alias names: applied at every occurrence, as the last one decides.
        var aliasOfDisplay: [Int32: AuthorAliases.Alias] = [:]
        for p in 0..<authorship.paperCount {
            let paper = Int32(p)
            for number in authorship.authors(of: p) {
                var display = number
                if !representative.isEmpty {
                    if formOfDisplay[Int(number)] < 0, let first = firstOfDisplay[authorship.displays[Int(number)]] {
                        representative[Int(number)] = first
                        formOfDisplay[Int(number)] = formOfDisplay[Int(first)]
                    }
                    display = representative[Int(number)]
                }
                var index = formOfDisplay[Int(display)]
                if index < 0 {
                    // The display's first occurrence: normalize it (the costly part) once.
                    let written = authorship.displays[Int(display)]
                    let parsed = PersonName(written)
                    let alias = aliases.isEmpty ? nil : aliases.alias(forKey: parsed.key)
                    let key: String, name: PersonName
                    switch alias?.rule {
                    case .canonical(let canonical):
                        name = PersonName(canonical)
                        key = name.key
                    case .split:
                        name = parsed
                        key = "!split " + name.key
                    case nil:
                        name = parsed
                        key = name.key.isEmpty ? "!raw " + written : name.key
                    }
                    if let alias { aliasOfDisplay[display] = alias }
                    if let known = indexByKey[key] {
                        index = known
                    } else {
                        index = Int32(forms.count)
                        forms.append(Form(key: key, name: name))
                        indexByKey[key] = index
                    }
                    formOfDisplay[Int(display)] = index
                    if !representative.isEmpty { firstOfDisplay[written] = display }
                }
                let i = Int(index)
                if let n = forms[i].displays.firstIndex(where: { $0.display == display }) {
                    forms[i].displays[n].count += 1
                } else {
                    forms[i].displays.append((display, 1))
                }
                if forms[i].papers.last != paper { forms[i].papers.append(paper) }
                if !aliasOfDisplay.isEmpty, let alias = aliasOfDisplay[display] {
                    if case .canonical(let canonical) = alias.rule { forms[i].aliasCanonical = canonical }
                    if case .split = alias.rule { forms[i].isSplit = true }
                    forms[i].aliasOrigins[display] = alias.origin
                }
            }
        }
        parent = Array(forms.indices)
    }

    /// The written form of display number `d`.
    func written(_ display: Int32) -> String { authorship.displays[Int(display)] }

    /// The most frequent display string of a form (ties: the alphabetically first).
    func display(_ form: Int) -> String {
        let best = forms[form].displays.max {
            ($0.count, written($1.display)) < ($1.count, written($0.display))
        }
        return best.map { written($0.display) } ?? forms[form].key
    }

    func find(_ i: Int) -> Int {
        var i = i
        while parent[i] != i { i = parent[i] }
        return i
    }

    /// Whether two forms share no paper.
    func onDifferentPapers(_ a: Int, _ b: Int) -> Bool {
        Self.disjoint(forms[a].papers, forms[b].papers)
    }

    /// Whether two ascending lists have no element in common.
    static func disjoint(_ x: [Int32], _ y: [Int32]) -> Bool {
        // A prolific author's long list against a short one: look each short entry up.
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        if short.count * 16 < long.count {
            var low = 0
            for value in short {
                var high = long.count
                while low < high {
                    let mid = (low + high) / 2
                    if long[mid] < value { low = mid + 1 } else { high = mid }
                }
                if low < long.count && long[low] == value { return false }
            }
            return true
        }
        var i = 0, j = 0
        while i < x.count, j < y.count {
            if x[i] == y[j] { return false }
            if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    /// Whether two forms can be one person: compatible names, never on the same paper.
    func compatible(_ a: Int, _ b: Int) -> Bool {
        onDifferentPapers(a, b) && forms[a].name.relation(to: forms[b].name) != .conflict
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

    /// The people, sorted by canonical name, and the canonical name of every display number.
    func people(paperIDs: [ArxivID]) -> (authors: [Author], nameOfDisplay: [String]) {
        // Each person's forms, ascending; people in the order of their first form.
        var groupOfRoot = [Int](repeating: -1, count: forms.count)
        var groups: [[Int]] = []
        for i in forms.indices {
            let root = find(i)
            if groupOfRoot[root] < 0 {
                groupOfRoot[root] = groups.count
                groups.append([])
            }
            groups[groupOfRoot[root]].append(i)
        }
        var nameOfForm = [String](repeating: "", count: forms.count)
        var authors: [Author] = []
        authors.reserveCapacity(groups.count)
        for group in groups {
            let author = person(group, paperIDs: paperIDs)
            for i in group { nameOfForm[i] = author.name }
            authors.append(author)
        }
        NameOrder.sort(&authors)
        let nameOfDisplay = formOfDisplay.map { $0 < 0 ? "" : nameOfForm[Int($0)] }
        return (authors, nameOfDisplay)
    }

    /// `display.contains(where: \.isLowercase)`, byte by byte for ASCII.
    static func hasLowercase(_ display: String) -> Bool {
        var ascii = true
        for byte in display.utf8 {
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { return true }
            if byte >= 0x80 { ascii = false }
        }
        return ascii ? false : display.contains(where: \.isLowercase)
    }

    /// One person from a group of forms: the display name is an alias's canonical name, else the
    /// most frequent full form (ties: not all capitals, the more complete, then alphabetical).
    private func person(_ group: [Int], paperIDs: [ArxivID]) -> Author {
        // Every display string of the person with its count and form (a display is in one form).
        var seen: [(number: Int32, display: String, count: Int, form: Int)] = []
        for i in group {
            for (number, count) in forms[i].displays { seen.append((number, written(number), count, i)) }
        }
        let aliasName = group.lazy.compactMap { forms[$0].aliasCanonical }.first
        let best: String
        if seen.count == 1 {
            best = seen[0].display
        } else if seen.isEmpty {
            best = forms[group[0]].key
        } else {
            let ranks = seen.map { entry -> [Int] in
                // A display's name is its form's, unless an alias gave the form another name.
                let name = forms[entry.form].aliasCanonical == nil ? forms[entry.form].name : PersonName(entry.display)
                let shouted = Self.hasLowercase(entry.display) ? 0 : 1
                return [name.hasFullGivenName ? 1 : 0, entry.count, -shouted, name.given.count, entry.display.count]
            }
            var top = 0
            for n in seen.indices.dropFirst() {
                let (r0, r1) = (ranks[top], ranks[n])
                // `n` is above `top`: a higher rank, or an equal rank and an earlier name.
                if r0 == r1 ? seen[n].display < seen[top].display : r0.lexicographicallyPrecedes(r1) { top = n }
            }
            best = seen[top].display
        }
        let canonical = aliasName ?? best
        let canonicalForm = seen.first { $0.display == canonical }?.form
        var variants = [canonical]
        var merges: [Author.Merge] = []
        let others = seen.filter { $0.display != canonical }
            .sorted { ($0.count, $1.display) > ($1.count, $0.display) }
        for (number, display, _, i) in others {
            variants.append(display)
            let reason: String
            if let origin = forms[i].aliasOrigins[number], forms[i].aliasCanonical != nil {
                reason = "alias \(origin)"
            } else if i == canonicalForm || (canonicalForm == nil && group.count == 1) {
                reason = "same name as '\(canonical)' after normalizing case, accents, hyphens and periods"
            } else if let joined = joinReason[i] {
                reason = joined
            } else {
                reason = "same name as '\(self.display(i))' after normalizing case, accents, hyphens and periods"
            }
            merges.append(Author.Merge(variant: display, reason: reason))
        }
        let papers: [Int32]
        if group.count == 1 {
            papers = forms[group[0]].papers
        } else {
            papers = Array(Set(group.flatMap { forms[$0].papers })).sorted()
        }
        return Author(name: canonical, variants: variants, papers: papers.map { paperIDs[Int($0)] }, merges: merges)
    }
}
