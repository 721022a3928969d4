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
    /// prints it ('d'; *data belum dapat disajikan*): the figure exists, so its legend must not say *tidak tersedia*
    /// (proof-reading 11, P-6), and its mark is its own, so that '...' means one thing in a publication (proof-reading 17).
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

    /// No figure to print, for whatever reason ('...': not available, or 'd': withdrawn as doubtful).
    public var isNotAvailable: Bool { self == .notAvailable || self == .notPresentable }
}

/// The symbols of statistical tables, with their legend: one mark, one meaning. A doubtful figure withdrawn
/// (`diragukan:`) is 'd', not the '...' of data not available: the kab/kota booklets' Tabel 1 (Jawa Barat, Agustus
/// 2022, not in the source) and Grafik 3 (Kota Sukabumi's UMK 2023, withdrawn) printed the same '...' with two legends
/// (proof-reading 17).
public enum StatisticalSymbol: Sendable, CaseIterable, Comparable, RawRepresentable {
    case nothingToReport
    case notAvailable
    case notPresentable
    case withheld

    /// The mark printed: "-", "...", "d", "x".
    public var rawValue: String {
        switch self {
        case .nothingToReport: "-"
        case .notAvailable: "..."
        case .notPresentable: "d"
        case .withheld: "x"
        }
    }

    /// The symbol a mark stands for: "-", "...", "d", "x".
    public init?(rawValue: String) {
        switch rawValue {
        case "-": self = .nothingToReport
        case "...": self = .notAvailable
        case "d": self = .notPresentable
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
