import Foundation
import SajianModel

/// A figure's data as CSV for the website pipeline: the data's numbers as the data has them (a wage to the sen,
/// 83216 orang where the chart prints 83,2 ribu; proof-reading 20 and 23), and what the figure computes (a share) as it
/// prints it, written for machines (decimal point, no thousands separators), with the statistical symbols kept —
/// a withheld cell stays 'x', so a confidential value never reaches the export, and a doubtful one 'd'.
///
/// The column headers Sajian names ("kategori", "nilai", "nilai (persen)", "pangsa (persen)", "periode" (the data's code, "2015-08"), "label_periode", "kode_wilayah", "kode_kemendagri" (a map's),
/// "wilayah", "kelas_dari", "kelas_sampai", "kelompok", "label_acuan", "nilai_acuan", "catatan") are fixed machine keys, the same whatever the publication's `bahasa`, like the keys of the
/// web manifest: a website pipeline reads them by name. Units in them are spelt as the metadata spells them
/// (``MeasureUnit/name``). What comes from the figure (category and row labels, series names, a table's headings)
/// is in the publication's language.
public enum FigureCSV {
    public static func data(for figure: BoundFigure) -> Data {
        var table = figure.body.dataTable()
        prependPeriod(figure.period, to: &table)
        let persons = inPersons(&table)
        appendRowNotes(figure.components.notes, to: &table)
        var rows = table.records.map { record in
            record.enumerated().map { column, field in
                switch field {
                case .text(let text): neutralised(text)
                case .value(let number, let decimals):
                    if let factor = persons[column], let count = number.number { dataValue(.number(count * factor), atLeast: 0) }
                    else { dataValue(number, atLeast: decimals) }
                case .computed(let number, let decimals): value(number, decimals: decimals)
                }
            }
        }
        alignDecimals(of: table, in: &rows, skipping: Set(persons.keys))
        let lines = [table.headings.map(neutralised)] + rows
        return Data(lines.map { $0.map(escape).joined(separator: ",") }.map { $0 + "\r\n" }.joined().utf8)
    }

    /// A column of the data's values gives each with as many decimals as its most precise one: a wage to the sen,
    /// "2165244.30" beside "2994193.47" and "3685616.00", not "2165244.3" (proof-reading 24). Symbols ('x', '...')
    /// and columns given in persons stay as written.
    static func alignDecimals(of table: DataTable, in rows: inout [[String]], skipping: Set<Int>) {
        for column in table.headings.indices where !skipping.contains(column) {
            let numbered = table.records.indices.filter { row in
                guard column < table.records[row].count, case .value(let value, _) = table.records[row][column] else { return false }
                return value.number?.isFinite == true
            }
            let decimals = numbered.map { rows[$0][column].split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count ?? 0 }.max() ?? 0
            guard decimals > 0 else { continue }
            for row in numbered {
                let present = rows[row][column].split(separator: ".", omittingEmptySubsequences: false).dropFirst().first?.count
                rows[row][column] += (present == nil ? "." : "") + String(repeating: "0", count: decimals - (present ?? 0))
            }
        }
    }

    /// The period of a figure of one period as a first column, "periode" ("2024-08", as a line's CSV codes it), where
    /// no column gives it: two files named `pmi-negara-tujuan.csv` held 2023 and Januari–Juni 2024 with nothing in
    /// either to say which (proof-reading 24).
    static func prependPeriod(_ period: String?, to table: inout DataTable) {
        guard let period, !table.headings.contains("periode") else { return }
        table.headings.insert("periode", at: 0)
        table.records = table.records.map { [.text(period)] + $0 }
    }

