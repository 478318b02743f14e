/// Builds arXiv `search_query` strings that look several titles up in one request.
enum TitleSearchQuery {
    /// `ti:"words of the title"`: the normalized title as a phrase (no quotes or punctuation left
    /// to escape).
    static func phrase(_ title: String) -> String? {
        let normalized = TitleNormalizer.normalize(title)
        return normalized.isEmpty ? nil : "ti:\"\(normalized)\""
    }

    /// `(ti:word AND ti:word …)` over the title's significant words (at most 8, the longest),
    /// for titles whose exact phrase found nothing (punctuation or word-form differences).
    static func words(_ title: String) -> String? {
        let words = TitleIndex.significantWords(TitleNormalizer.normalize(title))
        guard !words.isEmpty else { return nil }
        // Longer words first (earlier on ties): the most telling ones.
        let ranked = words.indices.sorted { (words[$0].count, $1) > (words[$1].count, $0) }
        let kept = Set(ranked.prefix(8))
        let clause = words.indices.filter(kept.contains).map { "ti:\(words[$0])" }.joined(separator: " AND ")
        return "(\(clause))"
    }

    /// Clauses joined with OR into as few queries as the limits allow, in order.
    static func batches(_ clauses: [String], maxClauses: Int, maxLength: Int) -> [[String]] {
        var batches: [[String]] = []
        var current: [String] = []
        var length = 0
        for clause in clauses {
            let added = (current.isEmpty ? 0 : 4) + clause.count
            if !current.isEmpty && (current.count >= max(1, maxClauses) || length + added > maxLength) {
                batches.append(current)
                current = []
                length = 0
            }
            length += current.isEmpty ? clause.count : 4 + clause.count
            current.append(clause)
        }
        if !current.isEmpty { batches.append(current) }
        return batches
    }
}
