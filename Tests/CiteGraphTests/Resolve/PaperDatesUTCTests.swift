import Testing
@testable import CiteGraph

/// A date with an offset is placed on its UTC day (the tester's `2023-01-01T02:00:00+05:00` was
/// counted in 2023 although it is 2022-12-31 21:00 UTC); arXiv's `Z` dates stay as written.
@Suite struct PaperDatesUTCTests {
    @Test func anOffsetMovesTheDayToUTC() {
        // 02:00 at +05:00 is 21:00 the day before in UTC, across a year's end.
        #expect(PaperDates.day("2023-01-01T02:00:00+05:00") == "2022-12-31")
        // 22:30 at −03:00 is 01:30 the next day, across February's end in a leap year.
        #expect(PaperDates.day("2024-02-29T22:30:00-03:00") == "2024-03-01")
        // Offsets without a colon or minutes, and fractional seconds.
        #expect(PaperDates.day("2023-03-01T00:10:00.250+0100") == "2023-02-28")
        #expect(PaperDates.day("2023-03-01T00:10+01") == "2023-02-28")
        // The same day in UTC: unchanged.
        #expect(PaperDates.day("2023-01-01T06:00:00+05:00") == "2023-01-01")
        #expect(PaperDates.day("2023-06-15T12:00:00+00:00") == "2023-06-15")
        #expect(PaperDates.day("2023-06-15T23:59:59-00:00") == "2023-06-15")
    }

    @Test func utcAndDateOnlyStayAsWritten() {
        #expect(PaperDates.day("2022-12-31T23:59:59Z") == "2022-12-31")
        #expect(PaperDates.day("2023-01-01T00:00:00Z") == "2023-01-01")
        #expect(PaperDates.day("2023-01-01") == "2023-01-01")
        // No offset at all: the day as written (nothing says it is not UTC).
        #expect(PaperDates.day("2023-01-01T02:00:00") == "2023-01-01")
        // Something unreadable after the date: the date as written, not a guess.
        #expect(PaperDates.day("2023-01-01T2:00+05:00") == "2023-01-01")
    }
}
