import Foundation

/// XDG locations for pio's own files, created 0700 so logs and sessions stay private.
enum StatePaths {
    static func stateDirectory(environment: [String: String]) -> String? {
        let base: String
        if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment["HOME"], !home.isEmpty {
            base = home + "/.local/state"
        } else {
            return nil
        }
        let dir = base + "/pio"
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: dir)
        } catch {
            return nil
        }
        return dir
    }

    static func logFile(environment: [String: String]) -> String? {
        stateDirectory(environment: environment).map { $0 + "/pio.log" }
    }
}
