extension Graph {
    /// The graph without edges lighter than `minWeight` and, when `top` is given, with only the
    /// `top` nodes of largest total edge weight (ties: node order) and the edges among them.
    /// Node and edge order are kept.
    public func filtered(minWeight: Double, top: Int?) -> Graph {
        if top.map({ $0 >= nodes.count }) ?? true, edges.allSatisfy({ $0.weight >= minWeight }) { return self }
        let heavy = edges.filter { $0.weight >= minWeight }
        var keep = [Bool](repeating: true, count: nodes.count)
        if let top, top < nodes.count {
            var strength = [Double](repeating: 0, count: nodes.count)
            for edge in heavy {
                strength[edge.source] += edge.weight
                if edge.target != edge.source { strength[edge.target] += edge.weight }
            }
            let ranked = nodes.indices.sorted { (-strength[$0], $0) < (-strength[$1], $1) }
            keep = [Bool](repeating: false, count: nodes.count)
            for index in ranked.prefix(max(0, top)) { keep[index] = true }
        }
        var keptNodes: [Node] = []
        var newIndex = [Int?](repeating: nil, count: nodes.count)
        for (index, node) in nodes.enumerated() where keep[index] {
            newIndex[index] = keptNodes.count
            keptNodes.append(node)
        }
        var keptEdges: [Edge] = []
        for var edge in heavy {
            guard let source = newIndex[edge.source], let target = newIndex[edge.target] else { continue }
            edge.source = source
            edge.target = target
            keptEdges.append(edge)
        }
        if index == nil { return Graph(name: name, canonicalNodes: keptNodes, edges: keptEdges) }
        var result = Graph(name: name)
        for node in keptNodes { result.addNode(node) }
        for edge in keptEdges { result.addEdge(edge) }
        return result
    }
}
