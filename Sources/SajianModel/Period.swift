/// A period as labour data names it: a year, a month (Sakernas rounds are Februari and Agustus),
/// a quarter (*Triwulan*), a semester, or a span ("2024-01 s.d. 2024-11").
public enum Period: Sendable, Hashable, Comparable {
    case year(Int)
    case month(year: Int, month: Int)
    case quarter(year: Int, quarter: Int)
    case semester(year: Int, semester: Int)
    indirect case span(from: Period, through: Period)

    /// The years a period code may name: a four-digit year outside these is taken for a typing error.
    public static let years = 1900...2100

    /// Why a text is not a period code.
    public enum CodeProblem: Error, Equatable, Sendable {
        /// Not written as any period: `kemarin`, `2024/08`, `24-08`.
        case notACode
        case yearOutOfRange(Int)
        case monthOutOfRange(Int)
        case quarterOutOfRange(Int)
        case semesterOutOfRange(Int)

        /// What is wrong, for a message: "the month 13 is not 01–12".
        public var explanation: String {
            switch self {
            case .notACode: "it is not a period code"
            case .yearOutOfRange(let year): "the year \(year) is not \(Period.years.lowerBound)–\(Period.years.upperBound)"
            case .monthOutOfRange(let month): "the month \(month) is not 01–12"
            case .quarterOutOfRange(let quarter): "the quarter \(quarter) is not 1–4"
            case .semesterOutOfRange(let semester): "the semester \(semester) is not 1–2"
            }
        }
    }

    /// Reads the codes datasets use: `2024`, `2024-08`, `2024-Q3` or `2024-T3`, `2024-S1`,
    /// and `2024-01 s.d. 2024-11`. Returns nil for anything else, or for a month, quarter, semester or year out of
    /// its range (`parse(_:)` says which).
    public init?(code: String) {
        guard case .success(let period) = Period.parse(code) else { return nil }
        self = period
    }

    /// The period `code` names, or why it names none: each kind is checked against its own range (months 01–12,
    /// quarters 1–4, semesters 1–2, years in `years`).
    public static func parse(_ code: String) -> Result<Period, CodeProblem> {
        let text = code.trimmingSpaces
        if let range = text.range(of: " s.d. ") {
            let from = parse(String(text[..<range.lowerBound])), through = parse(String(text[range.upperBound...]))
            switch (from, through) {
            case (.success(let from), .success(let through)): return .success(.span(from: from, through: through))
            case (.failure(let problem), _), (_, .failure(let problem)): return .failure(problem)
            }
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts[0].count == 4, parts[0].allSatisfy(isDigit), let year = Int(parts[0]) else { return .failure(.notACode) }
        guard years.contains(year) else { return .failure(.yearOutOfRange(year)) }
        if parts.count == 1 { return .success(.year(year)) }
        guard parts.count == 2 else { return .failure(.notACode) }
        let rest = parts[1].uppercased()
        guard rest.count == 2 else { return .failure(.notACode) }
        if rest.allSatisfy(isDigit), let month = Int(rest) {
            return (1...12).contains(month) ? .success(.month(year: year, month: month)) : .failure(.monthOutOfRange(month))
        }
        guard let last = rest.last, isDigit(last), let number = Int(String(last)) else { return .failure(.notACode) }
        switch rest.first {
        case "Q", "T":
            return (1...4).contains(number) ? .success(.quarter(year: year, quarter: number)) : .failure(.quarterOutOfRange(number))
        case "S":
            return (1...2).contains(number) ? .success(.semester(year: year, semester: number)) : .failure(.semesterOutOfRange(number))
        default:
            return .failure(.notACode)
        }
    }

    private static func isDigit(_ character: Character) -> Bool { ("0"..."9").contains(character) }

    /// The period as a reader names it, a year of data observed in one month (a dataset's `bulan-survei: 8`) by
    /// that month: "Agustus 2023", so that yearly and monthly series read alike in text, tables and notes.
    public func label(in vocabulary: Vocabulary, surveyMonth: Int?) -> String {
        if case .year(let year) = self, let month = surveyMonth { return Period.month(year: year, month: month).label(in: vocabulary) }
        return label(in: vocabulary)
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
            // One way to write a range (issue 14): "Januari–November 2024" within a year, "Februari 2023 – Februari 2025" across years.
            if case .month(let first, let start) = from, case .month(let last, let end) = through, first == last {
                let names = abbreviated ? vocabulary.monthAbbreviations : vocabulary.months
                return "\(names[start - 1])–\(names[end - 1]) \(last)"
            }
            return "\(from.label(in: vocabulary, abbreviated: abbreviated)) – \(through.label(in: vocabulary, abbreviated: abbreviated))"
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
