import Configuration

extension SettingsLoader {
    /// The `clipboard` setting (flag `--no-clipboard`, `PIO_CLIPBOARD`, the file's top-level
    /// `clipboard:`): true, the default, lets `y` copy a value with OSC 52.
    static func clipboardSetting(_ reader: ConfigReader, recorder: SourceRecorder, file: ConfigFile?) throws -> Setting<Bool> {
        guard let text = reader.string(forKey: "clipboard") else { return Setting(true, .defaultValue) }
        let source = recorder.source(of: "clipboard", file: file, flagName: "--no-clipboard")
        guard let value = Self.boolean(text) else {
            throw located(source, file: file, fileKey: "clipboard", problem: "“\(text)” must be true or false (or 1 or 0)")
        }
        return Setting(value, source)
    }

    /// true/false, yes/no, on/off, 1/0, in any case; nil for anything else.
    static func boolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: return nil
        }
    }
}
