import ArgumentParser
import PortalAPI

/// Options every script command shares besides the connection.
struct ScriptOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table (field names are stable; see README).")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Authentication: jwt, basic or auto (env: PIO_AUTH).", valueName: "MODE"))
    var auth: String?

    @Option(name: .long, help: ArgumentHelp("Seconds allowed for each request.", valueName: "SECONDS"))
    var timeout: Int = 30
}
