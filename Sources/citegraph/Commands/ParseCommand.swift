import ArgumentParser
import CiteGraph
import Foundation

enum ParseFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, table, count
}

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read arXiv Atom files and print their entries (a check of the parser, and its benchmark).",
        discussion: """
        A folder stands for the .xml files in it, in name order (citegraph parse cache/papers). \
        jsonl: one JSON object per entry with the keys id, version, title, summary, authors \
        ([{name, affiliations}]), published, updated, primary_category, categories, classes, \
        comment, journal_ref, doi, links. table: one readable line per entry. count: only the \
        number of entries. An arXiv error feed or a broken file is reported as `FILE: message` \
        on stderr, after the entries read so far, and the exit status is non-zero.
        """
    )

    @Argument(help: "arXiv Atom files (API responses or cache files), or folders: their .xml files, by name.")
    var files: [String]

    @Option(name: .long, help: "jsonl, table or count.")
    var format: ParseFormat = .jsonl

    func run() throws {
        var count = 0
        var firstFailure: ExitStatus?
        // Read once: the option's property wrapper is generic across modules, and reading it per
        // entry looked up its type metadata every time (~440 instructions per entry).
        let format = self.format
        if format == .table { print(ArxivEntry.tableHeader) }
        func parse(_ file: String) {
            do {
                _ = try AtomParser.parse(fileAt: file) { entry in
                    count += 1
                    switch format {
                    case .jsonl: print(try entry.jsonLine())
                    case .table: print(entry.tableRow)
                    case .count: break
                    }
                }
            } catch let error as any UserFacingError {
                // An unreadable file's message already names it.
                if case .unreadable? = error as? AtomError {
                    reportFailure("\(error)")
                } else {
                    reportFailure("\(file): \(error)")
                }
                firstFailure = firstFailure ?? error.exitCode
            } catch {
                reportFailure("\(file): \(error)")
                firstFailure = firstFailure ?? .badInput
            }
        }
        for file in files {
            guard let expanded = expand(file) else {
                firstFailure = firstFailure ?? .badInput
                continue
            }
            for file in expanded { parse(file) }
        }
        if format == .count { print(count) }
        if let firstFailure { throw ExitCode(firstFailure.rawValue) }
    }

    /// A folder stands for its .xml files (`citegraph parse cache/papers`); nil after reporting
    /// a folder that cannot be read or holds none.
    private func expand(_ path: String) -> [String]? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else { return [path] }
        do {
            return try AtomParser.feedFiles(inFolder: path)
        } catch {
            reportFailure("\(error)")
            return nil
        }
    }

    private func reportFailure(_ message: String) {
        fflush(nil)  // what was parsed comes out before the message
        StderrWriter.write("citegraph: \(message)\n")
    }
}
