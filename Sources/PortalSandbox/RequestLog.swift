import Foundation
import Synchronization

/// One request as the sandbox saw it; secrets in the body are masked.
public struct LoggedRequest: Sendable, Codable, Equatable {
    public let method: String
    /// The request path without the query string, e.g. `/api/service/301`.
    public let path: String
    /// `"bearer"`, `"basic"` or `"none"`.
    public let authScheme: String
    public let body: String?
    public let status: Int

    public init(method: String, path: String, authScheme: String, body: String?, status: Int) {
        self.method = method
        self.path = path
        self.authScheme = authScheme
        self.body = body
        self.status = status
    }
}

/// In-memory request log, optionally mirrored as JSON lines to a file.
final class RequestLog: Sendable {
    private let entries = Mutex<[LoggedRequest]>([])
    private let file: Mutex<FileHandle?>

    init(path: String?) throws {
        guard let path else { file = Mutex(nil); return }
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw SandboxError.invalidOption("cannot create request log \(path)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else {
            throw SandboxError.invalidOption("cannot open request log \(path)")
        }
        handle.seekToEndOfFile()
        file = Mutex(handle)
    }

    func append(_ entry: LoggedRequest) {
        entries.withLock { $0.append(entry) }
        let line = RequestLog.jsonLine(entry)
        file.withLock { handle in handle?.write(Data((line + "\n").utf8)) }
    }

    func all() -> [LoggedRequest] { entries.withLock { $0 } }

    func close() {
        file.withLock { handle in
            try? handle?.close()
            handle = nil
        }
    }

    static func jsonLine(_ e: LoggedRequest) -> String {
        JSON.object([
            .init(key: "method", value: .string(e.method)), .init(key: "path", value: .string(e.path)),
            .init(key: "authScheme", value: .string(e.authScheme)),
            .init(key: "body", value: e.body.map(JSON.string) ?? .null), .init(key: "status", value: .number(String(e.status))),
        ]).serialized(escapeSlashes: false)
    }
}

/// Replaces secret values in logged bodies with `***`: credentials anywhere, and the `custom` values of the
/// product's encrypted forms (`secretForms`, form ids).
enum SecretMasker {
    static let secretKeys: Set<String> = ["password", "refresh_token", "refresh", "token", "access_token", "pass",
                                          "encryptedpassword"]

    static func mask(body: String, contentType: String?, secretForms: Set<String> = []) -> String {
        if contentType?.contains("application/x-www-form-urlencoded") == true {
            let secretPrefixes = secretForms.map { "custom[\($0)]" }
            return body.split(separator: "&", omittingEmptySubsequences: false).map { pair in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let key = String(parts[0]).replacingOccurrences(of: "+", with: " ").removingPercentEncoding?.lowercased() ?? ""
                let secret = secretKeys.contains(key) || secretPrefixes.contains { key.hasPrefix($0) }
                return secret ? "\(parts[0])=***" : String(pair)
            }.joined(separator: "&")
        }
        guard let json = JSON.parse(Data(body.utf8)) else {
            return body.isEmpty ? body : "<\(body.utf8.count) bytes, not JSON>"
        }
        return maskingCustom(masked(json), secretForms).serialized(escapeSlashes: false)
    }

    static func masked(_ json: JSON) -> JSON {
        switch json {
        case .object(let fields):
            return .object(fields.map { f in
                secretKeys.contains(f.key.lowercased()) ? .init(key: f.key, value: "***") : .init(key: f.key, value: masked(f.value))
            })
        case .array(let values): return .array(values.map(masked))
        default: return json
        }
    }

    /// `{"custom": {"<secret form>": {"<item>": "text"}}}` → `{"custom": {"<secret form>": {"<item>": "***"}}}`.
    private static func maskingCustom(_ json: JSON, _ secretForms: Set<String>) -> JSON {
        guard !secretForms.isEmpty, let fields = json.objectFields else { return json }
        return .object(fields.map { f in
            guard f.key == "custom", let forms = f.value.objectFields else { return f }
            return .init(key: f.key, value: .object(forms.map { form in
                guard secretForms.contains(form.key) else { return form }
                return .init(key: form.key, value: starred(form.value))
            }))
        })
    }

    private static func starred(_ json: JSON) -> JSON {
        switch json {
        case .object(let fields): return .object(fields.map { .init(key: $0.key, value: starred($0.value)) })
        case .array(let values): return .array(values.map(starred))
        case .null: return .null
        default: return "***"
        }
    }
}
