/// One cell of statistical data: a number, or one of the symbols statistical tables use in its place.
///
/// A withheld cell holds no number at all, so a confidential value cannot travel past the point
/// where it was withheld.
public enum StatisticalValue: Sendable, Hashable {
    /// A figure.
    case number(Double)
    /// Nihil: nothing to report ('-').
    case nothingToReport
    /// Data not available ('...'; *data tidak tersedia*).
    case notAvailable
    /// Withheld to protect confidentiality ('x'; *dirahasiakan*).
    case withheld

    /// The number, when there is one.
    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The symbol printed in place of a missing number, or nil for a number.
    public var symbol: StatisticalSymbol? {
        switch self {
        case .number: nil
        case .nothingToReport: .nothingToReport
        case .notAvailable: .notAvailable
        case .withheld: .withheld
        }
    }
}

/// The symbols of statistical tables, with their legend.
public enum StatisticalSymbol: String, Sendable, CaseIterable, Comparable {
    case nothingToReport = "-"
    case notAvailable = "..."
    case withheld = "x"

    /// The legend entry, e.g. "x = dirahasiakan".
    public func legend(in vocabulary: Vocabulary) -> String {
        switch self {
        case .nothingToReport: "\(rawValue) = \(vocabulary.symbolNone)"
        case .notAvailable: "\(rawValue) = \(vocabulary.symbolNotAvailable)"
        case .withheld: "\(rawValue) = \(vocabulary.symbolWithheld)"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

extension NumberFormat {
    /// The value as text: the formatted number, or its symbol.
    public func string(from value: StatisticalValue) -> String {
        switch value {
        case .number(let number): string(from: number)
        default: value.symbol!.rawValue
        }
    }
}
