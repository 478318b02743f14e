/// Text forms shared by the graph writers, so every format prints the same numbers and lists.
enum ExportText {
    /// Shortest form that reads back as the same double: `1`, `0.5`, `0.3333333333333333`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-INF" : "INF") }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    static func text(_ value: Graph.AttributeValue) -> String {
        switch value {
        case .string(let string): string
        case .int(let int): String(int)
        case .double(let double): number(double)
        case .bool(let bool): bool ? "true" : "false"
        }
    }

    /// An edge's `papers`: ids joined by spaces, then `(+N more)` when some were left out.
    static func papers(_ edge: Graph.Edge) -> String {
        var text = edge.papers.joined(separator: " ")
        if edge.morePapers > 0 { text += (text.isEmpty ? "" : " ") + "(+\(edge.morePapers) more)" }
        return text
    }

    /// A node's identity across kinds, for formats that use real ids (`paper:2305.18290`).
    static func qualifiedKey(_ node: Graph.Node) -> String { "\(node.kind.rawValue):\(node.key)" }

    /// Whether `ExportText.papers(edge)` is empty (no `<data>`/column value then).
    static func papersAreEmpty(_ edge: Graph.Edge) -> Bool {
        edge.morePapers <= 0 && idsAreEmpty(edge)
    }

    /// Whether the edge's paper ids write nothing (none, or one empty id).
    static func idsAreEmpty(_ edge: Graph.Edge) -> Bool {
        edge.papers.isEmpty || (edge.papers.count == 1 && edge.papers[0].isEmpty)
    }

    /// `k` when `value` is the Double nearest to `k / 100` and not a whole number: then the
    /// shortest decimal that reads back as `value` (what `"\(value)"` prints) is `k / 100` with
    /// at most two decimals, as no other decimal with two digits or fewer after the point lies
    /// within half a step (below 1e9, Doubles are far closer together than 0.01).
    @inline(__always)
    static func hundredths(_ value: Double) -> Int? {
        guard abs(value) < 1e9 else { return nil }  // also false for NaN
        let scaled = (value * 100).rounded()
        guard scaled / 100 == value else { return nil }
        return Int(scaled)
    }

    /// Whether XML 1.0 allows the character (Char production); others are dropped, not escaped.
    static func isXMLChar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

extension ByteSink {
    /// `ExportText.number(value)`, integers and hundredths (DOT pen widths) written without a
    /// String.
    @inline(__always)
    mutating func writeNumber(_ value: Double) {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 {
            write(Int(value))
        } else if let hundredths = ExportText.hundredths(value) {
            writeHundredths(hundredths)
        } else {
            write(ExportText.number(value))
        }
    }

    /// `hundredths / 100` in decimal, as Swift prints that Double: `-`, the integer part, `.` and
    /// one or two digits (never called with a whole number).
    private mutating func writeHundredths(_ hundredths: Int) {
        if hundredths < 0 { write(byte: 0x2D) }
        let magnitude = hundredths.magnitude
        write(Int(magnitude / 100))
        write(byte: 0x2E)
        let fraction = UInt8(truncatingIfNeeded: magnitude % 100)
        write(byte: 0x30 &+ fraction / 10)
        if fraction % 10 != 0 { write(byte: 0x30 &+ fraction % 10) }
    }

    /// `ExportText.papers(edge)`, each id written through `writeID` (the format's escaping, which
    /// works id by id: the ids are joined by spaces, and escaping is character by character).
    @inline(__always)
    mutating func writePapers(_ edge: Graph.Edge, _ writeID: (inout ByteSink, String) -> Void) {
        for (position, paper) in edge.papers.enumerated() {
            if position > 0 { write(byte: 0x20) }
            writeID(&self, paper)
        }
        guard edge.morePapers > 0 else { return }
        if !ExportText.idsAreEmpty(edge) { write(byte: 0x20) }
        write("(+")
        write(edge.morePapers)
        write(" more)")
    }
}

/// The attributes of a set of nodes as typed columns, in order of first appearance.
struct AttributeColumns {
    enum ValueType: String { case string, long, double, boolean }

    var names: [String] = []
    var types: [String: ValueType] = [:]

    init(_ nodes: [Graph.Node]) {
        // Columns by position while reading: a node's few attribute names are found by a short
        // scan (most nodes list the same names as the one before), not hashed one by one.
        var columnTypes: [ValueType] = []
        for node in nodes {
            for attribute in node.attributes {
                let type = ValueType(attribute.value)
                if let column = names.firstIndex(of: attribute.name) {
                    columnTypes[column] = columnTypes[column].merged(with: type)
                } else {
                    names.append(attribute.name)
                    columnTypes.append(type)
                }
            }
        }
        types = Dictionary(uniqueKeysWithValues: zip(names, columnTypes))
    }
}

extension AttributeColumns.ValueType {
    init(_ value: Graph.AttributeValue) {
        switch value {
        case .string: self = .string
        case .int: self = .long
        case .double: self = .double
        case .bool: self = .boolean
        }
    }

    /// One type for a column whose values differ: numbers widen to double, anything else to string.
    func merged(with other: Self) -> Self {
        if self == other { return self }
        if [self, other].allSatisfy({ $0 == .long || $0 == .double }) { return .double }
        return .string
    }
}
