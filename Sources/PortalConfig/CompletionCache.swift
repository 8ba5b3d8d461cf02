import FoundationEssentials

/// The ids `pio services` and `pio invoices` listed last, for the shell's completion of
/// `pio service ID`, `pio invoice ID` and `pio credit ID`: `<state>/pio/<profile>/completions`,
/// 0600 in the 0700 profile folder, beside the session. Completion reads this file and never the
/// network, so a Tab on a slow link answers at once. Used only while the session of the account
/// that listed them is stored; only ids of letters, digits, `-` and `_` are kept.
///
///     account<TAB>https://cp.example/api<TAB>me@example.com
///     services<TAB>301 302
///     invoices<TAB>309011
public struct CompletionCache: Sendable {
    public enum Kind: String, Sendable, CaseIterable { case services, invoices }

    public let path: String

    public init(paths: PioPaths, profile: String) { path = paths.profileDirectory(profile) + "/completions" }

    /// Replaces the ids of `kind`, keeping the other kind's when they are the same account's.
    public func save(_ kind: Kind, ids: [String], url: String, user: String) throws {
        try TrustedFolders.check(file: path)
        let account = [url, user]
        var lists = (try? read()).flatMap { $0.account == account ? $0.lists : nil } ?? [:]
        lists[kind] = ids.filter(Self.isSafe)
        var text = "account\t" + account.joined(separator: "\t") + "\n"
        for kind in Kind.allCases { if let ids = lists[kind] { text += kind.rawValue + "\t" + ids.joined(separator: " ") + "\n" } }
        try PrivateFiles.writeAtomically(Data(text.utf8), to: path)
    }

    /// The ids of `kind` listed for the stored session's account; none without one.
    public func ids(_ kind: Kind, for session: StoredSession?) -> [String] {
        guard let session, let cache = try? read(), cache.account == [session.url, session.user] else { return [] }
        return cache.lists[kind] ?? []
    }

    /// Deletes the file (`pio logout`); true when there was one.
    @discardableResult
    public func delete() throws -> Bool { try PrivateFiles.remove(path) }

    func read() throws -> (account: [String], lists: [Kind: [String]])? {
        guard let data = try PrivateFiles.readPrivate(path) else { return nil }
        var account: [String] = []
        var lists: [Kind: [String]] = [:]
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if fields.first == "account" { account = Array(fields.dropFirst()) }
            if let kind = fields.first.flatMap(Kind.init(rawValue:)), fields.count == 2 {
                lists[kind] = fields[1].split(separator: " ").map(String.init).filter(Self.isSafe)
            }
        }
        return (account, lists)
    }

    static func isSafe(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.unicodeScalars.allSatisfy {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_")
        }
    }
}
