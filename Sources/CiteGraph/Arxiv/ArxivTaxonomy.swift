/// arXiv's category taxonomy: tells an arXiv category code (`cs.CL`, `hep-th`) from an ACM or MSC
/// class term (`I.2.6`, `68T05`) that arXiv also puts in `<category>`, and maps aliases
/// (`cs.NA` → `math.NA`) to their canonical code.
public enum ArxivTaxonomy {
    public struct Category: Sendable, Hashable {
        public let code: String
        public let name: String
        public let archive: String
        public let isActive: Bool
    }

    public static let categories: [String: Category] = {
        var table: [String: Category] = [:]
        for (code, name, archive, active) in categoryRows {
            table[code] = Category(code: code, name: name, archive: archive, isActive: active)
        }
        return table
    }()

    /// Alias or subsumed archive → canonical code.
    public static let aliases: [String: String] = {
        var table: [String: String] = [:]
        for (alias, canonical, _) in aliasRows { table[alias] = canonical }
        return table
    }()

    /// Whether `term` names an arXiv category (current, inactive or an alias), as opposed to a
    /// class term of another scheme.
    public static func isArxivCategory(_ term: String) -> Bool {
        categories[term] != nil || aliases[term] != nil
    }

    /// The canonical code for `term` where it is an alias, else `term` itself.
    public static func canonical(_ term: String) -> String {
        aliases[term] ?? term
    }

    public static func name(of code: String) -> String? {
        categories[canonical(code)]?.name
    }
}
