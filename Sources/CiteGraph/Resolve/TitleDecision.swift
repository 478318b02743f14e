/// What the titles of one venue entry say about which paper it is.
enum TitleDecision: Equatable {
    case match(TitleMatch)
    /// Two papers score within the ambiguity margin of each other, both above the threshold.
    case ambiguous([TitleMatch])
    /// The best paper scores below the threshold but above the weak floor.
    case weak([TitleMatch])
    case none

    /// Looks every title of the entry up in `index`; a paper's score is its best over the titles.
    static func decide(titles: [String], index: TitleIndex, options: ResolveOptions) -> TitleDecision {
        var best: [ArxivID: TitleMatch] = [:]
        for title in titles {
            for match in index.matches(for: title, limit: 5) where match.score > (best[match.id]?.score ?? -1) {
                best[match.id] = match
            }
        }
        let ranked = best.values.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
        guard let top = ranked.first else { return .none }
        let candidates = Array(ranked.prefix(3).filter { $0.score >= options.weakFloor })
        if top.score >= options.threshold {
            if ranked.count > 1, top.score - ranked[1].score < options.ambiguityMargin {
                return .ambiguous(candidates)
            }
            return .match(top)
        }
        return top.score >= options.weakFloor ? .weak(candidates) : .none
    }

    var matched: TitleMatch? {
        if case .match(let m) = self { return m }
        return nil
    }

    /// Why the entry stayed unresolved, and the candidates to show.
    /// `searchedWhere`: what the searcher looked in (nil: no search made).
    func unresolvedReason(searchedWhere: String?) -> (reason: String, candidates: [TitleMatch]) {
        let whereLooked = searchedWhere.map { "in the cache or \($0)" } ?? "in the cache (no arXiv search made)"
        switch self {
        case .match: return ("", [])
        case .ambiguous(let c):
            return ("ambiguous title match: \(c.count) papers score within the ambiguity margin", c)
        case .weak(let c):
            return ("weak title match: best score \(Self.format(c.first?.score ?? 0)) is below the threshold", c)
        case .none:
            return ("no paper with this title \(whereLooked)", [])
        }
    }

    static func format(_ score: Double) -> String {
        String(Double(Int((score * 1000).rounded())) / 1000)
    }
}
