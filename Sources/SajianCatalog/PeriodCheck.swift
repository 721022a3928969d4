import SajianModel

/// The kind of period a dataset's period dimension declares (`jenis:` under the dimension): its values must be
/// periods of that kind, so that a year does not hide among months (issue 12).
public enum PeriodKind: String, Sendable, CaseIterable {
    case year = "tahun"
    case semester = "semester"
    case quarter = "triwulan"
    case month = "bulan"

    /// Whether `period` (or both ends of a span) is of this kind.
    public func admits(_ period: Period) -> Bool {
        switch (self, period) {
        case (.year, .year), (.semester, .semester), (.quarter, .quarter), (.month, .month): true
        case (_, .span(let from, let through)): admits(from) && admits(through)
        default: false
        }
    }

    /// How a period of this kind is written, for hints.
    var example: String {
        switch self {
        case .year: "2024"
        case .semester: "2024-S1 or 2024-S2"
        case .quarter: "2024-Q1 … 2024-Q4 (or 2024-T1 … T4)"
        case .month: "2024-01 … 2024-12"
        }
    }
}

extension DatasetImporter {
    /// Refuses a period value (of the dimension the metadata declares the period) that is not a period code
    /// (`2024-13`, `2024-Q5`, `kemarin`) or not of the dimension's declared kind (`2024` where `jenis: bulan`), at its
    /// line and column: the one place where a data file's periods are checked, for every layout of CSV and XLSX, so
    /// that nothing later meets a period it cannot name.
    static func checkPeriod(_ value: String, of dimension: String, kind: PeriodKind?, at location: SourceLocation) throws {
        let shown = value.count > 40 ? value.prefix(40) + "…" : Substring(value)
        switch Period.parse(value) {
        case .failure(let problem):
            throw DiagnosticError(Diagnostic(
                at: location, "`\(shown)` is not a period: \(problem.explanation)",
                hint: "Write periods as 2024 (a year), 2024-08 (a month), 2024-Q3 or 2024-T3 (a quarter), 2024-S1 (a semester) or 2024-01 s.d. 2024-11 (a span), with years \(Period.years.lowerBound) to \(Period.years.upperBound)."))
        case .success(let period):
            guard let kind, !kind.admits(period) else { return }
            throw DiagnosticError(Diagnostic(
                at: location, "`\(shown)` is not a period of the kind `\(dimension)` declares (`jenis: \(kind.rawValue)`)",
                hint: "Write it as \(kind.example), or change `jenis:` of `\(dimension)` in the metadata (tahun, semester, triwulan, bulan, or periode for any)."))
        }
    }
}
