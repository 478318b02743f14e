/// Paper dates as the corpus holds them: `YYYY-MM-DD`, or `YYYY-MM-01` derived from the id's
/// YYMM where arXiv gives none.
public enum PaperDates {
    /// `2023-05-29T17:57:46Z` → `2023-05-29`; nil when `iso` does not start with a valid date.
    /// A time with an offset is the day in UTC (`2023-01-01T02:00:00+05:00` → `2022-12-31`), as
    /// arXiv's own `Z` dates are, so a paper's day does not depend on where its feed was written.
    public static func day(_ iso: String?) -> String? {
        guard let iso, let local = localDay(iso) else { return nil }
        guard let shift = utcDayShift(iso), shift != 0, let day = CalendarDay(local) else { return local }
        return CalendarDay(dayNumber: day.dayNumber + shift).description
    }

    /// -1, 0 or +1: how the day moves when the `THH:MM[:SS[.fff]]±HH[:MM]` after the date is read
    /// in UTC; nil for `Z`, no time, no offset or anything unreadable (the day as written).
    static func utcDayShift(_ iso: String) -> Int? {
        // arXiv's own dates end in Z: said before anything is copied (every paper's two dates pass here).
        guard let end = iso.utf8.last, end != UInt8(ascii: "Z"), end != UInt8(ascii: "z") else { return nil }
        let bytes = Array(iso.utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D })
        guard bytes.count > 10,
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t") || bytes[10] == UInt8(ascii: " ")
        else { return nil }
        var position = 11
        func number(_ digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<position + digits] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            position += digits
            return value
        }
        func skip(_ byte: Character) -> Bool {
            guard position < bytes.count, bytes[position] == byte.asciiValue else { return false }
            position += 1
            return true
        }
        guard let hour = number(2), hour < 24, skip(":"), let minute = number(2), minute < 60 else { return nil }
        if skip(":") {
            guard number(2) != nil else { return nil }
            if skip(".") || skip(",") { while number(1) != nil {} }
        }
        guard position < bytes.count else { return nil }
        let sign: Int
        switch bytes[position] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        position += 1
        guard let offsetHours = number(2), offsetHours < 24 else { return nil }
        _ = skip(":")
        let offsetMinutes = position < bytes.count ? number(2) : 0
        guard let offsetMinutes, offsetMinutes < 60, position == bytes.count else { return nil }
        let utcMinutes = hour * 60 + minute - sign * (offsetHours * 60 + offsetMinutes)
        return utcMinutes < 0 ? -1 : utcMinutes >= 24 * 60 ? 1 : 0
    }

    /// The date as written, before any offset is applied.
    static func localDay(_ iso: String) -> String? {
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
