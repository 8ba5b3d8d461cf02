/// A setting `pio config set` and `get` can name: a top-level one (`theme`), one of the current
/// profile's (`url`, meaning `profiles.<profile>.url`), or one spelled out (`profiles.work.url`).
public struct ConfigKey: Sendable, Equatable, CustomStringConvertible {
    /// The key path in the file: ["theme"] or ["profiles", "work", "url"].
    public let path: [String]

    /// The profile the key belongs to; nil for a top-level setting.
    public var profile: String? { path.count == 3 ? path[1] : nil }
    /// The setting's own name: "url", "theme".
    public var name: String { path[path.count - 1] }
    public var description: String { path.joined(separator: ".") }

    /// The settings `set` writes, in the order `pio config set` lists them.
    public static let topLevel = ["profile", "theme", "locale", "clipboard", "mouse"]
    public static var names: [String] { topLevel + ConfigFile.profileKeys }

    /// `text` as typed on the command line; `profile` is the one a bare profile setting belongs to.
    public init(_ text: String, profile: String) throws(ConfigEditError) {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let known = "settings: " + Self.names.joined(separator: ", ") + ", or profiles.NAME.SETTING"
        if parts.last == "password" {
            throw ConfigEditError("passwords are never kept in the config file; `pio login` stores a session instead "
                                  + "(or set PIO_PASSWORD)")
        }
        if parts.first == "keys" {
            throw ConfigEditError("key bindings are lists; edit the keys: table of the file (`pio config --keys` lists the actions)")
        }
        switch parts.count {
        case 1 where Self.topLevel.contains(text):
            path = parts
        case 1 where ConfigFile.profileKeys.contains(text):
            path = ["profiles", profile, text]
        case 3 where parts[0] == "profiles" && ConfigFile.profileKeys.contains(parts[2]):
            if let problem = ProfileName.validate(parts[1]) { throw ConfigEditError("“\(parts[1])”: " + problem) }
            path = parts
        default:
            throw ConfigEditError("“\(text)” is not a setting of pio config; " + known)
        }
    }
}

/// Why a setting was not read or written; the file is left as it was.
public struct ConfigEditError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
