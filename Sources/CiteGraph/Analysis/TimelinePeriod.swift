/// The width of a timeline bucket. Periods are numbered (months since year 0, quarters, years)
/// so that empty periods between two others can be listed.
public enum TimelinePeriod: String, Sendable, Hashable, Codable, CaseIterable {
    case month, quarter, year

    /// The number of the period holding `day`.
    public func index(of day: CalendarDay) -> Int {
        switch self {
        case .month: day.year * 12 + (day.month - 1)
        case .quarter: day.year * 4 + (day.month - 1) / 3
        case .year: day.year
        }
    }

    /// `2023-03`, `2023-Q1` or `2023`.
    public func label(_ index: Int) -> String {
        switch self {
        case .month:
            let month = index % 12 + 1
            return "\(index / 12)-\(month < 10 ? "0" : "")\(month)"
        case .quarter: return "\(index / 4)-Q\(index % 4 + 1)"
        case .year: return "\(index)"
        }
    }

    /// The first day of the period, for placing it on a time axis.
    public func firstDay(_ index: Int) -> CalendarDay {
        switch self {
        case .month: CalendarDay(year: index / 12, month: index % 12 + 1, day: 1)
        case .quarter: CalendarDay(year: index / 4, month: (index % 4) * 3 + 1, day: 1)
        case .year: CalendarDay(year: index, month: 1, day: 1)
        }
    }

    /// The last day of the period.
    public func lastDay(_ index: Int) -> CalendarDay { CalendarDay(dayNumber: firstDay(index + 1).dayNumber - 1) }
}
