import Foundation
import PortalAPI
import Testing
@testable import PortalConfig

/// flags > environment > config file > defaults, and where each value came from.
@Suite struct SettingsPrecedenceTests {
    static let file = """
        # pio settings
        profile: work
        theme: mono
        profiles:
          default:
            user: home@example.com
          work:
            url: https://work.example/api
            user: file@example.com
            auth: jwt
            timeout: 12
        keys:
          refresh: R
        """

    func load(_ flags: [String: String] = [:], env: [String: String] = [:], file text: String? = Self.file,
              in tmp: TemporaryDirectory) async throws -> Settings {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        if let text { _ = tmp.write(text, to: "config/pio/config.yaml") }
        return try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
    }

    @Test func defaultsWithoutAFile() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await load(file: nil, in: tmp)
        #expect(s.profile == Setting("default", .defaultValue))
        #expect(s.url == Setting(Settings.defaultURL, .defaultValue))
        #expect(s.user == nil)
        #expect(s.auth == Setting(.auto, .defaultValue))
        #expect(s.timeout == Setting(30, .defaultValue))
        #expect(s.theme == Setting(.color, .defaultValue))
        #expect(s.file == nil)
    }

    @Test func theFileOverridesDefaultsWithItsLines() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await load(in: tmp)
        let path = tmp.path + "/config/pio/config.yaml"
        #expect(s.profile == Setting("work", .configFile(path: path, line: 2)))
        #expect(s.theme == Setting(.mono, .configFile(path: path, line: 3)))
        #expect(s.url == Setting("https://work.example/api", .configFile(path: path, line: 8)))
        #expect(s.user == Setting("file@example.com", .configFile(path: path, line: 9)))
        #expect(s.auth == Setting(.jwt, .configFile(path: path, line: 10)))
        #expect(s.timeout == Setting(12, .configFile(path: path, line: 11)))
        #expect(s.keyOverrides == [KeyOverrideEntry(action: "refresh", keys: ["R"], line: 13)])
        #expect(s.file?.profiles == ["default", "work"])
    }

    @Test func theEnvironmentOverridesTheFile() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await load(env: ["PIO_USER": "env@example.com", "PIO_TIMEOUT": "7", "PIO_THEME": "color"], in: tmp)
        #expect(s.user == Setting("env@example.com", .environment("PIO_USER")))
        #expect(s.timeout == Setting(7, .environment("PIO_TIMEOUT")))
        #expect(s.theme == Setting(.color, .environment("PIO_THEME")))
        #expect(s.url.value == "https://work.example/api")   // still from the file
    }

    @Test func flagsOverrideTheEnvironment() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await load(["user": "flag@example.com", "auth": "basic"],
                               env: ["PIO_USER": "env@example.com", "PIO_AUTH": "jwt"], in: tmp)
        #expect(s.user == Setting("flag@example.com", .flag("--user")))
        #expect(s.auth == Setting(.basic, .flag("--auth")))
    }

    @Test func theProfileChoosesItsPartOfTheFile() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let byEnv = try await load(env: ["PIO_PROFILE": "default"], in: tmp)
        #expect(byEnv.profile == Setting("default", .environment("PIO_PROFILE")))
        #expect(byEnv.user?.value == "home@example.com")
        #expect(byEnv.url == Setting(Settings.defaultURL, .defaultValue))
        #expect(byEnv.sessionStore.path == tmp.path + "/state/pio/default/session")
        let byFlag = try await load(["profile": "other"], env: ["PIO_PROFILE": "default"], in: tmp)
        #expect(byFlag.profile == Setting("other", .flag("--profile")))
        #expect(byFlag.user == nil)
    }

    @Test func pathsFollowXDG() {
        let xdg = PioPaths(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "/s", "XDG_CONFIG_HOME": "/c"])
        #expect(xdg == PioPaths(stateDirectory: "/s/pio", configDirectory: "/c/pio"))
        let home = PioPaths(environment: ["HOME": "/home/u", "XDG_STATE_HOME": "relative"])
        #expect(home == PioPaths(stateDirectory: "/home/u/.local/state/pio", configDirectory: "/home/u/.config/pio"))
        #expect(home?.sessionFile("work") == "/home/u/.local/state/pio/work/session")
        #expect(PioPaths(environment: [:]) == nil)
    }
}
