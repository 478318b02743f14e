import Foundation

/// An arXiv identifier without its version: new style `2305.18290` (or `0704.0001`) and old style
/// `hep-th/9901001`. Validated on construction, so holding one means the id is well formed.
public struct ArxivID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    /// A version suffix is *not* accepted here: use `ArxivID.split`. An old-style id written with
    /// its subject class (`math.DG/0211159`, as lists copy it from listings) is the archive's id
    /// (`math/0211159`), the one arXiv knows it by; archive names are lowercase at arXiv, so
    /// `HEP-TH/9901001` is `hep-th/9901001` (the cache file and the request need that spelling).
    public init?(_ string: String) {
        guard ArxivID.isValid(string) else { return nil }
        if let slash = string.firstIndex(of: "/") {
            let archive = string[..<slash].prefix { $0 != "." }
            rawValue = archive.lowercased() + string[slash...]
        } else {
            rawValue = string
        }
    }

    public var description: String { rawValue }

    public static func < (lhs: ArxivID, rhs: ArxivID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let string = try container.decode(String.self)
        guard let id = ArxivID(string) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an arXiv id: \(string)")
        }
        self = id
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Splits `2305.18290v3` into (`2305.18290`, 3) and `hep-th/9901001` into (`hep-th/9901001`, nil).
    /// `v0` is refused: arXiv numbers versions from 1.
    public static func split(_ versioned: String) -> (id: ArxivID, version: Int?)? {
        let (base, version) = versionSuffix(of: versioned)
        guard version != 0, let id = ArxivID(String(base)) else { return nil }
        return (id, version)
    }

    /// Why `versioned` (an id, maybe with `vN`) is not a valid id, or nil when it is.
    public static func problem(withVersioned versioned: String) -> String? {
        let (base, version) = versionSuffix(of: versioned)
        if version == 0 { return "there is no version v0 (arXiv numbers versions from v1)" }
        return problem(with: String(base))
    }

    /// `2305.18290v3` → (`2305.18290`, 3); no validation of the id.
    private static func versionSuffix(of versioned: String) -> (base: Substring, version: Int?) {
        guard let v = versioned.lastIndex(of: "v"), v > versioned.startIndex else { return (Substring(versioned), nil) }
        let digits = versioned[versioned.index(after: v)...]
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let n = Int(digits) else { return (Substring(versioned), nil) }
        return (versioned[..<v], n)
    }

    public var isOldStyle: Bool { rawValue.contains("/") }

    /// Year and month the id was assigned (from YYMM), for dating papers arXiv gives no date for.
    public var yearMonth: (year: Int, month: Int) {
        let digits = isOldStyle ? String(rawValue.split(separator: "/").last!) : rawValue
        let yy = Int(digits.prefix(2))!
        let mm = Int(digits.dropFirst(2).prefix(2))!
        return (yy >= 91 ? 1900 + yy : 2000 + yy, mm)
    }

    /// The name of this paper's file in the cache (`/` of old-style ids becomes `_`).
    public var fileStem: String { rawValue.replacingOccurrences(of: "/", with: "_") }

    public init?(fileStem: String) {
        if let underscore = fileStem.firstIndex(of: "_") {
            var s = fileStem
            s.replaceSubrange(underscore...underscore, with: "/")
            self.init(s)
        } else {
            self.init(fileStem)
        }
    }

    /// Why `string` is not a valid id, or nil when it is. Used to report impossible ids with
    /// their line ("month 13", "wrong length").
    public static func problem(with string: String) -> String? {
        let parts = string.split(separator: "/", omittingEmptySubsequences: false)
        let number: Substring
        if parts.count == 2 {
            let archive = parts[0]
            guard !archive.isEmpty,
                  archive.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-" || $0 == ".") })
            else { return "bad archive name '\(archive)'" }
            number = parts[1]
            guard number.count == 7, number.allSatisfy(\.isASCIIDigit) else {
                return "old-style number must have 7 digits, has '\(number)'"
            }
        } else if parts.count == 1 {
            let pieces = string.split(separator: ".", omittingEmptySubsequences: false)
            guard pieces.count == 2, pieces[0].count == 4, pieces[0].allSatisfy(\.isASCIIDigit),
                  pieces[1].allSatisfy(\.isASCIIDigit)
            else { return "expected YYMM.NNNNN, got '\(string)'" }
            let yymm = Int(pieces[0])!
            let yy = yymm / 100
            let expectedLength = yymm >= 1501 ? 5 : 4
            guard pieces[1].count == expectedLength else {
                return "number after the dot must have \(expectedLength) digits for \(pieces[0]), has \(pieces[1].count)"
            }
            // New-style ids began in April 2007.
            guard yy >= 7, yymm >= 704 else { return "new-style ids start at 0704, got \(pieces[0])" }
            number = pieces[0]
        } else {
            return "too many '/' in '\(string)'"
        }
        let month = Int(number.dropFirst(2).prefix(2)) ?? 0
        guard (1...12).contains(month) else { return "month \(month) does not exist" }
        return nil
    }

    public static func isValid(_ string: String) -> Bool { problem(with: string) == nil }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
