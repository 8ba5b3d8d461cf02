import Foundation
import Testing
@testable import PortalConfig

/// `pio config set`'s text edits: one value changes, every other byte (comments, order, spacing)
/// stays; what cannot be edited in place is refused with the reason; the file is replaced
/// atomically with its mode.
@Suite struct ConfigEditorTests {
    let file = """
        # pio settings
        profile: work   # the one I use

        profiles:
          # my employer
          work:
            url:   https://work.example/api   # moved in 2026
            user: "me@work.example"
          home:
            url: https://home.example/api
        theme: mono
        """ + "\n"

    func set(_ key: String, _ value: String, in text: String, profile: String = "work") throws -> String {
        try ConfigEditor.setting(ConfigKey(key, profile: profile), to: value, in: text)
    }

    @Test func aValueIsReplacedOnItsLineKeepingSpacingAndComment() throws {
        let out = try set("url", "https://new.example/api", in: file)
        #expect(out == file.replacingOccurrences(of: "https://work.example/api", with: "https://new.example/api"))
    }

    @Test func aQuotedValueIsReplacedWholly() throws {
        let out = try set("profiles.work.user", "you@work.example", in: file)
        #expect(out == file.replacingOccurrences(of: "\"me@work.example\"", with: "you@work.example"))
    }

    @Test func aMissingKeyIsAddedAfterItsSiblingsWithTheirIndentation() throws {
        let out = try set("timeout", "60", in: file)
        #expect(out == file.replacingOccurrences(of: "    user: \"me@work.example\"\n",
                                                 with: "    user: \"me@work.example\"\n    timeout: 60\n"))
        let top = try set("locale", "de", in: file)
        #expect(top == file + "locale: de\n")
    }

    @Test func aMissingProfileIsAddedUnderProfiles() throws {
        let out = try set("profiles.lab.url", "http://127.0.0.1:8080/api", in: file)
        #expect(out == file.replacingOccurrences(of: "    url: https://home.example/api\n",
                                                 with: "    url: https://home.example/api\n  lab:\n    url: http://127.0.0.1:8080/api\n"))
    }

    @Test func anEmptyOrMissingFileGetsTheNestedKeys() throws {
        #expect(try set("url", "https://a.example/api", in: "") == "profiles:\n  work:\n    url: https://a.example/api\n")
        #expect(try set("theme", "mono", in: "# only comments\n") == "# only comments\ntheme: mono\n")
        #expect(try set("url", "https://a.example/api", in: "profiles:\n  work:   # empty\nkeys:\n  quit: Q\n")
                == "profiles:\n  work: # empty\n    url: https://a.example/api\nkeys:\n  quit: Q\n")
        #expect(try set("user", "a@b.example", in: "profiles: ~\n") == "profiles:\n  work:\n    user: a@b.example\n")
    }

    @Test func theFilesIndentationIsKept() throws {
        let fours = "profiles:\n    work:\n        url: https://a.example/api\n"
        #expect(try set("profiles.home.user", "x@y.example", in: fours)
                == fours + "    home:\n        user: x@y.example\n")
    }

    @Test(arguments: [("null", "\"null\""), ("", "\"\""), ("a: b", "\"a: b\""), ("# x", "\"# x\""), ("say \"hi\"", "\"say \\\"hi\\\"\""),
                      ("-x", "\"-x\""), ("C:\\ca.pem", "\"C:\\\\ca.pem\""), ("~/ca.pem", "\"~/ca.pem\""), ("Müller", "Müller")])
    func valuesYAMLWouldReadOtherwiseAreQuoted(_ value: String, _ written: String) throws {
        let out = try set("user", value, in: "profiles:\n  work:\n    user: old\n")
        #expect(out == "profiles:\n  work:\n    user: \(written)\n")
        #expect(try ConfigEditor.value(ConfigKey("user", profile: "work"), in: out) == value)
    }

    @Test func whatCannotBeEditedInPlaceIsRefusedWithTheReason() {
        func refusal(_ key: String, _ text: String) -> String {
            do { _ = try set(key, "x", in: text); return "changed" } catch { return "\(error)" }
        }
        #expect(refusal("url", "profiles: {work: {url: a}}\n").contains("flow style"))
        #expect(refusal("url", "profiles:\n  work: {url: a}\n").contains("flow style"))
        #expect(refusal("url", "profiles:\n  work:\n    url: |\n      a\n").contains("spans lines"))
        #expect(refusal("url", "profiles:\n  work:\n    url:\n      a\n").contains("not on its key's line"))
        #expect(refusal("url", "profiles:\n  work: [a]\n").contains("not a table"))
        #expect(refusal("url", "profiles: [\n").contains("not valid YAML"))
        #expect(refusal("url", "just text\n").contains("one setting per line"))
        #expect(refusal("url", "~\n").contains("one setting per line"))
        #expect(refusal("url", "profiles:\n  work:\n    url: a\n").contains("changed"))
    }

    @Test func passwordsKeysAndUnknownNamesAreRefused() {
        func refusal(_ key: String) -> String {
            do { _ = try ConfigKey(key, profile: "work"); return "accepted" } catch { return "\(error)" }
        }
        #expect(refusal("password").contains("never kept in the config file"))
        #expect(refusal("profiles.work.password").contains("never kept in the config file"))
        #expect(refusal("keys.quit").contains("keys: table"))
        #expect(refusal("colour") == "“colour” is not a setting of pio config; settings: profile, theme, locale, clipboard, mouse, url, user, "
                + "auth, timeout, ca_file, or profiles.NAME.SETTING")
        #expect(refusal("profiles.a b.url").contains("profile names"))
        #expect(refusal("profiles.home.timeout") == "accepted")
    }

    @Test func aValueOverSeveralLinesIsRefused() {
        #expect(throws: ConfigEditError("the value must be one line without control characters")) {
            try set("user", "a\nb", in: "")
        }
    }

    @Test func theFileIsReplacedKeepingItsModeAndALinkStays() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let real = tmp.write("theme: color\n", to: "dotfiles/config.yaml")
        chmod(real, 0o644)
        let link = tmp.path + "/config.yaml"
        symlink(real, link)
        try ConfigFileWriter.write("theme: mono\n", to: link)
        #expect(try ConfigFileWriter.read(link) == "theme: mono\n")
        #expect(PrivateFiles.mode(of: real) == 0o644)
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == real)   // still a link
        let fresh = tmp.path + "/new/config.yaml"
        try ConfigFileWriter.write("theme: mono\n", to: fresh)
        #expect(PrivateFiles.mode(of: fresh) == 0o600)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: tmp.path + "/dotfiles")
        #expect(leftovers == ["config.yaml"])
    }
}
