/// GraphML 1.0 (valid against graphml.xsd): typed `<key>`s declared first, `label` and `weight`
/// keys as Gephi maps them, synthetic node ids (`n0`…) with the real id in the `key` attribute.
/// Counts are `long` (networkx reads them back as int; igraph keeps every number as a double).
public enum GraphMLWriter {
    public static func write(_ graph: Graph) -> String {
        let columns = AttributeColumns(graph.nodes)
        // Key ids are `n_<name>` / `e_<name>`: XML IDs must be names, and a node key and an edge
        // key may share a name.
        var nodeKeys: [(id: String, name: String, type: String)] = [
            ("n_kind", "kind", "string"), ("n_label", "label", "string"),
        ]
        for name in columns.names where name != "kind" && name != "label" {
            nodeKeys.append(("n_" + identifier(name), name, columns.types[name]?.rawValue ?? "string"))
        }
        let edgeKeys: [(id: String, name: String, type: String)] = [
            ("e_kind", "kind", "string"), ("e_weight", "weight", "double"), ("e_papers", "papers", "string"),
        ]

        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """
        for key in nodeKeys { out += keyLine(key, domain: "node") }
        for key in edgeKeys { out += keyLine(key, domain: "edge") }
        out += "  <graph id=\"\(XMLText.attribute(identifier(graph.name)))\" edgedefault=\"undirected\">\n"
        for (index, node) in graph.nodes.enumerated() {
            out += "    <node id=\"n\(index)\">\n"
            out += data("n_kind", node.kind.rawValue)
            out += data("n_label", node.label)
            for key in nodeKeys.dropFirst(2) {
                if let value = node[attribute: key.name] { out += data(key.id, ExportText.text(value)) }
            }
            out += "    </node>\n"
        }
        // No edge ids: they are optional, and python-igraph 1.0 reads them into a bogus `id`.
        for edge in graph.edges {
            out += "    <edge source=\"n\(edge.source)\" target=\"n\(edge.target)\">\n"
            out += data("e_kind", edge.kind.rawValue)
            out += data("e_weight", ExportText.number(edge.weight))
            out += data("e_papers", ExportText.papers(edge))
            out += "    </edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    private static func keyLine(_ key: (id: String, name: String, type: String), domain: String) -> String {
        "  <key id=\"\(key.id)\" for=\"\(domain)\" attr.name=\"\(XMLText.attribute(key.name))\" attr.type=\"\(key.type)\"/>\n"
    }

    /// Empty values are left out: readers treat a missing `<data>` as unknown.
    private static func data(_ key: String, _ value: String) -> String {
        value.isEmpty ? "" : "      <data key=\"\(key)\">\(XMLText.content(value))</data>\n"
    }

    /// Letters, digits, `_`, `-` and `.` kept, anything else `_` (an XML name token).
    static func identifier(_ name: String) -> String {
        let kept = String(name.unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "_"
        })
        return kept.isEmpty ? "_" : kept
    }
}
