extension Graph {
    /// Connected components, each sorted by node index; largest first, ties by smallest node.
    public func connectedComponents() -> [[Int]] {
        let adjacency = weightedNeighbors()
        var component = [Int](repeating: -1, count: nodeCount)
        var components: [[Int]] = []
        for start in 0..<nodeCount where component[start] < 0 {
            var members = [start]
            component[start] = components.count
            var head = 0
            while head < members.count {
                let v = members[head]
                head += 1
                for neighbor in adjacency[v] where component[neighbor.node] < 0 {
                    component[neighbor.node] = components.count
                    members.append(neighbor.node)
                }
            }
            components.append(members.sorted())
        }
        return components.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
    }
}
