import Configuration
import PortalAPI
import Synchronization

/// Resolves the settings of one run with swift-configuration: a `ConfigReader` over, in order,
/// the command-line flags, the environment (`PIO_*`), the config file (parsed once, by
/// `ConfigFile`) and the defaults. An access reporter records which provider answered each key,
/// which is where `pio config` says a value came from.
public enum SettingsLoader {
    /// Flag values by setting name (`profile`, `url`, `user`, `auth`, `timeout`, `theme`, `ca_file`); only those given.
    public static func load(flags: [String: String], environment: [String: String], paths: PioPaths) async throws -> Settings {
        let file = try ConfigFile.load(paths.configFile)
        let fileProvider = ConfigFile.provider(for: file)
        let flagProvider = InMemoryProvider(name: "flags", values: inMemory(flags))
        let environmentProvider = KeyMappingProvider(upstream: EnvironmentVariablesProvider(environmentVariables: environment)) {
            AbsoluteConfigKey(["pio"] + $0.components)
        }
        let defaults = InMemoryProvider(name: "defaults", values: inMemory([
            "profile": ProfileName.default, "url": Settings.defaultURL, "auth": AuthMode.auto.rawValue,
            "timeout": String(Settings.defaultTimeout), "theme": Theme.color.rawValue,
        ]))

        // The profile decides which part of the file the profile settings come from.
        let recorder = SourceRecorder()
        let global = ConfigReader(providers: [flagProvider, environmentProvider, fileProvider, defaults], accessReporter: recorder)
        let profileName = global.string(forKey: "profile") ?? ProfileName.default
        let profileSource = recorder.source(of: "profile", file: file, flagName: "--profile")
        if let problem = ProfileName.validate(profileName) {
            throw located(profileSource, file: file, fileKey: "profile", problem: "“\(profileName)”: " + problem)
        }
        let themeText = global.string(forKey: "theme") ?? Theme.color.rawValue
        let themeSource = recorder.source(of: "theme", file: file, flagName: "--theme")

        let profileFile = KeyMappingProvider(upstream: fileProvider) { AbsoluteConfigKey(["profiles", profileName] + $0.components) }
        let reader = ConfigReader(providers: [flagProvider, environmentProvider, profileFile, defaults], accessReporter: recorder)
        func fileKey(_ key: String) -> String { "profiles.\(profileName).\(key)" }

        let urlText = reader.string(forKey: "url") ?? Settings.defaultURL
        let urlSource = recorder.source(of: "url", file: file, flagName: "--url")
        guard !urlText.isEmpty else { throw located(urlSource, file: file, fileKey: fileKey("url"), problem: "must not be empty") }

        var user: Setting<String>?
        if let text = reader.string(forKey: "user") {
            let source = recorder.source(of: "user", file: file, flagName: "--user")
            guard !isBlank(text) else {
                throw located(source, file: file, fileKey: fileKey("user"), problem: "must not be empty")
            }
            user = Setting(text, source)
        }

        var caFile: Setting<String>?
        if let text = reader.string(forKey: "ca_file") {
            let source = recorder.source(of: "ca_file", file: file, flagName: "--ca-file")
            guard !isBlank(text) else { throw located(source, file: file, fileKey: fileKey("ca_file"), problem: "must not be empty") }
            caFile = Setting(homeExpanded(text, environment: environment), source)
        }

        let authText = reader.string(forKey: "auth") ?? AuthMode.auto.rawValue
        let authSource = recorder.source(of: "auth", file: file, flagName: "--auth")
        guard let auth = AuthMode(rawValue: authText.lowercased()) else {
            throw located(authSource, file: file, fileKey: fileKey("auth"), problem: "“\(authText)” must be jwt, basic or auto")
        }

        let timeoutText = reader.string(forKey: "timeout") ?? String(Settings.defaultTimeout)
        let timeoutSource = recorder.source(of: "timeout", file: file, flagName: "--timeout")
        guard let timeout = Int(timeoutText), timeout > 0, timeout <= 3600 else {
            throw located(timeoutSource, file: file, fileKey: fileKey("timeout"),
                          problem: "“\(timeoutText)” must be a whole number of seconds between 1 and 3600")
        }

        guard let theme = Theme(rawValue: themeText.lowercased()) else {
            throw located(themeSource, file: file, fileKey: "theme", problem: "“\(themeText)” must be color or mono")
        }

        var settings = Settings(profile: Setting(profileName, profileSource), url: Setting(urlText, urlSource), user: user,
                        auth: Setting(auth, authSource), timeout: Setting(timeout, timeoutSource),
                        theme: Setting(theme, themeSource), caFile: caFile, keyOverrides: file?.keyOverrides ?? [], paths: paths, file: file)
        settings.locale = try localeSetting(global, recorder: recorder, file: file, environment: environment)
        settings.clipboard = try clipboardSetting(global, recorder: recorder, file: file)
        settings.mouse = try mouseSetting(global, recorder: recorder, file: file)
        return settings
    }

    /// `~/x` as `$HOME/x` (a config file is not read by a shell); anything else as it is.
    static func homeExpanded(_ path: String, environment: [String: String]) -> String {
        guard path.hasPrefix("~/"), let home = environment["HOME"], !home.isEmpty else { return path }
        return home + path.dropFirst()
    }

    /// Only spaces and tabs (what Foundation's `CharacterSet.whitespaces` holds), or nothing.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    static func inMemory(_ values: [String: String]) -> [AbsoluteConfigKey: ConfigValue] {
        Dictionary(uniqueKeysWithValues: values.map { (AbsoluteConfigKey([$0.key]), ConfigValue(.string($0.value), isSecret: false)) })
    }

    /// A bad value as the user must fix it: at its line in the file, or naming the flag or variable.
    static func located(_ source: SettingSource, file: ConfigFile?, fileKey: String, problem: String) -> Error {
        switch source {
        case .configFile:
            if let file { return file.error(at: fileKey, problem) }
            return SettingsError(message: fileKey + ": " + problem)
        case .flag(let name), .environment(let name):
            return SettingsError(message: name + ": " + problem)
        case .defaultValue:
            return SettingsError(message: fileKey + ": " + problem)
        }
    }
}

/// A bad flag or environment value.
public struct SettingsError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}

/// Remembers, for every key read, which provider answered and under which name it knows the key
/// (`PIO_URL`, `profiles.work.url`).
final class SourceRecorder: AccessReporter, Sendable {
    private let answers = Mutex<[String: (provider: String, encodedKey: String)]>([:])

    func report(_ event: AccessEvent) {
        for result in event.providerResults {
            guard case .success(let lookup) = result.result, lookup.value != nil else { continue }
            let key = event.metadata.key.components.joined(separator: ".")
            answers.withLock { $0[key] = (result.providerName, lookup.encodedKey) }
            return
        }
    }

    func source(of key: String, file: ConfigFile?, flagName: String) -> SettingSource {
        guard let answer = answers.withLock({ $0[key] }) else { return .defaultValue }
        if answer.provider.contains("flags") { return .flag(flagName) }
        if answer.provider.contains("defaults") { return .defaultValue }
        if answer.provider.contains("Environment") { return .environment(answer.encodedKey) }
        return .configFile(path: file?.path ?? "config file", line: file?.lines[answer.encodedKey])
    }
}
