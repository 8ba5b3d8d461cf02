import ArgumentParser
import FoundationEssentials
import PortalAPI
import PortalConfig

/// Where to connect and as whom; shared by the UI and every command. Each flag overrides its
/// `PIO_*` variable, which overrides the profile's entry in the config file, which overrides the
/// default. The password never comes from argv: only from a stored session, PIO_PASSWORD, a
/// prompt on the terminal, or `pio login --password-stdin`.
struct ConnectionOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Profile: its own URL, account and stored session (env: PIO_PROFILE; default \(ProfileName.default)).",
                                            valueName: "NAME"), completion: .custom(Completions.profiles))
    var profile: String?

    @Option(name: .long, help: ArgumentHelp("Base URL of the User API (env: PIO_URL; default \(Settings.defaultURL)).", valueName: "URL"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("Account email (env: PIO_USER).", valueName: "EMAIL"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("Authentication: jwt, basic or auto (env: PIO_AUTH; default auto).", valueName: "MODE"))
    var auth: String?

    @Option(name: .long, help: ArgumentHelp("Seconds allowed for each request (env: PIO_TIMEOUT; default \(Settings.defaultTimeout)).",
                                            valueName: "SECONDS"))
    var timeout: String?

    @Option(name: .customLong("ca-file"),
            help: ArgumentHelp("PEM file of CA certificates trusted besides the system's, e.g. a TLS-inspecting proxy's "
                               + "(env: PIO_CA_FILE; SSL_CERT_FILE and SSL_CERT_DIR replace the system's store).", valueName: "FILE"))
    var caFile: String?

    @Option(name: .long, help: ArgumentHelp("How amounts are written and typed: \(MoneyLocale.names) (env: PIO_LOCALE; "
                                            + "default from LC_ALL, LC_MONETARY or LANG, else en). JSON never changes.", valueName: "LOCALE"))
    var locale: String?

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// The flags given, by setting name.
    var flagValues: [String: String] {
        var values: [String: String] = [:]
        values["profile"] = profile
        values["url"] = url
        values["user"] = user
        values["auth"] = auth
        values["timeout"] = timeout
        values["locale"] = locale
        values["ca_file"] = caFile
        return values
    }

    /// The effective settings; a broken config file or a bad value is a usage failure (exit 2)
    /// naming the file and line, or the flag or variable.
    func settings(extraFlags: [String: String] = [:]) async throws(CommandFailure) -> Settings {
        guard let paths = PioPaths(environment: environment) else {
            throw CommandFailure(code: ExitStatus.usage, message: "HOME is not set; pio cannot find its config and state directories")
        }
        do {
            try TrustedFolders.check(paths)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: error.description)
        }
        do {
            return try await SettingsLoader.load(flags: flagValues.merging(extraFlags) { $1 }, environment: environment, paths: paths)
        } catch let error as ConfigFileError {
            throw CommandFailure(code: ExitStatus.usage, message: error.description)
        } catch let error as SettingsError {
            throw CommandFailure(code: ExitStatus.usage, message: error.message)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: "cannot read the settings: \(error)")
        }
    }
}
