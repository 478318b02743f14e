import Testing
@testable import CiteGraph

@Suite struct ArxivIDTests {
    @Test func splitsNewStyleVersion() throws {
        let split = try #require(ArxivID.split("2305.18290v3"))
        #expect(split.id.rawValue == "2305.18290")
        #expect(split.version == 3)
    }

    @Test func splitsOldStyleVersion() throws {
        let split = try #require(ArxivID.split("hep-th/9901001v2"))
        #expect(split.id.rawValue == "hep-th/9901001")
        #expect(split.version == 2)
        #expect(split.id.isOldStyle)
        #expect(split.id.fileStem == "hep-th_9901001")
        #expect(ArxivID(fileStem: "hep-th_9901001") == split.id)
    }

    @Test func anOldStyleIDWithItsSubjectClassIsTheArchivesID() throws {
        // arXiv redirects abs/math.DG/0211159 to abs/math/0211159: one paper, one id.
        let split = try #require(ArxivID.split("math.DG/0211159v2"))
        #expect(split.id.rawValue == "math/0211159")
        #expect(split.version == 2)
        #expect(ArxivID("cond-mat.str-el/0501001")?.rawValue == "cond-mat/0501001")
        #expect(ArxivID("math.DG/0211159") == ArxivID("math/0211159"))
        #expect(ArxivID("math.DG/021115") == nil)
    }

    @Test func noVersion() throws {
        let split = try #require(ArxivID.split("0704.0001"))
        #expect(split.version == nil)
        #expect(split.id.yearMonth == (2007, 4) as (Int, Int))
    }

    @Test(arguments: [
        ("2313.00001", "month 13"),
        ("2305.1829", "5 digits"),
        ("0612.0001", "0704"),
        ("hep-th/990100", "7 digits"),
    ])
    func rejectsImpossibleIDs(id: String, why: String) {
        #expect(ArxivID(id) == nil)
        #expect(ArxivID.problem(with: id)?.contains(why) == true, "\(id): \(ArxivID.problem(with: id) ?? "nil")")
    }

    @Test func yearMonthOfOldStyle() throws {
        let id = try #require(ArxivID("hep-th/9901001"))
        #expect(id.yearMonth.year == 1999)
        #expect(id.yearMonth.month == 1)
    }
}
