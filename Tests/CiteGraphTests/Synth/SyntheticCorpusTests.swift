import Testing
@testable import CiteGraph

@Suite struct SyntheticCorpusTests {
    /// One corpus shared by the distribution tests: two collaboration papers (numbers 4 999 and 14 999).
    static let sample: [ArxivEntry] = Array((try? SyntheticCorpus(papers: 20_000, seed: 2026)) ?? SyntheticCorpus.empty)

    @Test func sameSeedGivesTheSameEntries() throws {
        let first = Array(try SyntheticCorpus(papers: 1_500, seed: 9))
        let second = Array(try SyntheticCorpus(papers: 1_500, seed: 9))
        #expect(first.count == 1_500)
        #expect(first == second)
    }

    @Test func differentSeedsGiveDifferentEntries() throws {
        let first = Array(try SyntheticCorpus(papers: 500, seed: 1))
        let second = Array(try SyntheticCorpus(papers: 500, seed: 2))
        // Same ids (the calendar does not depend on the seed), different people and titles.
        #expect(first.map(\.title) != second.map(\.title))
        #expect(first.map(\.authors) != second.map(\.authors))
    }

    @Test func givesExactlyTheRequestedNumberOfUniqueValidIDs() {
        let entries = Self.sample
        #expect(entries.count == 20_000)
        #expect(Set(entries.map(\.id)).count == 20_000)
        // Ids come month by month, numbered from 1 within the month (and archive).
        #expect(entries.contains { $0.id.rawValue.hasSuffix("/9108001") })
        #expect(entries.contains { $0.id.rawValue == "0704.0001" })
        #expect(entries.contains { $0.id.rawValue == "1501.00001" })
        #expect(entries.contains { $0.id.rawValue == "2611.00001" })
        for entry in entries {
            #expect(ArxivID.isValid(entry.id.rawValue))
        }
    }

    @Test func idsMatchTheirDatesAndOldStyleMatchesThePrimaryArchive() throws {
        for entry in Self.sample {
            let published = try #require(entry.published)
            let (year, month) = entry.id.yearMonth
            let yearMonth = "\(year)-\(month < 10 ? "0" : "")\(month)"
            #expect(published.hasPrefix(yearMonth), "\(entry.id) published \(published)")
            #expect(entry.id.isOldStyle == (yearMonth < "2007-04"), "\(entry.id)")
            #expect(try #require(entry.updated) >= published)
            if entry.id.isOldStyle, let primary = entry.primaryCategory {
                let archive = ArxivTaxonomy.categories[primary]?.archive
                #expect(entry.id.rawValue.hasPrefix("\(archive ?? "?")/"), "\(entry.id) in \(primary)")
            }
        }
    }

    @Test func oneCollaborationPaperWithOver1000AuthorsPer10000Papers() throws {
        let big = Self.sample.enumerated().filter { $0.element.authors.count >= 1_000 }
        #expect(big.map(\.offset) == [4_999, 14_999])
        for (_, entry) in big {
            #expect(entry.authors.count <= 3_001)
            let last = try #require(entry.authors.last)
            #expect(last.name.hasPrefix("The ") && last.name.hasSuffix(" Collaboration"))
            #expect(entry.primaryCategory == "hep-ex")
        }
    }

    @Test func authorsPerPaperAreHeavyTailed() {
        let ordinary = Self.sample.filter { $0.authors.count < 1_000 }.map(\.authors.count)
        let mean = Double(ordinary.reduce(0, +)) / Double(ordinary.count)
        let single = ordinary.filter { $0 == 1 }.count
        #expect(mean > 2.5 && mean < 5, "mean \(mean)")
        #expect(single > 2_000 && single < 6_000, "single-author papers: \(single)")
        // P(more than 50 authors) ≈ (1.8/51)^1.9 ≈ 0.0017: about 34 of 20 000.
        #expect(ordinary.filter { $0 > 50 }.count >= 10)
        #expect(ordinary.allSatisfy { $0 >= 1 && $0 < 1_000 })
    }

    @Test func namesShareSurnamesAndComeInSeveralSpellings() {
        let names = Self.sample.prefix(3_000).flatMap(\.authors).map(\.name)
        var surnames: [Substring: Int] = [:]
        for name in names { surnames[name.split(separator: " ").last ?? "", default: 0] += 1 }
        let commonest = surnames.values.max() ?? 0
        // "Wang" is rank 0 of 60 000 under Zipf(1): about 6% of people.
        #expect(Double(commonest) > 0.02 * Double(names.count))
        #expect(names.contains { $0.first?.isUppercase == true && $0.dropFirst().hasPrefix(". ") })  // "J. Smith"
        #expect(names.contains { $0.contains { !$0.isASCII } })  // accents kept…
        #expect(Self.sample.flatMap(\.authors).contains { !$0.affiliations.isEmpty })
    }

    @Test func categoriesAreOneToFiveKnownCodesPrimaryFirst() {
        var sizes = Set<Int>()
        for entry in Self.sample {
            sizes.insert(entry.categories.count)
            #expect((1...5).contains(entry.categories.count))
            #expect(Set(entry.categories).count == entry.categories.count)
            #expect(entry.categories.first == entry.primaryCategory)
            for code in entry.categories {
                #expect(ArxivTaxonomy.categories[code]?.isActive == true, "\(code)")
            }
        }
        #expect(sizes == [1, 2, 3, 4, 5])
    }

    @Test func otherFieldsAppearOnSomeEntries() {
        let entries = Self.sample
        #expect(entries.contains { ($0.version ?? 1) > 1 && $0.updated != $0.published })
        #expect(entries.contains { $0.comment?.contains("pages") == true })
        #expect(entries.contains { $0.journalRef != nil })
        #expect(entries.contains { $0.doi != nil && $0.links.contains { $0.title == "doi" } })
        #expect(entries.contains { !$0.classes.isEmpty })
        #expect(entries.allSatisfy { $0.summary?.isEmpty == false && !$0.title.isEmpty })
    }

    /// Abstracts are most of an entry's bytes, so their length decides how the parser and the
    /// benchmarks see the corpus: it must be arXiv's (the figures of real API responses in
    /// shared/fixtures/arxiv-api: mean 1,093 characters, standard deviation 377, at most 1,920).
    @Test func abstractsAreAsLongAsArxivs() throws {
        let lengths = Self.sample.prefix(5_000).map { Double($0.summary?.count ?? 0) }
        let mean = lengths.reduce(0, +) / Double(lengths.count)
        let deviation = (lengths.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(lengths.count)).squareRoot()
        #expect((1_000...1_200).contains(mean), "mean \(mean)")
        #expect((300...450).contains(deviation), "standard deviation \(deviation)")
        #expect(lengths.max()! <= 1_920)
        #expect(lengths.min()! >= 100)
    }

    @Test func namesWithoutDiacritics() {
        #expect(SyntheticPerson.withoutDiacritics("Łukasz Wiśniewski") == "Lukasz Wisniewski")
        #expect(SyntheticPerson.withoutDiacritics("Jürgen Müller") == "Jurgen Muller")
    }

    @Test func rejectsMorePapersThanIDsExist() {
        #expect(throws: CiteGraphError.self) { try SyntheticCorpus(papers: SyntheticCorpus.capacity + 1) }
    }
}

extension SyntheticCorpus {
    static var empty: SyntheticCorpus { try! SyntheticCorpus(papers: 0) }
}
