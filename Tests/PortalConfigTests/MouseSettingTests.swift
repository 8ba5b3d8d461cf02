import Foundation
import PortalAPI
import Testing
@testable import PortalConfig

/// `mouse`: on by default; `mouse: false` in the file, PIO_MOUSE=0 or --no-mouse (the flag loads
/// as mouse=false) turn it off, in the usual order; `clipboard` does not follow it.
@Suite struct MouseSettingTests {
    func load(_ flags: [String: String] = [:], env: [String: String] = [:], file text: String?,
              in tmp: TemporaryDirectory) async throws -> Settings {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        if let text { _ = tmp.write(text, to: "config/pio/config.yaml") }
        return try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
    }

    @Test func onByDefaultAndEachSourceTurnsItOffInOrder() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        #expect(try await load(file: nil, in: tmp).mouse == Setting(true, .defaultValue))
        let path = tmp.path + "/config/pio/config.yaml"
        let file = "# mine\nclipboard: true\nmouse: off\n"
        let fromFile = try await load(file: file, in: tmp)
        #expect(fromFile.mouse == Setting(false, .configFile(path: path, line: 3)))
        #expect(fromFile.clipboard.value)
        #expect(try await load(env: ["PIO_MOUSE": "1"], file: file, in: tmp).mouse == Setting(true, .environment("PIO_MOUSE")))
        #expect(try await load(env: ["PIO_MOUSE": "0"], file: nil, in: tmp).mouse == Setting(false, .environment("PIO_MOUSE")))
        #expect(try await load(["mouse": "false"], env: ["PIO_MOUSE": "1"], file: nil, in: tmp).mouse
                == Setting(false, .flag("--no-mouse")))
    }

    @Test func aValueThatIsNotABooleanIsRefusedWhereItIsWritten() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        await #expect { try await load(file: "mouse: sometimes\n", in: tmp) } throws: { error in
            "\(error)".contains("mouse") && "\(error)".contains("true or false") && "\(error)".contains(":1")
        }
        await #expect { try await load(env: ["PIO_MOUSE": "nah"], file: nil, in: tmp) } throws: { error in
            "\(error)".contains("PIO_MOUSE")
        }
        await #expect { try await load(file: "mouse:\n  - a\n", in: tmp) } throws: { error in
            "\(error)".contains("single value")
        }
    }
}
