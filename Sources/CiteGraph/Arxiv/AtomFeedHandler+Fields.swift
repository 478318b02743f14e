/// Turning the text of a feed's elements into entry fields: ids, category terms, counts.
extension AtomFeedHandler {
    static let errorIDMarker = Array("api/errors".utf8)
    /// What an entry starts from; its id is set last, once checked.
    static let emptyEntry = ArxivEntry(id: ArxivID(validatedRawValue: ""), title: "")
    static let entryIDPrefixes = [Array("http://arxiv.org/abs/".utf8), Array("https://arxiv.org/abs/".utf8)]

    /// A plain byte search (the generic `firstRange(of:)` and Foundation's `contains` cost more
    /// than the rest of the entry).
    static func contains(_ haystack: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard !pattern.isEmpty, haystack.count >= pattern.count else { return pattern.isEmpty }
        let first = pattern[0]
        outer: for start in 0...(haystack.count - pattern.count) where haystack[start] == first {
            for j in 1..<pattern.count where haystack[start + j] != pattern[j] { continue outer }
            return true
        }
        return false
    }

    /// The common entry id, `http://arxiv.org/abs/` and a new- or old-style id, split without
    /// building intermediate Strings: the same answer as `splitID(versionedID(fromEntryID:))`, or
    /// nil for "ask the slow path".
    static func splitEntryID(_ bytes: [UInt8]) -> (id: ArxivID, version: Int?)? {
        for prefix in entryIDPrefixes where hasPrefix(bytes, prefix) {
            let id = bytes[prefix.count...]
            return splitNewStyle(bytes: id) ?? splitOldStyle(bytes: id)
        }
        return nil
    }

