import SajianModel

/// Turns the rows of a wide table (``TableLayout``: `lebar`, `data-terbuka`) into long records, one for each value
/// cell, which the importer then checks as it checks a long file: one import path, one catalog format.
///
/// Lines above the table (`baris-judul`) are skipped; its heading rows (`baris-kepala`) are joined per column, a
/// blank cell of an upper row taking the text of the cell to its left (a merged cell: a year over its months);
/// the first line below the table that starts with `Sumber`, `Catatan`, `Keterangan` or `Note` ends it, and it
/// and the lines under it are kept as ``footer`` rather than read as data. Each long record keeps the file's
/// column of each field, so every message names the cell as the user sees it.
struct WideTable {
    let source: DatasetMetadataReader.Result
    let file: String
    private var headings: [CSVRecord] = []
    private var plan: Plan?
    /// The lines under the table (`Sumber: …`, `Catatan: …`), as written.
    private(set) var footer: [String] = []

    /// Where each long record's fields come from.
    struct Plan {
        enum Dimension { case column(Int), fixed(String), heading }
        var width: Int
        var dimensions: [Dimension]
        /// The value columns: each with its measure and, with `kolom-periode`, its period.
        var values: [(column: Int, measure: String, period: String?)]
    }

    init(source: DatasetMetadataReader.Result, file: String) {
        self.source = source
        self.file = file
    }

    /// Words that start a line under the table.
    static let footerWords = ["sumber", "catatan", "keterangan", "note", "notes", "source", "ket."]

    /// Whether `record` is the first line under the table: its first non-blank cell starts with a footer word.
    static func isFooter(_ record: CSVRecord) -> Bool {
        guard let first = record.fields.first(where: { !$0.trimmingSpaces.isEmpty })?.trimmingSpaces.lowercased() else { return false }
        return footerWords.contains { word in
            first.hasPrefix(word) && (first.count == word.count || !first.dropFirst(word.count).first!.isLetter)
        }
    }

    /// The headings of a table's heading rows, one per column: upper rows first, a blank cell of an upper row
    /// taking the text to its left (merged cells), blanks left out.
    static func joinedHeadings(_ rows: [CSVRecord]) -> [String] {
        let width = rows.map(\.fields.count).max() ?? 0
        var columns = Array(repeating: [String](), count: width)
        for (rowIndex, row) in rows.enumerated() {
            var carried = ""
            for column in 0..<width {
                let text = column < row.fields.count ? row.fields[column].trimmingSpaces : ""
                if !text.isEmpty { carried = text }
                // Only an upper row's merged cell spans to the right; the last row is read as written.
                let shown = text.isEmpty && rowIndex < rows.count - 1 && column > 0 && !columns[column - 1].isEmpty ? carried : text
                if !shown.isEmpty { columns[column].append(shown) }
            }
        }
        return columns.map { $0.joined(separator: " ") }
    }

    /// Hands the long records of `record` to `builder`.
    mutating func add(_ record: CSVRecord, to builder: inout DatasetImporter.Builder, warnings: inout [Diagnostic]) throws {
        let layout = source.layout
        if record.line <= layout.titleRows || !footer.isEmpty { if !footer.isEmpty { footer.append(Self.text(of: record)) }; return }
        guard let plan else {
            headings.append(record)
            if headings.count == layout.headerRows {
                plan = try makePlan()
                let metadata = source.metadata
                try builder.add(CSVRecord(line: headings[0].line, fields: metadata.dimensions + [source.measureColumn, source.valueColumn]),
                                warnings: &warnings)
            }
            return
        }
        if Self.isFooter(record) { footer.append(Self.text(of: record)); return }
        if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { return }
        guard record.fields.count == plan.width else {
            builder.report([Diagnostic(at: SourceLocation(file: file, line: record.line, column: min(record.fields.count, plan.width) + 1),
                                       "this row has \(record.fields.count) fields but the header has \(plan.width)",
                                       hint: "Quote fields that contain the delimiter, e.g. \"Pertanian, Kehutanan dan Perikanan\", and check for a missing or extra delimiter.")])
            return
        }
        var fields: [String] = [], columns: [Int?] = []
        fields.reserveCapacity(plan.dimensions.count + 2)
        for value in plan.values {
            fields.removeAll(keepingCapacity: true)
            columns.removeAll(keepingCapacity: true)
            for dimension in plan.dimensions {
                switch dimension {
                case .column(let column): fields.append(record.fields[column]); columns.append(column + 1)
                case .fixed(let text): fields.append(text); columns.append(nil)
                case .heading: fields.append(value.period ?? ""); columns.append(value.column + 1)
                }
            }
            fields.append(value.measure); columns.append(value.column + 1)
            fields.append(record.fields[value.column]); columns.append(value.column + 1)
            try builder.add(CSVRecord(line: record.line, fields: fields, sourceColumns: columns), warnings: &warnings)
        }
    }

