import Configuration

extension SettingsLoader {
    /// The `clipboard` setting (flag `--no-clipboard`, `PIO_CLIPBOARD`, the file's top-level
    /// `clipboard:`): true, the default, lets `y` copy a value with OSC 52.
    static func clipboardSetting(_ reader: ConfigReader, recorder: SourceRecorder, file: ConfigFile?) throws -> Setting<Bool> {
        try onOffSetting("clipboard", flag: "--no-clipboard", reader, recorder: recorder, file: file)
    }

    /// The `mouse` setting (flag `--no-mouse`, `PIO_MOUSE`, the file's top-level `mouse:`): true,
    /// the default, asks the terminal for mouse reports in the portal.
    static func mouseSetting(_ reader: ConfigReader, recorder: SourceRecorder, file: ConfigFile?) throws -> Setting<Bool> {
        try onOffSetting("mouse", flag: "--no-mouse", reader, recorder: recorder, file: file)
    }

    /// A top-level setting that is on unless a source turns it off; `flag` is the one that does.
    static func onOffSetting(_ key: String, flag: String, _ reader: ConfigReader, recorder: SourceRecorder,
                             file: ConfigFile?) throws -> Setting<Bool> {
        guard let text = reader.string(forKey: Configuration.ConfigKey(key)) else { return Setting(true, .defaultValue) }
        let source = recorder.source(of: key, file: file, flagName: flag)
        guard let value = Self.boolean(text) else {
            throw located(source, file: file, fileKey: key, problem: "“\(text)” must be true or false (or 1 or 0)")
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
