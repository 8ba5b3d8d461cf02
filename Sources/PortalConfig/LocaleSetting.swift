import Configuration
import PortalAPI

extension SettingsLoader {
    /// The `locale` setting (flag `--locale`, `PIO_LOCALE`, the file's top-level `locale:`); without
    /// it, the locale the C library would use for money (LC_ALL, LC_MONETARY, LANG), a language pio
    /// has no table for reading as en. A bad explicit value is refused; a foreign LANG is not.
    static func localeSetting(_ reader: ConfigReader, recorder: SourceRecorder, file: ConfigFile?,
                              environment: [String: String]) throws -> Setting<MoneyLocale> {
        if let text = reader.string(forKey: "locale") {
            let source = recorder.source(of: "locale", file: file, flagName: "--locale")
            guard let locale = MoneyLocale(name: text) else {
                throw located(source, file: file, fileKey: "locale", problem: "“\(text)” must be \(MoneyLocale.names) (or a name such as de_DE.UTF-8)")
            }
            return Setting(locale, source)
        }
        for key in ["LC_ALL", "LC_MONETARY", "LANG"] {
            if let value = environment[key], !value.isEmpty { return Setting(MoneyLocale(name: value) ?? .en, .environment(key)) }
        }
        return Setting(.en, .defaultValue)
    }
}
