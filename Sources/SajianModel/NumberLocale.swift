import Foundation

/// How numbers are written on the page.
///
/// Indonesian publications use a decimal comma and a thousands dot (4,91 and 7.465.599);
/// a publication may choose English (4.91 and 7,465,599) with `bahasa: en`.
public enum NumberLocale: String, Sendable, CaseIterable {
    /// Bahasa Indonesia: `4,91`, `7.465.599`.
    case indonesian = "id"
    /// English: `4.91`, `7,465,599`.
    case english = "en"

    /// The character between the integer and the fractional part.
    public var decimalSeparator: Character { self == .indonesian ? "," : "." }
    /// The character between groups of three digits.
    public var groupingSeparator: Character { self == .indonesian ? "." : "," }
}

/// Formats numbers for the page: the only place in Sajian where a number becomes text.
public struct NumberFormat: Sendable, Hashable {
    /// The locale whose separators are used.
    public var locale: NumberLocale
    /// Digits after the decimal separator; values are rounded half away from zero, as BPS does.
    public var decimals: Int
    /// Whether groups of thousands are separated (7.465.599). Years and codes turn it off.
    public var groupsThousands: Bool
    /// The sign placed before negative numbers. The page uses the true minus sign (U+2212) so that a
    /// negative number can never be mistaken for the statistical symbol '-' (nihil); CSV uses '-'.
    public var minusSign: String

    public init(locale: NumberLocale = .indonesian, decimals: Int = 0, groupsThousands: Bool = true,
                minusSign: String = "\u{2212}") {
        self.locale = locale
        self.decimals = max(0, min(decimals, 10))
        self.groupsThousands = groupsThousands
        self.minusSign = minusSign
    }

    /// The number as text, e.g. `4,91` or `7.465.599`.
    public func string(from value: Double) -> String {
        guard value.isFinite else { return "..." }
        let parts = roundedDigits(of: value)
        var text = parts.isNegative ? minusSign : ""
        text += groupsThousands ? grouped(parts.integer) : parts.integer
        if decimals > 0 {
            text.append(locale.decimalSeparator)
            text += parts.fraction
        }
        return text
    }

    /// The digits of `value` rounded to `decimals`, computed in decimal arithmetic from the shortest
    /// representation of the double, so that 2.675 rounds to 2.68 as a reader expects.
    private func roundedDigits(of value: Double) -> (isNegative: Bool, integer: String, fraction: String) {
        var decimal = Decimal(string: "\(abs(value))", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(abs(value))
        var rounded = Decimal()
        NSDecimalRound(&rounded, &decimal, decimals, .plain)
        var digits = NSDecimalNumber(decimal: rounded).stringValue  // plain notation, '.' separator
        if digits.hasPrefix("-") { digits.removeFirst() }
        let pieces = digits.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(pieces[0])
        var fraction = pieces.count > 1 ? String(pieces[1]) : ""
        if fraction.count < decimals { fraction += String(repeating: "0", count: decimals - fraction.count) }
        let isZero = integer.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
        return (value < 0 && !isZero, integer, fraction)
    }

    private func grouped(_ integer: String) -> String {
        guard integer.count > 3 else { return integer }
        var result = ""
        for (index, digit) in integer.enumerated() {
            if index > 0 && (integer.count - index) % 3 == 0 { result.append(locale.groupingSeparator) }
            result.append(digit)
        }
        return result
    }
}
