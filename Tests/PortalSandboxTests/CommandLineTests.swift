import Foundation
import PortalAPI
import Testing

/// The built `pio-sandbox` binary; it sits next to the test bundle after `swift build --build-tests`.
let pioSandboxBinary: URL? = {
    let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [dir, dir.deletingLastPathComponent(), dir.deletingLastPathComponent().deletingLastPathComponent()] {
        let url = candidate.appendingPathComponent("pio-sandbox")
        if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return nil
}()

@Suite(.enabled(if: pioSandboxBinary != nil, "pio-sandbox binary not built"))
struct CommandLineTests {
    static func launch(_ arguments: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = pioSandboxBinary
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        try process.run()
        return (process, out)
    }

    static func firstLine(_ pipe: Pipe) -> String {
        var bytes: [UInt8] = []
        while !bytes.contains(UInt8(ascii: "\n")) {
            let chunk = pipe.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            bytes += chunk
        }
        return String(decoding: bytes, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
    }

    @Test func printsListeningLineFirstServesAndStopsOnSIGTERM() async throws {
        let (process, out) = try Self.launch(["--port", "0", "--token-ttl", "60"])
        let line = Self.firstLine(out)
        #expect(line.hasPrefix("listening on http://127.0.0.1:"))
        #expect(line.hasSuffix("/api"))
        let base = String(line.dropFirst("listening on ".count))
        let req = HTTPRequest(method: .GET, url: base + "/service",
                              headers: ["authorization": "Basic " + Data("demo@example.com:demo".utf8).base64EncodedString()])
        let response = try await SandboxTestClient.transport.send(req, timeout: .seconds(5), maxBytes: 1 << 20)
        let body = String(decoding: response.body, as: UTF8.self)
        #expect(response.status == 200)
        #expect(body.contains("pio-demo.example"))
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func invalidOptionsExitWithUsageError() throws {
        for args in [["--dataset", "tiny"], ["--fail", "/service"], ["--auth", "oauth"], ["--hang", "service"]] {
            let (process, _) = try Self.launch(args)
            process.waitUntilExit()
            #expect(process.terminationStatus == 64, "\(args)")
        }
    }

    @Test func missingAssetsExitNonZeroWithAMessage() throws {
        let (process, _) = try Self.launch(["--assets", "/nonexistent"])
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }
}
