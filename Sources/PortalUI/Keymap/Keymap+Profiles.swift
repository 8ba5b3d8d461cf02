import PortalStore

extension KeyBinding {
    /// `O` and `P` share a line of the `?` overlay.
    static let accountGroup = "sign out (asks first) / switch profile"

    /// `P` and the profile chooser's keys. The status bar offers `P` once there is a second profile.
    static let profiles: [KeyBinding] = [
        KeyBinding([.char("P")], .global, .showProfiles, "profiles: switch to another", hint: "profiles",
                   group: accountGroup, hintWhen: .severalProfiles),
        KeyBinding([.char("j"), .down], .profiles, .move(1), "next profile", group: "next / previous profile"),
        KeyBinding([.char("k"), .up], .profiles, .move(-1), "previous profile", group: "next / previous profile"),
        KeyBinding([.char("g"), .home], .profiles, .moveToFirst, "first profile"),
        KeyBinding([.char("G"), .end], .profiles, .moveToLast, "last profile"),
        KeyBinding([.enter], .profiles, .open, "switch to the selected profile", hint: "switch"),
        KeyBinding([.escape, .char("q"), .char("P")], .profiles, .dismiss, "close, staying on this profile", hint: "close"),
    ]
}
