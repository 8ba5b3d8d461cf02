/// The one confirm dialog of the portal (send an upgrade, cancel a service, apply credit, place an
/// order, sign out): what it says, which button or field has the focus, and the request it sent.
/// A flow that asks for more than yes or no (when and why to cancel, how much credit) carries its
/// fields in `form`; the focus, the keys, sending and the error are the same for every flow.
public struct ConfirmDialog<Form: DialogForm>: Sendable, Equatable {
    public var title: String
    /// What the dialog says above its question (may be empty when the form says it).
    public var lines: [DialogLine]
    /// The destructive button ("Yes, cancel"); "No" is always the other one.
    public var yesLabel: String
    public var tone: DialogTone
    public var form: Form
    /// "No" first: Enter right away changes nothing.
    public var focus: ConfirmFocus<Form.Field> = .no
    /// Sent once: every key but the answer is ignored meanwhile.
    public var sending = false
    /// The server's refusal, shown until the next edit or attempt.
    public var error: String?

    public init(title: String, lines: [DialogLine] = [], yesLabel: String, tone: DialogTone = .warning, form: Form) {
        self.title = title
        self.lines = lines
        self.yesLabel = yesLabel
        self.tone = tone
        self.form = form
    }

    /// True when the focus is in a field typed into: `y` and `n` are text there.
    public var isTyping: Bool {
        if case .field(let f) = focus { return form.isText(f) }
        return false
    }

    /// The focused field, if the focus is on one.
    public var focusedField: Form.Field? {
        if case .field(let f) = focus { return f }
        return nil
    }

    /// Tab (+1) and Shift-Tab (-1), wrapping through the form's fields and the buttons, which are one
    /// stop entered on "No". Without fields Tab moves between the two buttons.
    public mutating func step(_ delta: Int) {
        let fields = Form.Field.allCases.map { ConfirmFocus<Form.Field>.field($0) }
        if fields.isEmpty { focus = focus == .no ? .yes : .no; return }
        let all = fields + [.no]
        let at = all.firstIndex(of: focus == .yes ? .no : focus) ?? 0
        focus = all[((at + delta) % all.count + all.count) % all.count]
    }

    /// The keys every confirm dialog shares. `y` (`.confirm`) answers yes from anywhere but a text
    /// field being typed in; `n`, Esc, `q` and Ctrl-C answer no; Enter takes the focused button (on
    /// a field it goes on to the next stop, which the flow may check first); ← → move between the
    /// buttons and change a choice; typing goes to the focused text field.
    public mutating func reduce(_ action: Action) -> ConfirmStep<Form.Field> {
        if sending { return .none }   // sent once; waits for the answer
        switch action {
        case .focusNext: step(1)
        case .focusPrevious: step(-1)
        case .changeOption(let delta):
            switch focus {
            case .no, .yes: focus = delta > 0 ? .yes : .no
            case .field(let f):
                form.change(f, by: delta)
                return .changed(f)
            }
        case .edit(let edit):
            guard case .field(let f) = focus, form.isText(f) else { return .none }
            form.edit(f, edit)
            error = nil
            return .changed(f)
        case .confirm:
            return isTyping ? .none : .confirm
        case .submit:
            switch focus {
            case .yes: return .confirm
            case .no: return .close
            case .field(let f): return .submitField(f)
            }
        case .dismiss, .cancelInput, .back:
            return .close
        case .clickButton(let button):
            focus = button == .yes ? .yes : .no
            return button == .yes ? .confirm : .close
        case .clickDialogField(let index):
            let fields = Array(Form.Field.allCases)
            if fields.indices.contains(index) { focus = .field(fields[index]) }
        default:
            break
        }
        return .none
    }
}

/// Where the focus is in a confirm dialog.
public enum ConfirmFocus<Field: Sendable & Equatable>: Sendable, Equatable {
    case field(Field)
    case no
    case yes
}

/// A confirm dialog's two buttons, as a click names them.
public enum DialogButton: Sendable, Equatable {
    case no
    case yes
}

/// What a key asks the flow that owns the dialog to do.
public enum ConfirmStep<Field: Sendable & Equatable>: Sendable, Equatable {
    /// Nothing more (the dialog may have changed its focus).
    case none
    /// Send what the dialog asks (the flow checks the form first).
    case confirm
    /// Close without sending.
    case close
    /// A field's value changed (the flow may check it).
    case changed(Field)
    /// Enter on a field: the flow checks it, then `step(1)` moves on.
    case submitField(Field)
}

/// The fields a dialog holds beside its buttons.
public protocol DialogForm: Sendable, Equatable {
    associatedtype Field: CaseIterable & Sendable & Equatable
    /// True for a field that takes typing (a text field).
    func isText(_ field: Field) -> Bool
    /// ← → on a choice field.
    mutating func change(_ field: Field, by delta: Int)
    /// Typing into a text field.
    mutating func edit(_ field: Field, _ edit: TextEdit)
}

/// A dialog with only its question and the two buttons.
public struct NoForm: DialogForm {
    public enum Field: CaseIterable, Sendable, Equatable {}
    public init() {}
    public func isText(_ field: Field) -> Bool { false }
    public mutating func change(_ field: Field, by delta: Int) {}
    public mutating func edit(_ field: Field, _ edit: TextEdit) {}
}

/// A line of a dialog's text.
public struct DialogLine: Sendable, Equatable {
    public enum Emphasis: Sendable, Equatable { case normal, strong, dim }
    public var text: String
    public var emphasis: Emphasis
    public init(_ text: String, _ emphasis: Emphasis = .normal) {
        self.text = text
        self.emphasis = emphasis
    }
}

/// The colour of a dialog's frame: how much the answer "yes" changes.
public enum DialogTone: Sendable, Equatable { case danger, warning, accent }

/// The yes-or-no dialog (upgrade send, order, sign-out).
public typealias YesNoDialog = ConfirmDialog<NoForm>

extension ConfirmDialog where Form == NoForm {
    public init(title: String, lines: [DialogLine] = [], yesLabel: String, tone: DialogTone = .warning) {
        self.init(title: title, lines: lines, yesLabel: yesLabel, tone: tone, form: NoForm())
    }
}
