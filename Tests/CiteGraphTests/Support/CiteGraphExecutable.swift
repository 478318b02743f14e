import Foundation

/// The `citegraph` executable `swift test` builds beside the test bundle, and a way to run it.
enum CiteGraphExecutable {
    static var url: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("citegraph"),
            TestPaths.repoRoot.appendingPathComponent(".build/debug/citegraph"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs `citegraph ARGUMENTS` in `directory` and waits for it. `stdout` and `stderr`, when
    /// given, are where its standard output and error go (not captured then).
    static func run(_ arguments: [String], in directory: String, stdout: FileHandle? = nil,
                    stderr: FileHandle? = nil) throws -> Result {
        guard let url else { throw MissingExecutable() }
        return try run(url, arguments, in: directory, stdout: stdout, stderr: stderr)
    }

    /// Runs `citegraph ARGUMENTS` with its stderr closed (the shell's `2>&-`).
    static func runWithStderrClosed(_ arguments: [String], in directory: String) throws -> Result {
        guard let url else { throw MissingExecutable() }
        return try run(URL(fileURLWithPath: "/bin/sh"), ["-c", "exec \"$0\" \"$@\" 2>&-", url.path] + arguments, in: directory)
    }

    private static func run(_ executable: URL, _ arguments: [String], in directory: String, stdout: FileHandle? = nil,
                            stderr: FileHandle? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let outputFile = directory + "/.stdout-\(UUID().uuidString.prefix(8))"
        let errorFile = directory + "/.stderr-\(UUID().uuidString.prefix(8))"
        // A failure shows as the FileHandle below throwing.
        _ = FileManager.default.createFile(atPath: outputFile, contents: nil)
        _ = FileManager.default.createFile(atPath: errorFile, contents: nil)
        defer {
            try? FileManager.default.removeItem(atPath: outputFile)
            try? FileManager.default.removeItem(atPath: errorFile)
        }
        // Files, not pipes: a pipe nobody reads while the child runs fills up and stalls it.
        let output = try FileHandle(forWritingTo: URL(fileURLWithPath: outputFile))
        let errors = try FileHandle(forWritingTo: URL(fileURLWithPath: errorFile))
        process.standardOutput = stdout ?? output
        process.standardError = stderr ?? errors
        try process.run()
        process.waitUntilExit()
        try output.close()
        try errors.close()
        return Result(
            status: process.terminationStatus,
            stdout: try String(contentsOfFile: outputFile, encoding: .utf8),
            stderr: try String(contentsOfFile: errorFile, encoding: .utf8))
    }

    struct MissingExecutable: Error, CustomStringConvertible {
        var description: String { "build the citegraph executable first (swift build)" }
    }
}
