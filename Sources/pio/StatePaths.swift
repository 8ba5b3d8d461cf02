import PortalConfig

/// The log file while the UI runs: in the state directory, created 0700 (the file itself is
/// opened 0600 by the terminal layer).
enum StatePaths {
    static func logFile(_ paths: PioPaths) -> String? {
        do { try PrivateFiles.makeDirectory(paths.stateDirectory) } catch { return nil }
        return paths.logFile
    }
}
