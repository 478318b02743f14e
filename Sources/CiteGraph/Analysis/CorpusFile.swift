import Foundation

/// Reads `corpus.json` for the analysis commands, with messages that say what to do.
public enum CorpusFile {
    public static func read(_ path: String) throws -> Corpus {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CiteGraphError("\(path): no corpus there; run `citegraph run` first (or pass --corpus PATH)")
        }
        guard !FileSystem.isFolder(path) else {
            throw CiteGraphError("\(path) is a folder, not a corpus file (`citegraph run --out DIR` writes DIR/corpus.json)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CiteGraphError("\(path): cannot read the corpus")
        }
        do {
            return try JSONDecoder().decode(Corpus.self, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw CiteGraphError("\(path): not a citegraph corpus (\(describe(context)))")
        } catch let DecodingError.keyNotFound(key, context) {
            let at = context.codingPath.isEmpty ? "" : " in \(codingPath(context))"
            throw CiteGraphError("\(path): not a citegraph corpus (no \"\(key.stringValue)\"\(at))")
        } catch let DecodingError.typeMismatch(_, context) {
            throw CiteGraphError("\(path): not a citegraph corpus (\(describe(context)))")
        } catch let DecodingError.valueNotFound(_, context) {
            throw CiteGraphError("\(path): not a citegraph corpus (\(describe(context)))")
        } catch {
            throw CiteGraphError("\(path): not a citegraph corpus (\(error))")
        }
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        let path = codingPath(context)
        return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
    }

    /// `papers[3].published`
    private static func codingPath(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            .trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
