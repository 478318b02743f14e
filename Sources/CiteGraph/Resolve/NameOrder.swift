/// Authors sorted by name as `String` orders names, with most comparisons made on the names'
/// first sixteen bytes. `String` compares canonically (NFC scalars in order); for names of
/// characters below U+0300 (all NFC) that is their UTF-8 byte order, so two such names whose first
/// sixteen bytes differ are ordered by those bytes. Other pairs are compared as `String`s.
enum NameOrder {
    static func sort(_ authors: inout [Author]) {
        let keys = authors.map { key($0.name) }
        var order = Array(authors.indices)
        order.sort { a, b in
            let (ka, kb) = (keys[a], keys[b])
            if ka.simple && kb.simple && (ka.high, ka.low) != (kb.high, kb.low) {
                return (ka.high, ka.low) < (kb.high, kb.low)
            }
            return authors[a].name < authors[b].name
        }
        PaperOrder.arrange(&authors, as: order)
    }

    /// The first sixteen bytes as two big-endian words (zeros after the end), and whether every
    /// character is below U+0300.
    static func key(_ name: String) -> (high: UInt64, low: UInt64, simple: Bool) {
        var high: UInt64 = 0, low: UInt64 = 0, simple = true
        var n = 0
        for byte in name.utf8 {
            if byte >= 0xCC { simple = false }
            if n < 8 { high |= UInt64(byte) << (8 * (7 - n)) } else if n < 16 { low |= UInt64(byte) << (8 * (15 - n)) }
            n += 1
        }
        return (high, low, simple)
    }
}
