import Foundation

/// The common case of `PersonName.words` without Foundation's string folding, which costs
/// microseconds a name: names written in ASCII and the Latin letters up to U+024F (`é`, `ø`, `ł`,
/// `ş`). Each such character is folded on its own, by a table that Foundation's folding fills
/// once, character by character: these characters are all starters that compose with nothing
/// after them, so folding a name is folding its characters one by one.
extension PersonName {
    /// What one character becomes in a name's words.
    private enum Piece {
        /// Lowercase ASCII letter or digit (the character itself, folded).
        case ascii(UInt8)
        /// Folded letters or digits (UTF-8), with word breaks where the folding gives them.
        case folded([Fold])
        case wordBreak
        /// `'` and `’`: left out (O'Neil = ONeil).
        case skip
    }

    private enum Fold {
        case letters([UInt8])
        case wordBreak
    }

    /// Characters below this are folded by the table.
    private static let tableLimit: UInt32 = 0x250

    private static let pieces: [Piece] = (0..<tableLimit).map { value in
        let scalar = Unicode.Scalar(value)!
        if value < 0x80 {
            switch UInt8(value) {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .ascii(UInt8(value))
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): return .ascii(UInt8(value) + 32)
            case UInt8(ascii: "'"): return .skip
            default: return .wordBreak
            }
        }
        // The reference folding of this one character, split the way `foldedWords` splits.
        var folds: [Fold] = []
        var current: [UInt8] = []
        let folded = String(Character(scalar)).precomposedStringWithCompatibilityMapping
            .folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        for s in folded.unicodeScalars {
            if CharacterSet.letters.contains(s) || CharacterSet.decimalDigits.contains(s) {
                current += Array(String(s).utf8)
            } else if s == "'" || s == "\u{2019}" {
                continue
            } else {
                if !current.isEmpty { folds.append(.letters(current)); current = [] }
                folds.append(.wordBreak)
            }
        }
        if !current.isEmpty { folds.append(.letters(current)) }
        if folds.isEmpty { return .skip }
        if folds.count == 1, case .wordBreak = folds[0] { return .wordBreak }
        return .folded(folds)
    }

    /// nil when the name holds a character beyond the table (or `’`), for `foldedWords`.
    static func latinWords(_ name: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        func endWord() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in name.unicodeScalars {
            guard scalar.value < tableLimit else { return nil }
            switch pieces[Int(scalar.value)] {
            case .ascii(let byte): current.append(byte)
            case .skip: continue
            case .wordBreak: endWord()
            case .folded(let folds):
                for fold in folds {
                    switch fold {
                    case .letters(let bytes): current += bytes
                    case .wordBreak: endWord()
                    }
                }
            }
        }
        endWord()
        return words
    }
}
