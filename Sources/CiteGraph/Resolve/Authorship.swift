/// Who wrote which paper, with author names as integers: each distinct display string (a name as
/// written, whitespace collapsed) is kept once and numbered, and each paper holds the numbers of
/// its authors in order. Author resolution works on the numbers, so a name is normalized once
/// however many papers carry it, and a large corpus holds four bytes per author position.
///
/// Displays are told apart by their bytes (a table of their own, cheaper than hashing `String`s);
/// `NameForms` puts canonically equivalent ones (`é` and `e` + U+0301) together where there can be any.
struct Authorship: Sendable {
    /// Distinct display strings, numbered in the order first added.
    private(set) var displays: [String] = []
    private var hashes: [UInt64] = []
    /// Open addressing: display numbers by hash (-1: empty), never more than half full.
    private var slots = [Int32](repeating: -1, count: 1024)
    /// The display numbers of every paper's authors, paper after paper.
    private var positions: [Int32] = []
    /// Paper `p`'s authors are `positions[starts[p]..<starts[p + 1]]`.
    private var starts: [Int] = [0]
    /// Whether every display is made of characters below U+0300, so that no two of them are
    /// canonically equivalent (they are all NFC).
    private(set) var displaysAreSimple = true

    init() {}

    var paperCount: Int { starts.count - 1 }

    /// Adds the next paper, with its authors' names as the feed writes them.
    mutating func addPaper(authors names: some Sequence<String>) {
        for name in names { positions.append(number(of: Display(name: name))) }
        starts.append(positions.count)
    }

    /// Adds the next paper, with its authors' displays made beforehand (on any thread).
    mutating func addPaper(displays: [Display]) {
        for display in displays { positions.append(number(of: display)) }
        starts.append(positions.count)
    }

    /// A name as displayed, with what numbering it needs: the part of the work that does not
    /// depend on the names seen before, so it can be done ahead, off the thread that numbers.
    struct Display: Sendable {
        var text: String
        var hash: UInt64
        /// All characters below U+0300.
        var simple: Bool

        init(name: String) {
            let scanned = Authorship.scan(name)
            if scanned.collapsed {
                (text, hash, simple) = (name, scanned.hash, scanned.simple)
            } else {
                let display = Authorship.collapse(name)
                let rescanned = Authorship.scan(display)
                (text, hash, simple) = (display, rescanned.hash, rescanned.simple)
            }
        }
    }

    /// The display numbers of paper `p`'s authors, in order.
    func authors(of p: Int) -> ArraySlice<Int32> { positions[starts[p]..<starts[p + 1]] }

    /// The same papers in another order: paper `k` of the result is paper `order[k]` of this one
    /// (papers not in `order` are left out). Display numbers stay as they are.
    func reordered(_ order: [Int]) -> Authorship {
        var result = self
        result.positions = []
        result.starts = [0]
        result.positions.reserveCapacity(positions.count)
        result.starts.reserveCapacity(order.count + 1)
        for p in order {
            result.positions += authors(of: p)
            result.starts.append(result.positions.count)
        }
        return result
    }

    /// The number of a display, numbering it when new.
    private mutating func number(of name: Display) -> Int32 {
        let (display, h, simple) = (name.text, name.hash, name.simple)
        var slot = Int(truncatingIfNeeded: h) & (slots.count - 1)
        while slots[slot] >= 0 {
            let n = Int(slots[slot])
            if hashes[n] == h, Self.sameBytes(displays[n], display) { return Int32(n) }
            slot = (slot + 1) & (slots.count - 1)
        }
        let n = Int32(displays.count)
        displays.append(display)
        hashes.append(h)
        slots[slot] = n
        if !simple { displaysAreSimple = false }
        if displays.count * 2 > slots.count { grow() }
        return n
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (n, h) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: h) & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(n)
        }
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool {
        guard a.utf8.count == b.utf8.count else { return false }
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.elementsEqual(y) }
        }
        return (fast ?? nil) ?? a.utf8.elementsEqual(b.utf8)
    }

    /// One pass over the bytes: an FNV-1a hash; whether the name has nothing to collapse (single
    /// spaces between other characters only); whether all its characters are below U+0300.
    /// A space before a combining mark (U+0300 and above) would be one whitespace character with
    /// it, and three-byte characters may be whitespace: such names take the slow way.
    static func scan(_ name: String) -> (hash: UInt64, collapsed: Bool, simple: Bool) {
        name.utf8.withContiguousStorageIfAvailable(scan) ?? scan(Array(name.utf8))
    }

    private static func scan(_ bytes: some Collection<UInt8>) -> (hash: UInt64, collapsed: Bool, simple: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var collapsed = true, simple = true
        var previousSpace = true, previous: UInt8 = 0
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            if byte < 0x80 {
                if byte < 0x20 || (byte == 0x20 && previousSpace) { collapsed = false }
                previousSpace = byte == 0x20
            } else if byte < 0xC0 {
                // U+0085 and U+00A0 are whitespace.
                if previous == 0xC2 && (byte == 0x85 || byte == 0xA0) { collapsed = false }
            } else {
                if byte >= 0xCC {
                    simple = false
                    if previousSpace || byte >= 0xE1 { collapsed = false }
                }
                previousSpace = false
            }
            previous = byte
        }
        return (hash, collapsed && !previousSpace, simple)
    }

    /// The name with runs of whitespace collapsed to one space and none at either end.
    static func collapse(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// `collapse`, skipped when there is nothing to collapse.
    static func display(_ name: String) -> String {
        scan(name).collapsed ? name : collapse(name)
    }
}
