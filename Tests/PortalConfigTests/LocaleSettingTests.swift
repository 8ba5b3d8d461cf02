import Foundation
import PortalAPI
import Testing
@testable import PortalConfig

/// The `locale` setting: --locale > PIO_LOCALE > the file's `locale:` > LC_ALL > LC_MONETARY > LANG > en.
@Suite struct LocaleSettingTests {
    func load(_ flags: [String: String] = [:], env: [String: String] = [:], file text: String? = nil,
              in tmp: TemporaryDirectory) async throws -> Settings {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        if let text { _ = tmp.write(text, to: "config/pio/config.yaml") }
        return try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
    }

    @Test func enWithoutAnySource() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        #expect(try await load(in: tmp).locale == Setting(.en, .defaultValue))
    }

    @Test func theCLibrarysVariablesInTheirOrder() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        #expect(try await load(env: ["LANG": "de_DE.UTF-8"], in: tmp).locale == Setting(.de, .environment("LANG")))
        #expect(try await load(env: ["LANG": "de_DE.UTF-8", "LC_MONETARY": "en_US.UTF-8"], in: tmp).locale
                == Setting(.en, .environment("LC_MONETARY")))
        #expect(try await load(env: ["LANG": "en_US.UTF-8", "LC_ALL": "de_AT.UTF-8"], in: tmp).locale
                == Setting(.de, .environment("LC_ALL")))
        // A language pio has no table for reads as en; it is no error.
        #expect(try await load(env: ["LANG": "fr_FR.UTF-8"], in: tmp).locale == Setting(.en, .environment("LANG")))
    }

    @Test func theSettingWinsOverLANG() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let path = tmp.path + "/config/pio/config.yaml"
        let env = ["LANG": "en_US.UTF-8"]
        #expect(try await load(env: env, file: "locale: de\n", in: tmp).locale == Setting(.de, .configFile(path: path, line: 1)))
        #expect(try await load(env: env.merging(["PIO_LOCALE": "de"]) { $1 }, file: "locale: en\n", in: tmp).locale
                == Setting(.de, .environment("PIO_LOCALE")))
        #expect(try await load(["locale": "en"], env: ["PIO_LOCALE": "de"], in: tmp).locale == Setting(.en, .flag("--locale")))
    }

    @Test func anUnknownExplicitLocaleIsRefusedNamingWhere() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        await #expect(throws: SettingsError(message: "--locale: “fr” must be en, de (or a name such as de_DE.UTF-8)")) {
            try await load(["locale": "fr"], in: tmp)
        }
    }
}
