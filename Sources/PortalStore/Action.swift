import PortalAPI

/// Everything that can happen: terminal events, user intents (from the keymap) and responses.
public enum Action: Sendable, Equatable {
    /// Sent once after the terminal is up: signs in, then loads services.
    case start
    /// Sent at start and on every resize.
    case resized(width: Int, height: Int)
    /// Spinner tick, sent at most 10 times a second while `wantsTicks`.
    case tick

    // Lists
    case move(Int)
    case page(Int)
    /// Ctrl-D (+1) and Ctrl-U (-1): half a page, as in less and vim.
    case halfPage(Int)
    case moveToFirst
    case moveToLast
    case open
    /// A click on a list row: selects it, or opens it when it is the selected one already.
    case clickRow(id: String)
    case cycleSort
    /// Sort by the column with this name (the list's sort column `rawValue`); again reverses.
    case sortBy(String)

    // Sections
    case selectSection(Section)
    /// Tab (+1) and Shift-Tab (-1).
    case stepSection(Int)

    // Navigation and overlays
    case back
    case toggleHelp
    case refresh
    /// Asks to sign out (confirmed first).
    case signOut
    /// `P`: lists the profiles to switch to one.
    case showProfiles
    case beginFilter
    case clearFilter

    // Text fields (filter line, label editor, cancel reason)
    case edit(TextEdit)
    case submit
    case cancelInput

    // Service detail
    case togglePassword
    case beginLabelEdit
    case beginCancel
    case beginUpgrade

    // Invoice detail
    /// Opens the apply-credit dialog (unpaid invoices only).
    case beginCredit

    // Copying a value of the open service or invoice to the terminal's clipboard
    /// `y`: offers the values of the pane on screen, one letter each.
    case beginCopy
    /// The letter chosen: copies that value (OSC 52) and says what was copied.
    case copy(CopyTarget)

    // Forms and dialogs
    case focusNext
    case focusPrevious
    case changeOption(Int)
    case confirm
    case dismiss
    /// A click on a confirm dialog's button.
    case clickButton(DialogButton)
    /// A click on a field of a confirm dialog (its place in `Form.Field.allCases`) or of the order
    /// review (`ReviewForm.Focus`'s raw value).
    case clickDialogField(Int)

    // Configurator
    /// Space: tick or untick the focused item or addon.
    case toggleOption
    /// `+` / `-`: change the focused quantity by steps.
    case adjust(Int)
    /// `o`: review the order.
    case review
    /// A click on a field: focuses it; on its tick box (the item's index) also ticks or unticks it.
    case clickField(FieldKey, tickBox: Int?)

    /// A click on a field of the sign-in form: focuses it.
    case clickSignInField(SignInState.Field)

    /// A server response for the request with this key.
    case received(RequestKey, Response)
    /// Something the client says once, not tied to a request (e.g. that `auto` fell back to HTTP Basic).
    case notice(String)
}

/// A response, carrying `Result<Model, APIError>`.
public enum Response: Sendable, Equatable {
    case login(Result<Empty, APIError>)
    case signIn(Result<SignedIn, APIError>)
    case signOut(Result<SignOutOutcome, APIError>)
    case profiles(Result<[ProfileSummary], APIError>)
    case profileSwitch(Result<ProfileSwitch, APIError>)
    case balance(Result<Balance, APIError>)
    case services(Result<[ServiceSummary], APIError>)
    case service(Result<ServiceDetail, APIError>)
    case serviceMethods(Result<[ServiceMethod], APIError>)
    case setLabel(Result<ServerMessages, APIError>)
    case cancel(Result<ServerMessages, APIError>)
    case upgradeOptions(Result<UpgradeOptions, APIError>)
    case upgrade(Result<UpgradeQuote, APIError>)
    case invoices(Result<InvoiceList, APIError>)
    case invoice(Result<InvoiceDetail, APIError>)
    case applyCredit(Result<ServerMessages, APIError>)
    case categories(Result<[ProductCategory], APIError>)
    case products(Result<[Product], APIError>)
    case productConfiguration(Result<ProductConfiguration, APIError>)
    case order(Result<OrderResult, APIError>)
}

/// The payload of an operation that returns nothing worth keeping.
public struct Empty: Sendable, Equatable {
    public init() {}
}
