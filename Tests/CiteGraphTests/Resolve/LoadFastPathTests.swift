import Testing
@testable import CiteGraph

/// The load stage's fast paths give what the general code gives: name words without Foundation's
/// folding, dates read byte by byte, whitespace left alone when there is none to collapse.
@Suite struct PersonNameWordsTests {
    @Test func latinNamesFoldWithoutFoundation() throws {
        #expect(PersonName.latinWords("Quoc V. Le") == ["quoc", "v", "le"])
        #expect(PersonName.latinWords("Jean-Pierre O'Neil") == ["jean", "pierre", "oneil"])
        #expect(PersonName.latinWords("José Álvarez-Muñoz") == ["jose", "alvarez", "munoz"])
        #expect(PersonName.latinWords("  Zoë  ÉLAN ") == ["zoe", "elan"])
        #expect(PersonName.latinWords("Łukasz Kaiser") == ["łukasz", "kaiser"])  // Foundation keeps ł
        #expect(PersonName.latinWords("R2D2 Smith") == ["r2d2", "smith"])
        #expect(PersonName.latinWords("") == [])
        // Beyond the table (CJK, Cyrillic, combining marks): left to Foundation.
        #expect(PersonName.latinWords("王 小明") == nil)
        #expect(PersonName.latinWords("Jose\u{301}") == nil)
        #expect(PersonName.words("Jose\u{301} Smith") == ["jose", "smith"])
    }

    /// Every character of the table, alone and beside another, folds as Foundation folds it.
    @Test func tableAgreesWithFoundationFolding() {
        let scalars = (0x1..<0x250).compactMap(Unicode.Scalar.init)
        var disagreements: [String] = []
        for scalar in scalars {
            for name in ["\(scalar)", "A\(scalar)b", "\(scalar)\(scalar)x", "o\(scalar) \(scalar)Z"] where PersonName.latinWords(name) != PersonName.foldedWords(name) {
                disagreements.append(name)
            }
        }
        #expect(disagreements.isEmpty)
    }
}

@Suite struct LoadHelpersTests {
    @Test func asciiDaysMatchTheCharacterReading() {
        #expect(PaperDates.day("2023-05-29T17:57:46Z") == "2023-05-29")
        #expect(PaperDates.day("2023-05-29") == "2023-05-29")
        #expect(PaperDates.day("1899-05-29") == nil)
        #expect(PaperDates.day("2023-00-29") == nil)
        #expect(PaperDates.day("2023-05-32") == nil)
        #expect(PaperDates.day(" 2023-05-29") == "2023-05-29")  // leading space: the character path
        #expect(PaperDates.day("2023-05-2") == nil)
        // An accent on the last digit makes it another character: not a date.
        #expect(PaperDates.day("2023-05-29\u{301}") == nil)
        #expect(PaperDates.asciiDay("2023-05-29\u{301}") == nil)
        #expect(PaperDates.asciiDay("2023-13-01") == .some(nil))
    }

    @Test func displaysCollapseWhitespace() {
        #expect(Authorship.display("Quoc V. Le") == "Quoc V. Le")
        #expect(Authorship.display(" Quoc  V.\tLe\n") == "Quoc V. Le")
        #expect(Authorship.display("Zoë\u{00A0}Smith") == "Zoë Smith")
        #expect(Authorship.display("") == "")
    }

    @Test func authorshipNumbersEachNameOnce() {
        var authorship = Authorship()
        authorship.addPaper(authors: ["Ann Lee", "Bo  Chen"])
        authorship.addPaper(authors: [])
        authorship.addPaper(authors: ["Bo Chen", "Cy Wu", "Ann Lee"])
        #expect(authorship.displays == ["Ann Lee", "Bo Chen", "Cy Wu"])
        #expect(Array(authorship.authors(of: 2)) == [1, 2, 0])
        let reordered = authorship.reordered([2, 0])
        #expect(reordered.paperCount == 2)
        #expect(Array(reordered.authors(of: 0)) == [1, 2, 0])
        #expect(Array(reordered.authors(of: 1)) == [0, 1])
    }

    @Test func papersGoInIDOrder() {
        let ids = ["hep-th/9901001", "2305.18290", "0704.0001", "2305.18290", "math.AG/0101001", "physics.acc-ph/9901001"]
            .map { ArxivID($0)! }
        // Byte order: digits before letters; equal ids in the order given.
        #expect(PaperOrder.byID(ids) == [2, 1, 3, 0, 4, 5])
        var items = ["a", "b", "c", "d"]
        PaperOrder.arrange(&items, as: [2, 0, 3, 1])
        #expect(items == ["c", "a", "d", "b"])
        PaperOrder.arrange(&items, as: [3, 0])
        #expect(items == ["b", "c"])
    }
}

