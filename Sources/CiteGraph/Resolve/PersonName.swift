import Foundation

/// An author's name as compared: Unicode NFKC, accents folded, lowercase, hyphens and periods as
/// word breaks (`Jean-Pierre` = `Jean Pierre`, `Quoc V.` = `Quoc V`). The last word is the family
/// name (after a `Jr.`-style suffix is set aside), the words before it the given names; a one-letter
/// given name is an initial.
struct PersonName: Hashable, Sendable {
    /// All words, normalized, joined with single spaces: names with equal keys are the same name.
    var key: String
    var given: [String]
    var family: String

    init(_ name: String) {
        let words = Self.words(name)
        var family = words.last ?? ""
        var given = Array(words.dropLast())
        if Self.suffixes.contains(family), given.count >= 2, let last = given.popLast() {
            family = last + " " + family
        }
        self.key = words.joined(separator: " ")
        self.given = given
        self.family = family
    }

    static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    static func words(_ name: String) -> [String] {
        latinWords(name) ?? foldedWords(name)
    }

    /// `words` through Foundation's folding: the reference, for any script.
    static func foldedWords(_ name: String) -> [String] {
        let folded = name.precomposedStringWithCompatibilityMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if CharacterSet.letters.contains(scalar) || CharacterSet.decimalDigits.contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // O'Neil = ONeil
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    static func isInitial(_ word: String) -> Bool { word.count == 1 }

    /// Whether the first given name is written out (not an initial).
    var hasFullGivenName: Bool { given.first.map { !Self.isInitial($0) } ?? false }

    /// How two names with the same family name relate.
    enum Relation: Equatable {
        case same
        /// Same first given name written out; they differ only by middle names or initials that
        /// one leaves out or abbreviates.
        case middleInitial
        /// The first given name is an initial on one side (or both) and fits the other.
        case givenInitial
        case conflict
    }

    func relation(to other: PersonName) -> Relation {
        guard family == other.family, !given.isEmpty, !other.given.isEmpty else {
            return key == other.key ? .same : .conflict
        }
        if key == other.key { return .same }
        guard let first = Self.wordsFit(given[0], other.given[0]) else { return .conflict }
        let rest = given.dropFirst(), otherRest = other.given.dropFirst()
        let (short, long) = rest.count <= otherRest.count ? (rest, otherRest) : (otherRest, rest)
        guard Self.fitsAsSubsequence(short, of: long) else { return .conflict }
        return first && hasFullGivenName ? .middleInitial : .givenInitial
    }

    /// nil when the words cannot be the same name; true when they are written the same.
    static func wordsFit(_ a: String, _ b: String) -> Bool? {
        if a == b { return true }
        if isInitial(a), b.hasPrefix(a) { return false }
        if isInitial(b), a.hasPrefix(b) { return false }
        return nil
    }

    /// Whether `short` can be `long` with some words left out (each kept word equal or its initial).
    static func fitsAsSubsequence(_ short: ArraySlice<String>, of long: ArraySlice<String>) -> Bool {
        var j = long.startIndex
        for word in short {
            while j < long.endIndex, wordsFit(word, long[j]) == nil { j += 1 }
            guard j < long.endIndex else { return false }
            j += 1
        }
        return true
    }
}
