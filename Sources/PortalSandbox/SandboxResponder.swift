import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Synchronization

/// Per-request context: the sandbox needs the channel to drop connections on purpose.
struct SandboxContext: InitializableFromSource {
    let channel: any Channel

    init(source: ApplicationRequestContextSource) { channel = source.channel }
}

/// Turns HTTP requests into route calls against the shared state, with faults and the request log around them.
final class SandboxResponder: HTTPResponder, Sendable {
    typealias Context = SandboxContext

    static let maxBodyBytes = 1 << 20

    let state: Mutex<SandboxState>
    let faults: FaultInjector
    let log: RequestLog
    let options: SandboxOptions
    let stopping = Atomic<Bool>(false)

    init(state: SandboxState, options: SandboxOptions, log: RequestLog) throws {
        self.state = Mutex(state)
        self.faults = try FaultInjector(options: options)
        self.log = log
        self.options = options
    }

    func respond(to request: Request, context: SandboxContext) async throws -> Response {
        var request = request
        let method = request.method.rawValue
        let path = request.uri.path
        let credentials = Credentials(header: request.headers[.authorization])
        let contentType = request.headers[.contentType]
        let bodyText: String
        do {
            let buffer = try await request.collectBody(upTo: SandboxResponder.maxBodyBytes)
            bodyText = String(buffer: buffer)
        } catch {
            return finish(Reply.http(413, "request_too_large"), method, path, credentials, nil)
        }
        var segments = path.split(separator: "/").map(String.init)
        let loggedBody = bodyText.isEmpty ? nil
            : SecretMasker.mask(body: bodyText, contentType: contentType, secretForms: secretForms(segments))

        guard segments.first == "api" else { return finish(.http(404, "not_found"), method, path, credentials, loggedBody) }
        segments.removeFirst()

        if let retry = faults.rateLimited(now: Date()) {
            var reply = Reply.http(429, "too_many_requests")
            reply.headers.append(("Retry-After", String(retry)))
            return finish(reply, method, path, credentials, loggedBody)
        }
        await faults.delay()

        let decision = faults.decide(method: method, segments: segments)
        switch decision {
        case .fail(let status):
            var reply = Reply.http(status, "sandbox_injected_\(status)")
            if status == 429 { reply.headers.append(("Retry-After", "1")) }   // as the rate limit answers
            return finish(reply, method, path, credentials, loggedBody)
        case .hang:
            log.append(LoggedRequest(method: method, path: path, authScheme: credentials.scheme, body: loggedBody, status: 0))
            while !stopping.load(ordering: .relaxed) && !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(50))
            }
            return response(for: .http(503, "sandbox_stopping"))
        default:
            break
        }

        guard let params = RequestParams.merge(query: request.uri.query, body: bodyText, contentType: contentType) else {
            return finish(.http(400, "invalid_json"), method, path, credentials, loggedBody)
        }
        let reply = handle(method: method, segments: segments, params: params, credentials: credentials)

        switch decision {
        case .resetAfterCommit:
            log.append(LoggedRequest(method: method, path: path, authScheme: credentials.scheme, body: loggedBody, status: 0))
            await drop(context.channel)
            return response(for: reply)
        case .malformed:
            var r = finish(reply, method, path, credentials, loggedBody)
            let full = reply.body.serialized()
            r.body = .init(byteBuffer: ByteBuffer(string: String(full.prefix(max(1, full.count / 2)))))
            r.headers[.contentLength] = nil
            return r
        default:
            return finish(reply, method, path, credentials, loggedBody)
        }
    }

    private func handle(method: String, segments: [String], params: JSON, credentials: Credentials) -> Reply {
        guard let (route, captures) = RouteTable.find(method: method, segments: segments) else {
            return .http(404, "not_found")
        }
        var call = SandboxCall(method: method, segments: segments, params: params, credentials: credentials, now: Date(),
                               tokenTTL: options.tokenTTL, auth: options.auth)
        call.captures = captures
        return state.withLock { state in
            if route.access == .signedIn, let denied = AuthGate.check(call, state: state) { return denied }
            return route.handle(&state, call)
        }
    }

    /// The encrypted form ids of the product an `/api/order/<id>` request is about.
    private func secretForms(_ segments: [String]) -> Set<String> {
        guard segments.count == 3, segments[0] == "api", segments[1] == "order", let id = Int(segments[2]) else { return [] }
        return state.withLock { $0.catalogue.secretFormIDs(product: id) }
    }

    private func finish(_ reply: Reply, _ method: String, _ path: String, _ credentials: Credentials,
                        _ body: String?) -> Response {
        log.append(LoggedRequest(method: method, path: path, authScheme: credentials.scheme, body: body, status: reply.status))
        return response(for: reply)
    }

    private func response(for reply: Reply) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        for (name, value) in reply.headers {
            if let field = HTTPField.Name(name) { headers[field] = value }
        }
        return Response(status: .init(code: reply.status), headers: headers,
                        body: .init(byteBuffer: ByteBuffer(string: reply.body.serialized())))
    }

    /// Closes the connection before any byte of the answer is written.
    private func drop(_ channel: any Channel) async {
        try? await channel.close().get()
    }
}

enum RequestParams {
    /// Query string first, then the body on top (JSON, or form-encoded); nil when a JSON body does not parse.
    static func merge(query: String?, body: String, contentType: String?) -> JSON? {
        var fields = JSON.parseForm(query ?? "").objectFields ?? []
        let trimmed = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty {
            let bodyJSON: JSON?
            if contentType?.contains("application/x-www-form-urlencoded") == true {
                bodyJSON = JSON.parseForm(trimmed)
            } else {
                bodyJSON = JSON.parse(Data(trimmed.utf8))
                if bodyJSON == nil { return nil }
            }
            for f in bodyJSON?.objectFields ?? [] {
                fields.removeAll { $0.key == f.key }
                fields.append(f)
            }
        }
        return .object(fields)
    }
}
