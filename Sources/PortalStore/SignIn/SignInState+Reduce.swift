import FoundationEssentials
import PortalAPI

/// What a key press in the form asks the top level to do.
public enum SignInStep: Sendable, Equatable {
    case none
    case submit(SignInRequest)
    case quit
}

extension SignInState {
    /// Editing, moving between fields, cycling the auth mode, submitting. Enter on the server or
    /// email field moves on; on the password or auth field it signs in.
    public mutating func reduce(_ action: Action) -> SignInStep {
        if submitting { return .none }
        switch action {
        case .focusNext, .move(1): step(1)
        case .focusPrevious, .move(-1): step(-1)
        case .clickSignInField(let field): focus = field
        case .changeOption(let delta) where focus == .auth: cycleAuth(delta)
        case .edit(let edit):
            if focus == .auth {
                switch edit {
                case .left: cycleAuth(-1)
                case .right, .insert(" "): cycleAuth(1)
                default: break
                }
            } else {
                apply(edit, to: focus)
            }
        case .submit:
            if focus == .url || focus == .email { step(1); return .none }
            return submit()
        case .cancelInput, .back:
            return isOverlay ? .none : .quit   // over the portal Ctrl-C quits; Esc must not lose the forms
        default: break
        }
        return .none
    }

    /// Checks the fields and hands the request over; the password leaves the form state here.
    mutating func submit() -> SignInStep {
        if url.text.trimmingWhitespace().isEmpty { return missing(.url, "Enter the server's API address.") }
        if email.text.trimmingWhitespace().isEmpty { return missing(.email, "Enter your account's email address.") }
        if password.text.isEmpty { return missing(.password, "Enter your password.") }
        let request = SignInRequest(url: url.text.trimmingWhitespace(),
                                    email: email.text.trimmingWhitespace(),
                                    password: password.text, auth: auth)
        password = TextFieldState(maxLength: password.maxLength)
        submitting = true
        message = nil
        notice = nil
        return .submit(request)
    }

    /// The attempt failed: say why; the email stays, the password must be typed again.
    public mutating func failed(_ error: APIError) {
        submitting = false
        password = TextFieldState(maxLength: password.maxLength)
        message = Self.sentence(for: error, auth: auth)
        focus = Self.isAddressProblem(error) ? .url : .password
    }

    /// Sign-in errors in words a user can act on.
    public static func sentence(for error: APIError, auth: AuthMode) -> String {
        switch error {
        case .wrongCredentials:
            return "The email or password is not right. Check both and try again."
        case .server(let messages) where messages.contains(key: "internal_error_0") && auth == .jwt:
            return "This server does not offer token sign-in. Choose Auth: basic or auto and try again."
        case .httpStatus(401, _), .httpStatus(403, _):
            return "The server refused the sign-in (\(error.message)) Check the email and password."
        case .offline, .timedOut, .tls:
            return error.message
        case .invalidURL(let why):
            return why.isEmpty ? "The server address is not valid." : why
        case .httpStatus(404, _):
            return "There is no User API at this address (HTTP 404). Check the server address; it usually ends in /api."
        default:
            return "Sign-in failed: " + error.message
        }
    }

    static func isAddressProblem(_ error: APIError) -> Bool {
        switch error {
        case .invalidURL, .offline, .tls, .httpStatus(404, _): return true
        default: return false
        }
    }

    private mutating func missing(_ field: Field, _ text: String) -> SignInStep {
        focus = field
        message = text
        return .none
    }

    private mutating func step(_ delta: Int) {
        let all = Field.allCases
        focus = all[(focus.rawValue + delta + all.count) % all.count]
    }

    private mutating func cycleAuth(_ delta: Int) {
        let all = AuthMode.allCases
        let i = all.firstIndex(of: auth) ?? 0
        auth = all[(i + delta + all.count) % all.count]
    }

    private mutating func apply(_ edit: TextEdit, to field: Field) {
        switch field {
        case .url: url.apply(edit)
        case .email: email.apply(edit)
        case .password: password.apply(edit)
        case .auth: break
        }
    }
}
