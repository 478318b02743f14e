/// An item's title as a person reads it off the bullet.
///
/// - `Title [[Paper]](url) [[Code]](url)`: the text with the link labels removed → `Title`.
/// - `[Title](url)`, or `[Title](url) - what it is`: the leading link's text → `Title`.
/// - `[Title](paper url) NeurIPS 2023` or `… *A. Author, B. Author*`: the whole text, as written;
///   the link's text is a further reading to match (`readings`), for the link may hold the title
///   alone or only part of it (`[Program Synthesis](…) with Large Language Models`).
/// - `Follow-up: [Orca 2](paper url)`: a short key before such a link is no part of it → `Orca 2`.
/// - `Improving [LoRA](url) with X [[Paper]](url)`: a link inside the sentence keeps its text.
enum ItemTitle {
    static func compose(_ segments: [InlineSegment]) -> String {
        var meaningful = meaningfulSegments(segments)
        if meaningful.count >= 2, case .text(let key) = meaningful[0], isKey(key[...]),
           case .link(_, let url, false) = meaningful[1], LinkClassifier.namesPaper(url) {
            meaningful.removeFirst()
        }
        if case .link(let leading, _, let pictured)? = meaningful.first, !pictured, !isLabel(leading) {
            let rest = text(of: meaningful.dropFirst())
            if rest.isEmpty || separators.contains(where: rest.hasPrefix) {
                return leading.collapsingWhitespace()
            }
        }
        let title = trimSeparators(text(of: segments[...]))
        if !title.isEmpty { return title }
        for case .link(let text, _, _) in segments {
            let bare = trimSeparators(text.trimming("[]"))
            if !bare.isEmpty { return bare }
        }
        return ""
    }

