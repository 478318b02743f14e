import ArgumentParser
import Foundation

/// The formats a command writes, each with the file extensions that name it. Without --format,
/// the extension of `-o` chooses (`-o coauthors.dot` writes DOT, not the default GraphML under a
/// .dot name); with both, they must agree. An extension no format claims leaves the default.
protocol OutputFormat: CaseIterable, ExpressibleByArgument, RawRepresentable, Equatable where RawValue == String {
    /// Lowercase, without the dot.
    var fileExtensions: [String] { get }
}

extension OutputFormat {
    /// Throws a ValidationError (bad input, with the usage line) when --format and the
    /// extension of `output` name different formats.
    static func chosen(_ explicit: Self?, output: String?, default fallback: Self) throws -> Self {
        let fileExtension = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        let named = fileExtension.isEmpty ? nil : allCases.first { $0.fileExtensions.contains(fileExtension) }
        switch (explicit, named) {
        case (let format?, let other?) where format != other:
            throw ValidationError(
                "--format \(format.rawValue) but \(output ?? "") ends in .\(fileExtension), the extension of \(other.rawValue): "
                    + "drop --format or rename the file")
        case (let format?, _): return format
        case (nil, let format?): return format
        case (nil, nil): return fallback
        }
    }

    /// For --format's help: "csv, md, json or svg".
    static var names: String {
        let all = allCases.map(\.rawValue)
        return all.count < 2 ? all.joined() : all.dropLast().joined(separator: ", ") + " or " + all.last!
    }
}
