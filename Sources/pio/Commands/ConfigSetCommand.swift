import ArgumentParser
import FoundationEssentials
import Glibc
import PortalAPI
import PortalConfig

/// `pio config set KEY VALUE`: one setting written into the config file, the rest of the file
/// (comments, order, spacing) kept byte for byte. The new file must load as pio loads it, or
/// nothing is written.
struct ConfigSetCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "Change one setting in the config file, keeping its comments and order.",
        discussion: "KEY is profile, theme, locale, clipboard or mouse; or url, user, auth, timeout or ca_file of the current profile "
            + "(--profile, PIO_PROFILE, the file's profile:); or profiles.NAME.SETTING. The value is checked as pio "
            + "checks the file when it loads it; a password is never written (use `pio login`). The file is replaced "
            + "atomically and keeps its mode.")

    @OptionGroup var connection: ConnectionOptions
    @Argument(help: ArgumentHelp("The setting, e.g. url or profiles.work.timeout.", valueName: "KEY")) var key: String
    @Argument(help: ArgumentHelp("Its new value.", valueName: "VALUE")) var value: String

    func run() async throws {
        do {
            try await write()
        } catch {
            error.exit()
        }
    }

    func write() async throws(CommandFailure) {
        let environment = connection.environment
        guard let paths = PioPaths(environment: environment) else {
            throw CommandFailure(code: ExitStatus.usage, message: "HOME is not set; pio cannot find its config directory")
        }
        do { try TrustedFolders.check(paths) } catch { throw CommandFailure(code: ExitStatus.usage, message: error.description) }
        let path = paths.configFile
        do {
            let old = try ConfigFileWriter.read(path) ?? ""
            let profile = try connection.profile ?? environment["PIO_PROFILE"].flatMap { $0.isEmpty ? nil : $0 }
                ?? ConfigEditor.value(ConfigKey("profile", profile: ProfileName.default), in: old) ?? ProfileName.default
            let key = try ConfigKey(self.key, profile: profile)
            let new = try ConfigEditor.setting(key, to: value, in: old)
            guard new != old else {
                print("\(key) is already \(value) in \(path)")
                return
            }
            try await ConfigCheck.loads(new, profile: key.profile, as: path, environment: environment)
            try ConfigFileWriter.write(new, to: path)
            print("\(key) set in \(path)")
        } catch let error as ConfigEditError {
            throw CommandFailure(code: ExitStatus.usage, message: "config set: \(error.message) (\(path) was not changed)")
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: "config set: \(error)")
        }
    }
}

/// The edited text loaded as pio loads a config file (settings, the server URL's rule, the
/// profile's CA file, the keys table), from a private temporary folder; a problem is reported at
/// the real file's path.
enum ConfigCheck {
    static func loads(_ text: String, profile: String?, as path: String, environment: [String: String]) async throws(CommandFailure) {
        var template = Array("/tmp/pio-config-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw CommandFailure(code: ExitStatus.usage, message: "config set: cannot make a temporary folder to check the file")
        }
        let folder = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let paths = PioPaths(stateDirectory: folder + "/state", configDirectory: folder)
        func located(_ message: String) -> CommandFailure {
            CommandFailure(code: ExitStatus.usage,
                           message: "config set: " + message.replacing(paths.configFile, with: path) + " (the file was not changed)")
        }
        do {
            try PrivateFiles.writeAtomically(Data(text.utf8), to: paths.configFile)
            let home = environment["HOME"].map { ["HOME": $0] } ?? [:]
            let settings = try await SettingsLoader.load(flags: profile.map { ["profile": $0] } ?? [:], environment: home, paths: paths)
            if let problem = ServerURL.problem(settings.url.value) {
                let key = "profiles.\(settings.profile.value).url"
                throw settings.file?.error(at: key, problem) ?? ConfigFileError(path: paths.configFile, line: nil, key: key, problem: problem)
            }
            _ = try ClientFactory.trustRoots(settings, environment: [:])
            _ = try KeymapSetup.keymap(settings)
        } catch let failure as CommandFailure {
            throw located(failure.message)
        } catch {
            throw located("\(error)")
        }
    }
}
