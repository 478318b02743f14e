/// Graphviz DOT: every id quoted (`"paper:2305.18290"`), labels escaped as escStrings, shape and
/// colour per node kind, line style per edge kind, a legend, and `sfdp` as the layout of large
/// views without section clusters (dot would take minutes on them). Renders with `dot -Tsvg`
/// without warnings.
public enum DOTWriter {
    /// Whether a view is large enough for sfdp: dot's layered layout takes minutes on a few
    /// hundred edges of a co-occurrence network.
    public static func prefersSFDP(_ graph: Graph) -> Bool {
        graph.nodeCount > 100 || graph.edgeCount > 200
    }

    /// Whether the file asks for sfdp: only a large view that draws no section clusters, since
    /// sfdp ignores clusters and a `layout` attribute overrides even `dot -Kdot`. The full view's
    /// sections are left to dot, which draws them (a few seconds: its edges are memberships,
    /// not a dense co-occurrence network; fdp, which draws clusters too, takes a minute).
    public static func asksForSFDP(_ graph: Graph, drawsSectionClusters: Bool) -> Bool {
        prefersSFDP(graph) && !drawsSectionClusters
    }

    /// `clusters`: draw each section as a cluster holding its entries (full view); an entry listed
    /// under several sections goes in the first by section path. `legend`: add the legend cluster,
    /// whose sample nodes and edges carry `legend=true` (tools that count a file's nodes, `gc`,
    /// networkx, count them too; `--no-legend` leaves them out).
    public static func write(_ graph: Graph, clusters: Bool = false, legend: Bool = true) -> String {
        var sink = ByteSink()
        write(graph, clusters: clusters, legend: legend, to: &sink)
        return sink.text
    }

    /// Streams the file into `sink` (see `OutputFiles.write(_:with:)`).
    public static func write(_ graph: Graph, clusters: Bool = false, legend drawsLegend: Bool = true, to sink: inout ByteSink) {
        // Node → the section cluster it is drawn in (itself for a section), -1 for none.
        let cluster = clusters ? clusterOfNodes(graph) : []
        var members: [Int: [Int]] = [:]
        for (node, section) in cluster.enumerated() where section >= 0 { members[section, default: []].append(node) }

        sink.write("graph \(quoted(graph.name)) {\n")
        sink.write("  graph [label=\(quoted("citegraph: \(graph.name) view")), labelloc=t, fontname=\"Helvetica\"")
        if asksForSFDP(graph, drawsSectionClusters: !members.isEmpty) {
            sink.write(", layout=sfdp, overlap=false, outputorder=edgesfirst")
        }
        sink.write("];\n")
        sink.write("  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n")
        sink.write("  edge [fontname=\"Helvetica\", fontsize=9];\n")
        let afterLabel = textsAfterLabel()
        // Kinds present, for the legend (by `order`), seen on the way.
        var nodeKindPresent = [Bool](repeating: false, count: Graph.NodeKind.allCases.count)
        for (index, node) in graph.nodes.enumerated() {
            nodeKindPresent[node.kind.order] = true
            if node.kind == .section, let inside = members[index] {
                sink.write("  subgraph \(quoted("cluster_\(index)")) {\n")
                sink.write("    graph [label=\(quoted(node.key)), style=rounded, color=\"#bf9000\"];\n")
                // Ascending already: members were added in node order.
                for member in inside {
                    sink.write("    ")
                    nodeLine(graph.nodes[member], afterLabel: afterLabel, to: &sink)
                }
                sink.write("  }\n")
            } else if cluster.isEmpty || cluster[index] < 0 {
                sink.write("  ")
                nodeLine(node, afterLabel: afterLabel, to: &sink)
            }
        }

        var heaviest = graph.edges.first?.weight ?? 1
        for edge in graph.edges where edge.weight > heaviest { heaviest = edge.weight }
        // Each node's quoted `"kind:key"`, escaped once for all the edges that name it.
        let (keyBytes, keyEnds) = quotedKeys(graph.nodes)
        // The fixed text around the weight and pen width, made again only when the kind changes
        // (edges come grouped by kind). Colours are plain `#rrggbb`: quoted as they are.
        var kind: Graph.EdgeKind?
        var edgeKinds: [Graph.EdgeKind] = []
        var (beforeWeight, afterWidth) = ("", "")
        keyBytes.withUnsafeBufferPointer { keyBytes in
            // Each entry is `  "kind:key" -- `: all of it starts an edge line, the key alone ends
            // the pair.
            func writeEdgeStart(_ node: Int, to sink: inout ByteSink) {
                let start = node == 0 ? 0 : keyEnds[node - 1]
                sink.append(UnsafeBufferPointer(rebasing: keyBytes[start..<keyEnds[node]]))
            }
            func writeKey(_ node: Int, to sink: inout ByteSink) {
                let start = node == 0 ? 0 : keyEnds[node - 1]
                sink.append(UnsafeBufferPointer(rebasing: keyBytes[(start + 2)..<(keyEnds[node] - 4)]))
            }
            for edge in graph.edges {
                if edge.kind != kind {
                    kind = edge.kind
                    if !edgeKinds.contains(edge.kind) { edgeKinds.append(edge.kind) }
                    let style = edgeStyle(edge.kind)
                    beforeWeight = " [kind=\(edge.kind.rawValue), weight="
                    afterWidth = ", style=\(style.line), color=\"\(style.color)\", papers=\""
                }
                let width = heaviest > 0 ? ((1 + 3 * edge.weight / heaviest) * 100).rounded() / 100 : 1
                writeEdgeStart(edge.source, to: &sink)
                writeKey(edge.target, to: &sink)
                sink.write(beforeWeight)
                sink.writeNumber(edge.weight)
                sink.write(", penwidth=")
                sink.writeNumber(width)
                sink.write(afterWidth)
                sink.writePapers(edge) { sink, id in writeEscaped(id, to: &sink) }
                sink.write("\"];\n")
            }
        }
        if drawsLegend {
            sink.write(legend(nodeKinds: Graph.NodeKind.allCases.filter { nodeKindPresent[$0.order] },
                              edgeKinds: Graph.EdgeKind.allCases.filter { edgeKinds.contains($0) }))
        }
        sink.write("}\n")
    }

