import Foundation
import PortalAPI

/// A session kept between runs: for which server and account, and its tokens. Never the password.
public struct StoredSession: Sendable, Equatable {
    public var url: String
    public var user: String
    public var tokens: SessionTokens

    public init(url: String, user: String, tokens: SessionTokens) {
        self.url = url
        self.user = user
        self.tokens = tokens
    }
}

/// One profile's session file (`<state>/pio/<profile>/session`): directory 0700, file 0600,
/// replaced atomically, refused when others can read it.
public struct SessionStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(paths: PioPaths, profile: String) { self.init(path: paths.sessionFile(profile)) }

    /// The stored session, nil when there is none. Throws for a file others can read or one that
    /// cannot be understood (the message names the file and what to do).
    public func load() throws -> StoredSession? {
        guard let data = try PrivateFiles.readPrivate(path) else { return nil }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let url = object["url"] as? String, let user = object["user"] as? String,
              let access = object["access"] as? String, !access.isEmpty else {
            throw PrivateFileError.cannotRead(path, reason: "not a pio session file; delete it and sign in again")
        }
        let refresh = object["refresh"] as? String
        let expiry = (object["expiry"] as? Double).map(Date.init(timeIntervalSince1970:))
        let received = (object["received"] as? Double).map(Date.init(timeIntervalSince1970:)) ?? Date()
        return StoredSession(url: url, user: user,
                             tokens: SessionTokens(access: access, refresh: refresh, expiry: expiry, received: received))
    }

    public func save(_ session: StoredSession) throws {
        var object: [String: Any] = [
            "version": 1, "url": session.url, "user": session.user, "access": session.tokens.access,
            "received": session.tokens.received.timeIntervalSince1970,
        ]
        if let refresh = session.tokens.refresh { object["refresh"] = refresh }
        if let expiry = session.tokens.expiry { object["expiry"] = expiry.timeIntervalSince1970 }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        try PrivateFiles.writeAtomically(data, to: path)
    }

    /// True when a file was deleted.
    @discardableResult
    public func delete() throws -> Bool { try PrivateFiles.remove(path) }

    public var exists: Bool { PrivateFiles.mode(of: path) != nil }
}
