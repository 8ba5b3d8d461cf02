import FoundationEssentials

/// Reads the `exp` claim of a JWT without verifying it (only to refresh ahead of time).
enum JWT {
    static func expiry(of token: String) -> Date? {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return nil }
        var b64 = String(parts[1]).replacing("-", with: "+").replacing("_", with: "/")
        while b64.count % 4 != 0 { b64.append("=") }
        guard let data = Data(base64Encoded: b64), let payload = try? JSONValue.parse(data),
              let exp = payload["exp"].decimal else { return nil }
        return Date(timeIntervalSince1970: exp.approximateDouble)
    }
}
