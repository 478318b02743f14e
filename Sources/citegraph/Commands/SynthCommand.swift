import ArgumentParser
import CiteGraph
import Foundation

struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Write a deterministic synthetic corpus shaped like arXiv, for benchmarks.",
        discussion: """
        Ids by month from 1991-08 to 2026-11 (old style before 2007-04), heavy-tailed authors per \
        paper with one 1000–3000-author collaboration paper in every 10000 papers, shared surnames and \
        initials, one to five categories, versions, affiliations, comments. The same --papers and \
        --seed give the same files. --layout feeds writes DIR/feed-00001.xml… (--per-feed \
        entries each, read by `citegraph run --from-feeds DIR`); --layout cache writes \
        DIR/papers/<id>.xml, one file per paper, as `citegraph fetch` leaves them.
        """
    )

    @Option(name: .long, parsing: .unconditional, help: "How many papers.")
    var papers: Int

    @Option(name: .long, help: "The seed: the same seed gives the same corpus.")
    var seed: UInt64 = 1

    @Option(name: [.short, .customLong("out")], help: "The folder to write to (created if missing).")
    var out: String

    @Option(name: .long, help: "feeds (large feeds) or cache (one file per paper).")
    var layout: SyntheticCorpusWriter.Layout = .feeds

    @Option(name: .long, help: "Entries per feed file (feeds layout).")
    var perFeed: Int = 10_000

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        // No paper would write no feed, which `run --from-feeds` then refuses.
        guard papers >= 1 else { throw ValidationError("--papers must be at least 1, got \(papers)") }
        guard perFeed > 0 else { throw ValidationError("--per-feed must be positive") }
        try OutputOptions.refuseStandardOutput(out)
    }

    func run() throws {
        let corpus = try SyntheticCorpus(papers: papers, seed: seed)
        let writer = SyntheticCorpusWriter(layout: layout, entriesPerFeed: perFeed) { AtomWriter.feed(for: $0) }
        let verbose = verbosity.verbose
        let summary = try writer.write(corpus, to: out) { progress in
            if verbose { reportProgress("synth: \(progress.papers) papers, \(progress.files) files") }
        }
        if !verbosity.quiet {
            print("\(summary.papers) papers, \(summary.authorships) author names, \(summary.files) files, \(summary.bytes) bytes in \(out)")
        }
    }
}

extension SyntheticCorpusWriter.Layout: ExpressibleByArgument {}

private func reportProgress(_ line: String) {
    StderrWriter.write(line + "\n")
}
