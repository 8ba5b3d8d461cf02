"""The services the peers list: fetched from the same pio-sandbox as pio, as text rows."""
import base64, json, os, urllib.request

COLUMNS = ("ID", "Domain", "Product", "Status", "Cycle", "Next due", "Amount")


def fetch():
    url = os.environ["PIO_URL"].rstrip("/") + "/service"
    auth = base64.b64encode(f"{os.environ['PIO_USER']}:{os.environ['PIO_PASSWORD']}".encode()).decode()
    req = urllib.request.Request(url, headers={"Authorization": "Basic " + auth})
    with urllib.request.urlopen(req, timeout=30) as resp:
        services = json.load(resp)["services"]
    return [(s["id"], s["domain"], s.get("name", ""), s["status"], s["billingcycle"], s["next_due"], s["total"])
            for s in services]


def line(row, width=100):
    widths = (6, 30, 22, 10, 12, 10, 9)
    cells = [str(v)[:w].ljust(w) for v, w in zip(row, widths)]
    cells[-1] = str(row[-1])[:widths[-1]].rjust(widths[-1])
    return " ".join(cells)[:width]
