import ArgumentParser
import Dispatch
import Foundation
import PortalSandbox

@main
struct PioSandboxCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pio-sandbox",
        abstract: "A stateful stand-in for a HostBill User API, for trying pio and for tests.",
        discussion: """
        Serves the 20 User API operations under http://127.0.0.1:PORT/api. The first
        line on stdout is "listening on http://127.0.0.1:PORT/api"; it then runs
        until SIGINT or SIGTERM. Login: demo@example.com / demo.

        ROUTE (for --fail, --malformed, --hang, --reset-after-commit) is
        "METHOD /path" or "/path" (any method), relative to /api, where "*" matches
        one path segment: "GET /service", "/service/*", "POST /order/*".

        --fail takes ROUTE:STATUS[:RATE]: --fail "GET /service:503:0.5" fails half
        of the matching requests (seeded, so runs repeat). Fault options repeat; the
        first matching rule wins. Requests left unanswered (--hang,
        --reset-after-commit) are logged with status 0.

        Data: --assets DIR, else $PIO_SANDBOX_ASSETS, else the source tree's
        Assets/sandbox, else ./Assets/sandbox.
        """)

    @Option(help: "TCP port on 127.0.0.1; 0 picks a free one.")
    var port: Int = 0

    @Option(help: ArgumentHelp("demo (Assets/sandbox), large (generated, see --services and --invoices), hostile "
                                + "(escape sequences, bidi overrides, wide text, 10 KB labels) or quirks (the demo in EUR, "
                                + "answered as other installs do: /balance without a currency, an order's one item as an "
                                + "object, a German address).", valueName: "demo|large|hostile|quirks"))
    var dataset: String = "demo"

    @Option(help: "Services in the large dataset.")
    var services: Int = 500

    @Option(help: "Invoices in the large dataset.")
    var invoices: Int = 2000

    @Option(name: .customLong("token-ttl"), help: ArgumentHelp("Access token lifetime in seconds.", valueName: "S"))
    var tokenTTL: Int = 3600

    @Option(name: .customLong("account-password"), help: ArgumentHelp("The demo account's password instead of demo.", valueName: "P"))
    var accountPassword: String?

    @Option(help: ArgumentHelp("Enabled authentication: jwt (POST /login), basic, or both.", valueName: "jwt|basic|both"))
    var auth: String = "both"

    @Option(help: ArgumentHelp("Added delay for every request, in milliseconds.", valueName: "MS"))
    var latency: Int = 0

    @Option(help: ArgumentHelp("Extra random delay of 0…MS milliseconds.", valueName: "MS"))
    var jitter: Int = 0

    @Option(name: .customLong("fail"), help: ArgumentHelp("Answer STATUS on a RATE (0…1, default 1) share of ROUTE.",
                                                          valueName: "ROUTE:STATUS[:RATE]"))
    var fail: [String] = []

    @Option(name: .customLong("malformed"), help: ArgumentHelp("Do the work, answer truncated JSON.", valueName: "ROUTE"))
    var malformed: [String] = []

    @Option(name: .customLong("hang"), help: ArgumentHelp("Never answer.", valueName: "ROUTE"))
    var hang: [String] = []

    @Option(name: .customLong("reset-after-commit"),
            help: ArgumentHelp("Do the work (state changes), then drop the connection.", valueName: "ROUTE"))
    var resetAfterCommit: [String] = []

    @Option(help: ArgumentHelp("Each fault rule lets its first N matching requests through (a good first load, then a failing refresh).",
                               valueName: "N"))
    var spare: Int = 0

    @Option(name: .customLong("rate-limit"), help: ArgumentHelp("Requests per second before 429 with Retry-After.", valueName: "N"))
    var rateLimit: Int?

    @Option(name: .customLong("request-log"), help: ArgumentHelp("Append one JSON line per request (secrets masked).", valueName: "FILE"))
    var requestLog: String?

    @Option(help: ArgumentHelp("Directory with account.json, services.json, invoices.json, catalogue.json.", valueName: "DIR"))
    var assets: String?

    func options() throws -> SandboxOptions {
        let chosen: SandboxDataset
        switch dataset {
        case "demo": chosen = .demo
        case "large": chosen = .large(services: services, invoices: invoices)
        case "hostile": chosen = .hostile
        case "quirks": chosen = .quirks
        default: throw ValidationError("--dataset must be demo, large, hostile or quirks")
        }
        guard let authMode = SandboxAuth(rawValue: auth) else { throw ValidationError("--auth must be jwt, basic or both") }
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
        guard tokenTTL > 0 else { throw ValidationError("--token-ttl must be positive") }
        guard latency >= 0, jitter >= 0 else { throw ValidationError("--latency and --jitter must not be negative") }
        guard spare >= 0 else { throw ValidationError("--spare must not be negative") }
        if let rateLimit, rateLimit < 1 { throw ValidationError("--rate-limit must be at least 1") }

        var faults: [SandboxFault] = []
        for text in fail {
            guard let fault = SandboxFault.parseFail(text) else {
                throw ValidationError("--fail \"\(text)\": expected ROUTE:STATUS[:RATE], e.g. \"GET /service:503:0.5\"")
            }
            faults.append(fault)
        }
        for (texts, make) in [(malformed, SandboxFault.malformed), (hang, SandboxFault.hang),
                              (resetAfterCommit, SandboxFault.resetAfterCommit)] {
            for text in texts {
                guard SandboxFault.isValidRoute(text) else {
                    throw ValidationError("route \"\(text)\": expected \"METHOD /path\" or \"/path\"")
                }
                faults.append(make(text))
            }
        }
        return SandboxOptions(port: port, dataset: chosen, tokenTTL: tokenTTL, auth: authMode, latencyMs: latency,
                              jitterMs: jitter, faults: faults, spare: spare, rateLimit: rateLimit, requestLogPath: requestLog,
                              assetsDirectory: assets, accountPassword: accountPassword)
    }

    func run() async throws {
        let options = try options()
        let stopSignal = SignalWaiter(signals: [SIGINT, SIGTERM])
        let sandbox: RunningSandbox
        do {
            sandbox = try await SandboxServer.start(options)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardOutput.write(Data("listening on \(sandbox.baseURL)\n".utf8))
        await stopSignal.wait()
        await sandbox.stop()
    }
}

/// Waits for the first of the given signals (their default action is disabled while waiting).
struct SignalWaiter {
    private let stream: AsyncStream<Int32>
    private let sources: [any DispatchSourceSignal]

    init(signals: [Int32]) {
        let (stream, continuation) = AsyncStream<Int32>.makeStream()
        self.stream = stream
        sources = signals.map { sig in
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { continuation.yield(sig) }
            source.resume()
            return source
        }
    }

    func wait() async {
        for await _ in stream { return }
    }
}