    /// `afterLabel`: the fixed text between label and tooltip of each node kind, by `order`.
    private static func nodeLine(_ node: Graph.Node, afterLabel: [String], to sink: inout ByteSink) {
        writeQualifiedKey(node.kind, node.key, to: &sink)
        sink.write(" [label=\"")
        writeEscaped(node.label, to: &sink)
        sink.write(afterLabel[node.kind.order])
        writeEscaped(node.key, to: &sink)
        sink.write("\"];\n")
    }

    /// For `nodeLine`: kind, shape and colour of each node kind, indexed by `order`.
    private static func textsAfterLabel() -> [String] {
        var texts = [String](repeating: "", count: Graph.NodeKind.allCases.count)
        for kind in Graph.NodeKind.allCases {
            let style = nodeStyle(kind)
            texts[kind.order] = "\", kind=\(kind.rawValue), shape=\(style.shape), fillcolor=\"\(style.color)\", tooltip=\""
        }
        return texts
    }

    /// `quoted(ExportText.qualifiedKey(node))` without building the key.
    @inline(__always)
    private static func writeQualifiedKey(_ kind: Graph.NodeKind, _ key: String, to sink: inout ByteSink) {
        sink.write(byte: 0x22)
        sink.write(kind.rawValue)
        sink.write(byte: 0x3A)
        writeEscaped(key, to: &sink)
        sink.write(byte: 0x22)
    }

    /// Entry (paper or resource) → the section cluster it is drawn in, each section → itself,
    /// -1 for nodes in no cluster.
    private static func clusterOfNodes(_ graph: Graph) -> [Int] {
        var result = graph.nodes.enumerated().map { index, node in node.kind == .section ? index : -1 }
        for edge in graph.edges where edge.kind == .listedIn {
            let (entry, section) = graph.nodes[edge.target].kind == .section ? (edge.source, edge.target) : (edge.target, edge.source)
            guard graph.nodes[section].kind == .section, graph.nodes[entry].kind != .section else { continue }
            result[entry] = result[entry] < 0 ? section : min(result[entry], section)
        }
        return result
    }

