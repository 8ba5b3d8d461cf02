import CNcurses
import PortalUI

/// Maps style roles to ncurses attributes: colour pairs when colours are on, attributes alone otherwise,
/// so selection and emphasis survive on monochrome terminals and under NO_COLOR.
struct Palette {
    private var attributes: [StyleRole: attr_t] = [:]

    init(colors: Bool) {
        let mono: [StyleRole: attr_t] = [
            .normal: CN_A_NORMAL, .header: CN_A_REVERSE | CN_A_BOLD, .statusBar: CN_A_REVERSE,
            .selected: CN_A_REVERSE, .dim: CN_A_DIM, .accent: CN_A_BOLD, .error: CN_A_BOLD,
            .success: CN_A_NORMAL, .warning: CN_A_BOLD, .danger: CN_A_BOLD | CN_A_UNDERLINE,
            .border: CN_A_DIM, .input: CN_A_UNDERLINE,
        ]
        attributes = mono
        guard colors else { return }
        // (role, foreground, background, extra attributes); -1 is the terminal's default colour.
        // The selection stays plain reverse video in every mode: one attribute, no colour pair, so
        // moving it costs the fewest bytes (and reads on any background).
        let scheme: [(StyleRole, Int16, Int16, attr_t)] = [
            (.header, Int16(COLOR_WHITE), Int16(COLOR_BLUE), CN_A_BOLD),
            (.statusBar, Int16(COLOR_BLACK), Int16(COLOR_CYAN), CN_A_NORMAL),
            (.accent, Int16(COLOR_CYAN), -1, CN_A_BOLD),
            (.error, Int16(COLOR_RED), -1, CN_A_BOLD),
            (.success, Int16(COLOR_GREEN), -1, CN_A_NORMAL),
            (.warning, Int16(COLOR_YELLOW), -1, CN_A_BOLD),
            (.danger, Int16(COLOR_RED), -1, CN_A_NORMAL),
            (.border, Int16(COLOR_BLUE), -1, CN_A_NORMAL),
        ]
        for (index, entry) in scheme.enumerated() {
            let pair = Int16(index + 1)
            guard init_pair(pair, entry.1, entry.2) == OK else { continue }
            attributes[entry.0] = cn_color_pair(Int32(pair)) | entry.3
        }
    }

    func attributes(for style: Style) -> attr_t {
        var a = attributes[style.role] ?? CN_A_NORMAL
        if style.bold { a |= CN_A_BOLD }
        if style.reverse { a |= CN_A_REVERSE }
        if style.underline { a |= CN_A_UNDERLINE }
        return a
    }
}
