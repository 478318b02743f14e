import Foundation

extension RawRepresentable where Self: CaseIterable, RawValue == String {
    /// A comma-separated list of names (`stats,compare`, `primary, section`), in the order given;
    /// blank items skipped. An unknown name throws, naming it and the choices; `noun` says what a
    /// name is ("output", "grouping").
    public static func parseCommaList(_ text: String, naming noun: String) throws -> [Self] {
        try text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map { word in
            guard let value = Self(rawValue: word) else {
                throw CiteGraphError("unknown \(noun) '\(word)': choose from \(allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return value
        }
    }
}
