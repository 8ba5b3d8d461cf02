import PortalStore

/// What a mouse report does in `state`: the actions to dispatch, in order (none for a report
/// that lands on nothing). Pure, like `render`.
public func mouseActions(for event: MouseEvent, in state: AppState, keymap: Keymap = .default) -> [Action] {
    []
}