    /// Each node's `  "kind:key" -- ` (the key as `writeQualifiedKey` writes it), end to end,
    /// and where each ends.
    private static func quotedKeys(_ nodes: [Graph.Node]) -> (bytes: [UInt8], ends: [Int]) {
        var sink = ByteSink()
        var ends: [Int] = []
        ends.reserveCapacity(nodes.count)
        for node in nodes {
            sink.write("  ")
            writeQualifiedKey(node.kind, node.key, to: &sink)
            sink.write(" -- ")
            ends.append(sink.count)
        }
        return (sink.bytes, ends)
    }

    /// One sample of each node and edge kind present (`nodeKinds`, `edgeKinds`, in `allCases`
    /// order), in a cluster of its own, each marked `legend=true` so that a reader of the file can
    /// tell them from the graph's own (which have a `kind`).
    private static func legend(nodeKinds: [Graph.NodeKind], edgeKinds: [Graph.EdgeKind]) -> String {
        guard !nodeKinds.isEmpty else { return "" }
        var out = "  subgraph \"cluster_legend\" {\n"
        out += "    graph [label=\"Legend\", style=dashed, color=\"#999999\"];\n"
        for kind in nodeKinds {
            let style = nodeStyle(kind)
            out += "    \(quoted("legend:\(kind.rawValue)")) [label=\(quoted(kind.rawValue)), shape=\(style.shape), "
            out += "fillcolor=\(quoted(style.color)), legend=true];\n"
        }
        for kind in edgeKinds {
            let style = edgeStyle(kind)
            let (a, b) = (quoted("legend:\(kind.rawValue):a"), quoted("legend:\(kind.rawValue):b"))
            out += "    \(a) [label=\"\", shape=point, width=0.05, legend=true];\n"
            out += "    \(b) [label=\"\", shape=point, width=0.05, legend=true];\n"
            out += "    \(a) -- \(b) [label=\(quoted(kind.rawValue)), style=\(style.line), color=\(quoted(style.color)), legend=true];\n"
        }
        out += "  }\n"
        return out
    }

    private static func nodeStyle(_ kind: Graph.NodeKind) -> (shape: String, color: String) {
        switch kind {
        case .paper: ("box", "#cfe2f3")
        case .author: ("ellipse", "#f9cb9c")
        case .category: ("diamond", "#b6d7a8")
        case .section: ("folder", "#ffe599")
        case .resource: ("note", "#d9d2e9")
        }
    }

    private static func edgeStyle(_ kind: Graph.EdgeKind) -> (line: String, color: String) {
        switch kind {
        case .authored: ("solid", "#7f7f7f")
        case .inCategory: ("dashed", "#6aa84f")
        case .listedIn: ("dotted", "#bf9000")
        case .coauthor: ("solid", "#e69138")
        case .cooccurs: ("solid", "#3d85c6")
        }
    }

    /// A DOT quoted string holding `string` as an escString: `\` and `"` escaped, line breaks as
    /// `\n`, characters that cannot appear in the SVG/XML Graphviz writes dropped.
    static func quoted(_ string: String) -> String {
        var sink = ByteSink()
        sink.write(byte: 0x22)
        writeEscaped(string, to: &sink)
        sink.write(byte: 0x22)
        return sink.text
    }

    /// The inside of `quoted(string)`.
    @inline(__always)
    static func writeEscaped(_ string: String, to sink: inout ByteSink) {
        // The check and the copy read the same bytes once they are at hand.
        let copied = string.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            guard isPlain(bytes) else { return false }
            sink.append(bytes)
            return true
        }
        if copied != true { writeEscapedScalars(string, to: &sink) }
    }

    /// Whether every byte is printable ASCII other than `\` and `"` (0x5C 0x22), or part of a
    /// character at or above U+0080 that cannot be U+FFFE/U+FFFF (no 0xEF lead byte): nothing
    /// to escape or drop then.
    @inline(__always)
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            if byte >= 0x20 && byte < 0x7F {
                if byte == 0x22 || byte == 0x5C { return false }
                continue
            }
            if byte < 0x80 || byte == 0xEF { return false }
        }
        return true
    }

    private static func writeEscapedScalars(_ string: String, to sink: inout ByteSink) {
        var out = ""
        var afterCR = false
        for scalar in string.unicodeScalars where ExportText.isXMLChar(scalar) {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\r": out += "\\n"
            case "\n": if !afterCR { out += "\\n" }
            default: out.unicodeScalars.append(scalar)
            }
        }
        sink.write(out)
    }
}
