import Foundation
import SajianModel

/// A figure's data as CSV for the website pipeline: the numbers as shown (rounded to the figure's decimals),
/// written for machines (decimal point, no thousands separators), with the statistical symbols kept —
/// a withheld cell stays 'x', so a confidential value never reaches the export.
///
/// The column headers Sajian names ("kategori", "nilai", "nilai (persen)", "persen", "periode", "kode_wilayah",
/// "wilayah", "kelas") are fixed machine keys, the same whatever the publication's `bahasa`, like the keys of the
/// web manifest: a website pipeline reads them by name. Units in them are spelt as the metadata spells them
/// (``MeasureUnit/name``). What comes from the figure (category and row labels, series names, a table's headings)
/// is in the publication's language.
public enum FigureCSV {
    public static func data(for figure: BoundFigure) -> Data {
        var lines: [[String]] = []
        switch figure.body {
        case .table(let table):
            lines.append([table.stubHead] + table.columns.map { ($0.groups + [$0.heading]).joined(separator: " - ") })
            for row in table.rows where row.kind != .groupHeading {
                lines.append([row.label] + zip(row.cells, table.columns).map { value($0, decimals: $1.format.decimals) })
            }
        case .lineChart(let chart):
            lines.append(["periode"] + chart.series.map(\.name))
            for (index, period) in chart.periods.enumerated() {
                lines.append([period] + chart.series.map { value($0.values[index], decimals: chart.format.decimals) })
            }
        case .pieChart(let chart):
            lines.append(["kategori", "nilai", "persen"])
            for slice in chart.slices {
                lines.append([slice.label, "\(slice.value)", value(.number(slice.percent), decimals: chart.percentFormat.decimals)])
            }
        case .pictogram(let chart):
            lines.append(["kategori", chart.unit.name.isEmpty ? "nilai" : "nilai (\(chart.unit.name))"])
            for row in chart.rows { lines.append([row.label, value(row.value, decimals: chart.format.decimals)]) }
        case .barChart(let chart):
            lines.append(["kategori", chart.unit.name.isEmpty ? "nilai" : "nilai (\(chart.unit.name))"])
            for bar in chart.bars { lines.append([bar.label, value(bar.value, decimals: chart.format.decimals)]) }
        case .map(let map):
            lines.append(["kode_wilayah", "wilayah", map.unit.name.isEmpty ? "nilai" : "nilai (\(map.unit.name))", "kelas"])
            for region in map.regions {
                lines.append([region.code ?? "", region.name, value(region.value, decimals: map.format.decimals),
                              region.classIndex.map { map.classes[$0].label } ?? map.noDataLabel])
            }
        }
        return Data(lines.map { $0.map(escape).joined(separator: ",") }.map { $0 + "\r\n" }.joined().utf8)
    }

    private static func value(_ value: StatisticalValue, decimals: Int) -> String {
        let machine = NumberFormat(locale: .english, decimals: decimals, groupsThousands: false, minusSign: "-")
        return machine.string(from: value)
    }

    /// RFC 4180 quoting, and a leading apostrophe against spreadsheet formula injection.
    private static func escape(_ field: String) -> String {
        var text = field.replacingOccurrences(of: "\u{00A0}", with: " ")
        if let first = text.first, "=+@".contains(first) { text = "'" + text }
        guard text.contains(where: { ",\"\r\n".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
