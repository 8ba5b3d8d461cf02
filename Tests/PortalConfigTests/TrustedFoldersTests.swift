import Foundation
import Glibc
import PortalAPI
import Testing
@testable import PortalConfig

/// pio's folders are refused when another user owns them or may write to them, and its session
/// and log are never reached through a symbolic link; each refusal names the path and the fix.
@Suite(.serialized) struct TrustedFoldersTests {
    static let session = SessionStoreTests.session("a")

    /// <tmp>/state/pio/work/session with the folders made by a first save.
    static func savedStore(_ tmp: TemporaryDirectory) throws -> (PioPaths, SessionStore) {
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        let store = SessionStore(paths: paths, profile: "work")
        try store.save(session)
        return (paths, store)
    }

    static func refused(_ body: () throws -> Void, naming path: String, fix: String) -> Bool {
        do {
            try body()
            return false
        } catch {
            let text = "\(error)"
            return text.contains(path) && text.contains(fix)
        }
    }

    @Test(arguments: [0o777, 0o775, 0o757, 0o1777] as [mode_t])
    func aStateFolderOthersCanWriteIsRefused(_ mode: mode_t) throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let (paths, store) = try Self.savedStore(tmp)
        chmod(paths.stateDirectory, mode)
        #expect(Self.refused({ _ = try store.load() }, naming: paths.stateDirectory, fix: "chmod 700 \(paths.stateDirectory)"))
        #expect(Self.refused({ try store.save(Self.session) }, naming: paths.stateDirectory, fix: "chmod 700"))
        #expect(Self.refused({ try TrustedFolders.check(paths) }, naming: paths.stateDirectory, fix: "chmod 700"))
        #expect(Self.refused({ _ = try TrustedFolders.logFile(paths) }, naming: paths.stateDirectory, fix: "chmod 700"))
        chmod(paths.stateDirectory, 0o755)   // readable by others is not refused: the files in it are 0600
        #expect(try store.load() == Self.session)
    }

    @Test func aProfileFolderOthersCanWriteIsRefused() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let (paths, store) = try Self.savedStore(tmp)
        chmod(paths.profileDirectory("work"), 0o777)
        #expect(Self.refused({ _ = try store.load() }, naming: paths.profileDirectory("work"), fix: "chmod 700"))
    }

    @Test func aConfigFolderOthersCanWriteIsRefused() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        try PrivateFiles.makeDirectory(paths.configDirectory)
        try TrustedFolders.check(paths)   // missing state folder, private config folder: fine
        chmod(paths.configDirectory, 0o777)
        #expect(Self.refused({ try TrustedFolders.check(paths) }, naming: paths.configDirectory, fix: "chmod 700 \(paths.configDirectory)"))
    }

    @Test func aConfigFolderLinkedToAPrivateFolderIsUsed() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        try PrivateFiles.makeDirectory(tmp.path + "/dotfiles/pio")
        try PrivateFiles.makeDirectory(tmp.path + "/config")
        symlink(tmp.path + "/dotfiles/pio", paths.configDirectory)
        try TrustedFolders.check(paths)
        chmod(tmp.path + "/dotfiles/pio", 0o777)
        #expect(Self.refused({ try TrustedFolders.check(paths) }, naming: paths.configDirectory, fix: "chmod 700"))
    }

    @Test func foldersOfAnotherUserAreRefused() throws {
        guard getuid() == 0 else { return }   // only root can give a folder away (CI runs as root)
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let (paths, store) = try Self.savedStore(tmp)
        chown(paths.stateDirectory, 65534, 65534)
        #expect(Self.refused({ _ = try store.load() }, naming: paths.stateDirectory, fix: "rm -r \(paths.stateDirectory)"))
        #expect(Self.refused({ try TrustedFolders.check(paths) }, naming: paths.stateDirectory, fix: "another user"))
        chown(paths.stateDirectory, 0, 0)
        chown(paths.profileDirectory("work"), 65534, 65534)
        #expect(Self.refused({ _ = try store.load() }, naming: paths.profileDirectory("work"), fix: "rm -r"))
    }

    @Test func aSymlinkedSessionFileIsRefusedAndNotWrittenThrough() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let (_, store) = try Self.savedStore(tmp)
        let elsewhere = tmp.path + "/elsewhere"
        rename(store.path, elsewhere)
        symlink(elsewhere, store.path)
        let before = try #require(FileManager.default.contents(atPath: elsewhere))
        #expect(Self.refused({ _ = try store.load() }, naming: store.path, fix: "rm \(store.path)"))
        #expect(Self.refused({ try store.save(SessionStoreTests.session("b")) }, naming: store.path, fix: "rm \(store.path)"))
        #expect(FileManager.default.contents(atPath: elsewhere) == before)
        #expect(isLink(store.path))
    }

    @Test func aSymlinkedProfileFolderIsRefusedAndNotWrittenThrough() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        try PrivateFiles.makeDirectory(paths.stateDirectory)
        try PrivateFiles.makeDirectory(tmp.path + "/elsewhere")
        symlink(tmp.path + "/elsewhere", paths.profileDirectory("work"))
        let store = SessionStore(paths: paths, profile: "work")
        let folder = paths.profileDirectory("work")
        #expect(Self.refused({ try store.save(Self.session) }, naming: folder, fix: "rm \(folder)"))
        #expect(Self.refused({ _ = try store.load() }, naming: folder, fix: "rm \(folder)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path + "/elsewhere").isEmpty)
    }

    @Test func aSymlinkedLogIsRefused() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        #expect(try TrustedFolders.logFile(paths) == paths.logFile)   // the folder is created 0700
        #expect(PrivateFiles.mode(of: paths.stateDirectory) == 0o700)
        symlink(tmp.path + "/elsewhere.log", paths.logFile)
        #expect(Self.refused({ _ = try TrustedFolders.logFile(paths) }, naming: paths.logFile, fix: "rm \(paths.logFile)"))
        #expect(access(tmp.path + "/elsewhere.log", F_OK) != 0)
    }

    @Test func aStateFolderThatIsAFileIsRefused() throws {
        let tmp = TemporaryDirectory()
        defer { tmp.remove() }
        let paths = PioPaths(stateDirectory: tmp.path + "/state/pio", configDirectory: tmp.path + "/config/pio")
        _ = tmp.write("x", to: "state/pio")
        #expect(Self.refused({ try TrustedFolders.check(paths) }, naming: paths.stateDirectory, fix: "rm \(paths.stateDirectory)"))
    }

    private func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
