import FoundationEssentials
import Glibc
import PortalAPI
import PortalStore

/// The choices `pio order` was given, read before anything is sent: `--set` values (with `@FILE`),
/// `--addon ID[:CYCLE]` and the `--config` body.
struct OrderInput: Sendable {
    struct Setting: Sendable {
        let key: String
        let text: String
        /// True when the value came from a file or stdin (`@FILE`, `@-`), not from argv.
        let fromFile: Bool
    }

    var settings: [Setting] = []
    var addons: [(id: String, cycle: String?)] = []
    var configBody: JSONValue?

    static func usage(_ message: String) -> CommandFailure { CommandFailure(code: ExitStatus.usage, message: message) }

    init(settings raw: [String], addons rawAddons: [String], configPath: String?, productID: String) throws(CommandFailure) {
        for assignment in raw {
            guard let eq = assignment.firstIndex(of: "="), eq != assignment.startIndex else {
                throw Self.usage("--set takes FORM=VALUE, not \"\(assignment)\"")
            }
            let key = String(assignment[..<eq])
            let value = String(assignment[assignment.index(after: eq)...])
            if value.hasPrefix("@") {
                settings.append(Setting(key: key, text: try Self.read(String(value.dropFirst()), for: key), fromFile: true))
            } else {
                settings.append(Setting(key: key, text: value, fromFile: false))
            }
        }
        for a in rawAddons {
            let parts = a.split(separator: ":", maxSplits: 1).map(String.init)
            guard let id = parts.first, !id.isEmpty else { throw Self.usage("--addon takes ID or ID:CYCLE, not \"\(a)\"") }
            addons.append((id, parts.count > 1 ? parts[1] : nil))
        }
        if let configPath { configBody = try Self.body(fromFile: configPath, productID: productID) }
    }

    /// `@FILE`: the file's text without its final line break; `@-`: one line of stdin (asked without echo on a terminal).
    static func read(_ path: String, for key: String) throws(CommandFailure) -> String {
        if path == "-" {
            if isatty(STDIN_FILENO) == 1, let typed = getpass("\(key): ") { return String(cString: typed) }
            guard let line = readLine(strippingNewline: true) else { throw usage("\(key)=@-: nothing on stdin") }
            return line
        }
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw usage("\(key)=@\(path): cannot read \(path)")
        }
        var value = text
        while value.hasSuffix("\n") || value.hasSuffix("\r") { value.removeLast() }
        return value
    }

    /// The order body of a `--config` file: the `body` of what `--dry-run --json` prints, or a bare body.
    static func body(fromFile path: String, productID: String) throws(CommandFailure) -> JSONValue {
        guard let data = FileManager.default.contents(atPath: path) else { throw usage("--config: cannot read \(path)") }
        let json: JSONValue
        do { json = try JSONValue.parse(data) } catch { throw usage("--config: \(path) is not valid JSON") }
        guard case .object(let top) = json else { throw usage("--config: \(path) must hold a JSON object") }
        guard let body = top["body"] else { return json }
        if let other = top["product_id"]?.string, other != productID {
            throw usage("--config: \(path) is an order for product \(other), not \(productID)")
        }
        return body
    }

    /// Applies the config body, then the flags, to `model` through the form model's own checks.
    /// Returns the pay method and promotion code to send (flags win over the file).
    func configure(_ model: inout Configurator, cycle: String?, domain: String?, payMethod: String?,
                   promo: String?) throws(CommandFailure) -> (payMethod: String?, promocode: String?) {
        for s in settings where !s.fromFile {
            if let f = model.field(named: s.key), f.form.kind.isSecret {
                throw Self.usage("\(f.title) is encrypted: give it as --set \(f.id)=@FILE (or @- for stdin), or leave it out "
                    + "to be asked on a terminal; values on the command line are visible to other users")
            }
        }
        var extras: (payMethod: String?, promocode: String?) = (nil, nil)
        do {
            if let configBody { extras = try model.apply(body: configBody) }
            if let cycle { try model.setCycle(cycle) }
            if let domain { try model.set("domain", to: domain) }
            try model.apply(settings.map { ($0.key, $0.text) })
            for a in addons { try model.chooseAddon(a.id, cycle: a.cycle) }
        } catch {
            throw Self.usage(error.message)
        }
        return (payMethod ?? extras.payMethod, promo ?? extras.promocode)
    }

    /// Asks on the terminal, without echo, for each required encrypted field still empty.
    static func askForSecrets(_ model: inout Configurator) throws(CommandFailure) {
        for f in model.fields where !f.hidden && f.form.kind.isSecret && f.form.required && (f.value.text ?? "").isEmpty {
            guard let p = getpass("\(f.title): ") else { continue }
            let secret = String(cString: p)
            do { try model.set(f.id, to: secret) } catch { throw usage(error.message) }
        }
    }

    /// "Place this order? [y/N]" on the terminal; true only for y or yes.
    static func confirm(_ question: String) -> Bool {
        StandardError.write(question + " [y/N] ")
        let answer = readLine()?.trimmingWhitespace().lowercased() ?? ""
        return answer == "y" || answer == "yes"
    }
}
