import Foundation

/// The data one sandbox run starts from.
struct Dataset: Sendable {
    var account: Account
    var services: [Service]
    var invoices: [Invoice]
    var catalogue: Catalogue
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
