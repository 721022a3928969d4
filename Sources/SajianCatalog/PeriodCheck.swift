import SajianModel

extension DatasetImporter {
    /// Refuses a row whose period value (of the dimension the metadata declares the period, by its kind) is not a period code (`2024-13`, `2024-Q5`, `kemarin`), at its line and
    /// column: the one place where a data file's periods are checked, for CSV and XLSX alike, so that nothing later
    /// meets a period it cannot name.
    static func checkPeriod(in coordinates: [String], period: String?, dimensions: [String], columns: [Int], file: String, line: Int) throws {
        guard let period, let index = dimensions.firstIndex(of: period),
              case .failure(let problem) = Period.parse(coordinates[index]) else { return }
        let shown = coordinates[index].count > 40 ? coordinates[index].prefix(40) + "…" : Substring(coordinates[index])
        throw DiagnosticError(Diagnostic(
            at: SourceLocation(file: file, line: line, column: columns[index] + 1),
            "`\(shown)` is not a period: \(problem.explanation)",
            hint: "Write periods as 2024 (a year), 2024-08 (a month), 2024-Q3 or 2024-T3 (a quarter), 2024-S1 (a semester) or 2024-01 s.d. 2024-11 (a span), with years \(Period.years.lowerBound) to \(Period.years.upperBound)."))
    }
}
