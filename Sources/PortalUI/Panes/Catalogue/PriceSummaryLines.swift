import FoundationEssentials
import PortalAPI
import PortalStore

/// The estimate as label/amount lines: the product, each chosen item, addons, recurring per
/// cycle, setup and the total due today.
enum PriceSummaryLines {
    struct Line {
        var label: String
        var amount: String
        var style: Style
    }

    static func build(_ s: PriceSummary, money: AmountStyle) -> [Line] {
        var out = [Line(label: "Estimate (the invoice decides)", amount: "", style: Style(.accent, bold: true))]
        for line in s.lines {
            let cycle = line.cycle.label
            let label = line == s.base ? "\(line.label.value) (\(cycle))" : (s.addons.contains(line) ? "\(line.label.value) (\(cycle))" : line.label.value)
            out.append(Line(label: label, amount: money(line.recurring), style: .normal))
            if line.setup != 0 { out.append(Line(label: "  setup", amount: money(line.setup), style: Style(.dim))) }
        }
        for total in s.recurring {
            out.append(Line(label: "Recurring \(total.cycle.label)", amount: money(total.amount), style: Style(.normal, bold: true)))
        }
        out.append(Line(label: "Setup", amount: money(s.setup), style: Style(.normal, bold: true)))
        out.append(Line(label: "Due today (estimate)", amount: money(s.dueToday), style: Style(.accent, bold: true)))
        return out
    }

    /// One line for the foot of a narrow configurator.
    static func footer(_ s: PriceSummary, money: AmountStyle) -> String {
        let recurring = s.recurring.map { "\($0.cycle.label) \(money($0.amount))" }.joined(separator: " + ")
        return "Due today ≈ \(money(s.dueToday)) (estimate) · \(recurring) · setup \(money(s.setup))"
    }

    static func draw(_ line: Line, row: Int, col: Int, width: Int, on canvas: any Canvas) {
        let amountWidth = max(10, TextWidth.of(line.amount))
        canvas.put(row: row, col: col, line.label, width: max(1, width - amountWidth - 1), style: line.style)
        let a = TextWidth.of(line.amount)
        canvas.put(row: row, col: col + width - a, line.amount, style: line.style)
    }
}
