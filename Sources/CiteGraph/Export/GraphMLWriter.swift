/// GraphML 1.0 (valid against graphml.xsd): typed `<key>`s declared first, `label` and `weight`
/// keys as Gephi maps them, synthetic node ids (`n0`…) with the real id in the `key` attribute.
/// Counts are `long` (networkx reads them back as int; igraph keeps every number as a double).
public enum GraphMLWriter {
    public static func write(_ graph: Graph) -> String {
        var sink = ByteSink()
        write(graph, to: &sink)
        return sink.text
    }

    /// Streams the file into `sink` (see `OutputFiles.write(_:with:)`).
    public static func write(_ graph: Graph, to sink: inout ByteSink) {
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

        sink.write("""
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

        """)
        for key in nodeKeys { keyLine(key, domain: "node", to: &sink) }
        for key in edgeKeys { keyLine(key, domain: "edge", to: &sink) }
        sink.write("  <graph id=\"")
        sink.writeXMLAttribute(identifier(graph.name))
        sink.write("\" edgedefault=\"undirected\">\n")
        // The `<data` opening of each attribute key, written once.
        let attributeKeys = nodeKeys.dropFirst(2).map { (name: $0.name, open: "      <data key=\"\($0.id)\">") }
        for (index, node) in graph.nodes.enumerated() {
            sink.write("    <node id=\"n")
            sink.write(index)
            sink.write("\">\n")
            sink.write("      <data key=\"n_kind\">")
            sink.write(node.kind.rawValue)
            sink.write("</data>\n")
            if !node.label.isEmpty {
                sink.write("      <data key=\"n_label\">")
                sink.writeXMLContent(node.label)
                sink.write("</data>\n")
            }
            // Nodes list their attributes in column order, mostly: the next one not yet written
            // is tried first (it is then also the first of its name), the whole list otherwise.
            let attributes = node.attributes
            var next = 0
            for key in attributeKeys {
                let value: Graph.AttributeValue
                if next < attributes.count, attributes[next].name == key.name {
                    value = attributes[next].value
                    next += 1
                } else if let found = node[attribute: key.name] {
                    value = found
                } else {
                    continue
                }
                data(key.open, value, to: &sink)
            }
            sink.write("    </node>\n")
        }
        // No edge ids: they are optional, and python-igraph 1.0 reads them into a bogus `id`.
        // The fixed text from the target to the weight, made again only when the kind changes
        // (edges come grouped by kind).
        var kind: Graph.EdgeKind?
        var beforeWeight = ""
        for edge in graph.edges {
            if edge.kind != kind {
                kind = edge.kind
                beforeWeight = "\">\n      <data key=\"e_kind\">\(edge.kind.rawValue)</data>\n      <data key=\"e_weight\">"
            }
            sink.write("    <edge source=\"n")
            sink.write(edge.source)
            sink.write("\" target=\"n")
            sink.write(edge.target)
            sink.write(beforeWeight)
            sink.writeNumber(edge.weight)
            sink.write("</data>\n")
            if !ExportText.papersAreEmpty(edge) {
                sink.write("      <data key=\"e_papers\">")
                sink.writePapers(edge) { sink, id in sink.writeXMLContent(id) }
                sink.write("</data>\n")
            }
            sink.write("    </edge>\n")
        }
        sink.write("  </graph>\n</graphml>\n")
    }

    private static func keyLine(_ key: (id: String, name: String, type: String), domain: String, to sink: inout ByteSink) {
        sink.write("  <key id=\"\(key.id)\" for=\"\(domain)\" attr.name=\"\(XMLText.attribute(key.name))\" attr.type=\"\(key.type)\"/>\n")
    }

    /// Empty values are left out: readers treat a missing `<data>` as unknown.
    private static func data(_ open: String, _ value: Graph.AttributeValue, to sink: inout ByteSink) {
        switch value {
        case .string(let text):
            guard !text.isEmpty else { return }
            sink.write(open)
            sink.writeXMLContent(text)
        case .int(let int):
            sink.write(open)
            sink.write(int)
        case .double(let double):
            sink.write(open)
            sink.writeNumber(double)
        case .bool(let bool):
            sink.write(open)
            sink.write(bool ? "true" : "false")
        }
        sink.write("</data>\n")
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
