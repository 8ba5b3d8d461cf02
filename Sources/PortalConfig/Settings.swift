import PortalAPI

/// Where an effective setting came from, for `pio config` and for error messages.
public enum SettingSource: Sendable, Equatable, CustomStringConvertible {
    case flag(String)
    case environment(String)
    case configFile(path: String, line: Int?)
    case defaultValue

    public var description: String {
        switch self {
        case .flag(let name): return "flag " + name
        case .environment(let name): return "environment " + name
        case .configFile(let path, let line): return path + (line.map { ":\($0)" } ?? "")
        case .defaultValue: return "default"
        }
    }
}

public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var source: SettingSource

    public init(_ value: Value, _ source: SettingSource) {
        self.value = value
        self.source = source
    }
}

/// How pio draws: `color` (when the terminal has colours) or `mono` (attributes only).
public enum Theme: String, Sendable, CaseIterable {
    case color, mono
}

/// The effective settings of one run, each with its source. Flags > environment > config file > defaults.
public struct Settings: Sendable {
    public var profile: Setting<String>
    public var url: Setting<String>
    /// Nil when no source names an account.
    public var user: Setting<String>?
    public var auth: Setting<AuthMode>
    public var timeout: Setting<Int>
    public var theme: Setting<Theme>
    /// How amounts are written and typed (`locale`; else LC_ALL, LC_MONETARY, LANG; else en).
    public var locale: Setting<MoneyLocale> = Setting(.en, .defaultValue)
    /// Whether `y` in the portal may put a value on the terminal's clipboard (OSC 52) (`clipboard`;
    /// `--no-clipboard`, `PIO_CLIPBOARD=0`).
    public var clipboard: Setting<Bool> = Setting(true, .defaultValue)
    /// Whether the portal asks the terminal for mouse reports (`mouse`; `--no-mouse`, `PIO_MOUSE=0`).
    public var mouse: Setting<Bool> = Setting(true, .defaultValue)
    /// A PEM file of CA certificates trusted besides the system's (`ca_file`); nil when not set.
    public var caFile: Setting<String>?
    public var keyOverrides: [KeyOverrideEntry]
    public var paths: PioPaths
    /// The parsed config file, nil when there is none.
    public var file: ConfigFile?

    public var sessionStore: SessionStore { SessionStore(paths: paths, profile: profile.value) }

    /// Where `caFile` was set, as a complaint about its file must name it: `--ca-file`,
    /// `PIO_CA_FILE` or `config.yaml:7: profiles.work.ca_file`.
    public var caFileOrigin: String {
        let key = "profiles." + profile.value + ".ca_file"
        guard let source = caFile?.source else { return key }
        switch source {
        case .flag(let name), .environment(let name): return name
        case .configFile: return source.description + ": " + key
        case .defaultValue: return key
        }
    }

    public static let defaultURL = "https://cp.pio.hosting/api"
    public static let defaultTimeout = 30
}
