/// Who wrote which paper, with author names as integers: each distinct display string (a name as
/// written, whitespace collapsed) is kept once and numbered, and each paper holds the numbers of
/// its authors in order. Author resolution works on the numbers, so a name is normalized once
/// however many papers carry it, and a large corpus holds four bytes per author position.
struct Authorship: Sendable {
    /// Distinct display strings, numbered in the order first added.
    private(set) var displays: [String] = []
    private var numberOfDisplay: [String: Int32] = [:]
    /// The display numbers of every paper's authors, paper after paper.
    private var positions: [Int32] = []
    /// Paper `p`'s authors are `positions[starts[p]..<starts[p + 1]]`.
    private var starts: [Int] = [0]

    init() {}

    var paperCount: Int { starts.count - 1 }

    /// Adds the next paper, with its authors' names as the feed writes them.
    mutating func addPaper(authors names: some Sequence<String>) {
        for name in names {
            let display = Self.display(name)
            if let number = numberOfDisplay[display] {
                positions.append(number)
            } else {
                let number = Int32(displays.count)
                displays.append(display)
                numberOfDisplay[display] = number
                positions.append(number)
            }
        }
        starts.append(positions.count)
    }

    /// The display numbers of paper `p`'s authors, in order.
    func authors(of p: Int) -> ArraySlice<Int32> { positions[starts[p]..<starts[p + 1]] }

    /// The same papers in another order: paper `k` of the result is paper `order[k]` of this one
    /// (papers not in `order` are left out). Display numbers stay as they are.
    func reordered(_ order: [Int]) -> Authorship {
        var result = Authorship()
        result.displays = displays
        result.numberOfDisplay = numberOfDisplay
        result.positions.reserveCapacity(positions.count)
        result.starts.reserveCapacity(order.count + 1)
        for p in order {
            result.positions += authors(of: p)
            result.starts.append(result.positions.count)
        }
        return result
    }

    /// The name with runs of whitespace collapsed to one space and none at either end.
    static func display(_ name: String) -> String {
        // Most names are ASCII with single spaces: nothing to collapse.
        var previousSpace = true
        var plain = true
        for byte in name.utf8 {
            if byte >= 0x80 || (byte >= 0x09 && byte <= 0x0D) || (byte == 0x20 && previousSpace) {
                plain = false
                break
            }
            previousSpace = byte == 0x20
        }
        if plain && !previousSpace { return name }
        return name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
