import FoundationEssentials
import Glibc

/// Replaces the config file with new text: atomically (a new file renamed over it), with the mode
/// the file had (0600 for a new one). A config file that is a symbolic link (a dotfiles folder) is
/// written where the link points, so the link stays.
public enum ConfigFileWriter {
    /// The file's text, nil when there is none.
    public static func read(_ path: String) throws(ConfigEditError) -> String? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw ConfigEditError("\(path) cannot be read") }
        guard let text = String(validating: data, as: UTF8.self) else { throw ConfigEditError("\(path) is not UTF-8 text") }
        return text
    }

    public static func write(_ text: String, to path: String) throws(ConfigEditError) {
        let target = resolved(path)
        let mode = PrivateFiles.mode(of: target).map { $0 & 0o777 } ?? 0o600
        do {
            try PrivateFiles.writeAtomically(Data(text.utf8), to: target, mode: mode)
        } catch {
            throw ConfigEditError("\(error)")
        }
    }

    /// The file a link points to (links followed all the way), else `path` itself.
    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
