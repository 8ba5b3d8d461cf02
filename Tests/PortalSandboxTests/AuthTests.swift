import Foundation
import PortalSandbox
import Testing

@Suite struct AuthTests {
    @Test func loginReturnsJWTAndRefreshThatOpenTheAPI() async throws {
        try await withSandbox { client async throws in
            let (signed, token, refresh) = try await client.signedIn()
            let parts = token.split(separator: ".")
            #expect(parts.count == 3)
            var payload = String(parts[1]).replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
            while payload.count % 4 != 0 { payload += "=" }
            let payloadData = try #require(Data(base64Encoded: payload))
            let claims = try #require(try JSONSerialization.jsonObject(with: payloadData) as? [String: Any])
            let exp = try #require(claims["exp"] as? Int)
            #expect(claims["sub"] != nil)
            #expect(abs(Double(exp) - Date().timeIntervalSince1970 - 3600) < 10)
            #expect(!refresh.isEmpty)
            let services = try await signed.get("/service")
            #expect(services.status == 200)
            #expect(!services.list("services").isEmpty)
        }
    }

    @Test func wrongPasswordIsHTTP200WithWronglogin() async throws {
        try await withSandbox { client async throws in
            let r = try await client.request(.POST, "/login", json: #"{"username":"demo@example.com","password":"nope"}"#)
            #expect(r.status == 200)
            #expect(r.errors == ["wronglogin"])
            #expect(r.json["token"] == nil)
        }
    }

    @Test func loginAcceptsFormEncodedBody() async throws {
        try await withSandbox { client async throws in
            let r = try await client.request(.POST, "/login", form: "username=demo%40example.com&password=demo")
            #expect(r.status == 200)
            #expect(r.json["token"] is String)
        }
    }

    @Test func requestsWithoutCredentialsOrWithUnknownTokenAre401() async throws {
        try await withSandbox { client async throws in
            #expect(try await client.request(.GET, "/service", auth: Auth.none).status == 401)
            #expect(try await client.request(.GET, "/service", auth: .bearer("a.b.c")).status == 401)
            #expect(try await client.request(.GET, "/service", auth: .basic("demo@example.com", "bad")).status == 401)
        }
    }

    @Test func basicAuthWorksWhenEnabled() async throws {
        try await withSandbox(SandboxOptions(auth: .basic)) { client async throws in
            #expect(try await client.get("/balance").status == 200)
            let login = try await client.request(.POST, "/login", json: #"{"username":"demo@example.com","password":"demo"}"#)
            #expect(login.errors == ["internal_error_0"])
        }
    }

    @Test func jwtOnlyInstallRejectsBasic() async throws {
        try await withSandbox(SandboxOptions(auth: .jwt)) { client async throws in
            #expect(try await client.get("/balance").status == 401)
            let (signed, _, _) = try await client.signedIn()
            #expect(try await signed.get("/balance").status == 200)
        }
    }

    @Test func accessTokenExpiresAndRefreshIssuesANewOne() async throws {
        // Three seconds: on a loaded machine the renewed token must still be fresh when it is used.
        try await withSandbox(SandboxOptions(tokenTTL: 3)) { client async throws in
            let (signed, _, refresh) = try await client.signedIn()
            #expect(try await signed.get("/balance").status == 200)
            try await Task.sleep(for: .milliseconds(3300))
            let expired = try await signed.get("/balance")
            #expect(expired.status == 401)
            #expect(expired.errors == ["token_expired"])
            let renewed = try await client.request(.POST, "/token", json: #"{"refresh_token":"\#(refresh)"}"#, auth: Auth.none)
            let newToken = try #require(renewed.json["token"] as? String)
            #expect(try await client.request(.GET, "/balance", auth: .bearer(newToken)).status == 200)
        }
    }

    @Test func unknownRefreshTokenIsRejected() async throws {
        try await withSandbox { client async throws in
            let r = try await client.request(.POST, "/token", json: #"{"refresh_token":"made-up"}"#, auth: Auth.none)
            #expect(r.status == 401)
            #expect(r.json["token"] == nil)
        }
    }

    @Test func logoutDropsTheAccessTokenButNotTheRefreshToken() async throws {
        try await withSandbox { client async throws in
            let (signed, _, refresh) = try await client.signedIn()
            let out = try await signed.post("/logout")
            #expect(out.status == 200 && out.errors.isEmpty)
            #expect(try await signed.get("/balance").status == 401)
            let renewed = try await client.request(.POST, "/token", json: #"{"refresh_token":"\#(refresh)"}"#, auth: Auth.none)
            #expect(renewed.json["token"] is String)
        }
    }

    @Test func revokeWithAccessTokenDropsAccessAndRefresh() async throws {
        try await withSandbox { client async throws in
            let (signed, _, refresh) = try await client.signedIn()
            #expect(try await signed.post("/revoke").status == 200)
            #expect(try await signed.get("/balance").status == 401)
            let renewed = try await client.request(.POST, "/token", json: #"{"refresh_token":"\#(refresh)"}"#, auth: Auth.none)
            #expect(renewed.json["token"] == nil)
        }
    }

    @Test func revokeWithRefreshTokenInvalidatesItsAccessTokens() async throws {
        try await withSandbox { client async throws in
            let (signed, _, refresh) = try await client.signedIn()
            let r = try await client.request(.POST, "/revoke", json: #"{"refresh_token":"\#(refresh)"}"#, auth: Auth.none)
            #expect(r.status == 200)
            #expect(try await signed.get("/balance").status == 401)
        }
    }
}
