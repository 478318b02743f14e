extension AtomWriter {
    /// Several entries as one feed, like a page of an arXiv query. The entries are written by
    /// `feed(for:)` and cut out of its output (`AtomFeedSplicer`), so entry markup has one writer.
    public static func feed(
        entries: some Sequence<ArxivEntry>, info: ArxivFeedInfo = ArxivFeedInfo(),
        id: String = "urn:citegraph:feed", updated: String = SyntheticCorpus.feedDate
    ) -> String {
        var out = ""
        for entry in entries {
            let single = feed(for: entry)
            if out.isEmpty {
                out += AtomFeedSplicer.opening(ofSingleEntryFeed: single) ?? ""
                out += AtomFeedSplicer.feedHeader(info, id: id, updated: updated)
            }
            out += AtomFeedSplicer.entry(ofSingleEntryFeed: single) ?? ""
        }
        if out.isEmpty {
            // No entry to take the opening from: an empty feed's opening is an entry-less feed(for:).
            return emptyFeed(info: info, id: id, updated: updated)
        }
        return out + AtomFeedSplicer.closing
    }

    private static func emptyFeed(info: ArxivFeedInfo, id: String, updated: String) -> String {
        guard let placeholder = ArxivID("0704.0001"),
              let opening = AtomFeedSplicer.opening(ofSingleEntryFeed: feed(for: ArxivEntry(id: placeholder, title: "")))
        else { return "" }
        return opening + AtomFeedSplicer.feedHeader(info, id: id, updated: updated) + AtomFeedSplicer.closing
    }
}
