import ArgumentParser
import CiteGraph

extension TimelinePeriod: ExpressibleByArgument {}
extension TimelineGrouping: ExpressibleByArgument {}

struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Papers per month, quarter or year, per group, with growth rates and bursts.",
        discussion: """
        Papers are placed by the date of their first arXiv version (its day in UTC); dates \
        derived from the id are counted and flagged, undated papers are listed. A section group \
        covers its subsections.

        Columns: period, group, papers, cumulative_papers, new_authors, share, partial. A period \
        --from or --to cuts (--by year --from 2022-06: 2022) is partial: its papers are those \
        inside the window. cumulative_papers counts the group's papers in the whole corpus up to \
        the period's end (papers before --from included); new_authors, authors whose first paper \
        in the whole corpus falls in the period, inside the window. share is the group's papers \
        over the period's; a period with no paper has none (empty in CSV, null in JSON, – in \
        Markdown).

        Example:
          citegraph timeline --by quarter --group primary --from 2022 --format md
        """
    )

    enum Format: String, OutputFormat {
        case csv, md, json, svg
        static let standard = Format.csv
        var fileExtensions: [String] { self == .md ? ["md", "markdown"] : [rawValue] }
    }

    @Option(help: "Period width: \(TimelinePeriod.allCases.map(\.rawValue).joined(separator: ", ")).")
    var by: TimelinePeriod = .month

    @Option(name: .customLong("group"), parsing: .singleValue,
            help: "Grouping, repeatable or comma-separated (--group primary,section): \(TimelineGrouping.allCases.map(\.rawValue).joined(separator: ", ")).",
            transform: Self.groupings)
    var groupLists: [[TimelineGrouping]] = []

    /// In the order given (the timeline counts a repeated grouping once).
    var groups: [TimelineGrouping] { groupLists.flatMap { $0 } }

    /// `primary,section`, as `run --skip` takes its list.
    static func groupings(_ value: String) throws -> [TimelineGrouping] {
        do {
            return try TimelineGrouping.parseCommaList(value, naming: "grouping")
        } catch let error as CiteGraphError {
            throw ValidationError(error.message)
        }
    }

    @Option(help: "First date counted: YYYY, YYYY-MM or YYYY-MM-DD (a period it cuts is marked partial).")
    var from: String?

    @Option(help: "Last date counted (inclusive): YYYY, YYYY-MM or YYYY-MM-DD (a period it cuts is marked partial).")
    var to: String?

    @Option(help: "Keep only the N largest groups of each grouping.")
    var top: Int?

    @Option(name: .customLong("burst-s"), parsing: .unconditional, help: "Kleinberg's state ratio s (> 1), as in CiteSpace.")
    var burstScale: Double = 2

    @Option(name: .customLong("burst-gamma"), parsing: .unconditional, help: "Kleinberg's γ: the cost of entering a burst, as in CiteSpace.")
    var burstGamma: Double = 1

    @Option(help: Format.help)
    var format: Format?

    @OptionGroup var corpusOptions: CorpusOptions
    @OptionGroup var outputFile: OutputFileOption
    @OptionGroup var verbosity: VerbosityOptions

    /// --format, or what -o's extension names; checked before any work.
    var chosenFormat: Format {
        get throws { try Format.chosen(format, output: outputFile.file) }
    }

    func validate() throws {
        _ = try chosenFormat
    }

    func run() throws {
        let chosenFormat = try chosenFormat
        let options = TimelineOptions(by: by, groups: groups.isEmpty ? [.all] : groups, from: from, to: to,
                                      top: top, burstScale: burstScale, burstGamma: burstGamma)
        try options.validate()
        let timeline = TimelineBuilder.build(try corpusOptions.load(quiet: verbosity.quiet), options: options)
        switch chosenFormat {
        case .csv: try outputFile.write(TimelineWriter.csv(timeline))
        case .md: try outputFile.write(TimelineWriter.markdown(timeline))
        case .json: try outputFile.write(TimelineWriter.json(timeline))
        case .svg: try outputFile.write(TimelineSVG.render(timeline, title: "Papers per \(by.rawValue)"))
        }
    }
}
