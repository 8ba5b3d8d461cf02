/// A key press as the view layer sees it, decoded from the terminal by PortalTerminal.
public enum Key: Hashable, Sendable {
    case char(Character)          // printable text, including space
    case ctrl(Character)          // Ctrl-A … Ctrl-Z as lowercase letters ("u" for Ctrl-U)
    case alt(Character)           // Alt/Meta + a key, sent by terminals as ESC then the key
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}
