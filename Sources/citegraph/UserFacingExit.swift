import ArgumentParser
import CiteGraph
import Foundation

/// Runs a command body; a `UserFacingError` becomes one line on stderr and its documented exit
/// status (ArgumentParser alone would exit 1 for every error).
func exitingOnUserFacingError(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as any UserFacingError {
        FileHandle.standardError.write(Data("citegraph: \(error.description)\n".utf8))
        throw ExitCode(error.exitCode.rawValue)
    }
}
