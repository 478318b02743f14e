/// Closeness centrality with Wasserman and Faust's correction for disconnected graphs (as
/// networkx's default): (r−1)/Σd scaled by (r−1)/(n−1), r being the nodes the node reaches
/// (itself included). 0 for an isolated node.
extension Graph {
    public func closeness(weighted: Bool = false) -> [Double] {
        let n = nodeCount
        let adjacency = weightedNeighbors()
        return (0..<n).map { source in
            var total = 0.0
            var reached = 0
            if weighted {
                var distance = [Double](repeating: .infinity, count: n)
                var heap = MinHeap()
                distance[source] = 0
                heap.push(0, source)
                var done = [Bool](repeating: false, count: n)
                while let (d, v) = heap.pop() {
                    if done[v] { continue }
                    done[v] = true
                    total += d
                    reached += 1
                    for neighbor in adjacency[v] where neighbor.weight > 0 && d + 1 / neighbor.weight < distance[neighbor.node] {
                        distance[neighbor.node] = d + 1 / neighbor.weight
                        heap.push(distance[neighbor.node], neighbor.node)
                    }
                }
            } else {
                var distance = [Int](repeating: -1, count: n)
                distance[source] = 0
                var queue = [source]
                var head = 0
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    total += Double(distance[v])
                    reached += 1
                    for neighbor in adjacency[v] where distance[neighbor.node] < 0 {
                        distance[neighbor.node] = distance[v] + 1
                        queue.append(neighbor.node)
                    }
                }
            }
            guard total > 0, n > 1 else { return 0 }
            let r = Double(reached - 1)
            return (r / total) * (r / Double(n - 1))
        }
    }
}
