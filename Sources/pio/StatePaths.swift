import PortalConfig

/// The log file while the UI runs: in the state directory, created 0700 (the file itself is
/// opened 0600, without following a link, by the terminal layer). A state folder others may
/// write to, or a log that is a link, is refused (exit 2, naming the path and the fix).
enum StatePaths {
    static func logFile(_ paths: PioPaths) throws(CommandFailure) -> String? {
        do {
            return try TrustedFolders.logFile(paths)
        } catch {
            throw CommandFailure(code: ExitStatus.usage, message: error.description)
        }
    }
}
