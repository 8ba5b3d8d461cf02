import ArgumentParser

/// The non-interactive commands (`pio balance`, `pio services`, …), listed once for the root command.
let scriptCommands: [ParsableCommand.Type] = [
    BalanceCommand.self, InvoicesCommand.self, InvoiceCommand.self, CreditCommand.self,
    ServicesCommand.self, ServiceCommand.self,
    CategoriesCommand.self, ProductsCommand.self, ProductCommand.self, OrderCommand.self,
]

/// Signing in and out, profiles and settings.
let sessionCommands: [ParsableCommand.Type] = [
    LoginCommand.self, LogoutCommand.self, ProfilesCommand.self, ConfigCommand.self,
]
