import ArgumentParser
import PortalConfig

/// `pio config get KEY`: the value pio would use, as `pio config` shows it (flags and PIO_*
/// included); nothing for a setting that is not set.
struct ConfigGetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "get",
        abstract: "Print the value pio uses for one setting (the keys of `pio config set`).",
        discussion: "Flags and PIO_* variables count, as in `pio config`; a setting that is not set prints nothing. "
            + "`pio config --json` gives every setting with where it came from.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: ArgumentHelp("The setting, e.g. url or profiles.work.timeout.", valueName: "KEY")) var key: String

    func run() async throws {
        do {
            if let value = try await read() { print(value) }
        } catch {
            error.exit()
        }
    }

    func read() async throws(CommandFailure) -> String? {
        var settings = try await connection.settings()
        let key: ConfigKey
        do { key = try ConfigKey(self.key, profile: settings.profile.value) } catch {
            throw CommandFailure(code: ExitStatus.usage, message: "config get: " + error.message)
        }
        if let profile = key.profile, profile != settings.profile.value {
            settings = try await connection.settings(extraFlags: ["profile": profile])
        }
        switch key.name {
        case "profile": return settings.profile.value
        case "theme": return settings.theme.value.rawValue
        case "locale": return settings.locale.value.rawValue
        case "clipboard": return settings.clipboard.value ? "true" : "false"
        case "mouse": return settings.mouse.value ? "true" : "false"
        case "url": return settings.url.value
        case "user": return settings.user?.value
        case "auth": return settings.auth.value.rawValue
        case "timeout": return String(settings.timeout.value)
        default: return settings.caFile?.value
        }
    }
}
