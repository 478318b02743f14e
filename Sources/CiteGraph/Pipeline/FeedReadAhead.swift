import Foundation

/// Feed files parsed on other threads while the caller builds from the files before them: each
/// entry is turned into an `Item` (`prepare`) on the thread that parsed it, and the items reach the
/// caller in batches, file after file, each file in its own order. What the caller builds is thus
/// the same as reading the files one after another on one thread, whichever thread parsed what.
///
/// Memory stays bounded: at most `threads + 1` files are read ahead of the caller, and a file
/// whose items the caller has not taken holds at most `batchesPerFile` batches (its parser then
/// waits).
enum FeedReadAhead {
    /// Calls `onBatch` with every file's items in order and `onFile(n)` after file `n`'s last
    /// batch. A file that cannot be parsed throws its parser's error when the caller reaches it,
    /// after the files before it were handed over (and the parsers stop).
    static func read<Item: Sendable>(
        paths: [String], threads: Int, batchSize: Int = 512, batchesPerFile: Int = 32,
        prepare: @escaping @Sendable (ArxivEntry) -> Item,
        onBatch: ([Item]) -> Void, onFile: (Int) -> Void
    ) throws {
        let workers = min(max(1, threads), paths.count)
        let queue = ReadAheadQueue<Item>(files: paths.count, workers: workers, lookahead: max(1, threads) + 1,
                                         capacity: max(1, batchesPerFile))
        for _ in 0..<workers {
            let thread = Thread { queue.work(paths: paths, batchSize: max(1, batchSize), prepare: prepare) }
            thread.start()
        }
        // Whatever happens, no parser outlives the call.
        defer { queue.stopAndWait() }
        for file in paths.indices {
            while true {
                let (batches, outcome) = queue.take(file)
                for batch in batches { onBatch(batch) }
                if let outcome {
                    try outcome.get()
                    break
                }
            }
            queue.finished(file)
            onFile(file)
        }
    }
}

/// Told to a parser through its entry callback so that it stops early.
private struct ReadAheadStopped: Error {}

/// The state the parsers and the caller share, all of it guarded by `condition`.
/// `@unchecked Sendable`: every stored `var` is read and written only while `condition` is locked.
private final class ReadAheadQueue<Item: Sendable>: @unchecked Sendable {
    private struct Slot {
        var batches: [[Item]] = []
        /// Set when the file is done: success, or the error that ended its parse.
        var outcome: Result<Void, any Error>?
    }

    private let condition = NSCondition()
    private let lookahead: Int
    private let capacity: Int
    private var slots: [Slot]
    /// The next file a parser will start on.
    private var nextFile = 0
    /// The file the caller is reading (the ones before it are done with).
    private var current = 0
    private var stopped = false
    /// Parsers not yet returned (counted from before their threads start).
    private var running: Int

    init(files: Int, workers: Int, lookahead: Int, capacity: Int) {
        slots = Array(repeating: Slot(), count: files)
        running = workers
        self.lookahead = lookahead
        self.capacity = capacity
    }

    /// A parser's loop: the next file not yet started, once it is near enough to the caller.
    func work(paths: [String], batchSize: Int, prepare: (ArxivEntry) -> Item) {
        defer {
            condition.lock()
            running -= 1
            condition.broadcast()
            condition.unlock()
        }
        while let file = claim() {
            var batch: [Item] = []
            batch.reserveCapacity(batchSize)
            let outcome = Result<Void, any Error> {
                _ = try AtomParser.parse(fileAt: paths[file]) { entry in
                    batch.append(prepare(entry))
                    if batch.count == batchSize {
                        guard put(batch, in: file) else { throw ReadAheadStopped() }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
            }
            if case .failure(let error) = outcome, error is ReadAheadStopped { return }
            condition.lock()
            if !batch.isEmpty { slots[file].batches.append(batch) }
            slots[file].outcome = outcome
            condition.broadcast()
            condition.unlock()
        }
    }

    private func claim() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, nextFile < slots.count, nextFile >= current + lookahead { condition.wait() }
        guard !stopped, nextFile < slots.count else { return nil }
        nextFile += 1
        return nextFile - 1
    }

    /// Adds a batch to the file's slot, waiting while it is full; false when the caller stopped.
    private func put(_ batch: [Item], in file: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while !stopped, slots[file].batches.count >= capacity { condition.wait() }
        guard !stopped else { return false }
        slots[file].batches.append(batch)
        condition.broadcast()
        return true
    }

    /// The file's batches so far (waiting for at least one, or for its end), and its outcome when
    /// it is done.
    func take(_ file: Int) -> (batches: [[Item]], outcome: Result<Void, any Error>?) {
        condition.lock()
        defer { condition.unlock() }
        while slots[file].batches.isEmpty, slots[file].outcome == nil { condition.wait() }
        let batches = slots[file].batches
        slots[file].batches = []
        condition.broadcast()
        return (batches, slots[file].outcome)
    }

    func finished(_ file: Int) {
        condition.lock()
        slots[file] = Slot()
        current = file + 1
        condition.broadcast()
        condition.unlock()
    }

    /// Stops the parsers still at work and waits until none is left.
    func stopAndWait() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
