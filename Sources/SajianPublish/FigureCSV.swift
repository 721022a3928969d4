import Foundation
import SajianModel

/// A figure's data as CSV for the website pipeline: the data's numbers as the data has them (a wage to the sen,
/// 83.216 ribu orang where the chart prints 83,2; proof-reading 20), and what the figure computes (a share) as it
/// prints it, written for machines (decimal point, no thousands separators), with the statistical symbols kept —
/// a withheld cell stays 'x', so a confidential value never reaches the export, and a doubtful one 'd'.
///
/// The column headers Sajian names ("kategori", "nilai", "nilai (persen)", "pangsa (persen)", "periode" (the data's code, "2015-08"), "label_periode", "kode_wilayah",
/// "wilayah", "kelas_dari", "kelas_sampai") are fixed machine keys, the same whatever the publication's `bahasa`, like the keys of the
/// web manifest: a website pipeline reads them by name. Units in them are spelt as the metadata spells them
/// (``MeasureUnit/name``). What comes from the figure (category and row labels, series names, a table's headings)
/// is in the publication's language.
public enum FigureCSV {
    public static func data(for figure: BoundFigure) -> Data {
        let table = figure.body.dataTable()
        let lines = [table.headings.map(neutralised)] + table.records.map { record in
            record.map { field in
                switch field {
                case .text(let text): neutralised(text)
                case .value(let number, _): dataValue(number)
                case .computed(let number, let decimals): value(number, decimals: decimals)
                }
            }
        }
        return Data(lines.map { $0.map(escape).joined(separator: ",") }.map { $0 + "\r\n" }.joined().utf8)
    }

    /// The significant digits a value of the data is written with: more than any source gives, few enough that a
    /// value scaled to its display unit (83216 orang as 83.216 ribu) or summed loses the binary arithmetic's last
    /// digits (a double holds about 16).
    static let dataSignificantDigits = 15

    /// A value of the data with the decimals it has, up to `dataSignificantDigits`: 83.216, 3294625.56, 5.
    private static func dataValue(_ value: StatisticalValue) -> String {
        guard let number = value.number, number.isFinite else { return Self.value(value, decimals: 0) }
        let integerDigits = number == 0 ? 1 : max(1, Int(log10(abs(number)).rounded(.down)) + 1)
        let text = Self.value(value, decimals: max(0, dataSignificantDigits - integerDigits))
        guard text.contains(".") else { return text }
        var trimmed = Substring(text)
        while trimmed.hasSuffix("0") { trimmed = trimmed.dropLast() }
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
