import Foundation
import SajianCairo
import SajianModel

/// A table (*tabel*) of the web export as an HTML fragment, `<figure>` with its `<table>`: read by screen readers
/// cell by cell with its headings, reflowed by a phone's browser, copied into a spreadsheet, where a picture of a
/// 38-row table is none of these (proof-reading 21). The page's own stylesheet sets it; the fragment carries only
/// classes (`sajian-tabel`, `nomor-kolom`, `angka`, `kelompok`, `jumlah`, `sumber`, `catatan`) and right-aligns its numbers.
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
        // Each group its own <tbody>, so that its heading's `rowgroup` scope covers its rows only; the rows after the
        // groups (the total) another.
        html += "<tbody>\n"
        var inGroup = false
        for (index, row) in table.rows.enumerated() {
            switch row.kind {
            case .groupHeading:
                if index > 0 { html += "</tbody>\n<tbody>\n" }
                html += "<tr class=\"kelompok\"><th scope=\"rowgroup\" colspan=\"\(table.columnHeadings.count + 1)\">\(escaped(row.label))</th></tr>\n"
                inGroup = true
                continue
            case .total, .data:
                if inGroup, row.indent == 0 {
                    html += "</tbody>\n<tbody>\n"
                    inGroup = false
                }
                html += row.kind == .total ? "<tr class=\"jumlah\">" : "<tr>"
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
                // A cell above the columns' own headings spans the columns after it that share its headings down to
                // this level; a column's own heading is never merged with its neighbour's (as the printed table).
                let isOwn = level == levels - 1
                var span = 1
                while !isOwn, index + span < paths.count, paths[index + span][...level] == paths[index][...level] { span += 1 }
                if paths[index][level].isEmpty {
                    html += span > 1 ? "<td colspan=\"\(span)\"></td>" : "<td></td>"  // a column with fewer groups: no empty heading
                } else {
                    // A number column's own heading, and its number below, stand over its figures' right edge, as the
                    // cells are set: a page's width of column left "2024" centred far from its right-set figures
                    // (proof-reading 40).
                    let alignment = isOwn ? " style=\"text-align:right\"" : ""
                    html += "<th scope=\"\(isOwn ? "col" : "colgroup")\"\(span > 1 ? " colspan=\"\(span)\"" : "")\(alignment)>" + escaped(paths[index][level]) + "</th>"
                }
                index += span
            }
            html += "</tr>\n"
        }
        // The columns' numbers, "(1) (2) (3)", as the printed table has them under its headings (proof-reading 32:
        // the web's HTML lacked the row its PNG and PDF carry).
        if table.showsColumnNumbers {
            html += "<tr class=\"nomor-kolom\" aria-hidden=\"true\">" + (1...(paths.count + 1)).map { "<td\($0 > 1 ? " style=\"text-align:right\"" : "")>(\($0))</td>" }.joined() + "</tr>\n"
        }
        return html + "</thead>\n"
    }

    /// Text safe between tags and in attribute values, as the SVG writer escapes it (characters XML cannot hold
    /// left out).
    static func escaped(_ text: String) -> String { SVGAccessibility.escape(text) }
}
