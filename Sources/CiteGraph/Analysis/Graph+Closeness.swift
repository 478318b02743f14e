/// Closeness centrality with Wasserman and Faust's correction for disconnected graphs (as
/// networkx's default): (r−1)/Σd scaled by (r−1)/(n−1), r being the nodes the node reaches
/// (itself included). 0 for an isolated node.
extension Graph {
    public func closeness(weighted: Bool = false) -> [Double] {
        CompressedAdjacency(self).closeness(weighted: weighted)
    }
}

extension CompressedAdjacency {
    public func closeness(weighted: Bool = false) -> [Double] {
        let n = nodeCount
        // Buffers reused from one source to the next, reset only where the pass went.
        var hops = [Int32](repeating: -1, count: n)
        var queue: [Int] = []
        var distance = [Double](repeating: .infinity, count: n)
        var done = [Bool](repeating: false, count: n)
        return (0..<n).map { source in
            var total = 0.0
            var reached = 0
            if weighted {
                var visited: [Int] = [source]
                var heap = MinHeap()
                distance[source] = 0
                heap.push(0, source)
                while let (d, v) = heap.pop() {
                    if done[v] { continue }
                    done[v] = true
                    total += d
                    reached += 1
                    for k in offsets[v]..<offsets[v + 1] where weights[k] > 0 && d + 1 / weights[k] < distance[Int(targets[k])] {
                        let w = Int(targets[k])
                        if distance[w] == .infinity { visited.append(w) }
                        distance[w] = d + 1 / weights[k]
                        heap.push(distance[w], w)
                    }
                }
                for v in visited {
                    distance[v] = .infinity
                    done[v] = false
                }
            } else {
                queue.removeAll(keepingCapacity: true)
                queue.append(source)
                hops[source] = 0
                var head = 0
                while head < queue.count {
                    let v = queue[head]
                    head += 1
                    total += Double(hops[v])
                    reached += 1
                    for k in offsets[v]..<offsets[v + 1] where hops[Int(targets[k])] < 0 {
                        hops[Int(targets[k])] = hops[v] + 1
                        queue.append(Int(targets[k]))
                    }
                }
                for v in queue { hops[v] = -1 }
            }
            guard total > 0, n > 1 else { return 0 }
            let r = Double(reached - 1)
            return (r / total) * (r / Double(n - 1))
        }
    }
}
