import Foundation

/// The data one sandbox run starts from.
struct Dataset: Sendable {
    var account: Account
    var services: [Service]
    var invoices: [Invoice]
    var catalogue: Catalogue
    /// How the answers are shaped where installs differ.
    var shapes = ResponseShapes()
}

/// Where HostBill installs answer the same question in different shapes (hostbill-notes.md,
/// "Shapes that vary between installs"); the demo answers the common way.
struct ResponseShapes: Sendable {
    /// `/balance` carries the account's currency (false: an empty `currency`, the invoices carry theirs).
    var balanceCurrency = true
    /// `POST /order/{id}` answers `items` as an array (false: its one item as an object).
    var orderItemsAsArray = true
}

/// Reads the hand-written demo account from the asset directory.
enum DemoDataset {
    static func load(from directory: URL) throws -> Dataset {
        Dataset(account: try read(Account.self, "account.json", in: directory),
                services: try read([Service].self, "services.json", in: directory),
                invoices: try read([Invoice].self, "invoices.json", in: directory),
                catalogue: try read(Catalogue.self, "catalogue.json", in: directory))
    }

    private static func read<T: Decodable>(_ type: T.Type, _ name: String, in directory: URL) throws -> T {
        let url = directory.appendingPathComponent(name)
        do {
            let decoder = JSONDecoder()
            decoder.keyDecodingStrategy = .convertFromSnakeCase
            return try decoder.decode(type, from: Data(contentsOf: url))
        } catch {
            throw SandboxError.badAsset(file: url.path, reason: String(describing: error))
        }
    }
}
