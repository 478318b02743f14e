import Testing
@testable import CiteGraph

@Suite struct AuthorResolverTests {
    static func paper(_ id: String, _ names: [String]) -> ArxivEntry {
        ArxivEntry(id: ArxivID(id)!, title: "Paper \(id)", authors: names.map { ArxivAuthor(name: $0) })
    }

    static func resolve(_ papers: [ArxivEntry], sections: [ArxivID: [SectionPath]] = [:],
                        aliases: AuthorAliases = .init()) -> AuthorResolution {
        AuthorResolver.resolve(papers, sections: sections, aliases: aliases)
    }

    /// Every merged author as `canonical <- variant, variant`.
    static func merged(_ resolution: AuthorResolution) -> [String] {
        resolution.authors.filter { $0.variants.count > 1 }.map { "\($0.name) <- " + $0.variants.dropFirst().joined(separator: ", ") }
    }

    @Test func bundledSnapshotHasExactlyTheTwoTrueMerges() throws {
        let resolution = Self.resolve(try BundledCacheEntries.load())
        #expect(Self.merged(resolution) == ["Ed H. Chi <- Ed Chi", "Quoc V. Le <- Quoc Le"])
        let le = try #require(resolution.authors.first { $0.name == "Quoc V. Le" })
        #expect(le.merges.map(\.variant) == ["Quoc Le"])
        #expect(le.merges.first?.reason == "'Quoc Le' and 'Quoc V. Le': same given name 'Quoc', differ only by a middle name or initial")
        #expect(le.papers.count == 4)
        // Look-alikes that stay apart.
        let names = Set(resolution.authors.map(\.name))
        for name in ["Can Xu", "Canwen Xu", "Yizhong Wang", "Yuyao Wang", "Scott Wen-tau Yih", "Wen-tau Yih"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(resolution.diagnostics.isEmpty)
    }

    @Test func differentGivenNamesAreNeverMerged() {
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["Can Xu", "Yizhong Wang"]),
            Self.paper("2301.00002", ["Canwen Xu", "Yuyao Wang"]),
            Self.paper("2301.00003", ["C. Xu", "Y. Wang"]),
        ], sections: [:])
        #expect(Self.merged(resolution).isEmpty)
        #expect(resolution.authors.count == 6)
    }

    @Test func middleInitialWithTheSameGivenNameMerges() {
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["Quoc V. Le", "Jason Wei"]),
            Self.paper("2301.00002", ["Quoc Le"]),
            Self.paper("2301.00003", ["Quoc Le"]),
        ])
        // "Quoc Le" is the more frequent full form.
        #expect(Self.merged(resolution) == ["Quoc Le <- Quoc V. Le"])
        #expect(resolution.canonicalName(paper: ArxivID("2301.00001")!, position: 0) == "Quoc Le")
        #expect(resolution.canonicalName(paper: ArxivID("2301.00001")!, position: 1) == "Jason Wei")
    }

    @Test func formWithoutInitialFittingTwoPeopleMergesWithNeither() {
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["John A. Smith"]),
            Self.paper("2301.00002", ["John B. Smith"]),
            Self.paper("2301.00003", ["John Smith"]),
        ])
        #expect(Self.merged(resolution).isEmpty)
        #expect(resolution.diagnostics.map(\.message) == [
            "author 'John Smith' fits 'John A. Smith', 'John B. Smith', who are not one person: not merged",
        ])
    }

    @Test func initialFittingTwoFullFormsIsNotMerged() {
        let s = SectionPath(["Benchmarks"])
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["J. Smith", "Ann Lee"]),
            Self.paper("2301.00002", ["John Smith", "Ann Lee"]),
            Self.paper("2301.00003", ["Jane Smith", "Ann Lee"]),
        ], sections: [ArxivID("2301.00001")!: [s], ArxivID("2301.00002")!: [s], ArxivID("2301.00003")!: [s]])
        #expect(Self.merged(resolution).isEmpty)
    }

    @Test func initialFittingOneCoauthorsFormMerges() {
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["J. Smith", "Ann Lee"]),
            Self.paper("2301.00002", ["John Smith", "Ann Lee"]),
            Self.paper("2301.00003", ["Jane Doe"]),
        ])
        #expect(Self.merged(resolution) == ["John Smith <- J. Smith"])
        let reason = resolution.authors.first { $0.name == "John Smith" }?.merges.first?.reason
        #expect(reason == "'J. Smith' and 'John Smith': initial 'J.' fits only 'John Smith' among all authors, who also wrote with co-author 'Ann Lee'")
    }

    @Test func initialWithoutCoauthorOrSectionEvidenceIsNotMerged() {
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["J. Smith", "Ann Lee"]),
            Self.paper("2301.00002", ["John Smith", "Bob Ray"]),
        ], sections: [ArxivID("2301.00001")!: [SectionPath(["A"])], ArxivID("2301.00002")!: [SectionPath(["B"])]])
        #expect(Self.merged(resolution).isEmpty)
    }

    @Test func initialInTheSameSectionMerges() {
        let s = SectionPath(["Evaluation", "Benchmarks"])
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["J. Smith", "Ann Lee"]),
            Self.paper("2301.00002", ["John Smith", "Bob Ray"]),
        ], sections: [ArxivID("2301.00001")!: [s], ArxivID("2301.00002")!: [s]])
        #expect(Self.merged(resolution) == ["John Smith <- J. Smith"])
        #expect(resolution.authors.first { $0.name == "John Smith" }?.merges.first?.reason.hasSuffix(
            "listed in the same section 'Evaluation > Benchmarks'") == true)
    }

    @Test func namesOnTheSamePaperAreDifferentPeople() {
        let resolution = Self.resolve([Self.paper("2301.00001", ["Quoc V. Le", "Quoc Le"])])
        #expect(Self.merged(resolution).isEmpty)
    }

    @Test func accentsHyphensCaseAndNFKCAreTheSameName() {
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["Dirk Wübben", "Jean-Pierre Martin"]),
            Self.paper("2301.00002", ["Dirk Wubben", "Jean Pierre Martin"]),
            Self.paper("2301.00003", ["Dirk Wu\u{0308}bben", "JEAN-PIERRE MARTIN"]),
            Self.paper("2301.00004", ["Ｄｉｒｋ Wübben"]),  // full-width letters
        ])
        #expect(resolution.authors.count == 2)
        let dirk = resolution.authors.first { $0.name.hasPrefix("Dirk") }
        // "Dirk Wübben" written precomposed twice (the decomposed form is equal to it as a String).
        #expect(dirk?.name == "Dirk Wübben")
        #expect(Set(dirk?.variants ?? []) == ["Dirk Wübben", "Dirk Wubben", "Ｄｉｒｋ Wübben"])
        #expect(dirk?.merges.allSatisfy { $0.reason.contains("after normalizing case, accents, hyphens and periods") } == true)
        let jean = resolution.authors.first { $0.name.hasPrefix("Jean") }
        #expect(jean?.name == "Jean Pierre Martin")  // not the all-capitals form; then alphabetical
        #expect(jean?.variants.count == 3)
        #expect(jean?.papers.count == 3)
    }

    @Test func aliasesForceAndSplit() throws {
        let aliases = try AuthorAliases.parse("""
            Q. Le\tQuoc V. Le
            Quoc Le\t!split
            """, path: "aliases.tsv")
        let resolution = Self.resolve([
            Self.paper("2301.00001", ["Quoc V. Le"]),
            Self.paper("2301.00002", ["Quoc Le"]),
            Self.paper("2301.00003", ["Q. Le"]),
        ], aliases: aliases)
        #expect(Self.merged(resolution) == ["Quoc V. Le <- Q. Le"])
        #expect(resolution.authors.first { $0.name == "Quoc V. Le" }?.merges == [Author.Merge(variant: "Q. Le", reason: "alias aliases.tsv:1")])
        #expect(resolution.authors.map(\.name) == ["Quoc Le", "Quoc V. Le"])
    }

    @Test func badAliasLineNamesFileAndLine() {
        #expect(throws: CiteGraphError("aliases.tsv:2: unknown directive '!merge' (expected a name or !split)")) {
            try AuthorAliases.parse("A B\tA. B\nC D\t!merge\n", path: "aliases.tsv")
        }
    }
}
