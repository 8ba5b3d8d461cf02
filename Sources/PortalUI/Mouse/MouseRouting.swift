import PortalStore

/// What a mouse report does in `state`: the actions to dispatch, in order (none for a report
/// that lands on nothing). Pure, like `render`: the screen is drawn once into a `TargetCanvas`,
/// and the target on top under the pointer decides. Only left presses and the wheel act.
public func mouseActions(for event: MouseEvent, in state: AppState, keymap: Keymap = .default) -> [Action] {
    let wheel: Int
    switch event.kind {
    case .press(button: 0): wheel = 0
    case .wheelUp: wheel = -MouseWheel.rows
    case .wheelDown: wheel = MouseWheel.rows
    case .press, .release, .drag: return []
    }
    let canvas = TargetCanvas(width: state.width, height: state.height)
    render(state, into: canvas, keymap: keymap)
    guard let target = canvas.target(row: event.row, col: event.col) else { return [] }
    if wheel != 0 {
        switch target {
        case .row, .optionArrow, .scrolls: return [.move(wheel)]
        case .closesHelp: return [.page(wheel > 0 ? 1 : -1)]   // help that does not fit turns pages
        case .tab, .button, .dialogField, .field, .signInField, .runs, .blocks: return []
        }
    }
    switch target {
    case .row(let id): return [.clickRow(id: id)]
    case .optionArrow(let focus, let step): return [focus, .changeOption(step)]
    case .tab(let section): return [.selectSection(section)]
    case .button(let button): return [.clickButton(button)]
    case .dialogField(let index): return [.clickDialogField(index)]
    case .field(let key, let tickBox): return [.clickField(key, tickBox: tickBox)]
    case .signInField(let field): return [.clickSignInField(field)]
    case .runs(let action): return [action]
    case .closesHelp: return [.dismiss]
    case .scrolls, .blocks: return []
    }
}

enum MouseWheel {
    /// Rows one turn of the wheel moves a list's selection or scrolls a pane.
    static let rows = 3
}
