/// The items of a list, as its bullets are read. `- Title` with `  - Code: [github](…)` or
/// `  - [pdf](…)` under it: a bullet titled only by a label gives its links to the titled bullet
/// it is nested in (which becomes an item then if it had no link of its own). Under a bullet that
/// links a paper, a `Key: …` bullet linking no paper (`ExpEnv: [D4RL](…)`, `Code: [official](…)`)
/// is a detail of it too.
struct ItemCollector {
    private(set) var items: [ListItem] = []
    /// By block index: each bullet's title, section and line, and the item it made.
    private var bullets: [Int: (title: String, section: SectionPath, line: Int)] = [:]
    private var madeItem: [Int: Int] = [:]
    /// Bullets with a title and no link of their own, by block index, with their lines.
    private var unlinked: [Int: Int] = [:]

    /// Lines of the bullets that linked nowhere and got no link from one nested in them.
    var unlinkedLines: [Int] {
        unlinked.filter { madeItem[$0.key] == nil }.map(\.value).sorted()
    }

    mutating func add(_ item: ListItem) {
        items.append(item)
    }

    /// The bullet at block `index` (nested in block `parent`), and the item it would make alone.
    mutating func addBullet(_ index: Int, parent: Int?, title: String, section: SectionPath, line: Int, item: ListItem?,
                            linksAnything: Bool = true) {
        bullets[index] = (title, section, line)
        if !linksAnything, !title.isEmpty { unlinked[index] = line }
        guard let item else { return }
        guard let parent, let above = bullets[parent], !above.title.isEmpty, !ItemTitle.isLabel(above.title),
              title.isEmpty || ItemTitle.isLabel(title) || isDetail(title: title, item: item, under: parent) else {
            items.append(item)
            madeItem[index] = items.count - 1
            return
        }
        if let made = madeItem[parent] {
            for link in item.links where !items[made].links.contains(link) { items[made].links.append(link) }
        } else {
            items.append(ListItem(title: above.title, links: item.links, section: above.section, line: above.line))
            madeItem[parent] = items.count - 1
        }
    }

    /// `Key: …` (one to three words before the colon) linking no paper, under a bullet that made
    /// an item linking one.
    private func isDetail(title: String, item: ListItem, under parent: Int) -> Bool {
        guard let made = madeItem[parent], items[made].links.contains(where: { LinkClassifier.namesPaper($0.url) }),
              !item.links.contains(where: { LinkClassifier.namesPaper($0.url) }),
              let colon = title.firstIndex(of: ":") else { return false }
        return ItemTitle.isKey(title[...colon])
    }
}
