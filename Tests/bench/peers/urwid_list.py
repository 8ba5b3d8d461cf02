"""A reference list for the benchmark: the services in an urwid ListBox, q quits."""
import sys
import urwid
import service_rows


def main():
    rows = service_rows.fetch()
    items = [urwid.AttrMap(urwid.SelectableIcon(service_rows.line(r), 0), None, "focus") for r in rows]
    listbox = urwid.ListBox(urwid.SimpleFocusListWalker(items))
    header = urwid.AttrMap(urwid.Text(service_rows.line(service_rows.COLUMNS)), "header")
    frame = urwid.Frame(listbox, header=header)

    def keys(key):
        if key in ("q", "Q"):
            raise urwid.ExitMainLoop()

    urwid.MainLoop(frame, [("focus", "standout", ""), ("header", "bold", "")], unhandled_input=keys).run()


if __name__ == "__main__":
    sys.exit(main())