    private static func text(of record: CSVRecord) -> String {
        record.fields.map(\.trimmingSpaces).filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Decides each column's part from the headings; every heading that is no part is reported, all at once.
    private func makePlan() throws -> Plan {
        let layout = source.layout, metadata = source.metadata
        let headings = Self.joinedHeadings(self.headings)
        let line = self.headings.last!.line
        var problems: [Diagnostic] = []
        func index(of heading: String, role: String) -> Int? {
            if let index = headings.firstIndex(of: heading) { return index }
            let found = headings.filter { !$0.isEmpty }.joined(separator: ", ")
            problems.append(Diagnostic(at: SourceLocation(file: file, line: line), "the header has no column `\(heading)` (\(role))",
                                       hint: "Columns found: \(found.count > 200 ? String(found.prefix(200)) + "…" : found). Name the column with `kolom:` under the \(role), or check `baris-judul` and `baris-kepala` (the table's heading rows)."))
            return nil
        }
        var used = Set<Int>()
        var dimensions: [Plan.Dimension] = []
        for name in metadata.dimensions {
            if let value = layout.fixedValues[name] {
                dimensions.append(.fixed(value))
            } else if layout.periodMeasure != nil, name == metadata.periodDimension {
                dimensions.append(.heading)
            } else if let column = index(of: layout.heading(ofDimension: name), role: "dimension `\(name)`") {
                dimensions.append(.column(column))
                used.insert(column)
            }
        }
        var values: [(column: Int, measure: String, period: String?)] = []
        let ignored = Set(layout.ignored)
        if let measure = layout.periodMeasure {
            for (column, heading) in headings.enumerated() where !used.contains(column) && !ignored.contains(heading) && !heading.isEmpty {
                guard let period = PeriodHeading.code(of: heading) else {
                    problems.append(Diagnostic(at: SourceLocation(file: file, line: line, column: column + 1),
                                               "the heading `\(heading)` names no period (the columns of `kolom-periode: \(measure)`)",
                                               hint: "Write it as 2024-02, Februari 2024, Feb-24, Triwulan I 2024 or 2024; or list it under `abaikan:` if it holds nothing to import."))
                    continue
                }
                values.append((column, measure, period))
            }
        } else {
            var measureColumns: [Int: String] = [:]
            for measure in metadata.measures {
                if let column = index(of: layout.heading(ofMeasure: measure.name), role: "measure `\(measure.name)`") {
                    measureColumns[column] = measure.name
                }
            }
            for (column, heading) in headings.enumerated() where !used.contains(column) && !ignored.contains(heading) && !heading.isEmpty {
                if let measure = measureColumns[column] { values.append((column, measure, nil)); continue }
                problems.append(Diagnostic(at: SourceLocation(file: file, line: line, column: column + 1),
                                           "the column `\(heading)` is neither a dimension nor a measure of the metadata",
                                           hint: "Declare it under `dimensi:` or `ukuran:` (with `kolom: \"\(heading)\"` when its name differs), or list it under `abaikan:`."))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Plan(width: headings.count, dimensions: dimensions, values: values)
    }
}
