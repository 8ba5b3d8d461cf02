"""A reference list for the benchmark: the services in a Textual DataTable, q quits."""
from textual.app import App
from textual.widgets import DataTable
import service_rows


class Services(App):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self):
        yield DataTable(cursor_type="row")

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns(*service_rows.COLUMNS)
        table.add_rows(service_rows.fetch())
        table.focus()


if __name__ == "__main__":
    Services().run()