    /// `starts(with:)`, as a plain loop (the generic one cost more than the rest of the id).
    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count else { return false }
        for index in prefix.indices where bytes[index] != prefix[index] { return false }
        return true
    }

    /// `ArxivID.split`, the byte-level fast paths tried first: the same answer (tests compare the
    /// two on every shape). Used for the ids `splitEntryID` does not take (`arXiv:…`, other hosts),
    /// so the fast paths it repeats cost only on those rare ids.
    static func splitID(_ versioned: String) -> (id: ArxivID, version: Int?)? {
        let bytes = Array(versioned.utf8)[...]
        if let fast = splitNewStyle(bytes: bytes) ?? splitOldStyle(bytes: bytes) { return fast }
        return ArxivID.split(versioned)
    }

    /// `YYMM.NNNNN[vN]` checked as `ArxivID.problem(with:)` does; nil means "ask the slow path".
    static func splitNewStyle(_ versioned: String) -> (id: ArxivID, version: Int?)? {
        splitNewStyle(bytes: Array(versioned.utf8)[...])
    }

    static func splitNewStyle(bytes: ArraySlice<UInt8>) -> (id: ArxivID, version: Int?)? {
        let base = bytes.startIndex
        func digit(_ i: Int) -> Int? {
            let b = bytes[base + i]
            return b >= 0x30 && b <= 0x39 ? Int(b - 0x30) : nil
        }
        var end = bytes.count
        var version: Int?
        var i = end
        while i > 0, digit(i - 1) != nil { i -= 1 }
        if i < end, i > 0, bytes[base + i - 1] == UInt8(ascii: "v") {
            guard end - i <= 9 else { return nil }
            var v = 0
            for j in i..<end { v = v * 10 + digit(j)! }
            guard v > 0 else { return nil }  // v0: the slow path says why
            version = v
            end = i - 1
        }
        guard end == 9 || end == 10, bytes[base + 4] == UInt8(ascii: "."),
              let y1 = digit(0), let y2 = digit(1), let m1 = digit(2), let m2 = digit(3)
        else { return nil }
        for j in 5..<end where digit(j) == nil { return nil }
        let yymm = y1 * 1000 + y2 * 100 + m1 * 10 + m2
        let month = m1 * 10 + m2
        guard (1...12).contains(month), yymm >= 704, end - 5 == (yymm >= 1501 ? 5 : 4) else { return nil }
        return (ArxivID(validatedRawValue: String(decoding: bytes[base..<base + end], as: UTF8.self)), version)
    }

    /// `archive/YYMMNNN[vN]` (`hep-th/9901001v2`) checked as
    /// `ArxivID.problem(with:)` does; nil means "ask the slow path".
    static func splitOldStyle(bytes: ArraySlice<UInt8>) -> (id: ArxivID, version: Int?)? {
        guard let slash = bytes.firstIndex(of: UInt8(ascii: "/")), slash > bytes.startIndex else { return nil }
        // An archive with its subject class (math.AG/…) or in capitals is left to the slow path,
        // which drops the class and lowercases the archive as arXiv does (math/…).
        for byte in bytes[..<slash] {
            let letter = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
            guard letter || byte == UInt8(ascii: "-") else { return nil }
        }
        let numberStart = slash + 1
        guard bytes.endIndex - numberStart >= 7 else { return nil }
        let numberEnd = numberStart + 7
        for byte in bytes[numberStart..<numberEnd] where byte < 0x30 || byte > 0x39 { return nil }
        let month = Int(bytes[numberStart + 2] - 0x30) * 10 + Int(bytes[numberStart + 3] - 0x30)
        guard (1...12).contains(month) else { return nil }
        var version: Int?
        if numberEnd < bytes.endIndex {
            // `v` and one to nine digits, nothing else.
            let digits = bytes[(numberEnd + 1)...]
            guard bytes[numberEnd] == UInt8(ascii: "v"), !digits.isEmpty, digits.count <= 9 else { return nil }
            var v = 0
            for byte in digits {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                v = v * 10 + Int(byte - 0x30)
            }
            guard v > 0 else { return nil }  // v0: the slow path says why
            version = v
        }
        return (ArxivID(validatedRawValue: String(decoding: bytes[..<numberEnd], as: UTF8.self)), version)
    }

    /// `http://arxiv.org/abs/hep-th/9901001v2` → `hep-th/9901001v2`; a bare id passes unchanged.
    static func versionedID(fromEntryID text: String) -> String {
        for prefix in ["http://arxiv.org/abs/", "https://arxiv.org/abs/"] where text.hasPrefix(prefix) {
            return String(Substring(text.utf8.dropFirst(prefix.utf8.count)))
        }
        let utf8 = text.utf8
        let marker = "/abs/".utf8
        var start = utf8.startIndex
        while let slash = utf8[start...].firstIndex(of: UInt8(ascii: "/")) {
            if utf8[slash...].starts(with: marker) {
                return String(text[utf8.index(slash, offsetBy: marker.count)...])
            }
            start = utf8.index(after: slash)
        }
        if text.hasPrefix("arXiv:") { return String(text.dropFirst(6)) }
        return text
    }

    static func sort(term: String, categories: inout [String], classes: inout [String]) {
        let code = trimmed(term)
        guard !code.isEmpty else { return }
        if ArxivTaxonomy.isArxivCategory(code) {
            categories.append(code)
            return
        }
        for piece in code.split(whereSeparator: { $0 == "," || $0 == ";" }) {
            let words = piece.split(whereSeparator: \.isWhitespace)
            if !words.isEmpty { classes.append(words.joined(separator: " ")) }
        }
    }

    static func trimmed(_ text: String) -> String {
        // Over the contiguous bytes: iterating `utf8` cost a call per byte.
        let hasSpace = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains(where: BodySniffer.isSpace)
        } ?? true
        if !hasSpace { return text }
        let words = text.split(whereSeparator: \.isWhitespace)
        return words.count == 1 ? String(words[0]) : words.joined(separator: " ")
    }

    static func integer(_ text: String, _ element: String) throws -> Int {
        guard let value = Int(text), value >= 0 else {
            throw AtomEntryProblem(message: "<\(element)> is '\(text)', not a count")
        }
        return value
    }
}

extension ArxivID {
    /// For ids already checked by `AtomFeedHandler.splitNewStyle`/`splitOldStyle` (same rules as
    /// `isValid`).
    fileprivate init(validatedRawValue: String) {
        rawValue = validatedRawValue
    }
}
