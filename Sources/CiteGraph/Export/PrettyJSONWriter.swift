/// JSON streamed into a `ByteSink` in exactly the form `JSONEncoder` gives with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes`: two-space indents, `"key" : value`, empty
/// containers as `[` blank line `]`, strings escaped as it escapes them, doubles as it prints them.
/// The caller writes each object's keys in sorted (bytewise) order itself.
struct PrettyJSONWriter {
    var sink: ByteSink
    private var depth = 0
    /// Whether the innermost open container has no value yet.
    private var empty = true
    /// `"\n"` and `",\n"` followed by the indent of each depth, each written in one go.
    private let firstBreaks: [String], nextBreaks: [String]

    init(sink: ByteSink) {
        self.sink = sink
        let indents = (0..<12).map { String(repeating: "  ", count: $0) }
        firstBreaks = indents.map { "\n" + $0 }
        nextBreaks = indents.map { ",\n" + $0 }
    }

    mutating func beginObject() { open(0x7B) }
    mutating func endObject() { close(0x7D) }
    mutating func beginArray() { open(0x5B) }
    mutating func endArray() { close(0x5D) }

    /// Starts the next member of an object: `"key" : `. `key` must need no escaping.
    mutating func key(_ key: String) {
        nextValue()
        sink.write(byte: 0x22)
        sink.write(key)
        sink.write("\" : ")
    }

    /// Starts the next element of an array.
    mutating func element() { nextValue() }

    mutating func string(_ text: String) { Self.writeString(text, to: &sink) }

    mutating func string(_ text: String?) {
        if let text { string(text) } else { null() }
    }

    mutating func int(_ value: Int) { sink.write(value) }

    mutating func int(_ value: Int?) {
        if let value { int(value) } else { null() }
    }

    mutating func bool(_ value: Bool) { sink.write(value ? "true" : "false") }

    mutating func null() { sink.write("null") }

    /// As JSONEncoder: the shortest round-trip form, without a trailing `.0`. It refuses
    /// infinities and NaN, and so does this.
    mutating func double(_ value: Double) throws {
        guard value.isFinite else { throw CiteGraphError("cannot write \(value) in JSON") }
        if value == value.rounded(), abs(value) < 1e15 {
            // JSONEncoder writes `-0` for negative zero.
            if value == 0, value.sign == .minus { sink.write(byte: 0x2D) }
            sink.write(Int(value))
        } else {
            var text = value.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            sink.write(text)
        }
    }

    /// An array of strings, one a line.
    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    mutating func ints(_ values: [Int]) { array(values) { $0.int($1) } }

    /// An array, one value a line, each written by `writeValue`.
    mutating func array<Value>(_ values: [Value], _ writeValue: (inout PrettyJSONWriter, Value) -> Void) {
        beginArray()
        for value in values {
            element()
            writeValue(&self, value)
        }
        endArray()
    }

    private mutating func open(_ bracket: UInt8) {
        sink.write(byte: bracket)
        depth += 1
        empty = true
    }

    private mutating func close(_ bracket: UInt8) {
        sink.write(byte: 0x0A)
        if empty { sink.write(byte: 0x0A) }
        depth -= 1
        indent()
        sink.write(byte: bracket)
        empty = false
    }

    private mutating func nextValue() {
        if depth < firstBreaks.count {
            sink.write(empty ? firstBreaks[depth] : nextBreaks[depth])
        } else {
            sink.write(empty ? "\n" : ",\n")
            indent()
        }
        empty = false
    }

    private mutating func indent() {
        for _ in 0..<depth { sink.write("  ") }
    }

    /// A JSON string as JSONEncoder writes it: `"` and `\` escaped, `\b \f \n \r \t` by name,
    /// other controls as `\u00XX` (lowercase hex), everything else (`/`, DEL, U+2028…) as it is.
    static func writeString(_ text: String, to sink: inout ByteSink) {
        sink.write(byte: 0x22)
        var plain = true
        for byte in text.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C {
            plain = false
            break
        }
        if plain {
            sink.write(text)
        } else {
            for byte in text.utf8 {
                switch byte {
                case 0x22: sink.write("\\\"")
                case 0x5C: sink.write("\\\\")
                case 0x08: sink.write("\\b")
                case 0x0C: sink.write("\\f")
                case 0x0A: sink.write("\\n")
                case 0x0D: sink.write("\\r")
                case 0x09: sink.write("\\t")
                case 0..<0x20:
                    sink.write("\\u00")
                    sink.write(byte: hexDigit(byte >> 4))
                    sink.write(byte: hexDigit(byte & 0xF))
                default: sink.write(byte: byte)
                }
            }
        }
        sink.write(byte: 0x22)
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10 }
}
