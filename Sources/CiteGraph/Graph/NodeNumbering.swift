// Integer stand-ins for nodes and edges while a graph is built: keys are hashed once, into a
// number per kind, and edges sorted as packed integers.

/// Two numbers of `KeyTable`s (source, target), before the nodes have indices.
struct LocalPair {
    var source: UInt32
    var target: UInt32
    init(_ source: Int, _ target: Int) {
        self.source = UInt32(source)
        self.target = UInt32(target)
    }
}

/// The distinct keys of one node kind, numbered in order of first appearance.
struct KeyTable {
    private(set) var keys: [String] = []
    private var numbers: [String: Int] = [:]

    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        numbers.reserveCapacity(capacity)
    }

    /// The key's number, a new one the first time (one hash lookup either way).
    @discardableResult
    mutating func number(_ key: String) -> Int {
        let next = keys.count
        let number = Self.read(&numbers[key, default: next])
        if number == next { keys.append(key) }
        return number
    }

    private static func read(_ value: inout Int) -> Int { value }

    /// The numbers in the order of their keys.
    func sortedNumbers() -> [Int] {
        keys.enumerated().sorted { $0.element < $1.element }.map(\.offset)
    }
}

/// An edge (source index, target index, kind) in one integer whose order is the export order of
/// edges: by source, then target, then kind.
enum PackedEdge {
    static let indexBits: UInt64 = 30

    static func pack(_ source: Int, _ target: Int, _ kind: Graph.EdgeKind) -> UInt64 {
        precondition(source < 1 << indexBits && target < 1 << indexBits, "more than 2^30 nodes")
        return UInt64(source) << (indexBits + 3) | UInt64(target) << 3 | UInt64(kind.order)
    }

    static func unpack(_ packed: UInt64) -> (source: Int, target: Int, kind: Graph.EdgeKind) {
        (Int(packed >> (indexBits + 3)), Int((packed >> 3) & (1 << indexBits - 1)),
         Graph.EdgeKind.byOrder[Int(packed & 7)])
    }
}

extension Array where Element: Equatable {
    /// Drops each element equal to the one before it (all duplicates, when sorted).
    mutating func removeAdjacentDuplicates() {
        guard count > 1 else { return }
        var kept = 1
        for position in 1..<count where self[position] != self[kept - 1] {
            self[kept] = self[position]
            kept += 1
        }
        removeLast(count - kept)
    }
}

extension Collection where Element: Comparable {
    /// Whether each element is larger than the one before it.
    var isStrictlyIncreasing: Bool {
        zip(self, dropFirst()).allSatisfy { $0 < $1 }
    }
}
