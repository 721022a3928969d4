import Foundation
import SajianForms
import SajianModel

/// A table (*tabel*) of the web export as an HTML fragment, `<figure>` with its `<table>`: read by screen readers
/// cell by cell with its headings, reflowed by a phone's browser, copied into a spreadsheet, where a picture of a
/// 38-row table is none of these (proof-reading 21). The page's own stylesheet sets it; the fragment carries only
/// classes (`sajian-tabel`, `angka`, `kelompok`, `jumlah`, `sumber`, `catatan`) and right-aligns its numbers.
///
/// Numbers are written as the printed table writes them (Indonesian separators, the symbols `-`, `...`, `x`, `d`);
/// the machine's values are in the CSV beside it.
public enum FigureHTML {
    /// The fragment for `figure`, in the publication's `locale`; nil when it is not a table.
    public static func table(for figure: BoundFigure, locale: NumberLocale) -> Data? {
        guard let table = figure.body as? TableData else { return nil }
        let components = figure.components, vocabulary = figure.vocabulary
        var html = "<figure class=\"sajian-tabel\" id=\"\(escaped(figure.id))\" lang=\"\(locale.rawValue)\">\n"
        html += "<table>\n<caption><span class=\"nomor\">\(escaped(components.label(in: vocabulary)))</span> \(escaped(components.title))</caption>\n"
        html += head(of: table)
        html += "<tbody>\n"
        for row in table.rows {
            let classes = (row.kind == .groupHeading ? ["kelompok"] : []) + (row.isTotal ? ["jumlah"] : [])
            let open = classes.isEmpty ? "<tr>" : "<tr class=\"\(classes.joined(separator: " "))\">"
            if row.kind == .groupHeading {
                html += "\(open)<th scope=\"rowgroup\" colspan=\"\(table.columns.count + 1)\">\(escaped(row.label))</th></tr>\n"
                continue
            }
            let indent = row.indent > 0 ? " style=\"padding-left:\(row.indent)em\"" : ""
            html += "\(open)<th scope=\"row\"\(indent)>\(escaped(row.label))</th>"
            for (cell, column) in zip(row.cells, table.columns) {
                html += "<td class=\"angka\" style=\"text-align:right\">\(escaped(column.format.string(from: cell)))</td>"
            }
            html += "</tr>\n"
        }
        html += "</tbody>\n</table>\n"
        html += "<p class=\"sumber\">\(escaped(vocabulary.source)): \(escaped(components.source))</p>\n"
        for note in FigureNote.listed(components.notes) {
            let text = note.marker.map { "\($0) \(note.text)" } ?? note.text
            html += "<p class=\"catatan\">\(escaped(vocabulary.note)): \(escaped(text))</p>\n"
        }
        let symbols = figure.symbolsUsed
        if !symbols.isEmpty {
            html += "<p class=\"catatan\">\(escaped(vocabulary.legendOfSymbols)): \(escaped(symbols.map { $0.legend(in: vocabulary) }.joined(separator: "; ")))</p>\n"
        }
        html += "</figure>\n"
        return Data(html.utf8)
    }

    /// The heading rows: the stub's heading spanning them all, then the spanner, each level of column groups and the
    /// columns' own headings, neighbours under the same heading merged into one cell.
    private static func head(of table: TableData) -> String {
        let depth = table.columns.map(\.groups.count).max() ?? 0
        // Each column's headings from the top: the spanner, its groups (blank where it has fewer), its own heading.
        let paths = table.columns.map { column in
            (table.spanner.map { [$0] } ?? []) + column.groups + Array(repeating: "", count: depth - column.groups.count) + [column.heading]
        }
        let levels = paths.first?.count ?? 1
        var html = "<thead>\n"
        for level in 0..<levels {
            html += "<tr>"
            if level == 0 { html += "<th scope=\"col\" rowspan=\"\(levels)\">\(escaped(table.stubHead))</th>" }
            var index = 0
            while index < paths.count {
                // A cell spans the columns after it that share its headings down to this level.
                var span = 1
                while index + span < paths.count, paths[index + span][...level] == paths[index][...level] { span += 1 }
                let scope = level == levels - 1 ? "col" : "colgroup"
                html += span > 1 ? "<th scope=\"\(scope)\" colspan=\"\(span)\">" : "<th scope=\"\(scope)\">"
                html += escaped(paths[index][level]) + "</th>"
                index += span
            }
            html += "</tr>\n"
        }
        return html + "</thead>\n"
    }

    /// Text safe between tags and in attribute values.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
