/// CSV for `neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv`:
/// node ids are `kind:key` (`paper:2305.18290`), labels `Paper`, `Author`…, relationship types
/// `AUTHORED`, `IN_CATEGORY`… Property columns are typed (`year:long`, `weight:double`). Titles
/// may hold line breaks (quoted): import with `--multiline-fields=true`.
public enum Neo4jCSVWriter {
    public static func write(_ graph: Graph) -> (nodes: String, relationships: String) {
        var nodes = ByteSink(), relationships = ByteSink()
        writeNodes(graph, to: &nodes)
        writeRelationships(graph, to: &relationships)
        return (nodes.text, relationships.text)
    }

    /// Streams `nodes.csv` into `sink`.
    public static func writeNodes(_ graph: Graph, to sink: inout ByteSink) {
        let columns = AttributeColumns(graph.nodes)
        let names = columns.names.filter { !["kind", "label"].contains($0) }
        sink.writeCSVRow([":ID", ":LABEL", "kind", "label"] + names.map { name in
            switch columns.types[name] ?? .string {
            case .string: name
            case .long: name + ":long"
            case .double: name + ":double"
            case .boolean: name + ":boolean"
            }
        })
        for node in graph.nodes {
            sink.writeCSVRow([ExportText.qualifiedKey(node), label(node.kind), node.kind.rawValue, node.label]
                + names.map { name in node[attribute: name].map(ExportText.text) ?? "" })
        }
    }

    /// Streams `relationships.csv` into `sink`.
    public static func writeRelationships(_ graph: Graph, to sink: inout ByteSink) {
        sink.writeCSVRow([":START_ID", ":END_ID", ":TYPE", "weight:double", "papers"])
        for edge in graph.edges {
            sink.writeCSVRow([
                ExportText.qualifiedKey(graph.nodes[edge.source]), ExportText.qualifiedKey(graph.nodes[edge.target]),
                edge.kind.rawValue.uppercased(), ExportText.number(edge.weight), ExportText.papers(edge),
            ])
        }
    }

    private static func label(_ kind: Graph.NodeKind) -> String {
        kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()
    }
}
