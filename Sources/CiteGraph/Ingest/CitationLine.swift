/// A paper written as a bibliography line, with no link: its arXiv id as text, at its end.
///
/// - `The Power of Scale for Parameter-Efficient Prompt Tuning. arXiv:2104.08691` → the title.
/// - `Lester, B., … (2021). The Power of … Prompt Tuning. arXiv preprint arXiv:2104.08691.` → the
///   title after the authors and year (APA).
/// - `Title, arXiv:2203.02155 (2022)`: a year, a venue in brackets and punctuation may follow the id.
///
/// A sentence citing a paper is none: there the id is a word of the sentence (`We build on
/// arXiv:2104.08691 and extend it`, `as shown in arXiv:…`), not set apart from a title before it
/// by a period, comma, colon or dash, nor at the line's end.
enum CitationLine {
    /// The title of `text` (a line's words, label links left out) when it is such a line: exactly
    /// one `arXiv:ID`, ending the line but for a year, bracketed groups and punctuation, after at
    /// least three words and a separator (and maybe `arXiv preprint`); nil otherwise.
    static func title(of text: String) -> String? {
        let text = text.collapsingWhitespace()
        guard ArxivURL.ids(inText: text).count == 1, let prefix = text.firstRange(of: /(?i)arxiv:\s*/),
              text[prefix.upperBound...].firstRange(of: /(?i)arxiv:/) == nil else { return nil }
        // A footnote (`[^1]: see arXiv:…`), or the tail of a sentence wrapped onto this line.
        if text.hasPrefix("[^") || text.first?.isLowercase == true { return nil }
        var idEnd = text[prefix.upperBound...].firstIndex { !($0.isLetter || $0.isNumber || ".-/".contains($0)) } ?? text.endIndex
        while idEnd > prefix.upperBound, text[text.index(before: idEnd)] == "." { idEnd = text.index(before: idEnd) }
        // After the id: a year, bracketed groups (`(2022)`, `(NeurIPS 2022)`, `[cs.CL]`), punctuation.
        guard text[idEnd...].wholeMatch(of: /(?:[\s.,;]|\d{4}|\([^()]{0,40}\)|\[[^\[\]]{0,40}\])*/) != nil else { return nil }

        var before = text[..<prefix.lowerBound].trimmingWhitespace()
        // A numbered reference (`[1] Title. arXiv:…`, IEEE's `[2] A. Author et al., "Title," …`).
        if let number = before.prefixMatch(of: /\[\d{1,4}\]\s*/) { before = before[number.range.upperBound...] }
        if let preprint = before.firstMatch(of: /(?i)\s*(arxiv\s+)?preprint$/) {
            before = before[..<preprint.range.lowerBound]
        }
        // The id set apart from what precedes it, as a citation writes it: `Title. arXiv:…`,
        // `Title. arXiv preprint arXiv:…` (not `we build on the arXiv preprint arXiv:…`).
        // (A title may end in its own `?` or `!`; MLA closes it with a quote.)
        guard let last = before.last, ".,:;-–—|?!\"”".contains(last) else { return nil }
        if let word = before.split(separator: " ").last, citingWords.contains(word.lowercased().trimming(".,:;")) { return nil }
        var title = trimmed(before)
        if let quoted = before.firstMatch(of: /[“"]([^“”"]+)[”"]\s*$/) {
            // MLA: `Authors, et al. "Title." arXiv preprint arXiv:…`: the quoted title.
            title = trimmed(quoted.1)
        } else if let apa = title.wholeMatch(of: /(.+?)\s\((\d{4}[a-z]?|n\.d\.)\)\.?\s+(\S.*)/),
                  apa.1.contains(",") || apa.1.contains("&") || apa.1.contains("et al") {
            // APA: `Authors (2021). Title.`; the authors have commas or an `&` (or `et al.`).
            title = trimmed(apa.3)
        }
        guard title.split(separator: " ").count >= 3, !isSentence(title) else { return nil }
        return title
    }

    /// Whether a would-be title reads as a sentence about a paper rather than its name: it opens
    /// as sentences do (`This approach was…`, `Our implementation…`, `If you use this list…`,
    /// `For the details…`), asks the reader (`please refer to`, `cite`), or names authors, not a
    /// title (`… described by Ouyang et al.`). Titles rarely do (`This Looks Like That` does: a
    /// capital after the opener keeps it a title).
    static func isSentence(_ title: String) -> Bool {
        let words = title.split(whereSeparator: { $0 == " " }).map { String($0).trimming(".,:;!?\"“”'") }
        guard let first = words.first else { return false }
        let second = words.dropFirst().first ?? ""
        if sentenceOpeners.contains(first.lowercased()), second.first?.isLowercase ?? true { return true }
        let lowered = words.map { $0.lowercased() }
        if lowered.contains(where: readerWords.contains) { return true }
        return zip(lowered, lowered.dropFirst()).contains { $0 == "et" && $1 == "al" }
    }

    private static let sentenceOpeners: Set<String> = [
        "this", "these", "those", "our", "we", "if", "for", "please", "here", "thanks", "note", "see", "also", "as",
    ]
    private static let readerWords: Set<String> = ["please", "cite", "refer"]

    /// Words that send the reader to a paper from within a sentence (`…, see arXiv:…`, `e.g.`).
    private static let citingWords: Set<String> = ["see", "cf", "e.g", "i.e", "also", "in", "from", "by", "on", "of"]

    /// Without the separators around it, and a title's closing period (`Tuning.` → `Tuning`).
    private static func trimmed(_ text: Substring) -> String {
        var result = text.trimmingWhitespace()
        while let last = result.last, ".,:;-–—|".contains(last) { result = result.dropLast().trimmingWhitespace() }
        while let first = result.first, ",:;-–—|".contains(first) { result = result.dropFirst().trimmingWhitespace() }
        return String(result)
    }
}
