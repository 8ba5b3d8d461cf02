import FoundationEssentials

/// What pio needs of `NSDecimalNumber` and `NSDecimalRound`, which FoundationEssentials lacks.
/// FoundationEssentials keeps a Decimal's digits private, so these read its plain `description`.
extension Decimal {
    /// Rounded to `places` decimals, a half away from zero (`NSDecimalRound`'s `.plain`).
    public func roundedPlain(places: Int) -> Decimal {
        guard !isNaN, exponent < -places, places >= 0 else { return self }
        guard let units = scaledInteger(shift: places, rounding: true) else { return self }
        if units == 0 { return 0 }
        return Decimal(sign: units < 0 ? .minus : .plus, exponent: -places, significand: Decimal(units.magnitude))
    }

    /// The whole part (toward zero) if it fits an `Int`.
    public var wholeNumber: Int? {
        scaledInteger(shift: 0, rounding: false).flatMap { Int(exactly: $0) }
    }

    /// `self × 10^shift` as an integer, its fraction dropped or rounded a half away from zero;
    /// nil for NaN or when it does not fit 64 bits.
    public func scaledInteger(shift: Int, rounding: Bool) -> Int64? {
        guard !isNaN, shift >= 0 else { return nil }
        var text = description
        return text.withUTF8 { bytes -> Int64? in
            var i = 0
            let negative = bytes.first == UInt8(ascii: "-")
            if negative { i = 1 }
            var value: Int64 = 0
            var fractionDigits = -1     // -1 before the point
            var roundUp = false
            while i < bytes.count {
                let b = bytes[i]
                i += 1
                if b == UInt8(ascii: ".") { fractionDigits = 0; continue }
                guard b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") else { return nil }
                if fractionDigits >= shift {
                    roundUp = rounding && b >= UInt8(ascii: "5")
                    break
                }
                if fractionDigits >= 0 { fractionDigits += 1 }
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (plus, o2) = times.addingReportingOverflow(Int64(b - UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                value = plus
            }
            for _ in 0..<(shift - max(fractionDigits, 0)) {
                let (times, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = times
            }
            if roundUp {
                let (plus, overflow) = value.addingReportingOverflow(1)
                if overflow { return nil }
                value = plus
            }
            return negative ? -value : value
        }
    }

    /// The nearest `Double` (for proportions on screen and timestamps, never for money).
    public var approximateDouble: Double { Double(description) ?? .nan }
}
