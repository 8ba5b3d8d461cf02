import FoundationEssentials
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
/// replaced atomically, refused when others can read it, when it or its profile folder is a link,
/// or when another user owns or may write to the folders.
public struct SessionStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    public init(paths: PioPaths, profile: String) { self.init(path: paths.sessionFile(profile)) }

    /// The stored session, nil when there is none. Throws for a file others can read or one that
    /// cannot be understood (the message names the file and what to do).
    public func load() throws -> StoredSession? {
        try checkFolders()
        guard let data = try PrivateFiles.readPrivate(path) else { return nil }
        guard let file = try? JSONDecoder().decode(SessionFile.self, from: data), !file.access.isEmpty else {
            throw PrivateFileError.cannotRead(path, reason: "not a pio session file; delete it and sign in again")
        }
        return StoredSession(url: file.url, user: file.user, tokens: SessionTokens(
            access: file.access, refresh: file.refresh, expiry: file.expiry.map(Date.init(timeIntervalSince1970:)),
            received: file.received.map(Date.init(timeIntervalSince1970:)) ?? Date()))
    }

    public func save(_ session: StoredSession) throws {
        try checkFolders()
        try TrustedFolders.check(file: path)
        let file = SessionFile(version: 1, url: session.url, user: session.user, access: session.tokens.access,
                               refresh: session.tokens.refresh, expiry: session.tokens.expiry?.timeIntervalSince1970,
                               received: session.tokens.received.timeIntervalSince1970)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        try PrivateFiles.writeAtomically(try encoder.encode(file), to: path)
    }

    /// True when a file was deleted.
    @discardableResult
    public func delete() throws -> Bool { try PrivateFiles.remove(path) }

    public var exists: Bool { PrivateFiles.mode(of: path) != nil }

    /// The profile folder must not be a link; the state folder above it may be one, to a folder
    /// of the user's that no one else can write to.
    private func checkFolders() throws {
        let (profile, _) = PrivateFiles.split(path)
        try TrustedFolders.check(folder: PrivateFiles.split(profile).directory, allowLink: true)
        try TrustedFolders.check(folder: profile, allowLink: false)
    }
}

/// The session file's JSON: `{"access":…,"expiry":…,"received":…,"refresh":…,"url":…,"user":…,"version":1}`,
/// times in seconds since 1970. url, user and access are required; a missing or mistyped optional
/// field reads as absent.
struct SessionFile: Codable {
    var version: Int?
    var url: String
    var user: String
    var access: String
    var refresh: String?
    var expiry: Double?
    var received: Double?

    init(version: Int?, url: String, user: String, access: String, refresh: String?, expiry: Double?, received: Double?) {
        self.version = version
        self.url = url
        self.user = user
        self.access = access
        self.refresh = refresh
        self.expiry = expiry
        self.received = received
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = try container.decode(String.self, forKey: .url)
        user = try container.decode(String.self, forKey: .user)
        access = try container.decode(String.self, forKey: .access)
        version = try? container.decode(Int.self, forKey: .version)
        refresh = try? container.decode(String.self, forKey: .refresh)
        expiry = try? container.decode(Double.self, forKey: .expiry)
        received = try? container.decode(Double.self, forKey: .received)
    }
}
