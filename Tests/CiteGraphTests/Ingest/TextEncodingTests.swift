import Foundation
import Testing
@testable import CiteGraph

/// The files a user hands over (lists, ids files, override tables) in the encodings editors save.
@Suite struct TextEncodingTests {
    let list = "# Papers\n\n## Alignment\n\n- [Direct Preference Optimization](https://arxiv.org/abs/2305.18290)\n- [Café notes](https://example.com/cafe)\n"

    func write(_ bytes: [UInt8], named name: String) throws -> String {
        let path = try makeTemporaryDirectory("encoding") + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aStrayLatin1ByteIsNamedByLineColumnAndValue() throws {
        // Line 3, after `- [ét` ("é" is two bytes but one column): the 0xE9 of a Latin-1 "é".
        let bytes: [UInt8] = Array("# Papers\n\n- [ét".utf8) + [0xE9] + Array(" study](https://example.com/x)\n".utf8)
        let path = try write(bytes, named: "latin1.md")
        let error = #expect(throws: CiteGraphError.self) { try ReadingList.load(path: path) }
        #expect(error?.exitCode == .badInput)
        #expect(error?.message.hasPrefix("reading list '\(path)' is not UTF-8 text: line 3, column 6 holds the byte(s) 0xE9") == true)
        #expect(error?.message.contains("iconv -f WINDOWS-1252 -t UTF-8") == true)
    }

    @Test func theFirstBadByteOfTheFileIsLocatedOnLineOne() {
        let place = TextFile.firstInvalidUTF8([0x41, 0xC3, 0x28, 0x0A, 0xFF])
        #expect(place.offset == 1 && place.line == 1 && place.column == 2 && place.length == 1)
        let later = TextFile.firstInvalidUTF8(Array("ab\ncd\n".utf8) + [0xF0, 0x9F, 0x98])
        #expect(later.offset == 6 && later.line == 3 && later.column == 1)
    }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func aUTF16ListWithItsByteOrderMarkReadsAsTheUTF8One(encoding: String.Encoding) throws {
        let bom: [UInt8] = encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        let path = try write(bom + [UInt8](try #require(list.data(using: encoding))), named: "utf16.md")
        let utf8Path = try write(Array(list.utf8), named: "utf8.md")
        let fromUTF16 = try ReadingList.load(path: path)
        let fromUTF8 = try ReadingList.load(path: utf8Path)
        #expect(fromUTF16.items.map(\.title) == ["Direct Preference Optimization", "Café notes"])
        #expect(fromUTF16.items.map(\.title) == fromUTF8.items.map(\.title))
        #expect(fromUTF16.items.map(\.links) == fromUTF8.items.map(\.links))
        #expect(fromUTF16.sections == fromUTF8.sections)
    }

    @Test func anOverrideTableThatIsNotUTF8NamesItsOptionAndLine() throws {
        let path = try write(Array("Ed Chi\tEd H. Chi\n".utf8) + [0x4A, 0xF6, 0x72, 0x67, 0x09] + Array("J. Smith\n".utf8), named: "aliases.tsv")
        let error = #expect(throws: CiteGraphError.self) { try AuthorAliases.load(path: path) }
        #expect(error?.message.hasPrefix("--aliases file '\(path)' is not UTF-8 text: line 2, column 2 holds the byte(s) 0xF6") == true)
    }
}
