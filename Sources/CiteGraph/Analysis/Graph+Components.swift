extension Graph {
    /// Connected components, each sorted by node index; largest first, ties by smallest node.
    public func connectedComponents() -> [[Int]] { CompressedAdjacency(self).connectedComponents() }
}

extension CompressedAdjacency {
    /// Connected components, each sorted by node index; largest first, ties by smallest node.
    public func connectedComponents() -> [[Int]] {
        var components: [[Int]] = []
        forEachComponent { components.append($0.sorted()) }
        return components.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
    }

    /// The size of each connected component, largest first, without keeping the members.
    func componentSizes() -> [Int] {
        var sizes: [Int] = []
        forEachComponent { sizes.append($0.count) }
        return sizes.sorted(by: >)
    }

    /// Hands each connected component's members (in breadth-first order, from its smallest node)
    /// to `body`; one buffer serves every component.
    private func forEachComponent(_ body: (_ members: [Int]) -> Void) {
        var seen = [Bool](repeating: false, count: nodeCount)
        var members: [Int] = []
        for start in 0..<nodeCount where !seen[start] {
            members.removeAll(keepingCapacity: true)
            members.append(start)
            seen[start] = true
            var head = 0
            while head < members.count {
                let v = members[head]
                head += 1
                for k in offsets[v]..<offsets[v + 1] where !seen[Int(targets[k])] {
                    seen[Int(targets[k])] = true
                    members.append(Int(targets[k]))
                }
            }
            body(members)
        }
    }
}
