import Foundation
import Testing

/// Compares a rendered screen with a text file in `Goldens/`. With `PIO_RECORD_GOLDENS=1` the
/// file is (re)written in the source tree instead, so a diff in review shows what changed.
enum GoldenFile {
    static func check(_ text: String, named name: String, sourceFile: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) {
        let framed = text + "\n"
        if ProcessInfo.processInfo.environment["PIO_RECORD_GOLDENS"] == "1" {
            let dir = URL(fileURLWithPath: sourceFile).deletingLastPathComponent().appendingPathComponent("Goldens")
            try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            do {
                try framed.write(to: dir.appendingPathComponent(name + ".txt"), atomically: true, encoding: .utf8)
            } catch {
                Issue.record("could not record golden \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Goldens")
                ?? Bundle.module.url(forResource: name, withExtension: "txt"),
              let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden \(name).txt; record it with PIO_RECORD_GOLDENS=1", sourceLocation: sourceLocation)
            return
        }
        if expected != framed {
            Issue.record("screen differs from golden \(name).txt:\n--- expected\n\(expected)--- actual\n\(framed)",
                         sourceLocation: sourceLocation)
        }
    }
}
