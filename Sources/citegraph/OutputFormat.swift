import ArgumentParser
import Foundation

/// The formats a command writes, each with the file extensions that name it. Without --format,
/// the extension of `-o` chooses (`-o coauthors.dot` writes DOT, not the default GraphML under a
/// .dot name); with both, they must agree. An extension no format claims leaves the default.
protocol OutputFormat: CaseIterable, ExpressibleByArgument, RawRepresentable, Equatable where RawValue == String {
    /// Lowercase, without the dot.
    var fileExtensions: [String] { get }
    /// What is written when neither --format nor the extension of `-o` says.
    static var standard: Self { get }
}

extension OutputFormat {
    /// Throws a ValidationError (bad input, with the usage line) when --format and the
    /// extension of `output` name different formats.
    static func chosen(_ explicit: Self?, output: String?) throws -> Self {
        let fileExtension = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        let named = fileExtension.isEmpty ? nil : allCases.first { $0.fileExtensions.contains(fileExtension) }
        switch (explicit, named) {
        case (let format?, let other?) where format != other:
            throw ValidationError(
                "--format \(format.rawValue) but \(output ?? "") ends in .\(fileExtension), the extension of \(other.rawValue): "
                    + "drop --format or rename the file")
        case (let format?, _): return format
        case (nil, let format?): return format
        case (nil, nil): return standard
        }
    }

    /// --format's help: the formats, and the default.
    static var help: ArgumentHelp {
        let all = allCases.map(\.rawValue)
        let names = all.count < 2 ? all.joined() : all.dropLast().joined(separator: ", ") + " or " + all.last!
        return ArgumentHelp("Output format: \(names) (default: \(standard.rawValue), or the one -o's extension names).")
    }
}
