import Foundation
import Testing
@testable import CiteGraph

/// Real arXiv responses from `../shared/fixtures/arxiv-api/` (see its SOURCES.md), each checked
/// against expectations written from reading the file. Skipped when the folder is absent.
@Suite(.enabled(if: TestPaths.arxivAPIFixtures != nil, "skipped: ../shared/fixtures/arxiv-api is absent"))
struct AtomConformanceTests {
    static let folder = TestPaths.arxivAPIFixtures ?? URL(fileURLWithPath: "/nonexistent")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    static func feed(_ name: String) throws -> ArxivFeed {
        try AtomParser.parseFeed(fileAt: path(name))
    }

    /// Every file has expectations below; a new file in the folder fails here until it gets some.
    static let covered: Set<String> = [
        "classic2016_idlist_1111.2011v2_doi_journalref.xml",
        "classic2016_search_au_del_maestro_10_of_31.xml",
        "classic2017_search_100_entries_start0_vcr.xml",
        "classic2019_error_incorrect_id_format.xml",
        "classic2019_idlist_astro-ph_9812133_32_authors_affil.xml",
        "classic2024_empty_totalresults_0.xml",
        "new2026_empty_idlist_0000.0000.xml",
        "new2026_error_incorrect_id_format_abc_http400.xml",
        "new2026_idlist_1707.08567_34_authors_unicode.xml",
        "new2026_search_testing_10_entries.xml",
    ]

