/// Graphviz DOT: every id quoted (`"paper:2305.18290"`), labels escaped as escStrings, shape and
/// colour per node kind, line style per edge kind, a legend, and `sfdp` as the layout of large
/// views (dot would take minutes on them). Renders with `dot -Tsvg` without warnings.
public enum DOTWriter {
    /// Whether the file asks for sfdp: dot's layered layout takes minutes on a few hundred edges
    /// of a co-occurrence network (and clusters are ignored then).
    public static func prefersSFDP(_ graph: Graph) -> Bool {
        graph.nodeCount > 100 || graph.edgeCount > 200
    }

    /// `clusters`: draw each section as a cluster holding its entries (full view); an entry listed
    /// under several sections goes in the first by section path.
    public static func write(_ graph: Graph, clusters: Bool = false) -> String {
        var out = "graph \(quoted(graph.name)) {\n"
        out += "  graph [label=\(quoted("citegraph: \(graph.name) view")), labelloc=t, fontname=\"Helvetica\""
        if prefersSFDP(graph) { out += ", layout=sfdp, overlap=false, outputorder=edgesfirst" }
        out += "];\n"
        out += "  node [fontname=\"Helvetica\", fontsize=10, style=filled];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=9];\n"

        let cluster = clusters ? clusterOfNodes(graph) : [:]
        var members: [Int: [Int]] = [:]
        for (node, section) in cluster { members[section, default: []].append(node) }
        for (index, node) in graph.nodes.enumerated() {
            if node.kind == .section, let inside = members[index] {
                out += "  subgraph \(quoted("cluster_\(index)")) {\n"
                out += "    graph [label=\(quoted(node.key)), style=rounded, color=\"#bf9000\"];\n"
                for member in inside.sorted() { out += "    " + nodeLine(graph.nodes[member]) }
                out += "  }\n"
            } else if cluster[index] == nil {
                out += "  " + nodeLine(node)
            }
        }

        let heaviest = graph.edges.map(\.weight).max() ?? 1
        for edge in graph.edges {
            let style = edgeStyle(edge.kind)
            let width = heaviest > 0 ? ((1 + 3 * edge.weight / heaviest) * 100).rounded() / 100 : 1
            out += "  \(quoted(ExportText.qualifiedKey(graph.nodes[edge.source]))) -- "
            out += "\(quoted(ExportText.qualifiedKey(graph.nodes[edge.target]))) "
            out += "[kind=\(edge.kind.rawValue), weight=\(ExportText.number(edge.weight)), "
            out += "penwidth=\(ExportText.number(width)), style=\(style.line), color=\(quoted(style.color)), "
            out += "papers=\(quoted(ExportText.papers(edge)))];\n"
        }
        out += legend(graph)
        out += "}\n"
        return out
    }

    private static func nodeLine(_ node: Graph.Node) -> String {
        let style = nodeStyle(node.kind)
        return "\(quoted(ExportText.qualifiedKey(node))) [label=\(quoted(node.label)), kind=\(node.kind.rawValue), "
            + "shape=\(style.shape), fillcolor=\(quoted(style.color)), tooltip=\(quoted(node.key))];\n"
    }

    /// Entry (paper or resource) → the section cluster it is drawn in, and each section → itself.
    private static func clusterOfNodes(_ graph: Graph) -> [Int: Int] {
        var result: [Int: Int] = [:]
        for (index, node) in graph.nodes.enumerated() where node.kind == .section { result[index] = index }
        for edge in graph.edges where edge.kind == .listedIn {
            let (entry, section) = graph.nodes[edge.target].kind == .section ? (edge.source, edge.target) : (edge.target, edge.source)
            guard graph.nodes[section].kind == .section, graph.nodes[entry].kind != .section else { continue }
            result[entry] = min(result[entry] ?? section, section)
        }
        return result
    }

    /// One sample of each node and edge kind present, in a cluster of its own.
    private static func legend(_ graph: Graph) -> String {
        let nodeKinds = Graph.NodeKind.allCases.filter { kind in graph.nodes.contains { $0.kind == kind } }
        let edgeKinds = Graph.EdgeKind.allCases.filter { kind in graph.edges.contains { $0.kind == kind } }
        guard !nodeKinds.isEmpty else { return "" }
        var out = "  subgraph \"cluster_legend\" {\n"
        out += "    graph [label=\"Legend\", style=dashed, color=\"#999999\"];\n"
        for kind in nodeKinds {
            let style = nodeStyle(kind)
            out += "    \(quoted("legend:\(kind.rawValue)")) [label=\(quoted(kind.rawValue)), shape=\(style.shape), "
            out += "fillcolor=\(quoted(style.color))];\n"
        }
        for kind in edgeKinds {
            let style = edgeStyle(kind)
            let (a, b) = (quoted("legend:\(kind.rawValue):a"), quoted("legend:\(kind.rawValue):b"))
            out += "    \(a) [label=\"\", shape=point, width=0.05];\n"
            out += "    \(b) [label=\"\", shape=point, width=0.05];\n"
            out += "    \(a) -- \(b) [label=\(quoted(kind.rawValue)), style=\(style.line), color=\(quoted(style.color))];\n"
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
        // \ and " (0x5C 0x22): nothing else in plain text needs escaping.
        if ExportText.isPlain(string, except: { $0 == 0x5C || $0 == 0x22 }) { return "\"" + string + "\"" }
        var out = "\""
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
        return out + "\""
    }
}
