/// A plain edge list for pandas (`read_csv` then `networkx.from_pandas_edgelist(df, "source",
/// "target", edge_attr=True)`) or R (`read.csv` then `igraph::graph_from_data_frame`): real keys
/// as ends (arXiv id, author name, category code, section path, URL), their kinds alongside.
public enum EdgeListCSVWriter {
    public static func write(_ graph: Graph) -> String {
        var sink = ByteSink()
        write(graph, to: &sink)
        return sink.text
    }

    /// Streams the file into `sink`, row by row.
    public static func write(_ graph: Graph, to sink: inout ByteSink) {
        sink.writeCSVRow(["source", "target", "weight", "kind", "source_kind", "target_kind", "papers"])
        for edge in graph.edges {
            let source = graph.nodes[edge.source], target = graph.nodes[edge.target]
            sink.writeCSVRow([source.key, target.key, ExportText.number(edge.weight), edge.kind.rawValue,
                              source.kind.rawValue, target.kind.rawValue, ExportText.papers(edge)])
        }
    }
}
