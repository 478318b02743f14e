#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Part of the libxml2 wrapper layer (with XMLStreamReader.swift): the only other file with
// pointers. It holds the bytes libxml2 hands over as the text of one element.

/// The text of the element being collected: UTF-8 bytes in one buffer reused for the whole parse,
/// whitespace collapsed while they are copied in (one pass over the bytes, not copy then collapse),
/// turned into a String once, when the element ends.
///
/// Not Sendable: owned by one reader, used on one thread.
final class XMLTextBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0
    /// Bytes offered since `reset`, before collapsing (the text length limit counts these).
    private(set) var received = 0
    /// 1 when the text so far ends in a space or is empty: a whitespace byte now adds nothing.
    private var previousWasSpace = 1
    /// Strings made by `makeInternedString`, by a hash of their bytes; a newer text takes the
    /// slot of an older one.
    @exclusivity(unchecked) private var interned = [String](repeating: "", count: XMLTextBuffer.internedSlots)
    private static let internedSlots = 256

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 64)
        storage = .allocate(capacity: self.capacity)
    }

    deinit {
        storage.deallocate()
    }

    @inline(__always)
    func reset() {
        count = 0
        received = 0
        previousWasSpace = 1
    }

    /// Room for `extra` more bytes (collapsing never writes more than it reads).
    @inline(__always)
    private func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newStorage.update(from: storage, count: count)
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
    }

    /// Appends the bytes as they are.
    func appendRaw(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        received += source.count
        reserve(source.count)
        (storage + count).update(from: from, count: source.count)
        count += source.count
    }

    /// Appends the bytes with every run of XML whitespace (space, tab, newline, return) written as
    /// one space, and none at the start of the text; a trailing space is dropped by `makeString`.
    /// Sixteen bytes at a time where a block needs no more than whitespace turned into spaces
    /// (the common case: words and single spaces or newlines), byte by byte (branch-free) elsewhere.
    func appendCollapsing(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        let length = source.count
        received += length
        reserve(length)
        let to = storage
        var write = count
        var read = 0
        var previousWasSpace = self.previousWasSpace
        let whitespaceBits: UInt64 = 1 << 0x20 | 1 << 0x0A | 1 << 0x09 | 1 << 0x0D
        @inline(__always) func copyByte() {
            let byte = from[read]
            read += 1
            let isSpace = Int(truncatingIfNeeded: (whitespaceBits >> UInt64(byte & 63)) & 1) & (byte <= 0x20 ? 1 : 0)
            to[write] = isSpace == 1 ? 0x20 : byte
            write += 1 - (isSpace & previousWasSpace)
            previousWasSpace = isSpace
        }
        typealias Block = SIMD16<UInt8>
        let space = Block(repeating: 0x20)
        while read + 16 <= length {
            let block = UnsafeRawPointer(from + read).loadUnaligned(as: Block.self)
            let isWhitespace = (block .== space) .| (block .== Block(repeating: 0x0A))
                .| (block .== Block(repeating: 0x09)) .| (block .== Block(repeating: 0x0D))
            // The mask as two words, 0xFF per whitespace lane.
            let lanes = unsafeBitCast(isWhitespace, to: SIMD2<UInt64>.self)
            let low = lanes[0]
            let high = lanes[1]
            // Two whitespace bytes in a row (within the block, across its halves, or a space
            // already written before it) need the byte-by-byte path.
            let runs = (low & (low << 8)) | (high & (high << 8)) | ((low >> 56) & high)
                | (low & UInt64(truncatingIfNeeded: previousWasSpace))
            if runs == 0 {
                let spaced = block.replacing(with: space, where: isWhitespace)
                UnsafeMutableRawPointer(to + write).storeBytes(of: spaced, as: Block.self)
                write += 16
                read += 16
                previousWasSpace = Int(truncatingIfNeeded: high >> 63)
            } else {
                for _ in 0..<16 { copyByte() }
            }
        }
        // What is left: one 8-byte block the same way (libxml2 hands text over a line at a
        // time, so every piece ends in a short tail), then byte by byte.
        if read + 8 <= length {
            typealias HalfBlock = SIMD8<UInt8>
            let halfSpace = HalfBlock(repeating: 0x20)
            let block = UnsafeRawPointer(from + read).loadUnaligned(as: HalfBlock.self)
            let isWhitespace = (block .== halfSpace) .| (block .== HalfBlock(repeating: 0x0A))
                .| (block .== HalfBlock(repeating: 0x09)) .| (block .== HalfBlock(repeating: 0x0D))
            let lanes = unsafeBitCast(isWhitespace, to: UInt64.self)
            if lanes & (lanes << 8) | (lanes & UInt64(truncatingIfNeeded: previousWasSpace)) == 0 {
                let spaced = block.replacing(with: halfSpace, where: isWhitespace)
                UnsafeMutableRawPointer(to + write).storeBytes(of: spaced, as: HalfBlock.self)
                write += 8
                read += 8
                previousWasSpace = Int(truncatingIfNeeded: lanes >> 63)
            }
        }
        while read < length { copyByte() }
        count = write
        self.previousWasSpace = previousWasSpace
    }

    /// The text as a String; `trimmingTrailingSpace` drops the one space collapsing may leave
    /// at the end.
    func makeString(trimmingTrailingSpace: Bool) -> String {
        var length = count
        if trimmingTrailingSpace, length > 0, storage[length - 1] == 0x20 { length -= 1 }
        return String(decoding: UnsafeBufferPointer(start: storage, count: length), as: UTF8.self)
    }

    /// As `makeString`, but a text equal to one made recently gives that String back: a repeated
    /// text (an affiliation) then costs a retain instead of an allocation and a copy. Texts of up
    /// to 15 bytes are stored inline in the String anyway, and long ones rarely repeat.
    func makeInternedString(trimmingTrailingSpace: Bool) -> String {
        var length = count
        if trimmingTrailingSpace, length > 0, storage[length - 1] == 0x20 { length -= 1 }
        guard length > 15, length <= 128 else {
            return String(decoding: UnsafeBufferPointer(start: storage, count: length), as: UTF8.self)
        }
        let raw = UnsafeRawPointer(storage)
        // Every byte counts (`8 pages, 4 figures` and `8 pages, 6 figures` differ inside): eight
        // at a time, the last word overlapping the one before.
        var hash = UInt64(length)
        var offset = 0
        while offset + 8 < length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            offset += 8
        }
        hash = (hash ^ raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: hash >> 56) & (Self.internedSlots - 1)
        let storage = self.storage
        let same = interned[slot].utf8.withContiguousStorageIfAvailable { cached in
            cached.count == length && memcmp(cached.baseAddress!, storage, length) == 0
        }
        if same == true { return interned[slot] }
        let made = String(decoding: UnsafeBufferPointer(start: storage, count: length), as: UTF8.self)
        interned[slot] = made
        return made
    }
}
