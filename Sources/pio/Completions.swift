import ArgumentParser
import FoundationEssentials
import PortalConfig

/// What the shell completes (`pio --generate-completion-script bash|zsh|fish`): profile names, and
/// with a stored session the service and invoice ids `pio services` and `pio invoices` listed last
/// (`CompletionCache`). Only files are read: a Tab never waits on the network.
enum Completions {
    static func profiles(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
        guard let paths = PioPaths(environment: environment) else { return [] }
        let file = (try? ConfigFile.load(paths.configFile)) ?? nil
        var seen = Set<String>()
        let names = [ProfileName.default] + (file?.profiles ?? []) + ProfileCatalog.storedProfiles(in: paths.stateDirectory)
        return names.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    static func services(_ words: [String], _ index: Int, _ prefix: String) -> [String] { ids(.services, words, prefix) }
    static func invoices(_ words: [String], _ index: Int, _ prefix: String) -> [String] { ids(.invoices, words, prefix) }

    static func ids(_ kind: CompletionCache.Kind, _ words: [String], _ prefix: String) -> [String] {
        guard let paths = PioPaths(environment: environment) else { return [] }
        let profile = profile(in: words, paths: paths)
        guard ProfileName.validate(profile) == nil, let session = try? SessionStore(paths: paths, profile: profile).load() else { return [] }
        return CompletionCache(paths: paths, profile: profile).ids(kind, for: session).filter { $0.hasPrefix(prefix) }
    }

    /// As the command line would choose it: --profile, PIO_PROFILE, the file's `profile:`, default.
    static func profile(in words: [String], paths: PioPaths) -> String {
        for (i, word) in words.enumerated() {
            if word == "--profile", i + 1 < words.count { return words[i + 1] }
            if word.hasPrefix("--profile=") { return String(word.dropFirst("--profile=".count)) }
        }
        if let name = environment["PIO_PROFILE"], !name.isEmpty { return name }
        let text = (try? ConfigFileWriter.read(paths.configFile)) ?? nil
        let key = try? ConfigKey("profile", profile: ProfileName.default)
        return key.flatMap { key in text.flatMap { try? ConfigEditor.value(key, in: $0) } } ?? ProfileName.default
    }

    static var environment: [String: String] { ProcessInfo.processInfo.environment }
}
