/// Every way a list names an arXiv paper, turned into its id: `arxiv.org/abs|pdf|html/ID`
/// (with or without a version, `.pdf`, `www.` or `export.`, http or https, old-style
/// `hep-th/9901001`), `doi.org/10.48550/arXiv.ID`, `huggingface.co/papers/ID`,
/// `alphaxiv.org/abs/ID`, and `arXiv:ID` in running text.
public enum ArxivURL {
    public static func id(fromURL url: String) -> (id: ArxivID, version: Int?)? {
        guard let candidate = candidate(inURL: url) else { return nil }
        return ArxivID.split(candidate)
    }

    /// For a URL that looks like arXiv but carries an impossible id: the problem (for diagnostics).
    public static func problem(inURL url: String) -> String? {
        guard let candidate = candidate(inURL: url), ArxivID.split(candidate) == nil else { return nil }
        let reason = ArxivID.problem(withVersioned: candidate) ?? "not an arXiv id"
        return "impossible arXiv id '\(candidate)' in \(url): \(reason)"
    }

    /// Ids written as `arXiv:2305.18290` (or `arXiv: hep-th/9901001v2`) in text, in order.
    public static func ids(inText text: String) -> [(id: ArxivID, version: Int?)] {
        textCandidates(in: text).compactMap { ArxivID.split($0) }
    }

    /// Problems with `arXiv:ID` mentions in text that carry an impossible id.
    public static func problems(inText text: String) -> [String] {
        textCandidates(in: text).compactMap { candidate in
            guard ArxivID.split(candidate) == nil else { return nil }
            let reason = ArxivID.problem(withVersioned: candidate) ?? "not an arXiv id"
            return "impossible arXiv id 'arXiv:\(candidate)': \(reason)"
        }
    }

    // MARK: - Finding the id-shaped part

    /// The text where a URL carries its id, before validation (`2313.00001v2`, `hep-th/9901001`).
    static func candidate(inURL url: String) -> String? {
        guard let address = WebAddress(url) else { return nil }
        let components = address.pathComponents.map(String.init)
        var idParts: ArraySlice<String>
        if address.isOnDomain("arxiv.org") || address.bareHost == "ar5iv.org" {
            // /abs/ID, /pdf/ID(.pdf), /html/ID(/), /format/ID, /ps/ID
            guard let kind = components.first, ["abs", "pdf", "html", "format", "ps"].contains(kind) else { return nil }
            idParts = components.dropFirst()
        } else if address.bareHost == "alphaxiv.org" {
            guard let kind = components.first, ["abs", "pdf", "overview"].contains(kind) else { return nil }
            idParts = components.dropFirst()
        } else if address.bareHost == "huggingface.co" {
            guard components.first == "papers", components.count >= 2 else { return nil }
            idParts = components.dropFirst()
        } else if address.bareHost == "doi.org" || address.bareHost == "dx.doi.org" {
            // /10.48550/arXiv.2305.18290
            guard components.count == 2, components[0] == "10.48550" else { return nil }
            let suffix = components[1]
            guard suffix.lowercased().hasPrefix("arxiv.") else { return nil }
            return String(suffix.dropFirst("arxiv.".count))
        } else {
            return nil
        }
        guard let first = idParts.first else { return nil }
        var candidate = first
        // Old-style ids span two components: an archive (`hep-th`, `math.GT`) and a number.
        if first.first?.isLetter == true, idParts.count >= 2,
           let number = idParts.dropFirst().first, number.first?.isASCIIDigit == true {
            candidate = first + "/" + number
        }
        if candidate.lowercased().hasSuffix(".pdf") { candidate.removeLast(4) }
        return candidate.isEmpty ? nil : candidate
    }

    private static func textCandidates(in text: String) -> [String] {
        var candidates: [String] = []
        var reader = InlineReader(text)
        while !reader.isAtEnd {
            let startsWord = reader.peek(-1).map { !($0.isLetter || $0.isNumber || $0 == "/" || $0 == ".") } ?? true
            guard startsWord, reader.hasPrefix("arxiv:", caseInsensitive: true) else {
                reader.advance()
                continue
            }
            reader.advance(6)
            reader.skipWhitespace()
            var candidate = ""
            while let character = reader.current, character.isLetter || character.isNumber || ".-/".contains(character) {
                candidate.append(character)
                reader.advance()
            }
            while candidate.hasSuffix(".") { candidate.removeLast() }
            if candidate.first?.isASCIIDigit == true || candidate.contains("/") { candidates.append(candidate) }
        }
        return candidates
    }
}
