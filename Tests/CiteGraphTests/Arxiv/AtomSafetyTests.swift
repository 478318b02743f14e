import Foundation
import Testing
@testable import CiteGraph

/// No file or network access while parsing, no external entities or DTDs, entity expansion
/// bounded.
@Suite struct AtomSafetyTests {
    static func path(_ name: String) -> String { TestPaths.fixture("atom/\(name)").path }

    /// Every string of every entry, to look for leaked content.
    static func allText(_ feed: ArxivFeed) -> String {
        feed.entries.map { entry in
            ([entry.title, entry.summary ?? "", entry.comment ?? ""] + entry.authors.map(\.name)).joined(separator: "|")
        }.joined(separator: "\n")
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let feed = try AtomParser.parseFeed(fileAt: Self.path("xxe_doctype_system.xml"))
        #expect(feed.entries.map(\.title) == ["External DTD"])
        #expect(!Self.allText(feed).contains("root:"))
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let feed = try AtomParser.parseFeed(fileAt: Self.path("xxe_external_entity.xml"))
        // The reference to the external entity is dropped, its file never read.
        #expect(feed.entries.map(\.title) == ["Before after"])
        #expect(feed.entries.first?.summary == "")
        #expect(!Self.allText(feed).contains("root:"))
    }

    /// A file the test writes itself, so the check does not depend on /etc/passwd's content.
    @Test func externalEntityAndDTDPointingAtAnExistingFileStayUnread() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-xxe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let secret = folder.appendingPathComponent("secret.txt")
        try "SECRET-MARKER-7f3a".write(to: secret, atomically: false, encoding: .utf8)
        let dtd = folder.appendingPathComponent("evil.dtd")
        try #"<!ENTITY fromdtd "DTD-MARKER-91c2">"#.write(to: dtd, atomically: false, encoding: .utf8)

        let withEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [<!ENTITY s SYSTEM "file://\(secret.path)">]>
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2305.18290v1</id><title>A &s; B</title></entry></feed>
        """
        let feed = try AtomParser.parseFeed(bytes: Array(withEntity.utf8))
        #expect(feed.entries.map(\.title) == ["A B"])

        let withDTD = """
        <?xml version="1.0"?>
        <!DOCTYPE feed SYSTEM "file://\(dtd.path)">
        <feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2305.18290v1</id><title>A &fromdtd; B</title></entry></feed>
        """
        // Had the DTD been loaded, the title would read "A DTD-MARKER-91c2 B"; it was not, so
        // the entity is undeclared.
        #expect {
            try AtomParser.parseFeed(bytes: Array(withDTD.utf8))
        } throws: { error in
            guard case .malformed(let line, _, let message) = error as? AtomError else { return false }
            return line == 3 && message.contains("fromdtd") && !message.contains("DTD-MARKER")
        }
    }

    @Test func billionLaughsIsRejected() {
        #expect {
            try AtomParser.parseFeed(fileAt: Self.path("billion_laughs.xml"))
        } throws: { error in
            // Reported at the reference `&lol9;` in the document (line 17), not inside the entity.
            guard case .malformed(let line, _, let message) = error as? AtomError else { return false }
            return line == 17 && message.contains("entity")
        }
    }

    @Test func quadraticBlowUpIsRejected() {
        // A 20 kB entity referenced 5000 times: 100 MB from a 45 kB file.
        #expect {
            try AtomParser.parseFeed(fileAt: Self.path("quadratic_blowup.xml"))
        } throws: { error in
            guard case .malformed(let line, _, let message) = error as? AtomError else { return false }
            return line == 8 && message.contains("entity expansion")
        }
    }
}
