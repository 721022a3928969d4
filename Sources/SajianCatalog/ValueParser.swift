import SajianModel

/// Reads the values of a data file as Indonesian offices write them: a number in the file's number format
/// (`1.234.567,89` or `1,234,567.89`), or a statistical symbol. A blank is "not available", never zero.
///
/// The only place where numbers from data files are parsed.
public struct ValueParser: Sendable {
    /// The number format of the file: `.indonesian` (decimal comma) or `.english` (decimal point).
    public var locale: NumberLocale

    public init(locale: NumberLocale) { self.locale = locale }

    public func parse(_ text: String, at location: SourceLocation) throws -> StatisticalValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
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
        return .number(number)
    }

    /// The number, if `text` is one: grouping separators only between groups of three digits.
    func number(_ text: String) -> Double? {
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
