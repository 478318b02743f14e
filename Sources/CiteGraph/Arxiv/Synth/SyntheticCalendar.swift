import Foundation

/// The months of the synthetic corpus, August 1991 (arXiv's first) to November 2026, and how many
/// papers each gets: submissions grow about 13% a year, as arXiv's have, and every month holds no
/// more papers than its id scheme can number.
enum SyntheticCalendar {
    struct Month: Sendable, Hashable {
        let year: Int
        let month: Int

        /// arXiv switched to `YYMM.NNNN` ids in April 2007; before, ids were `archive/YYMMNNN`.
        var isOldStyle: Bool { year < 2007 || (year == 2007 && month < 4) }

        /// How many ids the month has: 999 per archive in the old scheme, 9 999 a month from 2007-04,
        /// 99 999 a month from 2015-01.
        var capacity: Int {
            if isOldStyle { return 999 * SyntheticCategories.oldArchives.count }
            return year < 2015 ? 9_999 : 99_999
        }

        /// `YYMM` as ids write it.
        var yymm: String { twoDigits(year % 100) + twoDigits(month) }
    }

    static let months: [Month] = {
        var months: [Month] = []
        var (year, month) = (1991, 8)
        while (year, month) <= (2026, 11) {
            months.append(Month(year: year, month: month))
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return months
    }()

    static let growthPerYear = 0.13

    static var capacity: Int { months.reduce(0) { $0 + $1.capacity } }

    /// Papers per month (index-aligned with `months`), summing to `papers`: month m gets
    /// round(F(m)) − round(F(m−1)) of the cumulative growth curve F, so that even a small corpus
    /// spreads over the whole span; then what a month cannot number moves to the latest months
    /// with room.
    static func allocate(papers: Int) throws -> [Int] {
        guard papers >= 0 else { throw CiteGraphError("synth: --papers must not be negative, got \(papers)") }
        guard papers <= capacity else {
            throw CiteGraphError("synth: --papers \(papers) is more than arXiv's id schemes can number (\(capacity))")
        }
        let weights = months.indices.map { exp(growthPerYear * Double($0) / 12) }
        let total = weights.reduce(0, +)
        var counts: [Int] = []
        var cumulative = 0.0
        var assigned = 0
        for weight in weights {
            cumulative += weight
            let upTo = min(Int((Double(papers) * cumulative / total).rounded()), papers)
            counts.append(upTo - assigned)
            assigned = upTo
        }
        counts[counts.count - 1] += papers - assigned
        var excess = 0
        for index in counts.indices where counts[index] > months[index].capacity {
            excess += counts[index] - months[index].capacity
            counts[index] = months[index].capacity
        }
        for index in counts.indices.reversed() where excess > 0 {
            let moved = min(excess, months[index].capacity - counts[index])
            counts[index] += moved
            excess -= moved
        }
        return counts
    }
}

func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
}

/// `value` left-padded with zeros to `width` digits.
func zeroPadded(_ value: Int, width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
