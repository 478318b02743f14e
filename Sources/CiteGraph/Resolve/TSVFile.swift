import Foundation

/// A small tab-separated file of user overrides (`--resolve`, `--aliases`): one record per line,
/// blank lines and `#` comments skipped, fields trimmed.
struct TSVFile {
    struct Record {
        var fields: [String]
        var line: Int
    }

    var path: String
    var records: [Record]

    /// `what` names the file in messages (`--aliases file`).
    static func read(path: String, what: String, fields: Int) throws -> TSVFile {
        try parse(TextFile.read(path: path, what: what), path: path, fields: fields)
    }

    static func parse(_ text: String, path: String, fields: Int) throws -> TSVFile {
        var records: [Record] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == fields, !parts.contains(where: \.isEmpty) else {
                throw CiteGraphError(
                    "\(path):\(index + 1): expected \(fields) tab-separated fields, found \(parts.filter { !$0.isEmpty }.count)")
            }
            records.append(Record(fields: parts, line: index + 1))
        }
        return TSVFile(path: path, records: records)
    }
}
