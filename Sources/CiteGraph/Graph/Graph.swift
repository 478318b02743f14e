/// An undirected graph with typed nodes and typed, weighted edges. Nodes are interned as integers
/// (their index in `nodes`); algorithms live in extensions, one file each.
public struct Graph: Sendable, Hashable {
    /// Names the view (`full`, `coauthor`, `category`…); used as the graph id in exports.
    public var name: String
    public private(set) var nodes: [Node]
    public private(set) var edges: [Edge]
    /// Node key → index; nil while `nodes` are in canonical order (sorted by kind and key, each
    /// key once), where `nodeIndex` searches by halves instead: the views of a large corpus then
    /// never hash every key again.
    private(set) var index: [NodeKey: Int]?

    public init(name: String) {
        self.name = name
        nodes = []
        edges = []
        index = [:]
    }

    /// A graph whose nodes are already in canonical order (sorted by kind, then key; no key twice)
    /// and whose edges refer to them.
    init(name: String, canonicalNodes nodes: [Node], edges: [Edge]) {
        self.name = name
        self.nodes = nodes
        self.edges = edges
        index = nil
    }

    /// Whether two graphs have the same name, nodes and edges (the lookup index follows from the
    /// nodes).
    public static func == (lhs: Graph, rhs: Graph) -> Bool {
        lhs.name == rhs.name && lhs.nodes == rhs.nodes && lhs.edges == rhs.edges
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(name)
        hasher.combine(nodes)
        hasher.combine(edges)
    }

    public enum NodeKind: String, Sendable, Hashable, Codable, CaseIterable {
        case paper, author, category, section, resource

        /// Position in exports: papers first, then authors, categories, sections, resources.
        public var order: Int {
            switch self {
            case .paper: 0
            case .author: 1
            case .category: 2
            case .section: 3
            case .resource: 4
            }
        }
    }

    public enum EdgeKind: String, Sendable, Hashable, Codable, CaseIterable {
        case authored
        case inCategory = "in_category"
        case listedIn = "listed_in"
        case coauthor
        case cooccurs
    }

    /// A node's identity: its kind and its key within the kind (arXiv id, author name, category
    /// code, section path, normalized URL).
    public struct NodeKey: Sendable, Hashable, Comparable {
        public var kind: NodeKind
        public var key: String

        public init(_ kind: NodeKind, _ key: String) {
            self.kind = kind
            self.key = key
        }

        public static func < (lhs: NodeKey, rhs: NodeKey) -> Bool {
            (lhs.kind.order, lhs.key) < (rhs.kind.order, rhs.key)
        }
    }

    public struct Node: Sendable, Hashable {
        public var kind: NodeKind
        public var key: String
        public var label: String
        /// Extra attributes in a fixed order (exports keep it).
        public var attributes: [Attribute]

        /// The node's identity, which orders nodes canonically.
        public var nodeKey: NodeKey { NodeKey(kind, key) }

        public init(kind: NodeKind, key: String, label: String, attributes: [Attribute] = []) {
            self.kind = kind
            self.key = key
            self.label = label
            self.attributes = attributes
        }

        public subscript(attribute name: String) -> AttributeValue? {
            attributes.first { $0.name == name }?.value
        }
    }

    public struct Edge: Sendable, Hashable {
        // Ends and count stored in 32 bits: a large graph holds tens of millions of edges.
        private var storedSource: UInt32
        private var storedTarget: UInt32
        public var weight: Double
        /// The arXiv ids (or resource URLs) of the entries behind the edge, sorted; at most
        /// `GraphOptions.papersCap` of them.
        public var papers: [String]
        private var storedMorePapers: UInt32
        public var kind: EdgeKind

        public var source: Int {
            get { Int(storedSource) }
            set { storedSource = UInt32(newValue) }
        }

        public var target: Int {
            get { Int(storedTarget) }
            set { storedTarget = UInt32(newValue) }
        }

        /// How many more entries are behind the edge than `papers` lists (exports write `(+N more)`).
        public var morePapers: Int {
            get { Int(storedMorePapers) }
            set { storedMorePapers = UInt32(newValue) }
        }

        public init(source: Int, target: Int, kind: EdgeKind, weight: Double, papers: [String] = [],
                    morePapers: Int = 0) {
            storedSource = UInt32(source)
            storedTarget = UInt32(target)
            self.kind = kind
            self.weight = weight
            self.papers = papers
            storedMorePapers = UInt32(morePapers)
        }
    }

    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: AttributeValue

        public init(_ name: String, _ value: AttributeValue) {
            self.name = name
            self.value = value
        }
    }

    public enum AttributeValue: Sendable, Hashable {
        case string(String)
        case int(Int)
        case double(Double)
        case bool(Bool)
    }

    /// Adds the node unless one with the same kind and key exists; returns its index either way.
    @discardableResult
    public mutating func addNode(_ node: Node) -> Int {
        let key = node.nodeKey
        if index == nil {
            // Leaving canonical order: index every node once.
            var built: [NodeKey: Int] = [:]
            built.reserveCapacity(nodes.count + 1)
            for (position, node) in nodes.enumerated() { built[node.nodeKey] = position }
            index = built
        }
        if let existing = index?[key] { return existing }
        nodes.append(node)
        index?[key] = nodes.count - 1
        return nodes.count - 1
    }

    public func nodeIndex(_ kind: NodeKind, _ key: String) -> Int? {
        let wanted = NodeKey(kind, key)
        if let index { return index[wanted] }
        var low = 0, high = nodes.count
        while low < high {
            let middle = (low + high) / 2
            if nodes[middle].nodeKey < wanted { low = middle + 1 } else { high = middle }
        }
        guard low < nodes.count, nodes[low].kind == kind, nodes[low].key == key else { return nil }
        return low
    }

    public mutating func addEdge(_ edge: Edge) {
        precondition(edge.source < nodes.count && edge.target < nodes.count, "edge to a node not in the graph")
        edges.append(edge)
    }

    public var nodeCount: Int { nodes.count }
    public var edgeCount: Int { edges.count }
}
