import SajianModel
import SajianScene

/// Lays out a table in agency style: stub and column headings (with an optional spanner), the BPS
/// column-number row "(1) (2) …", horizontal rules at the top, under the headings and at the bottom,
/// numbers right-aligned on the decimal separator, and totals in bold.
struct TableLayout: BodyLayout {
    let table: TableData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary

    private var measurer: any TextMeasuring { typesetter.measurer }
    private var cellStyle: TextStyle { style.text(style.bodySize) }
    private var totalStyle: TextStyle { style.text(style.bodySize, weight: .bold) }
    private var headStyle: TextStyle { style.text(style.bodySize, weight: .bold) }
    private var numberRowStyle: TextStyle { style.text(style.smallSize, italic: true, color: style.mutedTextColor) }
    private let padding = 5.0
    private let indentStep = 10.0

    /// The geometry of the columns at a width.
    private struct Columns {
        var stubWidth: Double
        var valueWidths: [Double]
        /// For each value column, the width reserved right of the decimal separator (separator included).
        var fractionWidths: [Double]
    }

    /// Column widths: each value column as wide as its numbers or its heading (up to a comfortable
    /// measure), the stub as wide as its labels; the table takes at least 60 % of the width and at most all of it.
    private func columns(width: Double) -> Columns {
        let stubNatural = max(
            min(measurer.width(of: table.stubHead, style: headStyle), 160),
            table.rows.map { measurer.width(of: $0.label, style: $0.isTotal ? totalStyle : cellStyle) + Double($0.indent) * indentStep }.max() ?? 0
        ) + 2 * padding
        var naturals: [Double] = []
        var fractions: [Double] = []
        for (index, column) in table.columns.enumerated() {
            let texts = table.rows.map { (column.format.string(from: $0.cells[index]), $0.isTotal) }
            let fraction = texts.map { text, total in measurer.width(of: split(text).fraction, style: total ? totalStyle : cellStyle) }.max() ?? 0
            let integer = texts.map { text, total in measurer.width(of: split(text).integer, style: total ? totalStyle : cellStyle) }.max() ?? 0
            let heading = min(measurer.width(of: column.heading, style: headStyle), 110)
            naturals.append(max(integer + fraction, heading) + 2 * padding)
            fractions.append(fraction)
        }
        let valuesNatural = naturals.reduce(0, +)
        let natural = stubNatural + valuesNatural
        let target = min(width, max(natural, width * 0.6))
        if natural <= target {
            // Spare width goes to the stub, keeping the value columns close to their numbers.
            return Columns(stubWidth: target - valuesNatural, valueWidths: naturals, fractionWidths: fractions)
        }
        // Too wide: the stub gives up to 45 % of the width, then the value columns shrink alike.
        let stub = min(stubNatural, max(width * 0.45, width - valuesNatural))
        let factor = (width - stub) / valuesNatural
        return Columns(stubWidth: stub, valueWidths: naturals.map { $0 * min(1, factor) }, fractionWidths: fractions)
    }

    /// A cell's text split at the decimal separator: "4,91" → ("4", ",91"); a symbol has no fraction.
    private func split(_ text: String) -> (integer: String, fraction: String) {
        let separator = vocabulary == .indonesian ? "," : "."
        guard let range = text.range(of: separator), text.first.map({ $0.isNumber || $0 == "\u{2212}" }) == true else {
            return (text, "")
        }
        return (String(text[..<range.lowerBound]), String(text[range.lowerBound...]))
    }

    private var rowPitch: Double { measurer.metrics(for: cellStyle).lineHeight * 1.55 }

    private func headingLines(_ cols: Columns) -> [[String]] {
        zip(table.columns, cols.valueWidths).map { column, width in
            measurer.lines(of: column.heading, style: headStyle, maxWidth: width - 2 * padding)
        }
    }

    private func headerHeight(_ cols: Columns) -> Double {
        let line = measurer.metrics(for: headStyle).lineHeight
        let headingRows = max(
            Double(headingLines(cols).map(\.count).max() ?? 1),
            Double(measurer.lines(of: table.stubHead, style: headStyle, maxWidth: cols.stubWidth - 2 * padding).count))
        let spanner = table.spanner == nil ? 0 : spannerLines(cols).count
        return (Double(spanner) + headingRows) * line + (table.spanner == nil ? 8 : 14)
    }

    private func spannerLines(_ cols: Columns) -> [String] {
        guard let spanner = table.spanner else { return [] }
        return measurer.lines(of: spanner, style: headStyle, maxWidth: cols.valueWidths.reduce(0, +) - 2 * padding)
    }

    private var numberRowHeight: Double {
        table.showsColumnNumbers ? measurer.metrics(for: numberRowStyle).lineHeight + 5 : 0
    }

