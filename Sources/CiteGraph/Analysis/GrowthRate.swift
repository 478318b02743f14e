import Foundation

/// Summary figures of a set of publication dates.
public enum GrowthRate {
    /// The median date: the middle one, or the day halfway between the two middle ones (rounded
    /// down). Nil for no dates.
    public static func median(_ days: [CalendarDay]) -> CalendarDay? {
        guard !days.isEmpty else { return nil }
        let numbers = days.map(\.dayNumber).sorted()
        let mid = numbers.count / 2
        if numbers.count % 2 == 1 { return CalendarDay(dayNumber: numbers[mid]) }
        let sum = numbers[mid - 1] + numbers[mid]
        return CalendarDay(dayNumber: sum >= 0 ? sum / 2 : (sum - 1) / 2)
    }

    /// Compound annual growth rate, as bibliometrix's annual growth rate: papers of the last
    /// calendar year over papers of the first, to the power 1/(last year − first year), minus 1.
    /// Nil when the dates span less than 365 days (a partial year says nothing about growth).
    public static func cagr(_ days: [CalendarDay]) -> Double? {
        guard let first = days.min(), let last = days.max(), last.dayNumber - first.dayNumber >= 365 else { return nil }
        let startCount = days.filter { $0.year == first.year }.count
        let endCount = days.filter { $0.year == last.year }.count
        let years = Double(last.year - first.year)
        return pow(Double(endCount) / Double(startCount), 1 / years) - 1
    }
}
