import Foundation

/// The spec's examples elide with "(...)" lines; drop them and the commas they leave dangling.
func repairedExample(_ text: String) -> String {
    let kept = text.split(separator: "\n", omittingEmptySubsequences: false)
        .filter { $0.trimmingCharacters(in: .whitespaces) != "(...)" }
        .joined(separator: "\n")
    return kept.replacingOccurrences(of: #",(\s*[\]}])"#, with: "$1", options: .regularExpression)
}
