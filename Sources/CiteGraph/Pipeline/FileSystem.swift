import Foundation

/// Folders made and files read, with failures told in plain words. Foundation's own texts on
/// Linux often give only a code ("The operation could not be completed. (NSCocoaErrorDomain
/// error 512.)"), which says neither what is wrong nor what to do about it.
enum FileSystem {
    /// Why a folder could not be made, for the caller's message.
    struct Failure: Error {
        var reason: String
    }

    /// Creates `path` and its missing parents.
    static func createFolder(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            if let blocker = notAFolder(onTheWayTo: path) {
                throw Failure(reason: "\(blocker) is \(isFile(blocker) ? "a file" : "not a folder")")
            }
            throw Failure(reason: describe(error))
        }
    }

    /// The first part of `path` that exists but is not a folder (`zero.json` of `zero.json/sub`,
    /// or the path itself): what keeps a folder from being made there. Nil when there is none.
    static func notAFolder(onTheWayTo path: String) -> String? {
        var partial = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            partial += (partial.isEmpty || partial.hasSuffix("/") ? "" : "/") + component
            var status = stat()
            guard stat(partial, &status) == 0 else { return nil }  // missing: nothing further exists
            if status.st_mode & S_IFMT != S_IFDIR { return partial }
        }
        return nil
    }

    static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    static func isFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The system's words for the failure beneath Foundation's error ("No such file or directory",
    /// "Permission denied", "No space left on device"), or Foundation's text when there is none.
    static func describe(_ error: any Error) -> String {
        if let code = posixCode(of: error) { return String(cString: strerror(code)) }
        return error.localizedDescription
    }

    private static func posixCode(of error: any Error) -> Int32? {
        if let posix = error as? POSIXError { return posix.code.rawValue }
        if let cocoa = error as? CocoaError, let underlying = cocoa.underlying { return posixCode(of: underlying) }
        let nsError = error as NSError
        return nsError.domain == NSPOSIXErrorDomain ? Int32(nsError.code) : nil
    }
}
