/// The paper files of the cache that could not be read when its titles were indexed. They are
/// kept so that each is said once, and so that an entry they leave out says so: "not in the
/// cache" or "no paper with this title" would be wrong when the paper is there, corrupt.
struct CorruptCacheFiles {
    struct File {
        var path: String
        var reason: String
        /// The paper the file is named for (`papers/ID.xml`), nil for a name that is no id.
        var id: ArxivID?
    }

    /// In the order the cache listed them (by file name).
    private(set) var files: [File] = []

    var isEmpty: Bool { files.isEmpty }

    mutating func add(_ error: FetchError) {
        guard case let .corruptCacheFile(path, reason) = error else { return }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let stem = name.hasSuffix(".xml") ? String(name.dropLast(4)) : name
        files.append(File(path: path, reason: reason, id: ArxivID(fileStem: stem)))
    }

    func file(at path: String) -> File? {
        files.first { $0.path == path }
    }

    /// Why a paper linked by its id is absent under --offline when its file is corrupt, and what
    /// to do about it.
    static func absentReason(_ id: ArxivID, _ file: File) -> String {
        "\(id): its cache file \(file.path) is corrupt (\(file.reason)); "
            + "run without --offline to fetch it again, or delete the file"
    }

    /// Said of every entry left unresolved by title under --offline while `files` could not be
    /// read: which paper a corrupt file held is unknown, so each of them may be the one.
    static func titleGap(_ files: [File]) -> String? {
        guard let first = files.first else { return nil }
        if files.count == 1 {
            return "the corrupt cache file \(first.path) could not be read for its title and may hold this paper "
                + "(run without --offline to fetch it again, or delete it)"
        }
        return "\(files.count) corrupt cache files could not be read for their titles and one may hold this paper: "
            + files.map(\.path).joined(separator: ", ") + " (run without --offline to fetch them again, or delete them)"
    }
}
