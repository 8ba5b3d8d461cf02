import Foundation
import PortalAPI
import Testing
@testable import PortalConfig

/// `clipboard`: on by default; `clipboard: false` in the file, PIO_CLIPBOARD=0 or --no-clipboard
/// (the flag loads as clipboard=false) turn it off, in the usual order.
@Suite struct ClipboardSettingTests {
    func load(_ flags: [String: String] = [:], env: [String: String] = [:], file text: String?,
              in tmp: TemporaryDirectory) async throws -> Settings {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        if let text { _ = tmp.write(text, to: "config/pio/config.yaml") }
        return try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
    }

    @Test func onByDefaultAndEachSourceTurnsItOffInOrder() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        #expect(try await load(file: nil, in: tmp).clipboard == Setting(true, .defaultValue))
        let path = tmp.path + "/config/pio/config.yaml"
        let file = "# mine\nclipboard: false\n"
        #expect(try await load(file: file, in: tmp).clipboard == Setting(false, .configFile(path: path, line: 2)))
        #expect(try await load(env: ["PIO_CLIPBOARD": "1"], file: file, in: tmp).clipboard == Setting(true, .environment("PIO_CLIPBOARD")))
        #expect(try await load(env: ["PIO_CLIPBOARD": "0"], file: nil, in: tmp).clipboard == Setting(false, .environment("PIO_CLIPBOARD")))
        #expect(try await load(["clipboard": "false"], env: ["PIO_CLIPBOARD": "1"], file: nil, in: tmp).clipboard
                == Setting(false, .flag("--no-clipboard")))
    }

    @Test func aValueThatIsNotABooleanIsRefusedWhereItIsWritten() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        await #expect { try await load(file: "clipboard: maybe\n", in: tmp) } throws: { error in
            "\(error)".contains("clipboard") && "\(error)".contains("true or false") && "\(error)".contains(":1")
        }
        await #expect { try await load(env: ["PIO_CLIPBOARD": "nah"], file: nil, in: tmp) } throws: { error in
            "\(error)".contains("PIO_CLIPBOARD")
        }
    }
}
