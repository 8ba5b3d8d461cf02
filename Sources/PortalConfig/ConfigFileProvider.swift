import Configuration

extension ConfigFile {
    /// The provider's name; `SourceRecorder` takes any provider not named flags, defaults or
    /// environment for the file.
    static let providerName = "config file"

    /// The file's values for swift-configuration, from the tree `ConfigFile` already checked (the
    /// file is parsed once): nested mappings become key paths (`profiles.work.url`), scalars strings,
    /// sequences of scalars string arrays; a null value is no value. Empty when there is no file.
    static func provider(for file: ConfigFile?) -> InMemoryProvider {
        var values: [AbsoluteConfigKey: ConfigValue] = [:]
        if let root = file?.root { flatten(root, at: [], into: &values) }
        return InMemoryProvider(name: providerName, values: values)
    }

    static func flatten(_ node: YAMLNode, at path: [String], into values: inout [AbsoluteConfigKey: ConfigValue]) {
        if node.isNull { return }
        switch node.content {
        case .scalar(let text, _):
            guard !path.isEmpty else { return }
            values[AbsoluteConfigKey(path)] = ConfigValue(.string(text), isSecret: false)
        case .mapping(let pairs):
            for pair in pairs {
                if let key = pair.key.scalar { flatten(pair.value, at: path + [key], into: &values) }
            }
        case .sequence(let items):
            let texts = items.filter { !$0.isNull }.compactMap(\.scalar)
            guard !path.isEmpty, texts.count == items.count else { return }   // not a list of values
            values[AbsoluteConfigKey(path)] = ConfigValue(.stringArray(texts), isSecret: false)
        }
    }
}
