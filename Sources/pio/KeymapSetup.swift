import PortalConfig
import PortalUI

/// The keymap with the config file's `keys:` overrides applied; a bad entry is a usage failure
/// pointing at its line.
enum KeymapSetup {
    static func keymap(_ settings: Settings) throws(CommandFailure) -> Keymap {
        let overrides = settings.keyOverrides.map { KeyOverride(action: $0.action, keys: $0.keys) }
        do {
            return try Keymap.default.applying(overrides)
        } catch {
            let line = settings.keyOverrides.first { $0.action == error.action }?.line
            let located = ConfigFileError(path: settings.paths.configFile, line: line, key: "keys." + error.action, problem: error.problem)
            throw CommandFailure(code: ExitStatus.usage, message: located.description)
        }
    }
}
