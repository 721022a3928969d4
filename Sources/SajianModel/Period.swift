/// A period as labour data names it: a year, a month (Sakernas rounds are Februari and Agustus),
/// a quarter (*Triwulan*), a semester, or a span ("2024-01 s.d. 2024-11").
public enum Period: Sendable, Hashable, Comparable {
    case year(Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case semester(year: Int, semester: Int)
    indirect case span(from: Period, through: Period)

    /// Reads the codes datasets use: `2024`, `2024-08`, `2024-Q3` or `2024-T3`, `2024-S1`,
    /// and `2024-01 s.d. 2024-11`. Returns nil for anything else.
    public init?(code: String) {
        let text = code.trimmingCharacters(in: .whitespaces)
        if let range = text.range(of: " s.d. ") {
            guard let from = Period(code: String(text[..<range.lowerBound])),
                  let through = Period(code: String(text[range.upperBound...])) else { return nil }
            self = .span(from: from, through: through)
            return
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        if parts.count == 1 { self = .year(year); return }
        guard parts.count == 2 else { return nil }
        let rest = parts[1].uppercased()
        if let month = Int(rest), (1...12).contains(month), rest.count == 2 {
            self = .month(year: year, month: month)
        } else if let first = rest.first, rest.count == 2, let number = Int(rest.dropFirst()) {
            switch first {
            case "Q", "T" where (1...4).contains(number): self = .quarter(year: year, quarter: number)
            case "S" where (1...2).contains(number): self = .semester(year: year, semester: number)
            default: return nil
            }
        } else {
            return nil
        }
    }

    /// The period as a reader names it: "Agustus 2024", "Triwulan III 2024", "2024".
    public func label(in vocabulary: Vocabulary, abbreviated: Bool = false) -> String {
        switch self {
        case .year(let year): return String(year)
        case .month(let year, let month):
            let names = abbreviated ? vocabulary.monthAbbreviations : vocabulary.months
            return "\(names[month - 1]) \(year)"
        case .quarter(let year, let quarter):
            let roman = ["I", "II", "III", "IV"][quarter - 1]
            return vocabulary == .indonesian ? "Triwulan \(roman) \(year)" : "Q\(quarter) \(year)"
        case .semester(let year, let semester):
            return vocabulary == .indonesian ? "Semester \(semester) \(year)" : "H\(semester) \(year)"
        case .span(let from, let through):
            return "\(from.label(in: vocabulary, abbreviated: abbreviated)) \(vocabulary.through) \(through.label(in: vocabulary, abbreviated: abbreviated))"
        }
    }

    /// A sort key: the first month the period covers, counted from year 0.
    private var startMonth: Int {
        switch self {
        case .year(let year): year * 12
        case .month(let year, let month): year * 12 + month - 1
        case .quarter(let year, let quarter): year * 12 + (quarter - 1) * 3
        case .semester(let year, let semester): year * 12 + (semester - 1) * 6
        case .span(let from, _): from.startMonth
        }
    }

    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.startMonth < rhs.startMonth }
}

import Foundation
