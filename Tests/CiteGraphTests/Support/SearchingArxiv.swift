import CiteGraph
import Foundation
import Synchronization

/// An arXiv stand-in that really searches: `id_list` answered as `FixtureFeeds.arxivReply` does,
/// `search_query` by matching the bundled papers' titles the way arXiv reads the clauses the
/// resolver sends: `ti:"a phrase"` (the words in a row), `ti:word`, `AND`, `OR` and parentheses.
/// Anything else gets arXiv's HTTP 400 error feed, so a query it cannot read fails the test.
/// Its own title matching (lowercase, accents folded, punctuation as spaces), not the resolver's.
final class SearchingArxiv: Sendable {
    /// The bundled papers' titles as words, by id.
    let titles: [ArxivID: [String]]
    private let returned = Mutex<[ArxivID]>([])

    /// Every paper a search answer held, in the order sent (repeats kept).
    var searchReturned: [ArxivID] { returned.withLock { $0 } }

    init() throws {
        var titles: [ArxivID: [String]] = [:]
        let folder = TestPaths.bundledCache.appendingPathComponent("papers")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".xml") {
            for entry in try AtomParser.parseFeed(fileAt: folder.appendingPathComponent(name).path).entries {
                titles[entry.id] = Self.words(entry.title)
            }
        }
        self.titles = titles
    }

    func reply(_ request: ScriptedHTTPServer.Request) -> ScriptedHTTPServer.Reply {
        guard let query = request.query["search_query"] else { return FixtureFeeds.arxivReply(request) }
        guard let expression = Expression.parse(query) else {
            return .atom(FixtureFeeds.errorFeed("cannot read search_query \(query)"), status: 400)
        }
        let matching = titles.keys.sorted().filter { titles[$0].map(expression.matches) ?? false }
        let start = Int(request.query["start"] ?? "0") ?? 0
        let max = Int(request.query["max_results"] ?? "10") ?? 10
        let page = Array(matching.dropFirst(start).prefix(max))
        returned.withLock { $0 += page }
        return .atom(FixtureFeeds.feed(entryTexts: page.compactMap { FixtureFeeds.entries[$0] },
                                       totalResults: matching.count, startIndex: start))
    }

    /// Lowercase words of letters and digits, accents folded, apostrophes dropped.
    static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
        return folded.lowercased().components(separatedBy: CharacterSet.alphanumerics.inverted).filter { !$0.isEmpty }
    }

    /// A parsed `search_query` over titles.
    indirect enum Expression: Equatable {
        case phrase([String])
        case all([Expression])
        case any([Expression])

        func matches(_ title: [String]) -> Bool {
            switch self {
            case .phrase(let words):
                guard !words.isEmpty, words.count <= title.count else { return false }
                return (0...(title.count - words.count)).contains { Array(title[$0..<$0 + words.count]) == words }
            case .all(let parts): return parts.allSatisfy { $0.matches(title) }
            case .any(let parts): return parts.contains { $0.matches(title) }
            }
        }

        /// Nil for anything but `ti:` terms, AND, OR and balanced parentheses.
        static func parse(_ query: String) -> Expression? {
            guard let tokens = tokenize(query) else { return nil }
            var rest = tokens[...]
            guard let expression = parseOr(&rest), rest.isEmpty else { return nil }
            return expression
        }

        private enum Token: Equatable { case term([String]), and, or, open, close }

        private static func tokenize(_ query: String) -> [Token]? {
            var tokens: [Token] = []
            var rest = Substring(query)
            while let first = rest.first {
                if first == " " { rest = rest.dropFirst(); continue }
                if first == "(" { tokens.append(.open); rest = rest.dropFirst(); continue }
                if first == ")" { tokens.append(.close); rest = rest.dropFirst(); continue }
                if rest.hasPrefix("ti:\"") {
                    let body = rest.dropFirst(4)
                    guard let end = body.firstIndex(of: "\"") else { return nil }
                    tokens.append(.term(words(String(body[..<end]))))
                    rest = body[body.index(after: end)...]
                    continue
                }
                let word = rest.prefix { $0 != " " && $0 != "(" && $0 != ")" }
                rest = rest.dropFirst(word.count)
                switch word {
                case "AND": tokens.append(.and)
                case "OR": tokens.append(.or)
                case _ where word.hasPrefix("ti:") && words(String(word.dropFirst(3))).count == 1:
                    tokens.append(.term(words(String(word.dropFirst(3)))))
                default: return nil
                }
            }
            return tokens
        }

        private static func parseOr(_ tokens: inout ArraySlice<Token>) -> Expression? {
            var parts: [Expression] = []
            repeat {
                guard let part = parseAnd(&tokens) else { return nil }
                parts.append(part)
            } while tokens.first == .or && { tokens = tokens.dropFirst(); return true }()
            return parts.count == 1 ? parts[0] : .any(parts)
        }

        private static func parseAnd(_ tokens: inout ArraySlice<Token>) -> Expression? {
            var parts: [Expression] = []
            repeat {
                guard let part = parseTerm(&tokens) else { return nil }
                parts.append(part)
            } while tokens.first == .and && { tokens = tokens.dropFirst(); return true }()
            return parts.count == 1 ? parts[0] : .all(parts)
        }

        private static func parseTerm(_ tokens: inout ArraySlice<Token>) -> Expression? {
            switch tokens.popFirst() {
            case .term(let words)?: return .phrase(words)
            case .open?:
                guard let inner = parseOr(&tokens), tokens.popFirst() == .close else { return nil }
                return inner
            default: return nil
            }
        }
    }
}
