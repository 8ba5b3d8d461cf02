import ArgumentParser

@main
struct PioCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pio",
        abstract: "A terminal client portal for PIO Hosting's client area.",
        subcommands: [InteractiveCommand.self] + scriptCommands,
        defaultSubcommand: InteractiveCommand.self
    )
}
