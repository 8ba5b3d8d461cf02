import ArgumentParser
import PortalAPI

/// Options every script command shares besides the connection.
struct ScriptOptions: ParsableArguments {
    @Flag(name: .long, help: "Print JSON instead of a table (field names are stable; see README).")
    var json = false
}
