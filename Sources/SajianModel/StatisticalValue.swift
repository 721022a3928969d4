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
    /// A figure the source gives but the dataset marks as doubtful (`diragukan:`), withdrawn so that no publication
    /// prints it: '...' as for data not available, but its legend says *data belum dapat disajikan*, since the figure
    /// exists (proof-reading 11, P-6).
    case notPresentable
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
        case .notPresentable: .notPresentable
        case .withheld: .withheld
        }
    }

    /// No figure to print, for whatever reason ('...': not available, or withdrawn as doubtful).
    public var isNotAvailable: Bool { self == .notAvailable || self == .notPresentable }
}

/// The symbols of statistical tables, with their legend. Two reasons share the mark '...': data not available, and a
/// doubtful figure withdrawn (`diragukan:`); each has its own legend entry, so that the legend says why a value is
/// missing ("... = data belum dapat disajikan" beside Kota Sukabumi's withdrawn UMK, not "data tidak tersedia").
public enum StatisticalSymbol: Sendable, CaseIterable, Comparable, RawRepresentable {
    case nothingToReport
    case notAvailable
    case notPresentable
    case withheld

    /// The mark printed: "-", "...", "x".
    public var rawValue: String {
        switch self {
        case .nothingToReport: "-"
        case .notAvailable, .notPresentable: "..."
        case .withheld: "x"
        }
    }

    /// The symbol a mark stands for when nothing says why ("..." is data not available).
    public init?(rawValue: String) {
        switch rawValue {
        case "-": self = .nothingToReport
        case "...": self = .notAvailable
        case "x": self = .withheld
        default: return nil
        }
    }

    /// The legend entry, e.g. "x = dirahasiakan".
    public func legend(in vocabulary: Vocabulary) -> String {
        switch self {
        case .nothingToReport: "\(rawValue) = \(vocabulary.symbolNone)"
        case .notAvailable: "\(rawValue) = \(vocabulary.symbolNotAvailable)"
        case .notPresentable: "\(rawValue) = \(vocabulary.symbolNotPresentable)"
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
