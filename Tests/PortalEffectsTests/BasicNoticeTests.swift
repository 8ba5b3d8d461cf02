import Foundation
import PortalAPI
import PortalEffects
import PortalStore
import Testing

/// A server whose /login says token sign-in is off (`internal_error_0`) and that accepts Basic.
private struct TokenSignInOff: Transport {
    func send(_ request: HTTPRequest, timeout: Duration, maxBytes: Int) async throws -> HTTPResponse {
        let body = request.url.hasSuffix("/login") ? #"{"error": ["internal_error_0"]}"# : balanceJSON
        return HTTPResponse(status: 200, headers: [:], body: Data(body.utf8))
    }
    func shutdown() async {}
}

@Suite struct BasicNoticeTests {
    /// The portal is told once that `auto` fell back to HTTP Basic, after the request that made it.
    @Test func theFallbackToBasicIsPostedOnceAsANotice() async throws {
        let configuration = ClientConfiguration(baseURL: "http://127.0.0.1:9/api", username: "demo@example.com",
                                                password: "demo", auth: .auto, maxRetries: 0)
        let client = try PortalClient(configuration: configuration, transport: TokenSignInOff())
        let posted = PostedActions()
        let runner = EffectRunner(client: client, post: { posted.append($0) })
        let notice = "Token sign-in is not available on this server (/login answered internal_error_0): "
            + "pio uses HTTP Basic, which sends the password with every request."

        runner.run(.request(RequestKey(.session, generation: 1), .login))
        #expect(await eventually { posted.all.count == 2 })
        #expect(posted.all == [.received(RequestKey(.session, generation: 1), .login(.success(Empty()))), .notice(notice)])

        runner.run(.request(RequestKey(.balance, generation: 2), .balance))
        #expect(await eventually { posted.all.count >= 3 })
        try await Task.sleep(for: .milliseconds(50))
        #expect(posted.all.count == 3)   // the balance, and no second notice
        #expect(posted.all.filter { if case .notice = $0 { return true } else { return false } }.count == 1)
    }
}
