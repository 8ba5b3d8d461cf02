import PortalAPI
import PortalStore

/// One row of the keymap table: the keys, where they apply, what they do, and the help text.
public struct KeyBinding: Sendable, Equatable {
    public var keys: [Key]
    public var context: KeyContext
    public var action: Action
    /// Shown in the `?` overlay.
    public var help: String
    /// Short label for the status bar; nil keeps the binding out of it.
    public var hint: String?
    /// Only offered when the condition holds for the state (e.g. an action the server lists).
    public var condition: BindingCondition
    /// Neighbouring bindings with the same group share one line of the `?` overlay, which then
    /// shows the group text instead of each help ("1/2/3  services, invoices, catalogue").
    public var helpGroup: String?
    /// When the status bar shows `hint` (the key works, and `?` lists it, regardless).
    public var hintCondition: BindingCondition

    public init(_ keys: [Key], _ context: KeyContext, _ action: Action, _ help: String,
                hint: String? = nil, when condition: BindingCondition = .always, group: String? = nil,
                hintWhen hintCondition: BindingCondition = .always) {
        self.keys = keys
        self.context = context
        self.action = action
        self.help = help
        self.hint = hint
        self.condition = condition
        self.helpGroup = group
        self.hintCondition = hintCondition
    }
}

public enum BindingCondition: Sendable, Equatable {
    case always
    case serviceOffers(ServiceAction)
    /// The open service has a password to show.
    case serviceHasPassword
    /// The sign-in form is the whole screen (not over the portal).
    case signInOnScreen
    /// The open invoice is unpaid, so credit can be applied to it.
    case invoiceTakesCredit
    /// More than one profile is known.
    case severalProfiles
    /// The pane on screen has something to reload (the order review and its result do not).
    case paneRefreshes
    /// The clipboard setting is on and the pane on screen has a value to copy.
    case canCopy
    /// The open service or invoice has this value to copy.
    case copyOffers(CopyTarget)

    func holds(in state: AppState) -> Bool {
        switch self {
        case .always: return true
        case .serviceOffers(let a): return state.services.detail?.offered.contains(a) == true
        case .serviceHasPassword: return state.services.detail?.detail.value?.password.isEmpty == false
        case .signInOnScreen: return state.signIn.presentation == .screen
        case .invoiceTakesCredit: return state.invoices.detail?.detail.value?.isUnpaid == true
        case .severalProfiles: return state.profiles.known.count > 1
        case .paneRefreshes: return state.section != .catalogue || state.catalogue.paneRefreshes
        case .canCopy: return state.clipboardEnabled && !state.copyableValues.isEmpty
        case .copyOffers(let target): return state.copyableValues.contains { $0.target == target }
        }
    }
}

extension Key {
    /// How a key is written in help and hints: "q", "Enter", "↑", "Ctrl-U".
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-" + String(c).uppercased()
        case .alt(let c): return "Alt-" + String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        }
    }
}
