@testable import CiteGraph
import Foundation
import Testing

/// Where `-o` may point besides a plain file: a link, a named pipe, a folder, somewhere unwritable.
@Suite struct OutputTargetTests {
    @Test func aSymbolicLinkKeepsPointingAtItsFileWhichGetsTheContent() throws {
        let directory = try makeTemporaryDirectory("out-link")
        let target = directory + "/real.json"
        let link = directory + "/link.json"
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")

        try OutputFiles.write("new content\n", toPath: link)

        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new content\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).sorted() == ["link.json", "real.json"])
    }

    @Test func aNamedPipeIsWrittenIntoNotReplaced() throws {
        let directory = try makeTemporaryDirectory("out-fifo")
        let fifo = directory + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        // Opened for reading first, without blocking, so the writer's open does not wait for us;
        // read while the writer runs (more than a pipe's 64 KiB, so it must be drained).
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let line = String(repeating: "x", count: 99) + "\n"
        let text = String(repeating: line, count: 2000)
        let received = Received()
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                let count = read(reader, &buffer, buffer.count)
                if count > 0 { received.append(buffer[0..<count]) }
                if received.count >= text.utf8.count { break }
                if count <= 0 { usleep(1000) }
            }
            done.signal()
        }
        try OutputFiles.write(text, toPath: fifo)
        done.wait()

        var status = stat()
        #expect(lstat(fifo, &status) == 0)
        #expect(status.st_mode & S_IFMT == S_IFIFO)
        #expect(received.count == text.utf8.count)
    }

    @Test func aFolderIsRefusedByName() throws {
        let directory = try makeTemporaryDirectory("out-folder")
        #expect(performing: { try OutputFiles.write("x", toPath: directory) }, throws: { error in
            guard let error = error as? FetchError else { return false }
            return error.exitCode == .cannotWrite && "\(error)" == "cannot write \(directory): it is a folder"
        })
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: directory, isDirectory: &isFolder) && isFolder.boolValue)
    }

    @Test func aRunWhoseOutputFolderIsAFileFailsBeforeItsWork() throws {
        let directory = try makeTemporaryDirectory("out-file-folder")
        let notAFolder = directory + "/output"
        try "a file".write(toFile: notAFolder, atomically: false, encoding: .utf8)
        // An empty cache: were the corpus loaded first, the run would stop on the missing papers.
        let options = RunOptions.offline(.list(path: TestPaths.bundledList.path), cache: directory + "/cache", output: notAFolder)
        #expect(performing: { _ = try Pipeline.run(options, log: .silent) }, throws: { error in
            guard let error = error as? CiteGraphError else { return false }
            return error.exitCode == .cannotWrite && error.message == "cannot write into \(notAFolder): it is a file, not a folder"
        })
    }

    @Test func aFileThatCannotBeWrittenEndsWithTheWriteStatus() throws {
        let directory = try makeTemporaryDirectory("out-unwritable")
        // A file where a folder should be: the temporary file cannot be opened (ENOTDIR).
        try "a file".write(toFile: directory + "/plain", atomically: false, encoding: .utf8)
        var files = try OutputFiles(directory: directory)
        #expect(performing: { try files.write("plain/inside.txt", "x") }, throws: { error in
            (error as? any UserFacingError)?.exitCode == .cannotWrite && "\(error)".contains("plain/inside.txt")
        })
        #expect(performing: { _ = try OutputFiles(directory: directory + "/plain/sub") }, throws: { error in
            (error as? any UserFacingError)?.exitCode == .cannotWrite
        })
    }
}

/// Bytes a reader thread collects.
private final class Received: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func append(_ more: ArraySlice<UInt8>) {
        lock.withLock { bytes += more }
    }

    var count: Int { lock.withLock { bytes.count } }
}
