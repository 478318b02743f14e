extension Graph {
    /// Connected components, each sorted by node index; largest first, ties by smallest node.
    public func connectedComponents() -> [[Int]] { CompressedAdjacency(self).connectedComponents() }
}

extension CompressedAdjacency {
    /// Connected components, each sorted by node index; largest first, ties by smallest node.
    public func connectedComponents() -> [[Int]] {
        var component = [Int32](repeating: -1, count: nodeCount)
        var components: [[Int]] = []
        var members: [Int] = []
        for start in 0..<nodeCount where component[start] < 0 {
            let id = Int32(truncatingIfNeeded: components.count)
            members.removeAll(keepingCapacity: true)
            members.append(start)
            component[start] = id
            var head = 0
            while head < members.count {
                let v = members[head]
                head += 1
                for k in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[k])
                    if component[w] < 0 {
                        component[w] = id
                        members.append(w)
                    }
                }
            }
            components.append(members.sorted())
        }
        return components.sorted { ($0.count, $1[0]) > ($1.count, $0[0]) }
    }

    /// The size of each connected component, largest first, without listing members.
    func componentSizes() -> [Int] {
        var component = [Bool](repeating: false, count: nodeCount)
        var sizes: [Int] = []
        var queue: [Int] = []
        for start in 0..<nodeCount where !component[start] {
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            component[start] = true
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                for k in offsets[v]..<offsets[v + 1] where !component[Int(targets[k])] {
                    component[Int(targets[k])] = true
                    queue.append(Int(targets[k]))
                }
            }
            sizes.append(queue.count)
        }
        return sizes.sorted(by: >)
    }
}
