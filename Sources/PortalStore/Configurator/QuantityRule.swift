import FoundationEssentials
import PortalAPI

/// The numbers a quantity field accepts: `minvalue`…`maxvalue` in `step`s from the minimum, or, for a
/// `slidersequenced` field whose items carry numeric values, exactly those values in order.
public struct QuantityRule: Sendable, Equatable {
    public let minimum: Decimal
    public let maximum: Decimal?
    public let step: Decimal
    /// The allowed values of a sequenced slider, ascending; nil for a plain range.
    public let sequence: [Decimal]?
    let initialValue: Decimal?

    public init(minimum: Decimal = 0, maximum: Decimal? = nil, step: Decimal = 1, sequence: [Decimal]? = nil, initialValue: Decimal? = nil) {
        self.minimum = minimum; self.maximum = maximum; self.step = step > 0 ? step : 1
        self.sequence = sequence; self.initialValue = initialValue
    }

    public init(field: FormField) {
        let values = field.items.compactMap { Decimal(string: $0.value.value.trimmingWhitespace()) }
        if field.kind == .sliderSequenced, field.items.count >= 2, values.count == field.items.count {
            let steps = Array(Set(values)).sorted()
            self.init(minimum: steps[0], maximum: steps[steps.count - 1], sequence: steps, initialValue: field.initialValue)
        } else {
            self.init(minimum: field.minimum ?? 0, maximum: field.maximum, step: field.step ?? 1, initialValue: field.initialValue)
        }
    }

    /// `initialval`, else a numeric pre-filled value, else the minimum; snapped to what is allowed.
    func initial(defaults: [String]) -> Decimal {
        let start = initialValue ?? defaults.lazy.compactMap { Decimal(string: $0) }.first ?? minimum
        return nearest(start)
    }

    /// The allowed value closest to `value`.
    public func nearest(_ value: Decimal) -> Decimal {
        if let sequence {
            return sequence.min { abs($0 - value) < abs($1 - value) } ?? value
        }
        var v = max(minimum, value)
        if let maximum { v = min(maximum, v) }
        let steps = QuantityRule.rounded((v - minimum) / step)
        var snapped = minimum + steps * step
        if let maximum, snapped > maximum { snapped -= step }
        return snapped
    }

    /// `value` moved by `steps` allowed steps, stopping at the ends.
    public func moved(_ value: Decimal, by steps: Int) -> Decimal {
        if let sequence {
            let at = sequence.firstIndex(of: nearest(value)) ?? 0
            return sequence[min(sequence.count - 1, max(0, at + steps))]
        }
        return nearest(nearest(value) + Decimal(steps) * step)
    }

    /// Why `value` is refused, as the end of a sentence that starts with the field's title; nil when allowed.
    public func problem(_ value: Decimal) -> String? {
        if let sequence {
            guard sequence.contains(value) else {
                return "must be one of " + sequence.map { "\($0)" }.joined(separator: ", ")
            }
            return nil
        }
        if value < minimum || (maximum.map { value > $0 } ?? false) {
            return maximum.map { "must be between \(minimum) and \($0)" } ?? "must be at least \(minimum)"
        }
        let steps = (value - minimum) / step
        if QuantityRule.rounded(steps) != steps {
            return minimum == 0 ? "must be a multiple of \(step)" : "must be \(minimum) plus a multiple of \(step)"
        }
        return nil
    }

    static func rounded(_ d: Decimal) -> Decimal {
        d.roundedPlain(places: 0)
    }
}
