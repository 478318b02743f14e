/// JSON in the Cytoscape.js `elements` format (`cy.add(json.elements)` or `cytoscape({elements})`):
/// one `data` object per node (`id`, `kind`, `label`, then its attributes) and per edge (`id`,
/// `source`, `target`, `kind`, `weight`, `papers`). Written by hand for a fixed key order.
public enum CytoscapeJSONWriter {
    public static func write(_ graph: Graph) -> String {
        var sink = ByteSink()
        write(graph, to: &sink)
        return sink.text
    }

    /// Streams the file into `sink`, element by element.
    public static func write(_ graph: Graph, to sink: inout ByteSink) {
        sink.write("{\n  \"data\": {\"name\": \(string(graph.name)), \"directed\": false},\n")
        sink.write("  \"elements\": {\n    \"nodes\": [")
        for (index, node) in graph.nodes.enumerated() {
            var fields = [("id", string("n\(index)")), ("kind", string(node.kind.rawValue)), ("label", string(node.label))]
            for attribute in node.attributes where !["id", "kind", "label"].contains(attribute.name) {
                fields.append((attribute.name, value(attribute.value)))
            }
            sink.write(index == 0 ? "\n      " : ",\n      ")
            sink.write(element(fields))
        }
        sink.write(graph.nodes.isEmpty ? "],\n" : "\n    ],\n")
        sink.write("    \"edges\": [")
        for (index, edge) in graph.edges.enumerated() {
            let fields = [
                ("id", string("e\(index)")), ("source", string("n\(edge.source)")), ("target", string("n\(edge.target)")),
                ("kind", string(edge.kind.rawValue)), ("weight", ExportText.number(edge.weight)),
                ("papers", string(ExportText.papers(edge))),
            ]
            sink.write(index == 0 ? "\n      " : ",\n      ")
            sink.write(element(fields))
        }
        sink.write(graph.edges.isEmpty ? "]\n" : "\n    ]\n")
        sink.write("  }\n}\n")
    }

    private static func element(_ fields: [(String, String)]) -> String {
        "{\"data\": {" + fields.map { "\(string($0.0)): \($0.1)" }.joined(separator: ", ") + "}}"
    }

    private static func value(_ value: Graph.AttributeValue) -> String {
        switch value {
        case .string(let text): string(text)
        case .int(let int): String(int)
        case .double(let double): double.isFinite ? ExportText.number(double) : "null"
        case .bool(let bool): bool ? "true" : "false"
        }
    }

    /// A JSON string literal (RFC 8259 escapes; everything else kept as UTF-8).
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