    /// The notes marked on rows (Tabel 2.1's Papua¹: figures of 2023 not comparable with 2024) in a last column,
    /// "catatan", on the rows they mark: the page's marker beside a label would corrupt the key a pipeline joins on,
    /// and the note left out would let it compare what the table says is not comparable (proof-reading 24).
    static func appendRowNotes(_ notes: [FigureNote], to table: inout DataTable) {
        guard let rowIDs = table.rowIDs, rowIDs.count == table.records.count else { return }
        var textsOfRow: [Int: [String]] = [:]
        for note in notes {
            guard case .row(let row) = note.target, !(textsOfRow[row]?.contains(note.text) ?? false) else { continue }
            textsOfRow[row, default: []].append(note.text)
        }
        guard !textsOfRow.isEmpty else { return }
        table.headings.append("catatan")
        for index in table.records.indices {
            // A note on a group heading (Tabel 2.2's "Golongan umur") is on every row of its group.
            let texts = rowIDs[index].reversed().flatMap { textsOfRow[$0] ?? [] }
            table.records[index].append(.text(texts.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }.joined(separator: " ")))
        }
    }

    /// Columns of people counted in thousands or millions ("nilai (ribu orang)", "Pengangguran (ribu orang) - Agustus
    /// 2024") whose every value of the data is a whole number of persons are given in persons, their heading saying
    /// "(orang)": "83.216" ribu orang read as eighty-three thousand in a spreadsheet set to Indonesian, a thousand
    /// times too few (proof-reading 23). The factor for each such column, by index; the headings renamed in `table`.
    /// (The unit is read back from the heading the forms write; a unit per column on ``DataTable`` would spare that.)
    static func inPersons(_ table: inout DataTable) -> [Int: Double] {
        var factors: [Int: Double] = [:]
        for (column, printed) in table.headings.enumerated() {
            let heading = printed.replacingOccurrences(of: "\u{00A0}", with: " ")  // a spanner keeps "ribu orang" together
            // The unit in brackets, at the end or before a table's column groups ("Pengangguran (ribu orang) - Agustus 2024").
            guard let unit = [MeasureUnit.thousandPersons, .millionPersons].first(where: { heading.contains(" (\($0.name))") }),
                  let factor = unit.factor(to: .persons) else { continue }
            let values = table.records.compactMap { record -> Double? in
                guard column < record.count, case .value(let value, _) = record[column] else { return nil }
                return value.number
            }
            func whole(_ value: Double) -> Bool { abs(value - value.rounded()) < 1e-6 }
            // Millions only where the data is finer than the 10.000 persons two decimals give: 51,49 juta orang is
            // no count of 51.490.000 persons.
            // A column holding a figure's own arithmetic (a weighted row's sum) would be left in thousands under
            // "(orang)", and a map's class limits stand beside its values in the legend's unit: neither is converted.
            let computed = table.records.contains { column < $0.count && { if case .computed = $0 { true } else { false } }($0[column]) }
            guard !values.isEmpty, !computed, !table.headings.contains("kelas_dari"), values.allSatisfy({ whole($0 * factor) }),
                  unit == .thousandPersons || values.contains(where: { !whole($0 * 100) }) else { continue }
            factors[column] = factor
            table.headings[column] = heading.replacingOccurrences(of: " (\(unit.name))", with: " (\(MeasureUnit.persons.name))")
        }
        return factors
    }

    /// The significant digits a value of the data is written with: more than any source gives, few enough that a
    /// value scaled to its display unit (83216 orang as 83.216 ribu) or summed loses the binary arithmetic's last
    /// digits (a double holds about 16).
    static let dataSignificantDigits = 15

    /// A value of the data with the decimals it has, up to `dataSignificantDigits`, and at least the `printed` ones
    /// the figure shows it with: 83216, 3294625.56, 3.70 where the page prints 3,70 beside a class limit of 4.20
    /// (a double keeps no trailing zero; proof-reading 24).
    private static func dataValue(_ value: StatisticalValue, atLeast printed: Int) -> String {
        guard let number = value.number, number.isFinite else { return Self.value(value, decimals: 0) }
        let integerDigits = number == 0 ? 1 : max(1, Int(log10(abs(number)).rounded(.down)) + 1)
        let text = Self.value(value, decimals: max(0, dataSignificantDigits - integerDigits))
        guard let point = text.firstIndex(of: ".") else { return text }
        var trimmed = Substring(text)
        let shortest = text.distance(from: text.startIndex, to: point) + (printed > 0 ? printed + 1 : 0)
        while trimmed.count > shortest, trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }

    private static func value(_ value: StatisticalValue, decimals: Int) -> String {
        NumberFormat(locale: .english, decimals: decimals, groupsThousands: false, minusSign: "-").string(from: value)
    }

    /// RFC 4180 quoting: a field with a comma, a quote, a carriage return or a line feed (checked scalar by scalar:
    /// "\r\n" is one Character in Swift, so a lone line feed would slip past a Character test) is quoted.
    private static func escape(_ field: String) -> String {
        let text = field.replacingOccurrences(of: "\u{00A0}", with: " ")
        guard text.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A label a spreadsheet would take for a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return)
    /// gets a leading apostrophe. Only labels: a value's minus sign is a number's, and stays.
    static func neutralised(_ label: String) -> String {
        guard let first = label.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return label }
        return "'" + label
    }
}
