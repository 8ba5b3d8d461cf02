import Configuration
import Foundation
import Testing
@testable import PortalConfig

/// The config file read through libyaml: what is fine, what is refused and how, and the values
/// handed to swift-configuration.
@Suite struct ConfigFileTests {
    func settings(_ text: String, env: [String: String] = [:], in tmp: TemporaryDirectory) async throws -> Settings {
        _ = tmp.write(text, to: "config/pio/config.yaml")
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        return try await SettingsLoader.load(flags: [:], environment: env, paths: paths)
    }

    func message(_ text: String) -> String {
        do {
            _ = try ConfigFile(path: "config.yaml", text: text)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test(arguments: ["", "# nothing set yet\n\n# theme: mono\n", "---\n"])
    func anEmptyOrCommentsOnlyFileSetsNothing(_ text: String) async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await settings(text, in: tmp)
        let file = try #require(s.file)   // there is a file…
        #expect(file.lines.isEmpty && file.profiles.isEmpty && file.keyOverrides.isEmpty)
        #expect(s.profile == Setting("default", .defaultValue))   // …that sets nothing
        #expect(s.theme == Setting(.color, .defaultValue))
        #expect(s.url == Setting(Settings.defaultURL, .defaultValue))
    }

    @Test func theSyntaxErrorInLibyamlsWords() {
        #expect(message("profiles:\n  work:\n    url: [unclosed\n    user: x\n")
                == "config.yaml:4: not valid YAML: did not find expected ',' or ']' (while parsing a flow sequence)")
        #expect(message("theme: mono\n  profile: work\n")
                == "config.yaml:2: not valid YAML: mapping values are not allowed in this context")
    }

    @Test func aRepeatedKeyIsNamedAtItsSecondLine() {
        #expect(message("profile: work\ntheme: mono\nprofile: home\n") == "config.yaml:3: profile: appears more than once")
        #expect(message("profiles:\n  work:\n    url: a\n    url: b\n") == "config.yaml:4: url: appears more than once")
    }

    @Test func aliasesAreRefused() {
        #expect(message("profiles:\n  work: &w\n    url: https://x.example/api\n  home: *w\n")
                == "config.yaml:4: aliases (*w) are not supported; write the value out")
    }

    @Test func moreThanOneDocument() {
        #expect(message("theme: mono\n---\ntheme: color\n")
                == "config.yaml:2: not valid YAML: expected a single document in the stream, but found another document")
    }

    @Test(arguments: [("- a\n- b\n", 1), ("just words\n", 1), ("# comment\n\"quoted\"\n", 2)])
    func aTopLevelThatIsNotAMapping(_ text: String, _ line: Int) {
        #expect(message(text).hasPrefix("config.yaml:\(line): the file must be a mapping of settings"))
    }

    @Test func aFileThatIsNotUTF8() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let path = tmp.write("", to: "config.yaml")
        _ = FileManager.default.createFile(atPath: path, contents: Data("theme: mono # caf".utf8 + [0xE9, 0x0A]))   // Latin-1 é
        #expect { try ConfigFile.load(path) } throws: { "\($0)" == path + ": is not UTF-8 text" }
    }

    @Test func aMissingFileIsNoFile() throws {
        #expect(try ConfigFile.load("/nonexistent/pio/config.yaml") == nil)
    }

    @Test func nullIsNoValueButAQuotedTildeIsText() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await settings("theme: ~\nprofiles:\n  default:\n    user: \"~\"\n    url: null\n    timeout:\n", in: tmp)
        #expect(s.theme == Setting(.color, .defaultValue))
        #expect(s.user == Setting("~", .configFile(path: tmp.path + "/config/pio/config.yaml", line: 4)))
        #expect(s.url == Setting(Settings.defaultURL, .defaultValue))
        #expect(s.timeout == Setting(30, .defaultValue))
    }

    @Test func aProfileWithNothingInIt() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await settings("profile: work\nprofiles:\n  work:\n", in: tmp)
        #expect(s.file?.profiles == ["work"])
        #expect(s.url == Setting(Settings.defaultURL, .defaultValue))
    }

    @Test func quotedAndBlockValuesAreRead() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let s = try await settings("profiles:\n  default:\n    url: 'https://q.example/api'\n    timeout: \"45\"\n", in: tmp)
        #expect(s.url.value == "https://q.example/api")
        #expect(s.timeout.value == 45)
    }

    @Test func keyListsInFlowAndBlockForm() throws {
        let file = try ConfigFile(path: "config.yaml", text: "keys:\n  refresh: [R, F5]\n  quit:\n    - q\n    - 'Q'\n  help: \"?\"\n")
        #expect(file.keyOverrides == [KeyOverrideEntry(action: "refresh", keys: ["R", "F5"], line: 2),
                                      KeyOverrideEntry(action: "quit", keys: ["q", "Q"], line: 3),
                                      KeyOverrideEntry(action: "help", keys: ["?"], line: 6)])
    }

    @Test func theProviderHoldsTheFlattenedFile() throws {
        let file = try ConfigFile(path: "config.yaml", text: """
            profile: work
            theme: ~
            profiles:
              work:
                url: https://work.example/api
                timeout: 12
              home:
            keys:
              refresh: [R, F5]
            """)
        let provider = ConfigFile.provider(for: file)
        func lookup(_ key: String, _ type: ConfigType = .string) throws -> LookupResult {
            try provider.value(forKey: AbsoluteConfigKey(key.split(separator: ".").map(String.init)), type: type)
        }
        #expect(try lookup("profile").value == ConfigValue(.string("work"), isSecret: false))
        #expect(try lookup("profiles.work.url").value == ConfigValue(.string("https://work.example/api"), isSecret: false))
        #expect(try lookup("profiles.work.url").encodedKey == "profiles.work.url")   // what `SourceRecorder` looks up lines by
        #expect(try lookup("profiles.work.timeout").value == ConfigValue(.string("12"), isSecret: false))
        #expect(try lookup("keys.refresh", .stringArray).value == ConfigValue(.stringArray(["R", "F5"]), isSecret: false))
        #expect(try lookup("theme").value == nil)            // null: no value
        #expect(try lookup("profiles.home").value == nil)
        #expect(try lookup("profiles.work").value == nil)    // a mapping is not a value
        for word in ["flags", "defaults", "Environment"] { #expect(!provider.providerName.contains(word)) }
        #expect(try ConfigFile.provider(for: nil).value(forKey: AbsoluteConfigKey(["profile"]), type: .string).value == nil)
    }
}
