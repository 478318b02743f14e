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
    /// The bits of every byte offered since `reset`, or-ed: below 0x80, the text is ASCII.
    private var highBits: UInt8 = 0
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
        highBits = 0
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
        // Not scanned: the text is validated when it becomes a String.
        highBits = 0x80
        reserve(source.count)
        (storage + count).update(from: from, count: source.count)
        count += source.count
    }

    /// Appends the bytes with every run of XML whitespace (space, tab, newline, return) written as
    /// one space, and none at the start of the text; a trailing space is dropped by `makeString`.
    ///
    /// Whitespace is tested as "at most 0x20": the other bytes below 0x20 are not characters XML
    /// text may hold, and libxml2 stops with an error before handing any of them over.
    /// Sixteen bytes at a time where a block holds no two whitespace bytes in a row (the common
    /// case: words and single spaces or newlines), byte by byte (branch-free) elsewhere.
    func appendCollapsing(_ source: UnsafeBufferPointer<UInt8>) {
        guard let from = source.baseAddress, !source.isEmpty else { return }
        let length = source.count
        received &+= length
        reserve(length)
        let to = storage
        var write = count
        var read = 0
        var previousWasSpace = self.previousWasSpace
        var bytesSeen: UInt8 = 0
        @inline(__always) func copyByte() {
            let byte = from[read]
            read &+= 1
            bytesSeen |= byte
            let isSpace = byte <= 0x20 ? 1 : 0
            to[write] = max(byte, 0x20)
            write &+= 1 &- (isSpace & previousWasSpace)
            previousWasSpace = isSpace
        }
        if length > 16 {
            typealias Block = SIMD16<UInt8>
            let space = Block(repeating: 0x20)
            // One byte first, so that every block has the byte before it in `source`: the
            // whitespace mask of the block loaded one byte earlier is the "previous byte was
            // whitespace" mask of this one.
            copyByte()
            var blocksSeen = Block()
            /// Whether the last block was copied whole (its output bytes are its input bytes).
            var lastBlockCopied = false
            while read &+ 16 <= length {
                let block = UnsafeRawPointer(from + read).loadUnaligned(as: Block.self)
                let before = UnsafeRawPointer(from + read - 1).loadUnaligned(as: Block.self)
                let runs = unsafeBitCast((block .<= space) .& (before .<= space), to: SIMD2<UInt64>.self)
                lastBlockCopied = runs[0] | runs[1] == 0
                if lastBlockCopied {
                    // Whitespace becomes a space: max(byte, 0x20). (`.<`, not the `.<=` above,
                    // so that the compiler makes one max instruction of it.)
                    let spaced = block.replacing(with: space, where: block .< space)
                    UnsafeMutableRawPointer(to + write).storeBytes(of: spaced, as: Block.self)
                    blocksSeen |= block
                    write &+= 16
                    read &+= 16
                } else {
                    previousWasSpace = from[read &- 1] <= 0x20 ? 1 : 0
                    for _ in 0..<16 { copyByte() }
                }
            }
            // The tail as one more block, the source's last 16 bytes: it overlaps the block
            // before, which was copied whole, so the overlap is written again with the same bytes.
            if read < length, lastBlockCopied {
                let start = length &- 16
                let block = UnsafeRawPointer(from + start).loadUnaligned(as: Block.self)
                let before = UnsafeRawPointer(from + start - 1).loadUnaligned(as: Block.self)
                let runs = unsafeBitCast((block .<= space) .& (before .<= space), to: SIMD2<UInt64>.self)
                if runs[0] | runs[1] == 0 {
                    let spaced = block.replacing(with: space, where: block .< space)
                    UnsafeMutableRawPointer(to + (write &- (read &- start))).storeBytes(of: spaced, as: Block.self)
                    blocksSeen |= block
                    write &+= length &- read
                    read = length
                }
            }
            previousWasSpace = from[read &- 1] <= 0x20 ? 1 : 0
            let halves = unsafeBitCast(blocksSeen, to: SIMD2<UInt64>.self)
            if (halves[0] | halves[1]) & 0x8080_8080_8080_8080 != 0 { bytesSeen |= 0x80 }
        }
        while read < length { copyByte() }
        count = write
        self.previousWasSpace = previousWasSpace
        highBits |= bytesSeen
    }

    /// The text as a String; `trimmingTrailingSpace` drops the one space collapsing may leave
    /// at the end.
    func makeString(trimmingTrailingSpace: Bool) -> String {
        string(count: trimmedCount(trimmingTrailingSpace))
    }

    /// How many bytes the text has, without the one space collapsing may leave at its end when
    /// `trimmingTrailingSpace`.
    @inline(__always)
    private func trimmedCount(_ trimmingTrailingSpace: Bool) -> Int {
        trimmingTrailingSpace && count > 0 && storage[count - 1] == 0x20 ? count - 1 : count
    }

    /// The text's bytes, written over `bytes` (whose buffer is reused).
    func copyBytes(into bytes: inout [UInt8], trimmingTrailingSpace: Bool) {
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: UnsafeBufferPointer(start: storage, count: trimmedCount(trimmingTrailingSpace)))
    }

    @inline(__always)
    private func string(count length: Int) -> String {
        Self.string(UnsafeBufferPointer(start: storage, count: length), isASCII: highBits < 0x80)
    }

    /// The bytes as a String. ASCII text is valid UTF-8 as it is, so it skips the validation
    /// (a tenth of the work of making the String); other text is validated (and repaired) by
    /// `String(decoding:)`.
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String {
        guard isASCII else { return String(decoding: bytes, as: UTF8.self) }
        return String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: true))
    }

    /// As `makeString`, but a text equal to one made recently gives that String back: a repeated
    /// text (an affiliation) then costs a retain instead of an allocation and a copy. Texts of up
    /// to 15 bytes are stored inline in the String anyway, and long ones rarely repeat.
    func makeInternedString(trimmingTrailingSpace: Bool) -> String {
        let length = trimmedCount(trimmingTrailingSpace)
        guard length > 15, length <= 128 else { return string(count: length) }
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
        let made = string(count: length)
        interned[slot] = made
        return made
    }
}

/// Strings of up to 15 ASCII bytes (the ones Swift stores inline) made recently, by their bytes:
/// looking one up is a hash of two words and a compare, cheaper than making it again. A newer
/// value takes the slot of an older one.
struct ShortStrings {
    static let longest = 15
    private static let slots = 128
    private var keys = [SIMD2<UInt64>](repeating: .zero, count: ShortStrings.slots)
    /// 0 for an empty slot: the empty value is not cached (it is made for free).
    private var lengths = [Int](repeating: 0, count: ShortStrings.slots)
    private var strings = [String](repeating: "", count: ShortStrings.slots)

    /// `bytes`: ASCII, at most `longest` of them.
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
        var key = SIMD2<UInt64>.zero
        withUnsafeMutableBytes(of: &key) { $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
        let hash = (key[0] &* 0x9E37_79B9_7F4A_7C15) ^ (key[1] &* 0xC2B2_AE3D_27D4_EB4F) ^ UInt64(bytes.count)
        let slot = Int(truncatingIfNeeded: hash >> 57) & (Self.slots - 1)
        if lengths[slot] == bytes.count, keys[slot] == key { return strings[slot] }
        let made = XMLTextBuffer.string(bytes, isASCII: true)
        keys[slot] = key
        lengths[slot] = bytes.count
        strings[slot] = made
        return made
    }
}