    func preferredHeight(width: Double) -> Double {
        let cols = columns(width: width)
        return headerHeight(cols) + numberRowHeight + Double(table.rows.count) * rowPitch + 4
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let cols = columns(width: frame.width)
        var items: [SceneItem] = []
        var warnings: [String] = []
        let rule = { (y: Double, width: Double, from: Double, to: Double) in
            items.append(.shape(Shape(path: .line(from: Point(x: from, y: y), to: Point(x: to, y: y)),
                                      stroke: Stroke(color: style.ruleColor, width: width))))
        }
        let left = frame.minX, right = frame.minX + cols.stubWidth + cols.valueWidths.reduce(0, +)
        let valueLefts = cols.valueWidths.indices.map { index in left + cols.stubWidth + cols.valueWidths[..<index].reduce(0, +) }
        let headMetrics = measurer.metrics(for: headStyle)
        let headerBottom = frame.minY + headerHeight(cols)
        rule(frame.minY + 0.5, 1, left, right)

        // Headings: the spanner over the value columns, then each column's heading, bottom-aligned.
        var headItems: [SceneItem] = []
        var top = frame.minY + 5
        let spanner = spannerLines(cols)
        if !spanner.isEmpty {
            let valuesLeft = left + cols.stubWidth
            for (index, line) in spanner.enumerated() {
                headItems.append(.text(typesetter.line(line, style: headStyle, x: (valuesLeft + right) / 2,
                                                       baseline: top + headMetrics.ascent + Double(index) * headMetrics.lineHeight,
                                                       alignment: .center)))
            }
            top += Double(spanner.count) * headMetrics.lineHeight + 3
            rule(top, 0.5, valuesLeft + padding, right - padding)
            top += 3
        }
        let bottomBaseline = headerBottom - 4 - headMetrics.descent
        for (index, lines) in headingLines(cols).enumerated() {
            let center = valueLefts[index] + cols.valueWidths[index] / 2
            for (line, text) in lines.enumerated() {
                let baseline = bottomBaseline - Double(lines.count - 1 - line) * headMetrics.lineHeight
                headItems.append(.text(typesetter.line(text, style: headStyle, x: center, baseline: baseline, alignment: .center)))
            }
        }
        let stubLines = measurer.lines(of: table.stubHead, style: headStyle, maxWidth: cols.stubWidth - 2 * padding)
        for (line, text) in stubLines.enumerated() {
            let baseline = bottomBaseline - Double(stubLines.count - 1 - line) * headMetrics.lineHeight
            headItems.append(.text(typesetter.line(text, style: headStyle, x: left + padding, baseline: baseline)))
        }
        items.append(.group(Group(role: "table-head", items: headItems)))
        rule(headerBottom, 0.5, left, right)

        // The column-number row: (1) for the stub, (2), (3) … for the value columns.
        var y = headerBottom
        if table.showsColumnNumbers {
            let metrics = measurer.metrics(for: numberRowStyle)
            var numbers: [SceneItem] = []
            let centers = [left + cols.stubWidth / 2] + valueLefts.indices.map { valueLefts[$0] + cols.valueWidths[$0] / 2 }
            for (index, center) in centers.enumerated() {
                numbers.append(.text(typesetter.line("(\(index + 1))", style: numberRowStyle, x: center,
                                                     baseline: y + 2.5 + metrics.ascent, alignment: .center)))
            }
            items.append(.group(Group(role: "column-numbers", items: numbers)))
            y += numberRowHeight
            rule(y, 0.5, left, right)
        }

        // Body rows.
        let cellMetrics = measurer.metrics(for: cellStyle)
        var shortened: [String] = []
        for row in table.rows {
            let rowStyle = row.isTotal ? totalStyle : cellStyle
            if row.isTotal { rule(y + 0.5, 0.5, left, right) }
            let baseline = y + (rowPitch + cellMetrics.ascent - cellMetrics.descent) / 2
            let stubX = left + padding + Double(row.indent) * indentStep
            let label = typesetter.truncated(row.label, style: rowStyle, maxWidth: left + cols.stubWidth - padding - stubX)
            if label != row.label { shortened.append(row.label) }
            var cells: [SceneItem] = [.text(typesetter.line(label, style: rowStyle, x: stubX, baseline: baseline))]
            for (index, value) in row.cells.enumerated() {
                let text = table.columns[index].format.string(from: value)
                let contentRight = valueLefts[index] + cols.valueWidths[index] - padding
                let parts = split(text)
                if parts.fraction.isEmpty && value.number == nil {
                    // A symbol stands at the right edge of the digits.
                    cells.append(.text(typesetter.line(text, style: rowStyle, x: contentRight, baseline: baseline, alignment: .right)))
                } else {
                    // Numbers align on the decimal separator: the integer part ends at the same x in every row.
                    let separatorX = contentRight - cols.fractionWidths[index]
                    let integerWidth = measurer.width(of: parts.integer, style: rowStyle)
                    cells.append(.text(typesetter.line(text, style: rowStyle, x: separatorX - integerWidth, baseline: baseline)))
                }
            }
            items.append(.group(Group(role: row.isTotal ? "total-row" : "row", items: cells)))
            y += rowPitch
        }
        rule(y + 0.5, 1, left, right)
        if !shortened.isEmpty { warnings.append("row labels shortened to fit: \(shortened.joined(separator: ", "))") }
        return (items, warnings)
    }
}
