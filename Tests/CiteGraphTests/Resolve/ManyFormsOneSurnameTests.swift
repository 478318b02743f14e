import Testing
@testable import CiteGraph

/// Author resolution looks for merge candidates within buckets of one family name and one first
/// initial: with hundreds of forms under one surname the merges must be those of the rules, no
/// more, no fewer.
@Suite struct ManyFormsOneSurnameTests {
    static func paper(_ id: String, _ names: [String]) -> ArxivEntry {
        ArxivEntry(id: ArxivID(id)!, title: "Paper \(id)", authors: names.map { ArxivAuthor(name: $0) })
    }

    /// 300 people "Kaa Wang" … "Kln Wang", one paper each, beside the cases of the rules.
    static let corpus: [ArxivEntry] = {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var papers = [
            paper("2401.00001", ["Yizhong Wang", "Ann Lee"]),
            paper("2401.00002", ["Y. Wang", "Ann Lee"]),      // fits only Yizhong, shares Ann Lee: merged
            paper("2401.00003", ["Zhi Wang", "Bo Chen"]),
            paper("2401.00004", ["Zhen Wang", "Bo Chen"]),
            paper("2401.00005", ["Z. Wang", "Bo Chen"]),       // fits Zhi and Zhen: not merged
            paper("2401.00006", ["Wei X. Wang"]),
            paper("2401.00007", ["Wei Wang"]),                 // same given name: merged
            paper("2401.00008", ["Jun A. Wang"]),
            paper("2401.00009", ["Jun B. Wang"]),
            paper("2401.00010", ["Jun Wang"]),                 // fits two people: warned, not merged
            paper("2401.00011", ["K. Wang", "Ann Lee"]),       // fits 300 forms: not merged
            paper("2401.00012", ["Kaa R. Wang"]),              // same given name as filler 0: merged
        ]
        for k in 0..<300 {
            let id = "2402." + String(repeating: "0", count: 5 - String(k + 1).count) + String(k + 1)
            papers.append(paper(id, ["K\(letters[k / 26])\(letters[k % 26]) Wang"]))
        }
        return papers
    }()

    @Test func mergesAreThoseOfTheRules() throws {
        let resolution = AuthorResolver.resolve(Self.corpus, sections: [:], aliases: .init())
        let merged = resolution.authors.filter { $0.variants.count > 1 }
            .map { "\($0.name) <- " + $0.variants.dropFirst().joined(separator: ", ") }
        #expect(merged == ["Kaa R. Wang <- Kaa Wang", "Wei X. Wang <- Wei Wang", "Yizhong Wang <- Y. Wang"])
        // 12 forms of Wang plus Ann Lee and Bo Chen, and 300 fillers: 314 forms, 3 merges.
        #expect(resolution.authors.count == 311)
        #expect(resolution.diagnostics.map(\.message) == [
            "author 'Jun Wang' fits 'Jun A. Wang', 'Jun B. Wang', who are not one person: not merged",
        ])
        let yizhong = try #require(resolution.authors.first { $0.name == "Yizhong Wang" })
        #expect(yizhong.merges.first?.reason
            == "'Y. Wang' and 'Yizhong Wang': initial 'Y.' fits only 'Yizhong Wang' among all authors, who also wrote with co-author 'Ann Lee'")
        for name in ["Z. Wang", "Zhi Wang", "Zhen Wang", "K. Wang", "Jun Wang", "Klm Wang"] {
            #expect(resolution.authors.contains { $0.name == name && $0.variants == [name] }, "\(name)")
        }
    }
}
