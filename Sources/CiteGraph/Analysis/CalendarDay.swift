/// A proleptic Gregorian calendar day read from the corpus's `YYYY-MM-DD` strings, with a day
/// number for arithmetic (medians, spans). Plain integer math: no time zones, no Foundation.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(_ string: String) {
        // The usual form, read from the bytes; anything else goes the general way below.
        if let day = CalendarDay(digits: string.utf8) {
            self = day
            return
        }
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CalendarDay.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// `YYYY-MM-DD` with ASCII digits only, as a valid date; nil for anything else (which the
    /// general reader then judges, with the same result for valid digit forms).
    private init?(digits: String.UTF8View) {
        guard digits.count == 10 else { return nil }
        var year = 0, month = 0, day = 0
        for (i, byte) in digits.enumerated() {
            if i == 4 || i == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            if i < 4 { year = year * 10 + digit } else if i < 7 { month = month * 10 + digit } else { day = day * 10 + digit }
        }
        guard (1...12).contains(month), (1...CalendarDay.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Reads a bound given by a user: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. A lower bound starts at
    /// the first day of the year or month, an upper bound ends at its last day.
    public static func bound(_ string: String, upper: Bool) -> CalendarDay? {
        let parts = string.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }), parts[0].count == 4,
              let y = Int(parts[0]) else { return nil }
        switch parts.count {
        case 1: return upper ? CalendarDay(year: y, month: 12, day: 31) : CalendarDay(year: y, month: 1, day: 1)
        case 2:
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            return CalendarDay(year: y, month: m, day: upper ? daysIn(month: m, year: y) : 1)
        case 3: return CalendarDay(string)
        default: return nil
        }
    }

    public var description: String {
        let y = String(year), m = month < 10 ? "0\(month)" : "\(month)", d = day < 10 ? "0\(day)" : "\(day)"
        return "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)-\(d)"
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The inverse of `dayNumber` (civil_from_days).
    public init(dayNumber: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}
