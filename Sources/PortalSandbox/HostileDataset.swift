/// The demo account with every string a terminal client must not trust: escape sequences (CSI, OSC 52
/// clipboard, OSC 0 title), C1 controls, bidi overrides, CR, zero-width and combining marks, CJK, emoji,
/// and 10 KB labels. Service 301 keeps its domain `pio-demo.example` so tests can find their footing.
enum HostileDataset {
    static let esc = "\u{1B}"
    static let samples: [String] = [
        "\(esc)[2J\(esc)[H\(esc)[31mscreen-cleared.example",
        "\(esc)]52;c;cm0gLXJmIH4vCg==\u{07}clipboard.example",
        "\(esc)]0;pwned title\u{07}title.example",
        "\u{9B}31mC1-csi\u{85}next-line\u{90}dcs\u{9C}.example",
        "\u{202E}elpmaxe.lanigiro\u{202C}",
        "visible\rOVERWRITTEN",
        "日本語のサービス名前.example",
        "🚀🔥👩‍👩‍👧‍👦 family.example",
        "zero\u{200B}width\u{2060}joiner\u{FEFF}.example",
        "combining e\u{301}\u{301}\u{301}\u{301} marks",
        "tab\there\u{7F}del\u{08}backspace",
        "\(esc)]8;;https://evil.example\(esc)\\click me\(esc)]8;;\(esc)\\",
    ]

    static let tenKB: String = {
        let unit = "長いラベル-long-label-🚀-"
        return String(repeating: unit, count: 10_240 / unit.utf8.count + 1)
    }()

    static func make(base: Dataset) -> Dataset {
        var data = base
        data.account.client.firstname = "\(esc)[5mBlink\(esc)[0m"
        data.account.client.lastname = "\u{202E}reveR"
        data.account.client.companyname = "\(esc)]0;Company\u{07}ACME 株式会社"
        for i in data.services.indices {
            let sample = samples[i % samples.count]
            if data.services[i].id != 301 { data.services[i].domain = sample }
            data.services[i].label = i % 2 == 0 ? tenKB : samples[(i + 3) % samples.count]
            data.services[i].username = samples[(i + 5) % samples.count]
            data.services[i].password = "\(esc)[8mhidden\(esc)[0m"
        }
        for i in data.invoices.indices {
            data.invoices[i].notes = "<script>alert(1)</script>\(samples[i % samples.count])<br>&lt;b&gt;&#27;[31m"
            for j in data.invoices[i].items.indices {
                data.invoices[i].items[j].description = samples[(i + j) % samples.count] + "<br>" + samples[(i + j + 1) % samples.count]
            }
            if i == 0 { data.invoices[i].number = "\(esc)[31m2026/11/1" }
        }
        for i in data.catalogue.categories.indices {
            data.catalogue.categories[i].name = samples[(i + 2) % samples.count]
            data.catalogue.categories[i].description = "<b>" + samples[(i + 4) % samples.count] + "</b>&amp;&#x1b;"
        }
        for i in data.catalogue.products.indices {
            data.catalogue.products[i].name = samples[(i + 6) % samples.count]
            data.catalogue.products[i].description = String(repeating: "<p>" + samples[i % samples.count] + "</p>", count: 50)
            for f in data.catalogue.products[i].forms.indices {
                data.catalogue.products[i].forms[f].title = samples[(i + f) % samples.count]
                for k in data.catalogue.products[i].forms[f].items.indices {
                    data.catalogue.products[i].forms[f].items[k].title = samples[(i + f + k + 1) % samples.count]
                }
            }
        }
        return data
    }
}