    /// Shorter readings of a title written with its citation around it, for matching it to a
    /// paper: `"Title" (NeurIPS 2023)`, `Title. A. Author, B. Author. NeurIPS 2022.`,
    /// `Title (ICLR 2024)`, `[2023/05] Title` all read `Title`. Readings of at least three words, the title itself
    /// not among them; the title stays what the list shows.
    static func variants(of title: String) -> [String] {
        var found: [String] = []
        func add(_ reading: some StringProtocol) {
            let text = trimSeparators(String(reading)).trimming("\"“”' ")
            guard text.split(separator: " ").count >= 3, text != title, !found.contains(text) else { return }
            found.append(text)
        }
        /// Without the bracketed groups at its end: `Title (NeurIPS 2023) [pdf]` → `Title`.
        func withoutTrailingGroups(_ text: Substring) -> Substring {
            var rest = text
            while let match = rest.wholeMatch(of: /(.*\S)\s*[(\[][^()\[\]]*[)\]][\s.,;]*/) { rest = match.1 }
            return rest
        }
        /// Without the bracketed groups at its start: `[2023/05] [NeurIPS] Title` → `Title`.
        func withoutLeadingGroups(_ text: Substring) -> Substring {
            var rest = text
            while let match = rest.wholeMatch(of: /\s*[(\[][^()\[\]]*[)\]][\s:.,;-]*(\S.*)/) { rest = match.1 }
            return rest
        }
        if let quoted = title.firstMatch(of: /["“]([^"“”]{10,})["”]/) { add(quoted.1) }
        let bare = withoutLeadingGroups(withoutTrailingGroups(title[...]))
        add(bare)
        // The first sentence, when more follow (authors, venue): a period, a space, a capital.
        if let end = bare.firstRange(of: /\.\s+[A-Z*"“]/) {
            let sentence = bare[..<end.lowerBound]
            add(sentence)
            add(withoutTrailingGroups(sentence))
        }
        return found
    }

    /// The text a title is made of: text segments and link texts, label links and images left out
    /// (with the brackets that wrapped them: `Title [[paper](url)]` → `Title`).
    private static func text(of segments: ArraySlice<InlineSegment>) -> String {
        let joined = segments.map { segment -> String in
            switch segment {
            case .text(let text): text
            case .link(let text, _, let pictured): pictured || isLabel(text) ? " " : text
            case .image: " "
            }
        }.joined()
        guard joined.contains("[") || joined.contains("(") else { return joined.collapsingWhitespace() }
        return joined.replacing(/\[\s*\]|\(\s*\)/, with: " ").collapsingWhitespace()
    }

    /// Further readings of an item's title for matching: the text of a leading link to the paper
    /// itself (arXiv or a venue) when more follows it (a venue, authors, or the rest of the title).
    static func readings(_ segments: [InlineSegment]) -> [String] {
        let meaningful = meaningfulSegments(segments)
        guard meaningful.count > 1, case .link(let leading, let url, false) = meaningful[0], !isLabel(leading),
              !isVenueTag(leading), LinkClassifier.namesPaper(url) else { return [] }
        // One word (`Orca`, `LoRA`) is a name, too short a title to match on its own.
        let text = leading.collapsingWhitespace()
        return text == compose(segments) || text.split(separator: " ").count < 2 ? [] : [text]
    }

    /// The segments but whitespace between them.
    static func meaningfulSegments(_ segments: [InlineSegment]) -> [InlineSegment] {
        segments.filter { segment in
            if case .text(let text) = segment { return !text.allSatisfy(\.isWhitespace) }
            return true
        }
    }

    /// `Follow-up:`, `Survey:`: one to three words and a colon, introducing what follows.
    static func isKey(_ text: Substring) -> Bool {
        let trimmed = text.trimmingWhitespace()
        guard trimmed.hasSuffix(":"), trimmed.count <= 25 else { return false }
        return (1...3).contains(trimmed.dropLast().split(separator: " ").count)
    }

    /// `NeurIPS 2023`, `ICLR'24`, `ACL-2023`: a link text naming where a paper appeared, not the paper.
    private static func isVenueTag(_ text: String) -> Bool {
        text.trimmingWhitespace().wholeMatch(of: /[A-Za-z][A-Za-z&.\- ]{0,20}[\s'’\-]?\d{2}(\d{2})?/) != nil
    }

    /// Link texts that name the kind of link rather than the paper: `[Paper]`, `Code`, a bare URL,
    /// an id (`arXiv:2305.18290`, `2305.18290v2`).
    static func isLabel(_ linkText: String) -> Bool {
        // Past a leading emoji or symbol (`📄 Paper`, `💻 Code`).
        let text = String(linkText.trimmingWhitespace().drop { $0.isWhitespace || $0.isSymbol || $0.unicodeScalars.first?.properties.isEmojiPresentation == true })
        if text.isEmpty || (text.hasPrefix("[") && text.hasSuffix("]")) { return true }
        let lowered = text.lowercased()
        if lowered.hasPrefix("http://") || lowered.hasPrefix("https://") { return true }
        let id = lowered.hasPrefix("arxiv:") ? String(text.dropFirst(6)).trimmingWhitespace() : text
        if ArxivID.split(id) != nil { return true }
        return labelWords.contains(lowered.trimming(":.()"))
    }

    private static let labelWords: Set<String> = [
        "paper", "pdf", "arxiv", "abs", "html", "code", "github", "repo", "repository", "blog", "post",
        "website", "site", "project", "project page", "page", "homepage", "home", "slides", "video",
        "talk", "poster", "dataset", "data", "demo", "model", "models", "weights", "checkpoint",
        "huggingface", "hugging face", "hf", "openreview", "acl", "link", "url", "doi", "bib",
        "bibtex", "citation", "leaderboard", "benchmark", "twitter", "thread", "notebook", "colab",
        "docs", "documentation", "tweet", "youtube",
    ]

    private static let separators = ["-", "–", "—", ":", "|", ",", ";", "."]

    private static func trimSeparators(_ text: String) -> String {
        var result = Substring(text.collapsingWhitespace())
        while let last = result.last, "-–—|:,;".contains(last) || (".".contains(last) && result.dropLast().last == " ") {
            result = result.dropLast().trimmingWhitespace()
        }
        while let first = result.first, "-–—|:,;".contains(first) { result = result.dropFirst().trimmingWhitespace() }
        return String(result)
    }
}

extension String {
    func trimming(_ set: String) -> String {
        var result = Substring(self)
        while let first = result.first, set.contains(first) { result = result.dropFirst() }
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return String(result)
    }
}
