import Foundation

public enum SandboxError: Error, CustomStringConvertible, Sendable {
    case assetsNotFound(tried: [String])
    case badAsset(file: String, reason: String)
    case invalidOption(String)

    public var description: String {
        switch self {
        case .assetsNotFound(let tried):
            return "pio-sandbox: demo data not found. Tried: \(tried.joined(separator: ", ")). "
                + "Pass --assets DIR or set PIO_SANDBOX_ASSETS to the Assets/sandbox directory."
        case .badAsset(let file, let reason):
            return "pio-sandbox: cannot read \(file): \(reason)"
        case .invalidOption(let text):
            return "pio-sandbox: \(text)"
        }
    }
}

/// Finds `Assets/sandbox`: explicit directory, then `PIO_SANDBOX_ASSETS`, then the repository this file
/// was compiled from, then `./Assets/sandbox`.
enum AssetLocator {
    static let requiredFile = "catalogue.json"

    static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment,
                       sourceFile: String = #filePath) throws -> URL {
        var candidates: [String] = []
        if let explicit { candidates.append(explicit) }
        if let env = environment["PIO_SANDBOX_ASSETS"], !env.isEmpty { candidates.append(env) }
        if explicit == nil {
            let repo = URL(fileURLWithPath: sourceFile)
                .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            candidates.append(repo.appendingPathComponent("Assets/sandbox").path)
            candidates.append(FileManager.default.currentDirectoryPath + "/Assets/sandbox")
        }
        for path in candidates {
            let url = URL(fileURLWithPath: path)
            if FileManager.default.fileExists(atPath: url.appendingPathComponent(requiredFile).path) { return url }
        }
        throw SandboxError.assetsNotFound(tried: candidates)
    }
}
