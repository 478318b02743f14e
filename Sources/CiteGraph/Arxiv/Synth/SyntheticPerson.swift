/// A person of the synthetic corpus. Everything about them follows from their number and the
/// corpus seed by hashing, so the generator keeps no table of people however many there are.
/// Papers name a person in several ways ("Jane Q. Smith", "J. Q. Smith", "J.Q. Smith",
/// "Jane Smith", "Muller" for "Müller"), as arXiv's authors do, which is what author resolution
/// has to merge; and since surnames and given names are Zipf-distributed, many different people
/// share a surname and an initial, which it must not merge.
struct SyntheticPerson {
    let givenName: String
    /// "", "Q." or "Q. R.".
    let middleInitials: String
    let surname: String
    let institutions: [String]

    init(number: UInt64, seed: UInt64) {
        var random = SplitMix64(seed: SplitMix64.mix(number ^ SplitMix64.mix(seed ^ 0x9E0_91E)))
        givenName = SyntheticNames.givenName(random.zipfRank(SyntheticNames.givenNameCount))
        surname = SyntheticNames.surname(random.zipfRank(SyntheticNames.surnameCount))
        let middle = random.unit()
        middleInitials = middle < 0.30 ? "\(Self.letter(&random))."
            : middle < 0.35 ? "\(Self.letter(&random)). \(Self.letter(&random))." : ""
        var institutions = [SyntheticNames.institution(random.zipfRank(SyntheticNames.institutionCount))]
        if random.chance(0.1) {
            institutions.append(SyntheticNames.institution(random.zipfRank(SyntheticNames.institutionCount)))
        }
        self.institutions = institutions
    }

    /// How one paper writes this person's name.
    func mention(_ random: inout SplitMix64) -> String {
        let middle = middleInitials.isEmpty ? "" : middleInitials + " "
        let initial = givenName.first.map { "\($0)." } ?? ""
        let roll = random.unit()
        if roll < 0.70 { return givenName + " " + middle + surname }
        if roll < 0.82 { return initial + " " + middle + surname }
        if roll < 0.92 { return givenName + " " + surname }
        if roll < 0.97 { return initial + middleInitials.replacingSpaces + " " + surname }
        return Self.withoutDiacritics(givenName + " " + middle + surname)
    }

    private static func letter(_ random: inout SplitMix64) -> Character {
        let letters = Array("ABCDEFGHIJKLMNOPRSTVW")
        return letters[random.below(letters.count)]
    }

    /// How names are often typed without their accents. Only the letters the pools use.
    static func withoutDiacritics(_ name: String) -> String {
        String(name.map { plainLetters[$0] ?? $0 })
    }

    private static let plainLetters: [Character: Character] = [
        "á": "a", "à": "a", "ä": "a", "ã": "a", "å": "a", "é": "e", "è": "e", "ê": "e", "í": "i",
        "ı": "i", "ó": "o", "ö": "o", "ø": "o", "ú": "u", "ü": "u", "ç": "c", "č": "c", "ğ": "g",
        "ł": "l", "ń": "n", "ř": "r", "ś": "s", "š": "s", "ş": "s", "ý": "y", "ž": "z",
        "Á": "A", "É": "E", "Ł": "L", "Ö": "O", "Ø": "O", "Ü": "U", "Ś": "S", "Š": "S",
    ]
}

extension String {
    /// "Q. R." → "Q.R."
    fileprivate var replacingSpaces: String { filter { $0 != " " } }
}
