import Foundation
import Testing
@testable import PortalConfig

/// `ca_file`: the profile's key, PIO_CA_FILE, --ca-file, in that order of strength, each named as
/// its origin for a complaint about the file.
@Suite struct CAFileSettingTests {
    static let file = """
        profile: work
        profiles:
          default:
            user: home@example.com
          work:
            url: https://work.example/api
            ca_file: ~/certs/proxy-ca.pem
        """

    func load(_ flags: [String: String] = [:], env: [String: String] = [:], file text: String? = Self.file,
              in tmp: TemporaryDirectory) async throws -> Settings {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        if let text { _ = tmp.write(text, to: "config/pio/config.yaml") }
        return try await SettingsLoader.load(flags: flags, environment: env, paths: paths)
    }

    @Test func notSetByDefault() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await load(file: nil, in: tmp)
        #expect(s.caFile == nil)
        #expect(s.caFileOrigin == "profiles.default.ca_file")
    }

    @Test func theProfileKeyWithItsLineAndHomeExpanded() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let path = tmp.path + "/config/pio/config.yaml"
        let s = try await load(env: ["HOME": "/home/u"], in: tmp)
        #expect(s.caFile == Setting("/home/u/certs/proxy-ca.pem", .configFile(path: path, line: 7)))
        #expect(s.caFileOrigin == path + ":7: profiles.work.ca_file")
        // Another profile does not inherit it.
        let other = try await load(["profile": "default"], in: tmp)
        #expect(other.caFile == nil)
    }

    @Test func theEnvironmentOverridesTheFileAndTheFlagBoth() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let byEnv = try await load(env: ["PIO_CA_FILE": "/etc/proxy.pem"], in: tmp)
        #expect(byEnv.caFile == Setting("/etc/proxy.pem", .environment("PIO_CA_FILE")))
        #expect(byEnv.caFileOrigin == "PIO_CA_FILE")
        let byFlag = try await load(["ca_file": "./corp.pem"], env: ["PIO_CA_FILE": "/etc/proxy.pem"], in: tmp)
        #expect(byFlag.caFile == Setting("./corp.pem", .flag("--ca-file")))
        #expect(byFlag.caFileOrigin == "--ca-file")
    }

    @Test func anEmptyValueIsRefusedWhereItWasSet() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        await #expect(throws: SettingsError(message: "PIO_CA_FILE: must not be empty")) {
            _ = try await load(env: ["PIO_CA_FILE": ""], in: tmp)
        }
        let path = tmp.path + "/config/pio/config.yaml"
        await #expect(throws: ConfigFileError(path: path, line: 4, key: "profiles.work.ca_file", problem: "must not be empty")) {
            _ = try await load(file: "profile: work\nprofiles:\n  work:\n    ca_file: \" \"\n", in: tmp)
        }
    }

    @Test func theFileListsItAmongTheProfileKeys() throws {
        #expect(throws: ConfigFileError(path: "c.yaml", line: 3, key: "profiles.work.cafile",
                                        problem: "unknown setting; a profile has url, user, auth, timeout, ca_file")) {
            _ = try ConfigFile(path: "c.yaml", text: "profiles:\n  work:\n    cafile: x.pem\n")
        }
    }
}
