/// The user's `--aliases FILE`: a name variant forced onto a canonical name, or kept apart from
/// every other form (`!split`). Variants are matched after name normalization.
public struct AuthorAliases: Sendable, Hashable {
    public enum Rule: Sendable, Hashable {
        case canonical(String)
        case split
    }

    public struct Alias: Sendable, Hashable {
        public var variant: String
        public var rule: Rule
        /// `FILE:LINE`, for merge reasons.
        public var origin: String

        public init(variant: String, rule: Rule, origin: String) {
            self.variant = variant
            self.rule = rule
            self.origin = origin
        }
    }

    /// By normalized variant.
    private(set) var byKey: [String: Alias] = [:]

    public init(_ aliases: [Alias] = []) {
        for alias in aliases { add(alias) }
    }

    public mutating func add(_ alias: Alias) {
        byKey[PersonName(alias.variant).key] = alias
    }

    public var isEmpty: Bool { byKey.isEmpty }

    func alias(for name: String) -> Alias? { alias(forKey: PersonName(name).key) }

    /// The alias for a name already normalized (`PersonName.key`).
    func alias(forKey key: String) -> Alias? { byKey[key] }

    /// TSV: variant, tab, canonical name or `!split`.
    public static func load(path: String) throws -> AuthorAliases {
        try parse(TSVFile.read(path: path, what: "--aliases file", fields: 2))
    }

    public static func parse(_ text: String, path: String) throws -> AuthorAliases {
        try parse(TSVFile.parse(text, path: path, fields: 2))
    }

    private static func parse(_ file: TSVFile) throws -> AuthorAliases {
        var aliases = AuthorAliases()
        for record in file.records {
            let origin = "\(file.path):\(record.line)"
            let (variant, target) = (record.fields[0], record.fields[1])
            guard !PersonName(variant).key.isEmpty else {
                throw CiteGraphError("\(origin): '\(variant)' is not a name")
            }
            if target.hasPrefix("!") {
                guard target == "!split" else {
                    throw CiteGraphError("\(origin): unknown directive '\(target)' (expected a name or !split)")
                }
                aliases.add(Alias(variant: variant, rule: .split, origin: origin))
            } else {
                guard !PersonName(target).key.isEmpty else { throw CiteGraphError("\(origin): '\(target)' is not a name") }
                aliases.add(Alias(variant: variant, rule: .canonical(target), origin: origin))
            }
        }
        return aliases
    }
}
