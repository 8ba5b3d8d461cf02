import FoundationEssentials
import Glibc

/// Files only the owner may read: directories made 0700 and files made 0600 by the calls that
/// create them (never widened by the umask, never chmod-ed afterwards), replaced atomically.
public enum PrivateFiles {
    /// Creates `path` and any missing parents with mode 0700. An existing directory is left as it is.
    public static func makeDirectory(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            built += "/" + component
            if mkdir(built, 0o700) == 0 { continue }
            let code = errno
            var info = stat()
            guard code == EEXIST, stat(built, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                throw PrivateFileError.cannotCreate(built, reason: String(cString: strerror(code)))
            }
        }
    }

    /// Writes `data` to a new 0600 file beside `path`, flushes it, and renames it over `path`:
    /// a reader sees the old file or the new one, never a half-written one. `mode` widens the new
    /// file before the rename, for a file that keeps the mode it had (the config file).
    public static func writeAtomically(_ data: Data, to path: String, mode: mode_t = 0o600) throws {
        let (directory, name) = split(path)
        try makeDirectory(directory)
        let temporary = directory + "/." + name + "." + String(getpid()) + "." + String(UInt32.random(in: 0...UInt32.max)) + ".tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { throw PrivateFileError.cannotCreate(temporary, reason: String(cString: strerror(errno))) }
        var written = 0
        let ok = data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; return false }
                written += n
            }
            return true
        }
        let synced = fsync(fd) == 0 && (mode == 0o600 || fchmod(fd, mode) == 0)
        close(fd)
        guard ok, synced, rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw PrivateFileError.cannotWrite(path, reason: reason)
        }
        let dirFD = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirFD >= 0 { _ = fsync(dirFD); close(dirFD) }
    }

    /// The directory part and the last component: "/a/b" → ("/a", "b"), "/b" → ("/", "b"), "b" → (".", "b").
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let name = String(path[path.index(after: slash)...])
        return (slash == path.startIndex ? "/" : String(path[..<slash]), name)
    }

    /// The contents of `path`, nil when it does not exist. A file that is not a regular file, not
    /// the user's own, or readable or writable by group or others is refused unread.
    public static func readPrivate(_ path: String) throws -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            if errno == ENOENT { return nil }
            if errno == ELOOP { throw PrivateFileError.symbolicLink(path) }
            throw PrivateFileError.cannotRead(path, reason: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw PrivateFileError.cannotRead(path, reason: "not a regular file")
        }
        let mode = info.st_mode & 0o777
        guard info.st_uid == getuid(), mode & 0o077 == 0 else {
            throw PrivateFileError.notPrivate(path, mode: mode, ownedByUser: info.st_uid == getuid())
        }
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(fd, &buffer, buffer.count)
            if n < 0 { if errno == EINTR { continue }; throw PrivateFileError.cannotRead(path, reason: String(cString: strerror(errno))) }
            if n == 0 { break }
            data.append(contentsOf: buffer[0..<n])
            if data.count > 1 << 20 { throw PrivateFileError.cannotRead(path, reason: "larger than 1 MiB") }
        }
        return data
    }

    /// Deletes `path`; true when there was a file.
    @discardableResult
    public static func remove(_ path: String) throws -> Bool {
        if unlink(path) == 0 { return true }
        if errno == ENOENT { return false }
        throw PrivateFileError.cannotWrite(path, reason: String(cString: strerror(errno)))
    }

    /// The permission bits of `path`, nil when it does not exist.
    public static func mode(of path: String) -> mode_t? {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
    }
}

public enum PrivateFileError: Error, Equatable, CustomStringConvertible {
    case cannotCreate(String, reason: String)
    case cannotWrite(String, reason: String)
    case cannotRead(String, reason: String)
    /// Readable or writable by group or others, or owned by someone else.
    case notPrivate(String, mode: mode_t, ownedByUser: Bool)
    /// A symbolic link where pio keeps its own folder or file.
    case symbolicLink(String)
    /// One of pio's folders is something else.
    case notAFolder(String)
    /// One of pio's folders belongs to another user.
    case foreignFolder(String, owner: uid_t)
    /// One of pio's folders can be written by group or others.
    case writableByOthers(String, mode: mode_t)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): return "cannot create \(path): \(reason)"
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
        case .notPrivate(let path, let mode, let owned):
            let octal = String(mode, radix: 8)
            if !owned {
                return "\(path) belongs to another user; not using it. Delete it (rm \(path)) and sign in again."
            }
            return "\(path) can be read by other users (mode \(octal)); not using it. "
                + "Run `chmod 600 \(path)` if only you could have read it, or delete it and sign in again."
        case .symbolicLink(let path):
            return "\(path) is a symbolic link; pio does not follow links to its sessions and log. "
                + "Remove the link (rm \(path)) and run pio again."
        case .notAFolder(let path):
            return "\(path) is not a folder; not using it. Remove it (rm \(path)) and run pio again."
        case .foreignFolder(let path, let owner):
            return "\(path) belongs to another user (uid \(owner)); not using it. "
                + "Remove it (as its owner or root: rm -r \(path)), or set XDG_STATE_HOME or XDG_CONFIG_HOME to a folder of your own."
        case .writableByOthers(let path, let mode):
            return "\(path) can be changed by other users (mode \(String(mode, radix: 8))); not using it. "
                + "Run `chmod 700 \(path)` if no one else has written to it."
        }
    }
}
