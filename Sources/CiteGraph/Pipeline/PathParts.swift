/// A file path cut at its last slash: the folder that holds the file, and the file's name.
///
/// Written out rather than taken from `NSString.deletingLastPathComponent`, which traps on Linux
/// (swift-corelibs-foundation, Swift 6.3) for a one-character path: `-o x` crashed.
struct PathParts: Equatable {
    /// "." when the path names no folder, "/" for a file at the root.
    var folder: String
    var name: String

    /// Trailing slashes are dropped first (`x/` is `x`), as NSString did.
    init(_ path: String) {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else {
            folder = "."
            name = String(trimmed)
            return
        }
        let folderPart = trimmed[..<slash]
        folder = folderPart.isEmpty ? "/" : String(folderPart)
        name = String(trimmed[trimmed.index(after: slash)...])
    }
}
