import SajianModel

/// Reads the values of a data file as Indonesian offices write them: a number in the file's number format
/// (`1.234.567,89` or `1,234,567.89`), or a statistical symbol. A blank is "not available", never zero.
///
/// The only place where numbers from data files are parsed. A number is finite and within ``magnitudes``: one too
/// large for a double to keep its digits, or so small that it would be stored as zero, is refused (issue 15).
public struct ValueParser: Sendable {
    /// The magnitudes a non-zero number may have: 10^-9 to 10^15. Beyond 10^15 a double no longer holds every
    /// integer digit (and 10^308 is infinity); below 10^-9 no `desimal:` (at most 6) can show it.
    public static let magnitudes: ClosedRange<Double> = 1e-9...1e15

    /// The number format of the file: `.indonesian` (decimal comma) or `.english` (decimal point).
    public var locale: NumberLocale

    public init(locale: NumberLocale) { self.locale = locale }

    public func parse(_ text: String, at location: SourceLocation) throws -> StatisticalValue {
        let trimmed = text.trimmingSpaces
        switch trimmed {
        case "", "...", "…", "NA", "na", "N/A", "n.a.", "#N/A": return .notAvailable
        case "-", "–", "—": return .nothingToReport
        case "x", "X": return .withheld
        default: break
        }
        guard let number = number(trimmed) else {
            let shown = trimmed.count > 40 ? trimmed.prefix(40) + "…" : Substring(trimmed)
            let example = locale == .indonesian ? "1.234.567,89" : "1,234,567.89"
            throw DiagnosticError(Diagnostic(
                at: location, "`\(shown)` is not a number in the file's format (\(locale == .indonesian ? "decimal comma" : "decimal point"))",
                hint: "Write numbers like \(example), or a symbol: '-' nihil, '...' not available, 'x' withheld. If the file uses the other format, set `format-angka: \(locale == .indonesian ? "en" : "id")` in the metadata."))
        }
        guard number == 0 ? !hasNonZeroDigit(trimmed) : Self.magnitudes.contains(abs(number)) else {
            throw DiagnosticError(Diagnostic(at: location, "\(Self.describe(trimmed)) is outside the range Sajian stores: "
                                                 + "a number is 0 or between 0.000000001 and 1000000000000000 (10^-9 to 10^15) in magnitude",
                                             hint: "Check the value; for a very large or very small quantity, use a larger or smaller unit "
                                                 + "(`satuan:` ribu, juta, miliar) in the metadata and divide the values accordingly."))
        }
        return .number(number)
    }

    /// The number's text as a message quotes it: whole when short, else its first digits and its length.
    static func describe(_ text: String) -> String {
        text.count > 40 ? "the \(text.count)-character number `\(text.prefix(20))…`" : "`\(text)`"
    }

    private func hasNonZeroDigit(_ text: String) -> Bool { text.contains { $0.isASCIIDigit && $0 != "0" } }

    /// The number, if `text` is one: grouping separators only between groups of three digits.
    func number(_ text: String) -> Double? {
        // Most values are whole numbers of a few digits: read those from their bytes (exact up to 15 digits).
        if text.utf8.count <= 15, !text.utf8.isEmpty, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return Double(text.utf8.reduce(0) { $0 * 10 + Int($1 - 0x30) })
        }
        var body = Substring(text)
        var negative = false
        if let first = body.first, first == "-" || first == "\u{2212}" { negative = true; body = body.dropFirst() }
        else if body.first == "+" { body = body.dropFirst() }
        let parts = body.split(separator: locale.decimalSeparator, omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return nil }
        let groups = parts[0].split(separator: locale.groupingSeparator, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.count <= (groups.count > 1 ? 3 : .max),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        var plain = groups.joined()
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit) else { return nil }
            plain += "." + parts[1]
        }
        guard let value = Double(plain) else { return nil }
        return negative ? -value : value
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

import Foundation
