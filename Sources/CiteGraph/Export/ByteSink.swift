/// Where the writers put a file's bytes: a buffer of about 1 MiB handed to a drain (a file) each
/// time it fills, so no writer holds a whole file of hundreds of MB, and no String is built per
/// line. Without a drain (`ByteSink()`) the bytes stay in memory, for the APIs that return text.
///
/// Appending never throws: the first error of the drain is kept, later bytes are dropped, and
/// `finish()` throws it.
///
/// The buffer is an array whose every byte is initialized, filled up to `used`: an append is a
/// bounds check and a copy of the text's UTF-8 in one go, not a generic element-by-element
/// `append(contentsOf:)` (which cost more than the copying itself on short strings).
public struct ByteSink {
    /// Bytes gathered before the drain gets them.
    public static let bufferSize = 1 << 20

    private var buffer: [UInt8] = []
    /// Bytes of `buffer` written so far; the rest is room.
    private var used = 0
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
        buffer = [UInt8](repeating: 0, count: limit + max(64, limit / 4))
    }

    /// Bytes written since the last drain (all of them in an in-memory sink).
    var count: Int { used }

    /// The bytes kept so far (the whole output of an in-memory sink).
    var bytes: [UInt8] { Array(buffer[..<used]) }

    /// The bytes kept so far, as UTF-8 text (the whole output of an in-memory sink).
    public var text: String { String(decoding: buffer[..<used], as: UTF8.self) }

    @inline(__always)
    public mutating func write(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ append($0) }) == nil {
            for byte in text.utf8 { write(byte: byte) }
        }
    }

    @inline(__always)
    public mutating func write(byte: UInt8) {
        if used == buffer.count { grow(toFit: 1) }
        buffer[used] = byte
        used += 1
        if used >= limit { flush() }
    }

    /// Appends `more` a buffer at a time (a large text goes out without doubling in memory).
    public mutating func write<Bytes: Collection<UInt8>>(bytes more: Bytes) {
        let piece = min(limit, Self.bufferSize)
        let copied: Void? = more.withContiguousStorageIfAvailable { all in
            var start = 0
            while start < all.count {
                let end = min(all.count, start + piece)
                append(UnsafeBufferPointer(rebasing: all[start..<end]))
                start = end
            }
        }
        guard copied == nil else { return }
        var start = more.startIndex
        while start != more.endIndex {
            let end = more.index(start, offsetBy: piece, limitedBy: more.endIndex) ?? more.endIndex
            for byte in more[start..<end] { appendWithoutFlush(byte) }
            if used >= limit { flush() }
            start = end
        }
    }

    /// Copies `source` in, then drains when the buffer is full.
    @inline(__always)
    mutating func append(_ source: UnsafeBufferPointer<UInt8>) {
        let count = source.count
        guard count > 0, let from = source.baseAddress else { return }
        if count > buffer.count &- used { grow(toFit: count) }
        let start = used
        buffer.withUnsafeMutableBufferPointer { room in
            let to = UnsafeMutableRawPointer(room.baseAddress.unsafelyUnwrapped + start)
            let from = UnsafeRawPointer(from)
            // Most texts are a few bytes: two overlapping word copies beat a call to memmove.
            if count >= 8 && count <= 16 {
                to.storeBytes(of: from.loadUnaligned(as: UInt64.self), as: UInt64.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self),
                              toByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 && count < 8 {
                to.storeBytes(of: from.loadUnaligned(as: UInt32.self), as: UInt32.self)
                to.storeBytes(of: from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self),
                              toByteOffset: count - 4, as: UInt32.self)
            } else {
                to.copyMemory(from: from, byteCount: count)
            }
        }
        used = start &+ count
        if used >= limit { flush() }
    }

    @inline(__always)
    private mutating func appendWithoutFlush(_ byte: UInt8) {
        if used == buffer.count { grow(toFit: 1) }
        buffer[used] = byte
        used += 1
    }

    /// `value` in decimal, as `String(value)` writes it.
    public mutating func write(_ value: Int) {
        if value >= 0 && value < 10 {
            write(byte: 0x30 &+ UInt8(truncatingIfNeeded: value))
            return
        }
        // Longest form: "-9223372036854775808".
        if buffer.count &- used < 20 { grow(toFit: 20) }
        var rest = value.magnitude
        var digits = 1
        var scan = rest
        while scan >= 10 {
            scan /= 10
            digits += 1
        }
        let start = used
        let end = start + (value < 0 ? 1 : 0) + digits
        buffer.withUnsafeMutableBufferPointer { room in
            let base = room.baseAddress.unsafelyUnwrapped
            if value < 0 { base[start] = 0x2D }
            var position = end - 1
            repeat {
                base[position] = 0x30 &+ UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
                position -= 1
            } while rest > 0
        }
        used = end
        if used >= limit { flush() }
    }

    /// Makes room for `count` more bytes (the buffer at least doubles).
    @inline(never)
    private mutating func grow(toFit count: Int) {
        var size = max(256, buffer.count * 2)
        while size - used < count { size *= 2 }
        buffer.append(contentsOf: repeatElement(0, count: size - buffer.count))
    }

    /// Hands the buffer to the drain now (a no-op for an in-memory sink).
    public mutating func flush() {
        guard let drain else { return }
        if failure == nil, used > 0 {
            // The drain gets exactly the bytes written: the room is cut off, then put back.
            let size = buffer.count
            buffer.removeLast(size - used)
            do { try drain(buffer) } catch { failure = error }
            buffer.append(contentsOf: repeatElement(0, count: size - used))
        }
        used = 0
    }

    /// Drains what is left; throws the first error the drain threw, if any.
    public mutating func finish() throws {
        flush()
        if let failure { throw failure }
    }
}
