/// Categories of synthetic papers: a primary category (popular ones far more often, as on arXiv)
/// and up to four cross-lists, mostly from the primary's own archive. Before April 2007 only the
/// archives that numbered old-style ids are used, so that the id's archive matches the primary.
enum SyntheticCategories {
    /// Archives that had old-style ids (`hep-th/9901001`, `math/0401001`).
    static let oldArchives = [
        "astro-ph", "cond-mat", "cs", "gr-qc", "hep-ex", "hep-lat", "hep-ph", "hep-th", "math",
        "math-ph", "nlin", "nucl-ex", "nucl-th", "physics", "q-bio", "quant-ph",
    ]

    static let oldArchiveIndex: [String: Int] = Dictionary(
        uniqueKeysWithValues: oldArchives.enumerated().map { ($1, $0) })

    /// Where about half of the primaries come from, most common first.
    static let popular = [
        "cs.LG", "hep-ph", "quant-ph", "cs.CV", "hep-th", "astro-ph.GA", "cond-mat.mes-hall",
        "cs.CL", "math.AP", "astro-ph.CO", "gr-qc", "cond-mat.str-el", "math.PR", "cond-mat.mtrl-sci",
        "astro-ph.SR", "math.CO", "cs.AI", "stat.ML", "math.NT", "hep-ex", "physics.optics",
        "astro-ph.HE", "math.AG", "nucl-th", "cond-mat.stat-mech", "math-ph", "cs.IT", "eess.SP",
    ]

    struct Era {
        /// Every active category the era may use, sorted.
        let all: [String]
        let popular: [String]
        /// Active categories of each archive, sorted.
        let byArchive: [String: [String]]
    }

    static let oldEra = era(allowing: Set(oldArchives))
    static let newEra = era(allowing: nil)

    private static func era(allowing archives: Set<String>?) -> Era {
        let active = ArxivTaxonomy.categories.values
            .filter { $0.isActive && (archives?.contains($0.archive) ?? true) }
            .sorted { $0.code < $1.code }
        let codes = Set(active.map(\.code))
        return Era(
            all: active.map(\.code),
            popular: popular.filter { codes.contains($0) },
            byArchive: Dictionary(grouping: active.map(\.code), by: archive(of:))
        )
    }

    static func archive(of code: String) -> String {
        ArxivTaxonomy.categories[code]?.archive ?? code
    }

    /// One to five distinct categories, primary first: 45% one, 30% two, 15% three, 7% four, 3% five.
    static func draw(_ random: inout SplitMix64, oldStyle: Bool) -> [String] {
        let era = oldStyle ? oldEra : newEra
        let primary = random.chance(0.55)
            ? era.popular[random.zipfRank(era.popular.count)]
            : era.all[random.below(era.all.count)]
        let roll = random.unit()
        let count = roll < 0.45 ? 1 : roll < 0.75 ? 2 : roll < 0.90 ? 3 : roll < 0.97 ? 4 : 5
        var categories = [primary]
        var attempts = 0
        while categories.count < count, attempts < 20 {
            attempts += 1
            let sameArchive = era.byArchive[archive(of: primary)] ?? []
            let next = random.chance(0.6) && sameArchive.count > 1
                ? sameArchive[random.below(sameArchive.count)]
                : era.all[random.below(era.all.count)]
            if !categories.contains(next) { categories.append(next) }
        }
        return categories
    }
}
