/// Where the writers put a file's bytes: a buffer of about 1 MiB handed to a drain (a file) each
/// time it fills, so no writer holds a whole file of hundreds of MB, and no String is built per
/// line. Without a drain (`ByteSink()`) the bytes stay in memory, for the APIs that return text.
///
/// Appending never throws: the first error of the drain is kept, later bytes are dropped, and
/// `finish()` throws it.
public struct ByteSink {
    /// Bytes gathered before the drain gets them.
    public static let bufferSize = 1 << 20

    private(set) var bytes: [UInt8] = []
    private let drain: (([UInt8]) throws -> Void)?
    private let limit: Int
    private var failure: (any Error)?

    /// Keeps every byte in memory (read them with `text`).
    public init() {
        drain = nil
        limit = .max
    }

    /// Hands each full buffer, then the rest at `finish()`, to `drain`.
    public init(drain: @escaping ([UInt8]) throws -> Void) {
        self.init(bufferSize: Self.bufferSize, drain: drain)
    }

    /// `bufferSize`: bytes gathered before draining (small in tests, to drain often).
    init(bufferSize: Int, drain: @escaping ([UInt8]) throws -> Void) {
        self.drain = drain
        limit = max(1, bufferSize)
        // Room for the usual appends past the limit without growing (most are short).
        bytes.reserveCapacity(limit + limit / 4)
    }

    /// The bytes kept so far, as UTF-8 text (the whole output of an in-memory sink).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    @inline(__always)
    public mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= limit { flush() }
    }

    @inline(__always)
    public mutating func write(_ text: Substring) {
        bytes.append(contentsOf: text.utf8)
        if bytes.count >= limit { flush() }
    }

    @inline(__always)
    public mutating func write(byte: UInt8) {
        bytes.append(byte)
        if bytes.count >= limit { flush() }
    }

    /// Appends `more` a buffer at a time (a large text goes out without doubling in memory).
    public mutating func write<Bytes: Collection<UInt8>>(bytes more: Bytes) {
        var start = more.startIndex
        while start != more.endIndex {
            let end = more.index(start, offsetBy: min(limit, Self.bufferSize), limitedBy: more.endIndex) ?? more.endIndex
            bytes.append(contentsOf: more[start..<end])
            if bytes.count >= limit { flush() }
            start = end
        }
    }

    /// `value` in decimal, as `String(value)` writes it.
    public mutating func write(_ value: Int) {
        if value >= 0 && value < 10 {
            write(byte: 0x30 + UInt8(value))
            return
        }
        if value < 0 { bytes.append(0x2D) }
        var rest = value.magnitude
        var digits = 1
        var scan = rest
        while scan >= 10 {
            scan /= 10
            digits += 1
        }
        var position = bytes.count + digits - 1
        bytes.append(contentsOf: repeatElement(0x30, count: digits))
        while rest > 0 {
            bytes[position] = 0x30 + UInt8(rest % 10)
            rest /= 10
            position -= 1
        }
        if bytes.count >= limit { flush() }
    }

    /// Hands the buffer to the drain now (a no-op for an in-memory sink).
    public mutating func flush() {
        guard let drain else { return }
        if failure == nil, !bytes.isEmpty {
            do { try drain(bytes) } catch { failure = error }
        }
        bytes.removeAll(keepingCapacity: true)
    }

    /// Drains what is left; throws the first error the drain threw, if any.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }
}