@Suite struct EntryCorpusBuilderTests {
    @Test func lastEntryOfAnIDDescribesThePaperTheFirstGivesItsListedTitle() throws {
        var builder = EntryCorpusBuilder()
        builder.add(ArxivEntry(id: ArxivID("2301.00002")!, version: 2, title: "Old title",
                               authors: [ArxivAuthor(name: "Ann Lee")], published: "2023-01-02T00:00:00Z"))
        builder.add(ArxivEntry(id: ArxivID("2301.00001")!, title: "Other", authors: [ArxivAuthor(name: "Bo Chen")],
                               primaryCategory: "cs.NA", categories: ["cs.NA", "math.NA", "cs.LG"], comment: "5 pages"))
        builder.add(ArxivEntry(id: ArxivID("2301.00002")!, title: "New title",
                               authors: [ArxivAuthor(name: "Ann  Lee"), ArxivAuthor(name: "Cy Wu")]))
        let corpus = builder.build(origin: Corpus.Origin(kind: "feeds", source: "x", items: 3, entries: 3), aliases: .init())
        #expect(corpus.papers.map(\.arxivID.rawValue) == ["2301.00001", "2301.00002"])
        let first = corpus.papers[0], second = corpus.papers[1]
        #expect(first.categories == ["math.NA", "cs.LG"])
        #expect(first.primaryCategory == "math.NA")
        #expect(first.comment == "5 pages")
        #expect(first.links == ["https://arxiv.org/abs/2301.00001"])
        #expect(first.resolution == Resolution(method: .input, score: 1))
        #expect(second.title == "New title" && second.listedTitles == ["Old title"])
        #expect(second.version == 2)
        #expect(second.authors == ["Ann Lee", "Cy Wu"])
        #expect(second.published == "2023-01-01" && second.publishedDerived)
        #expect(corpus.authors.map(\.name) == ["Ann Lee", "Bo Chen", "Cy Wu"])
        #expect(corpus.diagnostics.map(\.message) == [
            "2301.00001: arXiv gives no publication date; using 2023-01-01 from the id",
            "2301.00002: arXiv gives no publication date; using 2023-01-01 from the id",
        ])
    }
}

@Suite struct CanonicalDisplayTests {
    /// `José` written precomposed and decomposed is one display string (as `String`s are equal),
    /// written as on the first paper in id order, whichever was read first.
    @Test func equivalentDisplaysAreOneWrittenAsFirstInIDOrder() {
        let composed = "Jos\u{E9} D\u{ED}az", decomposed = "Jose\u{301} Di\u{301}az"
        let resolution = AuthorResolver.resolve([
            ArxivEntry(id: ArxivID("2301.00002")!, title: "B", authors: [ArxivAuthor(name: composed)]),
            ArxivEntry(id: ArxivID("2301.00001")!, title: "A", authors: [ArxivAuthor(name: decomposed)]),
        ], sections: [:], aliases: .init())
        #expect(resolution.authors.count == 1)
        #expect(resolution.authors.first?.name.unicodeScalars.count == decomposed.unicodeScalars.count)
        #expect(resolution.authors.first?.variants.count == 1)
        #expect(resolution.authors.first?.papers.map(\.rawValue) == ["2301.00001", "2301.00002"])
        #expect(resolution.canonicalNames(paper: ArxivID("2301.00002")!).first?.unicodeScalars.count == decomposed.unicodeScalars.count)
    }

    @Test func namesSortAsStringsSort() {
        let names = ["Zoë Smith", "Zoe Smith", "Ångström Lee", "Anne Lee", "anne lee", "Jose\u{301} Di\u{301}az",
                     "Jos\u{E9} Diaz", "Bartholomew Alexander Wright", "Bartholomew Alexander Wrigley", "Łukasz Kaiser", "Lukas Kaiser"]
        var authors = names.map { Author(name: $0, variants: [$0], papers: []) }
        NameOrder.sort(&authors)
        #expect(authors.map(\.name) == names.sorted())
    }
}

@Suite struct SharedCoauthorTests {
    /// The co-author named is the first on the initial form's papers (paper, then author order)
    /// who also wrote with the full form, whichever side is cheaper to read.
    @Test func firstSharedCoauthorInPaperThenAuthorOrder() throws {
        func paper(_ id: String, _ names: [String]) -> ArxivEntry {
            ArxivEntry(id: ArxivID(id)!, title: id, authors: names.map { ArxivAuthor(name: $0) })
        }
        // J. Smith's papers hold 6 author positions, John Smith's 4: read from John Smith's side.
        let resolution = AuthorResolver.resolve([
            paper("2301.00001", ["J. Smith", "Ann Lee", "Bo Chen", "Cy Wu"]),
            paper("2301.00002", ["Di Ng", "J. Smith"]),
            paper("2301.00003", ["John Smith", "Di Ng"]),
            paper("2301.00004", ["John Smith", "Bo Chen"]),
        ], sections: [:], aliases: .init())
        let smith = try #require(resolution.authors.first { $0.name == "John Smith" })
        #expect(smith.merges.map(\.reason) == [
            "'J. Smith' and 'John Smith': initial 'J.' fits only 'John Smith' among all authors, who also wrote with co-author 'Bo Chen'",
        ])
        // The other way round: John Smith's papers hold far more positions (10 against 2).
        let other = AuthorResolver.resolve([
            paper("2301.00001", ["J. Smith", "Bo Chen"]),
            paper("2301.00002", ["John Smith", "Ann Lee", "Cy Wu", "Di Ng", "Ed Fox", "Flo Ray", "Gus Tam", "Hal Poe", "Bo Chen", "Ida Moe"]),
        ], sections: [:], aliases: .init())
        #expect(other.authors.first { $0.name == "John Smith" }?.merges.map(\.reason) == [
            "'J. Smith' and 'John Smith': initial 'J.' fits only 'John Smith' among all authors, who also wrote with co-author 'Bo Chen'",
        ])
    }
}
