import Foundation
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
        guard let table = figure.body.printedTable else { return nil }
        let components = figure.components, vocabulary = figure.vocabulary
        var html = "<figure class=\"sajian-tabel\" id=\"\(escaped(figure.id))\" lang=\"\(locale.rawValue)\">\n"
        html += "<table>\n<caption><span class=\"nomor\">\(escaped(components.label(in: vocabulary)))</span> \(escaped(components.title))</caption>\n"
        html += head(of: table)
        html += "<tbody>\n"
        for row in table.rows {
            switch row.kind {
            case .groupHeading:
                html += "<tr class=\"kelompok\"><th scope=\"rowgroup\" colspan=\"\(table.columnHeadings.count + 1)\">\(escaped(row.label))</th></tr>\n"
                continue
            case .total: html += "<tr class=\"jumlah\">"
            case .data: html += "<tr>"
            }
            let indent = row.indent > 0 ? " style=\"padding-left:\(row.indent)em\"" : ""
            html += "<th scope=\"row\"\(indent)>\(escaped(row.label))</th>"
            for cell in row.cells { html += "<td class=\"angka\" style=\"text-align:right\">\(escaped(cell))</td>" }
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

    /// The heading rows: the stub's heading spanning them all, then each level of the columns' headings, neighbours
    /// under the same headings merged into one cell.
    private static func head(of table: PrintedTable) -> String {
        let paths = table.columnHeadings
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