    @Test func everyFileHasExpectations() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".xml") }
        #expect(Set(names) == Self.covered)
    }

    /// The file reader (in chunks) and the in-memory reader agree on every file.
    @Test(arguments: covered.sorted())
    func fileAndBytesAgree(name: String) throws {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let fromBytes = Result { try AtomParser.parseFeed(bytes: bytes) }
        let fromFile = Result { try Self.feed(name) }
        switch (fromBytes, fromFile) {
        case (.success(let a), .success(let b)): #expect(a == b)
        case (.failure(let a as AtomError), .failure(let b as AtomError)): #expect(a == b)
        default: Issue.record("bytes and file disagree for \(name)")
        }
    }

    @Test func classic2016SingleVersionedEntryWithDOI() throws {
        let feed = try Self.feed("classic2016_idlist_1111.2011v2_doi_journalref.xml")
        #expect(feed.info == ArxivFeedInfo(
            title: "ArXiv Query: search_query=&id_list=1111.2011v2&start=0&max_results=10",
            totalResults: 1, startIndex: 0, itemsPerPage: 10))
        let entry = try #require(feed.entries.first)
        #expect(feed.entries.count == 1)
        #expect(entry.id.rawValue == "1111.2011")
        #expect(entry.version == 2)
        #expect(entry.title == "Quantum Criticality for Extended Nodes on a Bethe Lattice in the Large Connectivity Limit")
        #expect(entry.summary?.hasPrefix("Theoretical description of anisotropic systems, such as layered superconductors") == true)
        #expect(entry.summary?.contains(#"d-dimensional "nodes" arranged as the vertices"#) == true)
        #expect(entry.summary?.hasSuffix("describing a single node.") == true)
        #expect(entry.authors.map(\.name) == ["James M. Murray", "Adrian Del Maestro", "Zlatko Tesanovic"])
        #expect(entry.published == "2011-11-08T18:48:36Z")
        #expect(entry.updated == "2012-04-02T12:38:54Z")
        #expect(entry.doi == "10.1103/PhysRevB.85.115117")
        #expect(entry.journalRef == "Phys. Rev. B 85, 115117 (2012)")
        #expect(entry.comment == "8 pages, 3 figures. Published version")
        #expect(entry.primaryCategory == "cond-mat.str-el")
        #expect(entry.categories == ["cond-mat.str-el", "cond-mat.stat-mech"])
        #expect(entry.classes == [])
        #expect(entry.links == [
            ArxivLink(href: "http://dx.doi.org/10.1103/PhysRevB.85.115117", rel: "related", title: "doi"),
            ArxivLink(href: "http://arxiv.org/abs/1111.2011v2", rel: "alternate", type: "text/html"),
            ArxivLink(href: "http://arxiv.org/pdf/1111.2011v2", rel: "related", type: "application/pdf", title: "pdf"),
        ])
    }

    @Test func classic2016PagedSearchWithOldStyleIDs() throws {
        let feed = try Self.feed("classic2016_search_au_del_maestro_10_of_31.xml")
        #expect(feed.info.totalResults == 31)
        #expect(feed.info.startIndex == 0)
        #expect(feed.info.itemsPerPage == 10)
        #expect(feed.entries.map(\.id.rawValue) == [
            "1201.4869", "cond-mat/0412498", "cond-mat/0603029", "1005.5383", "1303.6954",
            "1312.6177", "1412.6529", "cond-mat/0607501", "cond-mat/0702661", "0807.2873",
        ])
        #expect(feed.entries.map(\.version) == [1, 1, 1, 1, 2, 1, 2, 2, 2, 1])
        #expect(feed.entries.map(\.authors.count) == [1, 2, 3, 2, 3, 3, 2, 3, 2, 3])
        #expect(feed.entries.allSatisfy { $0.doi != nil && $0.journalRef != nil && $0.comment != nil })
        #expect(feed.entries[1].categories == ["cond-mat.str-el", "cond-mat.stat-mech"])
        #expect(feed.entries[6].categories == ["cond-mat.quant-gas", "quant-ph"])
    }

    @Test func classic2017HundredEntriesWithClassTerms() throws {
        let feed = try Self.feed("classic2017_search_100_entries_start0_vcr.xml")
        #expect(feed.info.totalResults == 48169)
        #expect(feed.entries.count == 100)
        #expect(feed.entries.first?.id.rawValue == "1709.10089")
        #expect(feed.entries.last?.id.rawValue == "1709.09422")
        #expect(feed.entries.filter { $0.comment != nil }.count == 63)
        #expect(feed.entries.filter { $0.doi != nil }.count == 4)
        #expect(feed.entries.filter { $0.journalRef != nil }.count == 4)

        let withAffiliations = feed.entries.flatMap(\.authors).filter { !$0.affiliations.isEmpty }
        #expect(withAffiliations == [
            ArxivAuthor(name: "Benjamin Donnot", affiliations: ["TAU, LRI"]),
            ArxivAuthor(name: "Isabelle Guyon", affiliations: ["LRI, TAU"]),
            ArxivAuthor(name: "Marc Schoenauer", affiliations: ["TAU, LRI"]),
        ])

        let msc = try #require(feed.entries.first { $0.id.rawValue == "1709.00515" })
        #expect(msc.version == 2)
        #expect(msc.categories == ["math.PR", "stat.ML"])
        #expect(msc.classes == ["34C29", "60J60", "62L20", "90C30"])

        // `term="I.2.9; …; I.5.2;&#10;  I.5.4; I.5.5"`: a newline reference inside the attribute.
        let acm = try #require(feed.entries.first { $0.id.rawValue == "1709.09882" })
        #expect(acm.categories == ["cs.RO", "cs.AI", "cs.CV", "cs.LG"])
        #expect(acm.classes == ["I.2.9", "I.2.10", "I.2.11", "I.4.7", "I.4.8", "I.4.9", "I.4.10", "I.5.1", "I.5.2", "I.5.4", "I.5.5"])

        let names = Set(feed.entries.flatMap(\.authors).map(\.name))
        for accented in ["Sebastijan Dumančić", "Andrzej Skoczeń", "Helmut Bölcskei", "Simo Särkkä", "Abdeldjalil Aïssa-El-Bey"] {
            #expect(names.contains(accented), "\(accented)")
        }
        // Classes never leak into categories.
        #expect(feed.entries.flatMap(\.categories).allSatisfy(ArxivTaxonomy.isArxivCategory))
    }

    @Test func classic2019ErrorFeedCarriesArxivMessage() throws {
        #expect(throws: AtomError.arxivError(message: "incorrect id format for INVALIDID")) {
            try Self.feed("classic2019_error_incorrect_id_format.xml")
        }
        #expect(AtomError.arxivError(message: "x").exitCode == .arxivError)
    }

    @Test func classic2019OldIDWithThirtyTwoAffiliatedAuthors() throws {
        let feed = try Self.feed("classic2019_idlist_astro-ph_9812133_32_authors_affil.xml")
        let entry = try #require(feed.entries.first)
        #expect(feed.entries.count == 1)
        #expect(entry.id.rawValue == "astro-ph/9812133")
        #expect(entry.id.isOldStyle)
        #expect(entry.version == 1)
        #expect(entry.title == "Measurements of Omega and Lambda from 42 High-Redshift Supernovae")
        #expect(entry.authors.count == 32)
        #expect(entry.authors.first?.name == "S. Perlmutter")
        #expect(entry.authors.last?.name == "W. J. Couch")
        #expect(entry.authors.allSatisfy { $0.affiliations == ["The Supernova Cosmology Project"] })
        #expect(entry.summary?.contains("(Omega_M <~ 1.5)") == true)
        #expect(entry.summary?.contains("P(Lambda >") == true)
        #expect(entry.doi == "10.1086/307221")
        #expect(entry.journalRef == "Astrophys.J.517:565-586,1999")
        #expect(entry.primaryCategory == "astro-ph")
        #expect(entry.categories == ["astro-ph", "hep-ex", "hep-ph"])
    }

    @Test func classic2024EmptyFeedIsNotAnError() throws {
        let feed = try Self.feed("classic2024_empty_totalresults_0.xml")
        #expect(feed.entries.isEmpty)
        #expect(feed.info.totalResults == 0)
        #expect(feed.info.itemsPerPage == 10)
        #expect(feed.info.title == #"ArXiv Query: search_query=""&id_list=&start=0&max_results=10"#)
    }

    @Test func new2026EmptyFeedIsNotAnError() throws {
        let feed = try Self.feed("new2026_empty_idlist_0000.0000.xml")
        #expect(feed.entries.isEmpty)
        #expect(feed.info == ArxivFeedInfo(
            title: "arXiv Query: search_query=&id_list=0000.0000&start=0&max_results=100",
            totalResults: 0, startIndex: 0, itemsPerPage: 100))
    }

    @Test func new2026ErrorFeedCarriesArxivMessage() throws {
        #expect(throws: AtomError.arxivError(message: "incorrect id format for abc")) {
            try Self.feed("new2026_error_incorrect_id_format_abc_http400.xml")
        }
    }

    @Test func new2026ThirtyFourAuthorsWithUnicode() throws {
        let feed = try Self.feed("new2026_idlist_1707.08567_34_authors_unicode.xml")
        let entry = try #require(feed.entries.first)
        #expect(feed.info.totalResults == 1)
        #expect(entry.id.rawValue == "1707.08567")
        #expect(entry.version == 1)
        #expect(entry.title == "Proceedings of Workshop AEW10: Concepts in Information Theory and Communications")
        #expect(entry.authors.count == 34)
        #expect(entry.authors.first?.name == "Kees A. Schouhamer Immink")
        #expect(entry.authors.contains { $0.name == "Dirk Wübben" })
        #expect(entry.authors.allSatisfy { $0.affiliations.isEmpty })
        #expect(entry.published == "2017-07-27T08:18:33Z")
        #expect(entry.primaryCategory == "cs.IT")
        #expect(entry.categories == ["cs.IT"])
        #expect(entry.comment == "44 pages, editors for the proceedings: Yanling Chen and A. J. Han Vinck")
        #expect(entry.summary?.hasPrefix("The 10th Asia-Europe workshop in \"Concepts in Information Theory") == true)
        #expect(entry.links.map(\.href) == ["https://arxiv.org/abs/1707.08567v1", "https://arxiv.org/pdf/1707.08567v1"])
    }

    @Test func new2026SearchOfTenEntries() throws {
        let feed = try Self.feed("new2026_search_testing_10_entries.xml")
        #expect(feed.info.totalResults == 214881)
        #expect(feed.info.itemsPerPage == 10)
        #expect(feed.info.title?.hasPrefix("arXiv Query: search_query=all:testing") == true)
        #expect(feed.entries.map(\.id.rawValue) == [
            "2202.12139", "2405.13786", "2005.14124", "2204.08348", "2302.03287",
            "1202.4527", "2503.05378", "1205.1866", "2502.07719", "1812.11470",
        ])
        #expect(feed.entries.map(\.version) == [1, 1, 2, 3, 3, 1, 2, 1, 2, 1])
        #expect(feed.entries.map(\.authors.count) == [3, 4, 5, 4, 5, 2, 4, 2, 4, 2])
        #expect(feed.entries.map { $0.doi != nil } == [true, true, true, true, true, false, false, true, false, false])
        #expect(feed.entries[2].categories == ["cs.SE", "cs.CR", "cs.LG"])
        #expect(feed.entries[7].primaryCategory == "cs.AR")
        let first = feed.entries[0]
        #expect(first.authors.map(\.name) == ["Mohit Kumar Ahuja", "Arnaud Gotlieb", "Helge Spieker"])
        #expect(feed.entries[1].authors.map(\.name).contains("Aurora Ramírez"))
        #expect(feed.entries[1].authors.map(\.name).contains("José Raúl Romero"))
        #expect(first.doi == "10.1109/ICSTW55395.2022.00035")
        #expect(first.links.contains(ArxivLink(href: "https://doi.org/10.1109/ICSTW55395.2022.00035", rel: "related", title: "doi")))
    }
}
