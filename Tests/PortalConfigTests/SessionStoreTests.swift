import Foundation
import Glibc
import PortalAPI
import Testing
@testable import PortalConfig

/// The session file: created private, refused when others can read it, replaced atomically.
@Suite(.serialized) struct SessionStoreTests {
    static func session(_ access: String) -> StoredSession {
        StoredSession(url: "https://portal.example/api", user: "me@example.com",
                      tokens: SessionTokens(access: access, refresh: "refresh-" + access,
                                            expiry: Date(timeIntervalSince1970: 2_000_000_000),
                                            received: Date(timeIntervalSince1970: 1_900_000_000)))
    }

    @Test func createdPrivateUnderAPermissiveUmask() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        let store = SessionStore(paths: paths, profile: "work")
        let old = umask(0)
        defer { umask(old) }
        try store.save(Self.session("a"))
        #expect(PrivateFiles.mode(of: tmp.path + "/state") == 0o700)
        #expect(PrivateFiles.mode(of: paths.stateDirectory) == 0o700)
        #expect(PrivateFiles.mode(of: paths.profileDirectory("work")) == 0o700)
        #expect(PrivateFiles.mode(of: store.path) == 0o600)
        #expect(try store.load() == Self.session("a"))
    }

    @Test func keepsNoPassword() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        try store.save(Self.session("tok"))
        let data = try #require(FileManager.default.contents(atPath: store.path))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("password"))
        #expect(text.contains("\"user\":\"me@example.com\""))
    }

    @Test(arguments: [0o640, 0o604, 0o660, 0o666] as [mode_t])
    func refusesAFileOthersCanRead(_ mode: mode_t) throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        try store.save(Self.session("a"))
        chmod(store.path, mode)
        #expect {
            try store.load()
        } throws: { error in
            let text = "\(error)"
            return text.contains(store.path) && text.contains("chmod 600") && text.contains(String(mode, radix: 8))
        }
    }

    @Test func replacesAtomically() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        try store.save(Self.session("first"))
        // A reader that opened the old file keeps reading the old file whole.
        let oldHandle = try #require(FileHandle(forReadingAtPath: store.path))
        var before = stat()
        stat(store.path, &before)
        try store.save(Self.session("second"))
        var after = stat()
        stat(store.path, &after)
        #expect(before.st_ino != after.st_ino)   // a new file renamed into place, not rewritten in place
        let oldText = String(data: oldHandle.readDataToEndOfFile(), encoding: .utf8) ?? ""
        #expect(oldText.contains("\"first\"") && !oldText.contains("second"))
        #expect(try store.load()?.tokens.access == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path + "/p") == ["session"])   // no temporary left behind
    }

    @Test func concurrentReadersNeverSeeAHalfWrittenFile() async throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        try store.save(Self.session(String(repeating: "x", count: 20_000)))
        let writer = Task.detached {
            for i in 0..<150 { try store.save(Self.session(String(repeating: i % 2 == 0 ? "y" : "z", count: 20_000))) }
        }
        var reads = 0
        while reads < 300 {
            let loaded = try #require(try store.load())
            #expect(loaded.tokens.access.count == 20_000)
            reads += 1
        }
        try await writer.value
    }

    @Test func deleteReportsWhetherThereWasOne() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        #expect(try store.delete() == false)
        try store.save(Self.session("a"))
        #expect(try store.delete() == true)
        #expect(try store.load() == nil)
    }

    @Test func refusesAFileThatIsNotASession() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        try PrivateFiles.writeAtomically(Data("garbage".utf8), to: store.path)
        #expect { try store.load() } throws: { "\($0)".contains(store.path) }
    }

    @Test func readsTheFilesEarlierVersionsWrote() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let store = SessionStore(path: tmp.path + "/p/session")
        // As JSONSerialization wrote it: escaped slashes, whole seconds without a fraction.
        let old = #"{"access":"a","expiry":2000000000,"received":1900000000.5,"refresh":"r","#
            + #""url":"https:\/\/portal.example\/api","user":"me@example.com","version":1}"#
        try PrivateFiles.writeAtomically(Data(old.utf8), to: store.path)
        let loaded = try #require(try store.load())
        #expect(loaded.url == "https://portal.example/api")
        #expect(loaded.tokens.refresh == "r")
        #expect(loaded.tokens.expiry == Date(timeIntervalSince1970: 2_000_000_000))
        #expect(loaded.tokens.received == Date(timeIntervalSince1970: 1_900_000_000.5))
        // A mistyped optional field reads as absent, as before.
        try PrivateFiles.writeAtomically(Data(#"{"access":"a","url":"u","user":"me","refresh":7}"#.utf8), to: store.path)
        #expect(try store.load()?.tokens.refresh == nil)
    }
}
