import FoundationEssentials

/// Field readers the models share, so every model is lenient the same way.
extension JSONValue {
    /// Server text, sanitised (HTML resolved). Missing or null → empty.
    var text: SafeText { SafeText(html: string ?? "") }
    /// An id as text, whether the server sent a string or a number.
    var id: String { string.map { SafeText($0).value } ?? "" }
    /// Money: nil when missing or unreadable.
    var money: Decimal? { decimal }
    var date: APIDate? { APIDate(json: self) }

    /// The payload under `key`, also when an install wraps it as `{"data": {...}}`.
    func payload(_ key: String) -> JSONValue {
        let direct = self[key]
        if !direct.isNull { return direct }
        let data = self["data"]
        if !data[key].isNull { return data[key] }
        return data
    }
}
