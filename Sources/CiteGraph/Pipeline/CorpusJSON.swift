import Foundation

/// `corpus.json`: the Corpus as stable, pretty JSON (sorted keys, so reruns are byte-identical).
/// `CorpusFile.read` reads it back.
public enum CorpusJSON {
    public static func encode(_ corpus: Corpus) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(corpus)
        data.append(0x0A)
        return data
    }
}
