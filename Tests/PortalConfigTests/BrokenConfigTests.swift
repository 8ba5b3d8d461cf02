import Foundation
import Testing
@testable import PortalConfig

/// Every mistake in the config file is reported with the file, the line and the key.
@Suite struct BrokenConfigTests {
    func failure(_ text: String, env: [String: String] = [:], flags: [String: String] = [:]) async -> (String, String) {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let path = tmp.write(text, to: "config/pio/config.yaml")
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        do {
            _ = try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
            return ("no error", path)
        } catch {
            return ("\(error)", path)
        }
    }

    @Test func syntaxErrorNamesFileAndLine() async {
        let (message, path) = await failure("profiles:\n  work:\n    url: [unclosed\n    user: x\n")
        #expect(message.hasPrefix(path + ":"))
        #expect(message.contains("not valid YAML"))
        #expect(message.range(of: #":[45]: "#, options: .regularExpression) != nil)
    }

    @Test func unknownSettingNamesLineAndKey() async {
        let (message, path) = await failure("theme: mono\nprofiles:\n  work:\n    url: https://x.example/api\n    usr: me\n")
        #expect(message.hasPrefix(path + ":5: profiles.work.usr: unknown setting"))
    }

    @Test func badValueInTheFileNamesLineAndKey() async {
        let (message, path) = await failure("profiles:\n  default:\n    timeout: soon\n")
        #expect(message == path + ":3: profiles.default.timeout: “soon” must be a whole number of seconds between 1 and 3600")
    }

    @Test func badAuthModeNamesLineAndKey() async {
        let (message, path) = await failure("profile: work\nprofiles:\n  work:\n    auth: oauth\n")
        #expect(message == path + ":4: profiles.work.auth: “oauth” must be jwt, basic or auto")
    }

    @Test func aPasswordInTheFileIsRefused() async {
        let (message, path) = await failure("profiles:\n  default:\n    password: hunter2\n")
        #expect(message.hasPrefix(path + ":3: profiles.default.password: passwords are never read"))
        #expect(!message.contains("hunter2"))
    }

    @Test func aListWhereAValueBelongs() async {
        let (message, path) = await failure("theme:\n  - mono\n")
        #expect(message.hasPrefix(path + ":2: theme: must be a single value"))
    }

    @Test func badKeysEntry() async {
        let (message, path) = await failure("keys:\n  refresh: {a: 1}\n")
        #expect(message.hasPrefix(path + ":2: keys.refresh: must be a key or a list of keys"))
    }

    @Test func badEnvironmentValueNamesTheVariable() async {
        let (message, _) = await failure("theme: mono\n", env: ["PIO_TIMEOUT": "0"])
        #expect(message == "PIO_TIMEOUT: “0” must be a whole number of seconds between 1 and 3600")
    }

    @Test func badProfileNameFromAFlag() async {
        let (message, _) = await failure("theme: mono\n", flags: ["profile": "../etc"])
        #expect(message.hasPrefix("--profile: “../etc”: profile names use letters"))
    }

    @Test func notAMapping() async {
        let (message, path) = await failure("- just\n- a list\n")
        #expect(message.hasPrefix(path + ":1: the file must be a mapping"))
    }
}
