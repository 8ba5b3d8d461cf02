import Glibc

/// pio's own folders and files are checked before use, as ssh checks `~/.ssh`: a folder that
/// another user owns or may write to, and a symbolic link where pio keeps a session or its log,
/// are refused with the path and the command that fixes it. A missing folder or file is fine (pio
/// creates it private).
public enum TrustedFolders {
    /// An existing folder owned by another user, or writable by group or others, is refused; so is
    /// something else than a folder. With `allowLink` a link is followed (a config folder kept in a
    /// dotfiles repository) and its target is checked; without it the link itself is refused.
    public static func check(folder path: String, allowLink: Bool) throws(PrivateFileError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if (info.st_mode & S_IFMT) == S_IFLNK {
            guard allowLink else { throw .symbolicLink(path) }
            guard stat(path, &info) == 0 else { throw .symbolicLink(path) }   // dangling
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notAFolder(path) }
        guard info.st_uid == getuid() else { throw .foreignFolder(path, owner: info.st_uid) }
        let mode = info.st_mode & 0o7777
        guard mode & 0o022 == 0 else { throw .writableByOthers(path, mode: mode) }
    }

    /// A file pio opens or replaces (a session, the log): a symbolic link, anything but a regular
    /// file, or another user's file is refused.
    public static func check(file path: String) throws(PrivateFileError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        let type = info.st_mode & S_IFMT
        if type == S_IFLNK { throw .symbolicLink(path) }
        guard type == S_IFREG else { throw .cannotRead(path, reason: "not a regular file; remove it (rm \(path))") }
        guard info.st_uid == getuid() else { throw .notPrivate(path, mode: info.st_mode & 0o777, ownedByUser: false) }
    }

    /// The state and config folders (`…/pio`), before anything is read from them.
    public static func check(_ paths: PioPaths) throws(PrivateFileError) {
        try check(folder: paths.configDirectory, allowLink: true)
        try check(folder: paths.stateDirectory, allowLink: true)
    }

    /// The log file, in the checked state folder (created 0700 when missing); nil when it cannot
    /// be created (the UI then runs without a log).
    public static func logFile(_ paths: PioPaths) throws(PrivateFileError) -> String? {
        try check(folder: paths.stateDirectory, allowLink: true)
        do { try PrivateFiles.makeDirectory(paths.stateDirectory) } catch { return nil }
        try check(file: paths.logFile)
        return paths.logFile
    }
}
