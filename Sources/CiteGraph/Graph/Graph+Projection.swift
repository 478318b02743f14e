extension Graph {
    /// Which items each medium links, items numbered in canonical order (their index in the
    /// projection).
    struct Incidence {
        /// Node index of each item number: every node of the item kinds, in canonical order.
        var items: [Int]
        /// Node indices of the media that link at least one item, in node order.
        var media: [Int]
        /// `media[m]` links the items `members[bounds[m]..<bounds[m + 1]]`, sorted and distinct.
        var bounds: [Int]
        var members: [UInt32]
        /// Nodes of the media kinds, those linking no item included (a paper with no category is
        /// one of N papers all the same), less those `removeAll` took out: association's N.
        var mediaTotal: Int

        func members(of medium: Int) -> ArraySlice<UInt32> { members[bounds[medium]..<bounds[medium + 1]] }

        /// Forgets the media for which `shouldRemove(node index, number of items)` is true.
        mutating func removeAll(where shouldRemove: (_ medium: Int, _ itemCount: Int) -> Bool) {
            var keptMedia: [Int] = [], keptBounds = [0], write = 0
            for position in media.indices {
                guard !shouldRemove(media[position], bounds[position + 1] - bounds[position]) else {
                    mediaTotal -= 1
                    continue
                }
                for read in bounds[position]..<bounds[position + 1] {
                    members[write] = members[read]
                    write += 1
                }
                keptMedia.append(media[position])
                keptBounds.append(write)
            }
            members.removeLast(members.count - write)
            media = keptMedia
            bounds = keptBounds
        }
    }

    /// Which items each medium links: for every node of `media` kinds, its distinct neighbors of
    /// `items` kinds through `via` edges. Media are in node order.
    func incidence(items itemKinds: Set<NodeKind>, media mediaKinds: Set<NodeKind>, via: Set<EdgeKind>) -> Incidence {
        let isItemKind = NodeKind.allCases.map { itemKinds.contains($0) }
        var items = nodes.indices.filter { isItemKind[nodes[$0].kind.order] }
        if !hasCanonicalNodeOrder {
            items.sort { nodes[$0].nodeKey < nodes[$1].nodeKey }
        }
        var number = [Int32](repeating: -1, count: nodes.count)
        for (itemNumber, node) in items.enumerated() { number[node] = Int32(itemNumber) }
        let isMediumKind = NodeKind.allCases.map { mediaKinds.contains($0) }
        let isMedium = nodes.map { isMediumKind[$0.kind.order] }
        let isVia = EdgeKind.byOrder.map { via.contains($0) }

        // Counted, then filled: each medium's items in one run of `members`.
        var slots = [Int](repeating: 0, count: nodes.count + 1)
        for edge in edges where isVia[edge.kind.order] {
            if isMedium[edge.source], number[edge.target] >= 0 { slots[edge.source] += 1 }
            if isMedium[edge.target], number[edge.source] >= 0 { slots[edge.target] += 1 }
        }
        var total = 0
        for node in nodes.indices {
            let count = slots[node]
            slots[node] = total
            total += count
        }
        slots[nodes.count] = total
        let starts = slots
        var members = [UInt32](repeating: 0, count: total)
        for edge in edges where isVia[edge.kind.order] {
            if isMedium[edge.source], number[edge.target] >= 0 {
                members[slots[edge.source]] = UInt32(number[edge.target])
                slots[edge.source] += 1
            }
            if isMedium[edge.target], number[edge.source] >= 0 {
                members[slots[edge.target]] = UInt32(number[edge.source])
                slots[edge.target] += 1
            }
        }
        // Sorted and distinct within each medium; media without items left out.
        var media: [Int] = [], bounds = [0], write = 0
        for node in nodes.indices where starts[node] < starts[node + 1] {
            let run = starts[node]..<starts[node + 1]
            if !members[run].isStrictlyIncreasing { members[run].sort() }
            for read in run where write == bounds[bounds.count - 1] || members[read] != members[write - 1] {
                members[write] = members[read]
                write += 1
            }
            media.append(node)
            bounds.append(write)
        }
        members.removeLast(members.count - write)
        return Incidence(items: items, media: media, bounds: bounds, members: members,
                         mediaTotal: isMedium.count { $0 })
    }

    /// What an edge of a projection lists as its papers.
    enum PairEntries {
        /// The keys of the media the two items share.
        case media
        /// The keys of the two items themselves.
        case ends
    }

    /// The graph of the incidence's items in which two items are linked by the media they share.
    /// Pairs are every two items of a medium, or, when `across` is given, one item of each of the
    /// two kinds (a bipartite projection).
    func projection(name: String, incidence: Incidence, across: (NodeKind, NodeKind)? = nil, edgeKind: EdgeKind,
                    options: GraphOptions, papers entries: PairEntries) -> Graph {
        let itemCount = incidence.items.count
        // The media of each item, in node order (the transpose of the incidence).
        var itemBounds = [Int](repeating: 0, count: itemCount + 1)
        for member in incidence.members { itemBounds[Int(member) + 1] += 1 }
        for item in 0..<itemCount { itemBounds[item + 1] += itemBounds[item] }
        var fill = itemBounds
        var itemMedia = [UInt32](repeating: 0, count: incidence.members.count)
        for medium in incidence.media.indices {
            for member in incidence.members(of: medium) {
                itemMedia[fill[Int(member)]] = UInt32(medium)
                fill[Int(member)] += 1
            }
        }
        fill = []

        // Which side of a bipartite projection each item is on, and what one medium adds to a pair.
        var side = [UInt8](repeating: 0, count: itemCount)  // 1 left, 2 right, 0 neither
        if let (left, right) = across {
            for (item, node) in incidence.items.enumerated() {
                side[item] = nodes[node].kind == left ? 1 : nodes[node].kind == right ? 2 : 0
            }
        }
        let shares: [Double] = incidence.media.indices.map { medium in
            guard options.counting == .fractional else { return 1 }
            let members = incidence.members(of: medium)
            if across != nil {
                let rights = members.count { side[Int($0)] == 2 }
                return rights == 0 ? 1 : 1 / Double(rights)
            }
            return members.count < 2 ? 1 : 1 / Double(members.count - 1)
        }
        // Within one node kind of a graph in canonical order, node order is key order.
        let mediaInKeyOrder = hasCanonicalNodeOrder && Set(incidence.media.map { nodes[$0].kind }).count <= 1
        let cap = max(0, options.papersCap)

        // Item by item, the pairs (item, later item): their weights and media gathered in scratch
        // arrays indexed by the later item, then written out in order.
        let members = incidence.members, bounds = incidence.bounds
        var stamp = [Int32](repeating: -1, count: itemCount)
        var weight = [Double](repeating: 0, count: itemCount)
        var shared = [Int32](repeating: 0, count: itemCount)
        var lastLink = [Int32](repeating: -1, count: itemCount)
        var linkMedium: [UInt32] = [], linkNext: [Int32] = []  // each later item's media, newest first
        var later: [Int32] = []
        var gathered: [Int] = []
        var singles = [[String]](repeating: [], count: incidence.media.count)  // a medium's one-key array
        var edges: [Edge] = []
        for item in 0..<itemCount {
            let itemSide = side[item]
            if across != nil && itemSide == 0 { continue }
            later.removeAll(keepingCapacity: true)
            linkMedium.removeAll(keepingCapacity: true)
            linkNext.removeAll(keepingCapacity: true)
            for medium in itemMedia[itemBounds[item]..<itemBounds[item + 1]] {
                let share = shares[Int(medium)]
                // The medium's items after this one: from its last item down.
                var position = bounds[Int(medium) + 1]
                while position > bounds[Int(medium)] {
                    position -= 1
                    let other = Int(members[position])
                    guard other > item else { break }
                    if across != nil && side[other] + itemSide != 3 { continue }
                    if stamp[other] != Int32(item) {
                        stamp[other] = Int32(item)
                        weight[other] = 0
                        shared[other] = 0
                        lastLink[other] = -1
                        later.append(Int32(other))
                    }
                    weight[other] += share
                    shared[other] += 1
                    linkMedium.append(medium)
                    linkNext.append(lastLink[other])
                    lastLink[other] = Int32(linkMedium.count - 1)
                }
            }
            later.sort()
            for other in later {
                let other = Int(other)
                var value = weight[other]
                if let normalization = options.normalize {
                    value = normalization.apply(cooccurrences: value, Double(itemBounds[item + 1] - itemBounds[item]),
                                                Double(itemBounds[other + 1] - itemBounds[other]),
                                                media: Double(incidence.mediaTotal))
                }
                let listed: [String], total: Int
                switch entries {
                case .ends:
                    let (a, b) = (nodes[incidence.items[item]].key, nodes[incidence.items[other]].key)
                    let keys = a == b ? [a] : a < b ? [a, b] : [b, a]
                    (listed, total) = (Array(keys.prefix(cap)), keys.count)
                case .media where shared[other] == 1 && cap > 0:
                    // One medium: the edges it alone stands behind share one array.
                    let medium = Int(linkMedium[Int(lastLink[other])])
                    if singles[medium].isEmpty { singles[medium] = [nodes[incidence.media[medium]].key] }
                    (listed, total) = (singles[medium], 1)
                case .media:
                    gathered.removeAll(keepingCapacity: true)
                    var link = lastLink[other]
                    while link >= 0 {
                        gathered.append(incidence.media[Int(linkMedium[Int(link)])])
                        link = linkNext[Int(link)]
                    }
                    if mediaInKeyOrder {
                        // Newest first: the smallest media are at the end.
                        (listed, total) = (gathered.suffix(cap).reversed().map { nodes[$0].key }, gathered.count)
                    } else {
                        let keys = Array(Set(gathered.map { nodes[$0].key })).sorted()
                        (listed, total) = (Array(keys.prefix(cap)), keys.count)
                    }
                }
                edges.append(Edge(source: item, target: other, kind: edgeKind, weight: value, papers: listed,
                                  morePapers: max(0, total - cap)))
            }
        }
        if edges.capacity > edges.count + edges.count / 8 {
            // Appending left up to twice the room needed; a view is kept while files are written.
            var exact: [Edge] = []
            exact.reserveCapacity(edges.count)
            exact.append(contentsOf: edges)
            edges = exact
        }
        return Graph(name: name, canonicalNodes: incidence.items.map { nodes[$0] }, edges: edges)
    }
}
