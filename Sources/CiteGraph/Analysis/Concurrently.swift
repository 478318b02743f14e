import Dispatch
import Synchronization

/// Runs independent pieces of the analysis on the machine's cores. Each piece writes its result
/// into its own `Slot`, read once every piece is done, so the outputs do not depend on which
/// core ran what or when.
enum Concurrently {
    /// Runs every piece and returns when all are done. Pieces start in the order given (longest
    /// first keeps the cores busy to the end).
    static func run(_ pieces: [@Sendable () -> Void]) {
        if pieces.count == 1 { return pieces[0]() }
        DispatchQueue.concurrentPerform(iterations: pieces.count) { pieces[$0]() }
    }
}

/// The result of one piece run by `Concurrently.run`.
final class Slot<Value: Sendable>: Sendable {
    private let stored = Mutex<Value?>(nil)

    init() {}

    func set(_ value: Value) { stored.withLock { $0 = value } }

    /// The value set by the piece; reading it before the piece ran is a bug in the caller.
    var value: Value {
        guard let value = stored.withLock({ $0 }) else { preconditionFailure("Slot read before its piece ran") }
        return value
    }
}

/// The first `count` elements of `elements` sorted by `areInIncreasingOrder`, without sorting
/// them all: one pass keeping the best so far. The same as `sorted(by:).prefix(count)` when the
/// order is strict and total (no two elements tie), as every ranking here is (names break ties).
func leading<T>(_ count: Int, of elements: some Sequence<T>, by areInIncreasingOrder: (T, T) -> Bool) -> [T] {
    guard count > 0 else { return [] }
    var best: [T] = []
    best.reserveCapacity(count + 1)
    for element in elements {
        if best.count == count, let last = best.last, !areInIncreasingOrder(element, last) { continue }
        var position = best.count
        while position > 0, areInIncreasingOrder(element, best[position - 1]) { position -= 1 }
        best.insert(element, at: position)
        if best.count > count { best.removeLast() }
    }
    return best
}
