import Foundation

/// Writes a file so that a reader (or a run killed midway) sees either the old content or the
/// new, never a part: write `NAME.tmp-PID`, fsync it, rename over `NAME`, fsync the folder.
///
/// Outputs (`writeOutput`) are not made durable: still through a temporary file and a rename (a
/// killed run leaves the old file or the new one), but without waiting for the disk. They can be made again
/// from the cache, and on all of arXiv they are gigabytes that would otherwise be written at the
/// disk's pace. What is costly to get back, the fetched cache, is always synced.
enum AtomicFile {
    static let temporaryMarker = ".tmp-"

    static func write(_ bytes: [UInt8], to path: String) throws {
        try withTemporaryFile(for: path) { fd in try writeAll(bytes, to: fd, path: path) }
    }

    /// Streams an output file (not durable, see above): `fill` writes into a sink whose full
    /// buffers go straight into `NAME.tmp-PID`, so the file is never whole in memory; then rename.
    ///
    /// A path that names something other than a file (`-o /dev/stdout`, a named pipe, a device)
    /// is written in place: renaming over it would replace it (as root, even `/dev/null`). A
    /// symbolic link to a file is followed, so the link stays and its target gets the new content.
    static func writeOutput(to path: String, _ fill: (inout ByteSink) throws -> Void) throws {
        func stream(_ fd: Int32, _ target: String) throws {
            var sink = ByteSink { chunk in try writeAll(chunk, to: fd, path: target) }
            try fill(&sink)
            try sink.finish()
        }
        switch OutputTarget(path) {
        case .folder:
            throw FetchError.cacheWrite(path: path, reason: "it is a folder")
        case .special:
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw FetchError.cacheWrite(path: path, reason: errnoText()) }
            defer { close(fd) }
            try stream(fd, path)
        case .file(let resolved):
            try withTemporaryFile(for: resolved, durable: false) { fd in try stream(fd, resolved) }
        }
    }

    /// What an output path names.
    private enum OutputTarget {
        /// A regular file or nothing yet: written through a temporary file; symbolic links resolved.
        case file(String)
        case folder
        /// A device, named pipe or socket.
        case special

        init(_ path: String) {
            var status = stat()
            // stat follows symbolic links: a link is judged by what it points to.
            guard stat(path, &status) == 0 else {
                self = .file(path)
                return
            }
            switch status.st_mode & S_IFMT {
            case S_IFREG:
                var link = stat()
                let isLink = lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK
                self = .file(isLink ? (URL(fileURLWithPath: path).resolvingSymlinksInPath().path) : path)
            case S_IFDIR: self = .folder
            default: self = .special
            }
        }
    }

    /// Opens `NAME.tmp-PID`, lets `fill` write it, then fsync (when `durable`), close, rename over
    /// `path` and fsync the folder (when `durable`); removes the temporary file on any error.
    private static func withTemporaryFile(for path: String, durable: Bool = true, _ fill: (Int32) throws -> Void) throws {
        let temporary = path + temporaryMarker + String(getpid())
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw FetchError.cacheWrite(path: path, reason: errnoText()) }
        var closed = false
        defer {
            if !closed { close(fd) }
        }
        do {
            try fill(fd)
            if durable, fsync(fd) != 0 { throw FetchError.cacheWrite(path: path, reason: "fsync: " + errnoText()) }
            closed = true
            guard close(fd) == 0 else { throw FetchError.cacheWrite(path: path, reason: "close: " + errnoText()) }
            guard rename(temporary, path) == 0 else {
                throw FetchError.cacheWrite(path: path, reason: "rename: " + errnoText())
            }
        } catch {
            unlink(temporary)
            throw error
        }
        if durable { syncDirectory(of: path) }
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(fd, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FetchError.cacheWrite(path: path, reason: errnoText())
                }
                offset += written
            }
        }
    }

    /// Makes the rename itself durable. Best effort: some filesystems refuse fsync on a folder.
    private static func syncDirectory(of path: String) {
        let fd = open(PathParts(path).folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Removes `*.tmp-PID` files in `directory` left by runs that are no longer alive.
    static func removeStaleTemporaries(in directory: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for name in names {
            guard let marker = name.range(of: temporaryMarker, options: .backwards),
                  let pid = Int32(name[marker.upperBound...]) else { continue }
            let alive = pid == getpid() || kill(pid, 0) == 0 || errno == EPERM
            if !alive { unlink((directory as NSString).appendingPathComponent(name)) }
        }
    }

    static func errnoText() -> String { String(cString: strerror(errno)) }
}
