/// Paper dates as the corpus holds them: `YYYY-MM-DD`, or `YYYY-MM-01` derived from the id's
/// YYMM where arXiv gives none.
public enum PaperDates {
    /// `2023-05-29T17:57:46Z` → `2023-05-29`; nil when `iso` does not start with a valid date.
    public static func day(_ iso: String?) -> String? {
        guard let iso else { return nil }
        if let day = asciiDay(iso) { return day }
        let head = Array(iso.trimmingPrefixWhitespace().prefix(10))
        guard head.count == 10, head[4] == "-", head[7] == "-",
              let year = Int(String(head[0..<4])), let month = Int(String(head[5..<7])), let day = Int(String(head[8..<10])),
              year > 1900, (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return String(head)
    }

    /// `day` for the usual `YYYY-MM-DD…` in ASCII, byte by byte: `.some` with `day`'s answer,
    /// or nil when `iso` is not of that shape (then `day` reads it character by character).
    static func asciiDay(_ iso: String) -> String?? {
        var fields = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in iso.utf8 {
            if count == 10 {
                // An ASCII byte after the day starts a new character; anything else could combine
                // with the last digit.
                guard byte < 0x80 else { return nil }
                break
            }
            if count == 4 || count == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let digit = Int(byte - UInt8(ascii: "0"))
                switch count {
                case 0..<4: fields.year = fields.year * 10 + digit
                case 5..<7: fields.month = fields.month * 10 + digit
                default: fields.day = fields.day * 10 + digit
                }
            }
            count += 1
        }
        guard count == 10 else { return nil }
        guard fields.year > 1900, (1...12).contains(fields.month), (1...31).contains(fields.day) else { return .some(nil) }
        return .some(String(decoding: iso.utf8.prefix(10), as: UTF8.self))
    }

    /// `2305.18290` → `2023-05-01`; `hep-th/9901001` → `1999-01-01`.
    public static func derived(from id: ArxivID) -> String {
        let (year, month) = id.yearMonth
        return "\(year)-\(month < 10 ? "0" : "")\(month)-01"
    }

    /// The first version's date, or the id's month (derived) when arXiv gives none.
    public static func published(_ entry: ArxivEntry) -> (date: String, derived: Bool) {
        if let day = day(entry.published) { return (day, false) }
        return (derived(from: entry.id), true)
    }

    /// The latest version's date; nil when arXiv gives none.
    public static func updated(_ entry: ArxivEntry) -> String? { day(entry.updated) }
}

private extension String {
    func trimmingPrefixWhitespace() -> Substring { drop(while: \.isWhitespace) }
}
