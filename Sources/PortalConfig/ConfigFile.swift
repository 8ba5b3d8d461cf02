import FoundationEssentials

/// A mistake in the config file, located: `config.yaml:7: profiles.work.timeout: must be …`.
public struct ConfigFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var key: String?
    public var problem: String

    public init(path: String, line: Int?, key: String?, problem: String) {
        self.path = path
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String {
        var text = path
        if let line { text += ":\(line)" }
        text += ": "
        if let key { text += key + ": " }
        return text + problem
    }
}

/// One `keys:` entry of the config file: an action (optionally `context.action`) and its new keys.
public struct KeyOverrideEntry: Sendable, Equatable {
    public var action: String
    public var keys: [String]
    public var line: Int?

    public init(action: String, keys: [String], line: Int?) {
        self.action = action
        self.keys = keys
        self.line = line
    }
}

/// The config file checked against what pio understands, with the line of every key, so a later
/// complaint about a value can point at it. The values themselves are read through
/// swift-configuration (see `ConfigFile.provider(for:)` and `SettingsLoader`).
public struct ConfigFile: Sendable {
    public static let profileKeys = ["url", "user", "auth", "timeout", "ca_file"]
    public static let topLevelKeys = ["profile", "theme", "locale", "clipboard", "mouse", "profiles", "keys"]

    public let path: String
    /// Dotted key path ("profiles.work.url") → 1-based line.
    public let lines: [String: Int]
    /// Profile names in file order.
    public let profiles: [String]
    public let keyOverrides: [KeyOverrideEntry]
    /// The parsed file, which `ConfigFile.provider(for:)` hands to swift-configuration.
    let root: YAMLNode?

    /// Nil when the file does not exist; throws `ConfigFileError` for anything pio cannot use.
    public static func load(_ path: String) throws -> ConfigFile? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigFileError(path: path, line: nil, key: nil, problem: "cannot be read")
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ConfigFileError(path: path, line: nil, key: nil, problem: "is not UTF-8 text")
        }
        return try ConfigFile(path: path, text: text)
    }

    public init(path: String, text: String) throws {
        self.path = path
        let root: YAMLNode?
        do {
            root = try YAMLDocument.parse(text)
        } catch {
            throw Self.syntaxError(error, path: path)
        }
        self.root = root
        var lines: [String: Int] = [:]
        var profiles: [String] = []
        var overrides: [KeyOverrideEntry] = []
        guard let root, !root.isNull else {   // an empty file (or only comments, or a bare `---`) is fine
            self.lines = [:]; self.profiles = []; self.keyOverrides = []
            return
        }
        guard let top = root.mapping else {
            throw ConfigFileError(path: path, line: root.line, key: nil,
                                  problem: "the file must be a mapping of settings (see `man pio` or the README)")
        }
        func fail(_ node: YAMLNode, _ key: String?, _ problem: String) -> ConfigFileError {
            ConfigFileError(path: path, line: node.line, key: key, problem: problem)
        }
        for (keyNode, value) in top {
            guard let key = keyNode.scalar else { throw fail(keyNode, nil, "keys must be words") }
            lines[key] = keyNode.line
            switch key {
            case "profile", "theme", "locale", "clipboard", "mouse":
                guard value.scalar != nil else { throw fail(value, key, "must be a single value") }
            case "profiles":
                guard let mapping = value.mapping else { throw fail(value, key, "must map profile names to their settings") }
                for (nameNode, settings) in mapping {
                    guard let name = nameNode.scalar else { throw fail(nameNode, key, "profile names must be words") }
                    let prefix = "profiles." + name
                    if let problem = ProfileName.validate(name) { throw fail(nameNode, prefix, problem) }
                    lines[prefix] = nameNode.line
                    profiles.append(name)
                    if settings.isNull { continue }
                    guard let fields = settings.mapping else {
                        throw fail(settings, prefix, "must hold \(Self.profileKeys.joined(separator: ", "))")
                    }
                    for (fieldNode, fieldValue) in fields {
                        let field = fieldNode.scalar ?? ""
                        let dotted = prefix + "." + field
                        if field == "password" {
                            throw fail(fieldNode, dotted, "passwords are never read from the config file; "
                                       + "use `pio login` (the session is stored instead) or PIO_PASSWORD")
                        }
                        guard Self.profileKeys.contains(field) else {
                            throw fail(fieldNode, dotted, "unknown setting; a profile has \(Self.profileKeys.joined(separator: ", "))")
                        }
                        guard fieldValue.scalar != nil else { throw fail(fieldValue, dotted, "must be a single value") }
                        lines[dotted] = fieldNode.line
                    }
                }
            case "keys":
                guard let mapping = value.mapping else { throw fail(value, key, "must map action names to keys") }
                for (actionNode, keysNode) in mapping {
                    let action = actionNode.scalar ?? ""
                    let dotted = "keys." + action
                    lines[dotted] = actionNode.line
                    let keys: [String]
                    if let scalar = keysNode.scalar {
                        keys = [scalar]
                    } else if let sequence = keysNode.sequence, sequence.allSatisfy({ $0.scalar != nil }), !sequence.isEmpty {
                        keys = sequence.compactMap(\.scalar)
                    } else {
                        throw fail(keysNode, dotted, "must be a key or a list of keys, e.g. R or [R, F5]")
                    }
                    overrides.append(KeyOverrideEntry(action: action, keys: keys, line: actionNode.line))
                }
            default:
                throw fail(keyNode, key, "unknown setting; the file has \(Self.topLevelKeys.joined(separator: ", "))")
            }
        }
        self.lines = lines
        self.profiles = profiles
        self.keyOverrides = overrides
    }

    /// An error about the value at `key`, pointing at its line.
    public func error(at key: String, _ problem: String) -> ConfigFileError {
        ConfigFileError(path: path, line: lines[key], key: key, problem: problem)
    }

    static func syntaxError(_ error: YAMLError, path: String) -> ConfigFileError {
        switch error {
        case .syntax(let line, let detail):
            return ConfigFileError(path: path, line: line, key: nil, problem: "not valid YAML: " + detail)
        case .duplicateKey(let key, let line):
            return ConfigFileError(path: path, line: line, key: key, problem: "appears more than once")
        case .alias(let name, let line):
            return ConfigFileError(path: path, line: line, key: nil,
                                   problem: "aliases (*\(name)) are not supported; write the value out")
        }
    }
}
