import Foundation
import PortalAPI
import Testing
@testable import PortalConfig

/// The on/off settings, `clipboard` and `mouse`: on by default; `NAME: false` in the file,
/// PIO_NAME=0 or --no-NAME (the flag loads as NAME=false) turn it off, in the usual order, and
/// neither follows the other.
@Suite struct OnOffSettingTests {
    struct Case: Sendable, CustomStringConvertible {
        let key: String, env: String, flag: String
        let read: @Sendable (Settings) -> Setting<Bool>
        let other: @Sendable (Settings) -> Setting<Bool>
        var description: String { key }
    }

    static let cases = [
        Case(key: "clipboard", env: "PIO_CLIPBOARD", flag: "--no-clipboard", read: { $0.clipboard }, other: { $0.mouse }),
        Case(key: "mouse", env: "PIO_MOUSE", flag: "--no-mouse", read: { $0.mouse }, other: { $0.clipboard }),
    ]

    func load(_ flags: [String: String] = [:], env: [String: String] = [:], file text: String?,
              in tmp: TemporaryDirectory) async throws -> Settings {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        if let text { _ = tmp.write(text, to: "config/pio/config.yaml") }
        return try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
    }

    @Test(arguments: cases)
    func onByDefaultAndEachSourceTurnsItOffInOrder(_ c: Case) async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        #expect(c.read(try await load(file: nil, in: tmp)) == Setting(true, .defaultValue))
        let path = tmp.path + "/config/pio/config.yaml"
        let file = "# mine\n\(c.key): off\n"
        let fromFile = try await load(file: file, in: tmp)
        #expect(c.read(fromFile) == Setting(false, .configFile(path: path, line: 2)))
        #expect(c.other(fromFile) == Setting(true, .defaultValue))
        #expect(c.read(try await load(env: [c.env: "1"], file: file, in: tmp)) == Setting(true, .environment(c.env)))
        #expect(c.read(try await load(env: [c.env: "0"], file: nil, in: tmp)) == Setting(false, .environment(c.env)))
        #expect(c.read(try await load([c.key: "false"], env: [c.env: "1"], file: nil, in: tmp)) == Setting(false, .flag(c.flag)))
    }

    @Test(arguments: cases)
    func aValueThatIsNotABooleanIsRefusedWhereItIsWritten(_ c: Case) async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        await #expect { try await load(file: "\(c.key): sometimes\n", in: tmp) } throws: { error in
            "\(error)".contains(c.key) && "\(error)".contains("true or false") && "\(error)".contains(":1")
        }
        await #expect { try await load(env: [c.env: "nah"], file: nil, in: tmp) } throws: { error in
            "\(error)".contains(c.env)
        }
        await #expect { try await load(file: "\(c.key):\n  - a\n", in: tmp) } throws: { error in
            "\(error)".contains("single value")
        }
    }
}
