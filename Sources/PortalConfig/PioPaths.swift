/// Where pio keeps its files (XDG base directories).
public struct PioPaths: Sendable, Equatable {
    /// `$XDG_STATE_HOME/pio` or `~/.local/state/pio`: sessions and the log.
    public var stateDirectory: String
    /// `$XDG_CONFIG_HOME/pio` or `~/.config/pio`.
    public var configDirectory: String

    public init(stateDirectory: String, configDirectory: String) {
        self.stateDirectory = stateDirectory
        self.configDirectory = configDirectory
    }

    /// Nil when neither the XDG variable nor HOME gives an absolute path.
    public init?(environment: [String: String]) {
        guard let state = Self.base(environment, "XDG_STATE_HOME", fallback: ".local/state"),
              let config = Self.base(environment, "XDG_CONFIG_HOME", fallback: ".config") else { return nil }
        self.init(stateDirectory: state + "/pio", configDirectory: config + "/pio")
    }

    public var configFile: String { configDirectory + "/config.yaml" }
    public var logFile: String { stateDirectory + "/pio.log" }
    public func profileDirectory(_ profile: String) -> String { stateDirectory + "/" + profile }
    public func sessionFile(_ profile: String) -> String { profileDirectory(profile) + "/session" }

    /// Relative XDG values are ignored, as the specification asks.
    private static func base(_ env: [String: String], _ name: String, fallback: String) -> String? {
        if let value = env[name], value.hasPrefix("/") { return value }
        guard let home = env["HOME"], home.hasPrefix("/") else { return nil }
        return (home.hasSuffix("/") ? String(home.dropLast()) : home) + "/" + fallback
    }
}

/// Profile names become directory names: letters, digits, `.`, `_`, `-`, not starting with a dot.
public enum ProfileName {
    public static let `default` = "default"

    public static func validate(_ name: String) -> String? {
        let allowed = name.unicodeScalars.allSatisfy { ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
            || $0 == "." || $0 == "_" || $0 == "-" }
        guard !name.isEmpty, name.count <= 64, allowed, !name.hasPrefix(".") else {
            return "profile names use letters, digits, '.', '_' and '-' (not starting with '.'), at most 64 characters"
        }
        return nil
    }
}
