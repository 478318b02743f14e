import Foundation

/// Compares paper titles as lists and arXiv write them: case, punctuation, accents, hyphens and
/// TeX markup are normalized away, and a listed title that is one colon-separated part of the
/// other (`AdaLoRA: Adaptive Budget…` listed as `Adaptive Budget…`) still counts as a strong match.
public enum TitleNormalizer {
    /// Lowercase words of letters and digits, accents folded, apostrophes dropped, TeX markup
    /// removed, single spaces.
    public static func normalize(_ s: String) -> String {
        let folded = stripTeX(s)
            .precomposedStringWithCompatibilityMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .replacingOccurrences(of: "&", with: " and ")
        var out = ""
        var pendingSpace = false
        for scalar in folded.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" { continue }  // Don't = Dont, not "don t"
            if CharacterSet.alphanumerics.contains(scalar) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return out.lowercased()
    }

    /// Similarity in 0…1: 1 for titles equal after normalization, 0.98 when they differ only in
    /// spacing (`Fine-Tuning` vs `FineTuning`), `segmentScore` when one is a substantial
    /// colon-separated part of the other, else the Levenshtein ratio of the normalized titles
    /// (at most `differentNumbersCap` when their numbers differ).
    public static func similarity(_ a: String, _ b: String) -> Double {
        let na = normalize(a), nb = normalize(b)
        guard !na.isEmpty, !nb.isEmpty else { return 0 }
        if na == nb { return 1 }
        if na.replacingOccurrences(of: " ", with: "") == nb.replacingOccurrences(of: " ", with: "") { return 0.98 }
        var best = levenshteinRatio(na, nb)
        // `GPT-4 Technical Report` is not `GPT-3 Technical Report`, however close the letters are.
        if numbers(na) != numbers(nb) { best = min(best, differentNumbersCap) }
        if isSegment(of: a, matching: nb) || isSegment(of: b, matching: na) { best = max(best, segmentScore) }
        return best
    }

    /// The most two titles with different numbers in them can score: below the default threshold.
    public static let differentNumbersCap = 0.85

    /// The runs of digits in a normalized title, in order.
    static func numbers(_ normalized: String) -> [Substring] {
        normalized.split(whereSeparator: { !$0.isNumber })
    }

    /// Score of a listed title that is a whole part of the other around a colon (or `?`, ` -- `).
    /// Above the default threshold (0.9), below an exact match.
    public static let segmentScore = 0.95

    /// Whether the normalized `short` equals a run of colon-separated parts of `long`, and that run
    /// holds at least 3 words and half of `long`'s words (so `Self-Instruct` alone never matches).
    static func isSegment(of long: String, matching short: String) -> Bool {
        let parts = segments(long).map(normalize).filter { !$0.isEmpty }
        guard parts.count > 1 else { return false }
        let shortWords = short.split(separator: " ").count
        let longWords = parts.reduce(0) { $0 + $1.split(separator: " ").count }
        guard shortWords >= 3, shortWords * 2 >= longWords else { return false }
        for start in parts.indices {
            for end in start..<parts.count where !(start == 0 && end == parts.count - 1) {
                if parts[start...end].joined(separator: " ") == short { return true }
            }
        }
        return false
    }

    /// Parts of a title around `:`, `?`, `!`, ` - `, ` -- ` and dashes.
    static func segments(_ title: String) -> [String] {
        var text = title
        for separator in [" -- ", " — ", " – ", " - ", "—", "–"] {
            text = text.replacingOccurrences(of: separator, with: ":")
        }
        return text.split(whereSeparator: { $0 == ":" || $0 == "?" || $0 == "!" }).map(String.init)
    }

    /// 1 − edit distance / longer length, over Unicode scalars.
    static func levenshteinRatio(_ a: String, _ b: String) -> Double {
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
        let longest = max(x.count, y.count)
        guard longest > 0 else { return 1 }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...max(x.count, 1) where !x.isEmpty {
            current[0] = i
            for j in 1...max(y.count, 1) where !y.isEmpty {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return 1 - Double(previous[y.count]) / Double(longest)
    }

    /// Formatting commands whose argument is kept and whose name is dropped.
    private static let formattingCommands: Set<String> = [
        "emph", "textbf", "textit", "texttt", "textsc", "textrm", "textsf", "text", "mathrm", "mathbf",
        "mathit", "mathcal", "mathsf", "mathtt", "mbox", "url",
    ]
    /// TeX letters written as commands.
    private static let letterCommands: [String: String] = [
        "ss": "ss", "o": "o", "O": "O", "ae": "ae", "AE": "AE", "oe": "oe", "OE": "OE", "aa": "a", "AA": "A",
        "l": "l", "L": "L", "i": "i", "j": "j",
    ]

    /// Removes TeX markup: accent commands (`\"o` → `o`), formatting commands (`\emph{x}` → `x`),
    /// braces, `$` and `~`; other commands keep their name (`\LaTeX` → `LaTeX`).
    static func stripTeX(_ s: String) -> String {
        guard s.contains("\\") || s.contains("{") || s.contains("$") else { return s }
        var out = ""
        var chars = Array(s)[...]
        while let c = chars.first {
            chars = chars.dropFirst()
            switch c {
            case "\\":
                guard let next = chars.first else { break }
                if next.isLetter {
                    let name = String(chars.prefix(while: { $0.isLetter }))
                    chars = chars.dropFirst(name.count)
                    if let letter = letterCommands[name] {
                        out += letter
                    } else if ["u", "v", "H", "c", "d", "b", "t", "k", "r"].contains(name) {
                        // Accent command with a letter argument: the accent is folded away anyway.
                    } else if !formattingCommands.contains(name) {
                        out += name
                    }
                    if chars.first == " " && letterCommands[name] == nil { chars = chars.dropFirst() }
                } else if "\"'`^~=.".contains(next) {
                    chars = chars.dropFirst()  // accent on the following letter
                } else {
                    out.append(next == "&" ? "&" : next)
                    chars = chars.dropFirst()
                }
            case "{", "}", "$":
                break
            case "~":
                out.append(" ")
            default:
                out.append(c)
            }
        }
        return out
    }
}
