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

    /// Text this format wrote, split where its fraction starts: "4,91" → ("4", ",91"); a symbol or a label has no
    /// fraction. Tables align numbers on the decimal separator with it.
    public func integerAndFraction(of text: String) -> (integer: String, fraction: String) {
        guard let range = text.range(of: String(locale.decimalSeparator)),
              text.first.map({ $0.isNumber || String($0) == minusSign }) == true else { return (text, "") }
        return (String(text[..<range.lowerBound]), String(text[range.lowerBound...]))
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

    /// `value` as printed, back as a number: what a reader adds up (2.675 at two decimals is 2.68).
    public func printedValue(of value: Double) -> Double {
        guard value.isFinite else { return value }
        let parts = roundedDigits(of: value)
        let magnitude = Double(parts.integer + (parts.fraction.isEmpty ? "" : "." + parts.fraction)) ?? abs(value)
        return parts.isNegative ? -magnitude : magnitude
    }

    /// The change from `earlier` to `value` as a reader gets it subtracting the two printed figures, with the format
    /// to print it in: wages carry sen, and 1.998.119 against 1.852.100 is a change of 146.019 though the sen give
    /// 146.020. `earlier` is printed with `earlierFormat` (this format when nil); two figures printed with different
    /// decimals differ by as many, so the change takes the finer of the two. `isZero` when it prints as no change.
    public func printedChange(to value: Double, from earlier: Double, earlierFormat: NumberFormat? = nil)
        -> (difference: Double, format: NumberFormat, isZero: Bool) {
        let before = earlierFormat ?? self
        var format = self
        format.decimals = max(decimals, before.decimals)
        let difference = printedValue(of: value) - before.printedValue(of: earlier)
        return (difference, format, format.string(from: abs(difference)) == format.string(from: 0))
    }

    /// Whether `parts`, each as printed, add up to other than `whole` as printed (405,3 + 179,3 beside 584,5): a
    /// table or a stacked chart whose figures disagree so says they are rounded.
    public func printedPartsDisagree(_ parts: [Double], whole: Double) -> Bool {
        abs(parts.map(printedValue).reduce(0, +) - printedValue(of: whole)) > Foundation.pow(10, -Double(decimals)) / 2
    }

    /// The digits of `value` rounded to `decimals`, half away from zero on the shortest decimal representation
    /// of the double, so that 2.675 rounds to 2.68 as a reader expects (binary arithmetic would give 2.67).
    private func roundedDigits(of value: Double) -> (isNegative: Bool, integer: String, fraction: String) {
        let shortest = "\(abs(value))"
        let (integer, fraction) = shortest.contains("e") ? decimalDigits(abs(value)) : splitDigits(shortest)
        var digits = Array((integer + fraction).utf8)
        let keep = integer.utf8.count + decimals
        if digits.count > keep {
            let roundsUp = digits[keep] >= UInt8(ascii: "5")
            digits.removeSubrange(keep...)
            if roundsUp {
                var index = digits.count - 1
                while index >= 0 {
                    if digits[index] == UInt8(ascii: "9") { digits[index] = UInt8(ascii: "0"); index -= 1 } else { digits[index] += 1; break }
                }
                if index < 0 { digits.insert(UInt8(ascii: "1"), at: 0) }
            }
        } else {
            digits += Array(repeating: UInt8(ascii: "0"), count: keep - digits.count)
        }
        let integerCount = digits.count - decimals
        var integerPart = String(decoding: digits[..<integerCount], as: UTF8.self)
        while integerPart.count > 1 && integerPart.hasPrefix("0") { integerPart.removeFirst() }
        let fractionPart = String(decoding: digits[integerCount...], as: UTF8.self)
        let isZero = integerPart == "0" && fractionPart.allSatisfy { $0 == "0" }
        return (value < 0 && !isZero, integerPart, fractionPart)
    }

    private func splitDigits(_ text: String) -> (String, String) {
        guard let dot = text.firstIndex(of: ".") else { return (text, "") }
        let fraction = String(text[text.index(after: dot)...])
        return (String(text[..<dot]), fraction == "0" ? "" : fraction)
    }

    /// Plain digits for values Swift prints with an exponent (1e-05, 1.2e+20). `Decimal` holds exponents up to 127
    /// only (1e308 became "NaN", issue 15): past 10^16, where every double is a whole number, the double's own
    /// digits are written.
    private func decimalDigits(_ value: Double) -> (String, String) {
        if value >= 1e16 { return (String(format: "%.0f", value), "") }
        let decimal = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? Decimal(value)
        return splitDigits(NSDecimalNumber(decimal: decimal).stringValue)
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
