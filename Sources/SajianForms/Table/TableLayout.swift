import SajianLayout
import SajianModel
import SajianScene

/// The measures of a table (*tabel tunggal, tabel silang*), in points unless said; widths given "at full type"
/// shrink with the type scale.
struct TableMetrics {
    /// Space between a cell's text and its column's edges (left and right), and between a heading and the rules.
    var cellPadding = 5.0
    /// How far each level of a row's indent moves its label right.
    var indentStep = 10.0
    /// The smallest type a table may be reduced to, relative to the house body size.
    var minimumTypeScale = 0.75
    /// The least a table too wide steps its type scale down by at a time.
    var typeScaleStep = 0.025
    /// The most lines a heading (the stub head, a column's, a spanning one) sets in at a table's narrowest; it
    /// wraps only when the width does not allow one line.
    var headingLines = 2
    /// The least share of the width the stub keeps when a table does not fit even in its smallest type.
    var minimumStubRatio = 0.45
    /// The distance between rows, in lines of cell type.
    var rowPitchLines = 1.55
    /// The least distance between rows, in lines of cell type: a table a little taller than its page is set this
    /// tight rather than continued with a few rows on the next page. 1,2: the kabupaten/kota booklets' Tabel 1 (27
    /// rows and Jawa Barat) stands whole on an A5 page (at 1,3 it went on with three rows and Jawa Barat, P-8).
    var minimumRowPitchLines = 1.2
    /// The most the stub is widened beyond its longest label (or its heading) before the value columns take their
    /// slack; what is spare after both the stub and the value columns share evenly.
    var stubGap = 12.0
    /// The most a value column is widened beyond its numbers and heading before the stub takes a share of what is
    /// left: width still to spare is shared evenly by the stub and the value columns, so that the stub starts at
    /// the left rule and the columns spread to the right one (a table of one or two value columns no longer floats
    /// inside its rules; review proof 4, finding 11).
    var valueColumnSlack = 48.0
    /// The height a level of headings takes beyond its lines.
    var headingPadding = 6.0
    /// Space between a heading's last baseline (less its descent) and the rule under it.
    var headingBaselineRaise = 3.0
    /// The height of the column-number row "(1) (2) …" beyond its line; its text stands in the middle.
    var numberRowPadding = 5.0
    /// The height a table asks for beyond its headings and rows, for the rule at its foot.
    var footAllowance = 4.0
    /// Stroke width of the rules at the table's top and foot.
    var outerRuleWidth = 1.0
    /// Stroke width of the thin rule over a row that opens another part of a list (``TableData/Row/opensPart``).
    var partRuleWidth = 0.3
    /// Stroke width of the rules under the headings, under spanning headings and over totals.
    var innerRuleWidth = 0.5
    /// Fill of every other data row when a table asks for zebra shading: a light blue-grey.
    var zebraColor = Color(hex: 0xF1F4F8)
    /// A highlighted row (*sorot*) lies on this fraction of the accent colour over white: a pale orange under bold
    /// type, the region the bar chart draws in the accent colour.
    var highlightTint = 0.15

    static let standard = TableMetrics()
}

/// Lays out a table in agency style: the stub head and column headings (spanning headings on several levels),
/// the BPS column-number row "(1) (2) …", horizontal rules at the top, under the headings and at the bottom rather
/// than a grid, numbers right-aligned on the decimal separator, row groups with indented rows, bold totals, and
/// optional zebra shading. A table too wide for its box is set in smaller type, down to the house minimum.
struct TableLayout: BodyLayout {
    let table: TableData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary

    private let measures = TableMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var padding: Double { measures.cellPadding }
    private var indentStep: Double { measures.indentStep }
    /// The smallest type a table may be reduced to, relative to the house body size.
    static let minimumTypeScale = TableMetrics.standard.minimumTypeScale

    /// Text styles at a type scale.
    private struct Styles {
        var cell, total, head, group, numberRow: TextStyle
    }

    private func styles(scale: Double) -> Styles {
        Styles(cell: style.text(style.bodySize * scale), total: style.text(style.bodySize * scale, weight: .bold),
               head: style.text(style.bodySize * scale, weight: .bold), group: style.text(style.bodySize * scale, weight: .bold),
               numberRow: style.text(style.smallSize * scale, italic: true, color: style.mutedTextColor))
    }

    /// The geometry of the columns at a width.
    private struct Columns {
        var scale: Double
        var styles: Styles
        var stubWidth: Double
        var valueWidths: [Double]
        /// For each value column, the width right of the decimal separator (separator included).
        var fractionWidths: [Double]
        /// For each value column, the width of its widest number (integer and fraction parts apart): the block
        /// of numbers stands centred in the column, aligned on the decimal separator.
        var blockWidths: [Double]
        /// The width of the columns, and of the rules.
        var width: Double { stubWidth + valueWidths.reduce(0, +) }
    }

    /// The rows columns are measured on: every row of the whole table, so that a part continued on the next page
    /// has the same columns as the first.
    private var measuredRows: [TableData.Row] { table.measuredRows ?? table.rows }

    /// A heading over value columns `first...last` (a column's own, a spanning group's, the spanner's) at its level
    /// of headings (nil: the spanner, above them all).
    private struct Heading { var first: Int; var last: Int; var text: String; var level: Int? }

    private var headings: [Heading] {
        let levels = table.headingLevels
        var result = table.columns.indices.map { Heading(first: $0, last: $0, text: table.columns[$0].heading, level: levels - 1) }
        for level in 0..<(levels - 1) {
            var start = 0
            while start < table.columns.count {
                guard table.columns[start].groups.count > level else { start += 1; continue }
                let prefix = Array(table.columns[start].groups.prefix(level + 1))
                var end = start
                while end + 1 < table.columns.count, Array(table.columns[end + 1].groups.prefix(level + 1)) == prefix { end += 1 }
                result.append(Heading(first: start, last: end, text: prefix[level], level: level))
                start = end + 1
            }
        }
        if let spanner = table.spanner, !table.columns.isEmpty { result.append(Heading(first: 0, last: table.columns.count - 1, text: spanner, level: nil)) }
        return result
    }

    /// The narrowest width `text` sets in at most ``TableMetrics/headingLines`` lines (never below its longest word).
    private func narrowest(_ text: String, _ style: TextStyle) -> Double {
        let oneLine = measurer.width(of: text, style: style)
        var low = longestWord(text, style), high = oneLine
        guard measurer.lines(of: text, style: style, maxWidth: low).count > measures.headingLines else { return low }
        for _ in 0..<12 where high - low > 0.5 {
            let middle = (low + high) / 2
            if measurer.lines(of: text, style: style, maxWidth: middle).count <= measures.headingLines { high = middle } else { low = middle }
        }
        return high
    }

    /// Widens columns `first...last` equally so that together they are at least `width`.
    private func widen(_ widths: inout [Double], _ first: Int, _ last: Int, to width: Double) {
        let missing = width - widths[first...last].reduce(0, +)
        guard missing > 0 else { return }
        for index in first...last { widths[index] += missing / Double(last - first + 1) }
    }

    /// The narrowest column widths at a type scale: the stub as wide as its longest label, each value column as its
    /// widest number, and every heading in at most two lines (a spanning heading widening the columns under it).
    private func natural(scale: Double) -> Columns {
        let styles = styles(scale: scale)
        let rows = measuredRows
        let stub = max(
            narrowest(table.stubHead, styles.head),
            rows.map { row in
                measurer.width(of: row.label, style: row.kind == .data ? styles.cell : styles.total) + Double(row.indent) * indentStep
            }.max() ?? 0
        ) + 2 * padding
        var widths: [Double] = [], fractions: [Double] = [], blocks: [Double] = []
        for (index, column) in table.columns.enumerated() {
            let texts = rows.filter { $0.kind != .groupHeading }.map { (column.format.string(from: $0.cells[index]), $0.isTotal) }
            let fraction = texts.map { measurer.width(of: split($0.0).fraction, style: $0.1 ? styles.total : styles.cell) }.max() ?? 0
            let integer = texts.map { measurer.width(of: split($0.0).integer, style: $0.1 ? styles.total : styles.cell) }.max() ?? 0
            widths.append(integer + fraction + 2 * padding)
            fractions.append(fraction)
            blocks.append(integer + fraction)
        }
        for heading in headings {
            widen(&widths, heading.first, heading.last, to: narrowest(heading.text, styles.head) + 2 * padding)
        }
        return Columns(scale: scale, styles: styles, stubWidth: stub, valueWidths: widths, fractionWidths: fractions, blockWidths: blocks)
    }

    private func longestWord(_ text: String, _ style: TextStyle) -> Double {
        text.split(separator: " ").map { measurer.width(of: String($0), style: style) }.max() ?? 0
    }

    /// Column widths at `width`, by the one width rule of every table (README "Charts", tables): a table that fits
    /// takes the full width of its box with its rules. The spare width first lets headings stand on one line (the
    /// cheapest first), then widens the stub by at most ``TableMetrics/stubGap`` and each value column by at most
    /// ``TableMetrics/valueColumnSlack``; what is left the stub and the value columns share evenly. A table that
    /// does not fit is set in smaller type, else the stub gives way and labels are shortened.
    private func columns(width: Double) -> Columns {
        var columns = natural(scale: 1)
        var scale = 1.0
        while columns.width > width && scale > Self.minimumTypeScale {
            // Padding does not shrink with the type, so step down until the table fits.
            scale = max(Self.minimumTypeScale, min(scale - measures.typeScaleStep, scale * width / columns.width))
            columns = natural(scale: scale)
        }
        let values = columns.valueWidths.reduce(0, +)
        if columns.width <= width {
            var spare = width - columns.width
            // Headings of the same words (each period's "Tidak pernah bekerja") stand on one line together or not at all.
            let alike = Dictionary(grouping: headings, by: \.text).values.map { Array($0) }
            func oneLine(_ heading: Heading) -> Double { measurer.width(of: heading.text, style: columns.styles.head) + 2 * padding }
            func missing(_ group: [Heading]) -> Double {
                group.map { max(0, oneLine($0) - columns.valueWidths[$0.first...$0.last].reduce(0, +)) }.reduce(0, +)
            }
            for group in alike.filter({ missing($0) > 0 }).sorted(by: { (missing($0), $0[0].text) < (missing($1), $1[0].text) }) {
                let cost = missing(group)
                guard cost <= spare else { continue }
                for heading in group { widen(&columns.valueWidths, heading.first, heading.last, to: oneLine(heading)) }
                spare -= cost
            }
            let stubShare = min(spare, measures.stubGap)
            columns.stubWidth += stubShare
            spare -= stubShare
            let share = min(spare / Double(max(1, columns.valueWidths.count)), measures.valueColumnSlack)
            columns.valueWidths = columns.valueWidths.map { $0 + share }
            spare -= share * Double(columns.valueWidths.count)
            let even = max(0, spare) / Double(columns.valueWidths.count + 1)
            columns.stubWidth += even
            columns.valueWidths = columns.valueWidths.map { $0 + even }
            return columns
        }
        let stub = min(columns.stubWidth, max(width * measures.minimumStubRatio, width - values))
        let factor = min(1, (width - stub) / values)
        columns.stubWidth = stub
        columns.valueWidths = columns.valueWidths.map { $0 * factor }
        columns.blockWidths = zip(columns.blockWidths, columns.valueWidths).map { min($0, $1 - 2 * padding) }
        return columns
    }

    /// The width the table needs at the smallest allowed type: wider than this, it needs a landscape page.
    func minimumWidth() -> Double? { natural(scale: Self.minimumTypeScale).width }

    /// A cell's text split at the decimal separator: "4,91" → ("4", ",91"); a symbol has no fraction.
    private func split(_ text: String) -> (integer: String, fraction: String) {
        table.columns.first.map { $0.format.integerAndFraction(of: text) } ?? (text, "")
    }

    private func rowPitch(_ cols: Columns) -> Double { measurer.metrics(for: cols.styles.cell).lineHeight * measures.rowPitchLines }

    /// The row pitch in a frame `height` tall: the house pitch, or tighter (down to
    /// ``TableMetrics/minimumRowPitchLines``) when the frame is shorter than the table wants.
    private func rowPitch(_ cols: Columns, height: Double) -> Double {
        let natural = rowPitch(cols)
        guard !table.rows.isEmpty else { return natural }
        let fixed = preferredHeight(cols) - Double(table.rows.count) * natural
        let tightest = measurer.metrics(for: cols.styles.cell).lineHeight * measures.minimumRowPitchLines
        return min(natural, max(tightest, (height - fixed) / Double(table.rows.count)))
    }

    // MARK: Headings

    /// One heading cell: its text lines over a run of value columns at a level.
    private struct HeadingCell { var level: Int; var first: Int; var last: Int; var lines: [String] }

    private func spannerLines(_ cols: Columns) -> [String] {
        guard let spanner = table.spanner else { return [] }
        return measurer.lines(of: spanner, style: cols.styles.head, maxWidth: cols.valueWidths.reduce(0, +) - 2 * padding)
    }

    /// The heading cells of every level: spanning groups, then each column's own heading (the spanner apart).
    private func headingCells(_ cols: Columns) -> [HeadingCell] {
        let cells = headings.compactMap { heading -> HeadingCell? in
            guard let level = heading.level else { return nil }
            let width = cols.valueWidths[heading.first...heading.last].reduce(0, +) - 2 * padding
            return HeadingCell(level: level, first: heading.first, last: heading.last,
                               lines: measurer.lines(of: heading.text, style: cols.styles.head, maxWidth: width))
        }
        return cells.filter { $0.level < table.headingLevels - 1 } + cells.filter { $0.level == table.headingLevels - 1 }
    }

    /// The height of each heading level (spanner first when there is one).
    private func levelHeights(_ cols: Columns, cells: [HeadingCell]) -> [Double] {
        let line = measurer.metrics(for: cols.styles.head).lineHeight
        var heights = (0..<table.headingLevels).map { level in
            Double(cells.filter { $0.level == level }.map(\.lines.count).max() ?? 1) * line + measures.headingPadding
        }
        let stubLines = measurer.lines(of: table.stubHead, style: cols.styles.head, maxWidth: cols.stubWidth - 2 * padding).count
        heights[heights.count - 1] = max(heights[heights.count - 1], Double(stubLines) * line + measures.headingPadding - heights.dropLast().reduce(0, +))
        let spanner = spannerLines(cols)
        return (spanner.isEmpty ? [] : [Double(spanner.count) * line + measures.headingPadding]) + heights
    }

    private func numberRowHeight(_ cols: Columns) -> Double {
        table.showsColumnNumbers ? measurer.metrics(for: cols.styles.numberRow).lineHeight + measures.numberRowPadding : 0
    }

    func preferredHeight(width: Double) -> Double { preferredHeight(columns(width: width)) }

    private func preferredHeight(_ cols: Columns, pitchLines: Double? = nil) -> Double {
        let headings = levelHeights(cols, cells: headingCells(cols)).reduce(0, +)
        let pitch = pitchLines.map { measurer.metrics(for: cols.styles.cell).lineHeight * $0 } ?? rowPitch(cols)
        return headings + numberRowHeight(cols) + Double(table.rows.count) * pitch + measures.footAllowance
    }

    /// The height at the tightest row pitch: a frame this tall still holds every row.
    func tightestHeight(width: Double) -> Double? {
        preferredHeight(columns(width: width), pitchLines: measures.minimumRowPitchLines)
    }

    // MARK: Drawing

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let cols = columns(width: frame.width)
        let styles = cols.styles
        var items: [SceneItem] = []
        var warnings: [String] = []
        if cols.scale < 1 { warnings.append(String(format: "table set in smaller type (%.0f %%) to fit the width", cols.scale * 100)) }
        // The rules and the columns span the table's box, the stub at its left.
        let left = frame.minX, right = left + cols.width
        let rule = { (y: Double, width: Double, from: Double, to: Double) in
            items.append(.shape(Shape(path: .line(from: Point(x: from, y: y), to: Point(x: to, y: y)),
                                      stroke: Stroke(color: style.ruleColor, width: width))))
        }
        let valueLefts = cols.valueWidths.indices.map { left + cols.stubWidth + cols.valueWidths[..<$0].reduce(0, +) }
        let headMetrics = measurer.metrics(for: styles.head)
        let cells = headingCells(cols)
        let heights = levelHeights(cols, cells: cells)
        let headerBottom = frame.minY + heights.reduce(0, +)
        rule(frame.minY + 0.5, measures.outerRuleWidth, left, right)

        var headItems: [SceneItem] = []
        func centred(_ lines: [String], from: Double, to: Double, bottom: Double) {
            for (index, text) in lines.enumerated() {
                let baseline = bottom - measures.headingBaselineRaise - headMetrics.descent - Double(lines.count - 1 - index) * headMetrics.lineHeight
                headItems.append(.text(typesetter.line(text, style: styles.head, x: (from + to) / 2, baseline: baseline, alignment: .center)))
            }
        }
        var top = frame.minY
        let spanner = spannerLines(cols)
        var levelOffset = 0
        if !spanner.isEmpty {
            top += heights[0]
            centred(spanner, from: valueLefts[0], to: right, bottom: top)
            rule(top, measures.innerRuleWidth, valueLefts[0] + padding, right - padding)
            levelOffset = 1
        }
        for level in 0..<table.headingLevels {
            let bottom = level == table.headingLevels - 1 ? headerBottom : top + heights[level + levelOffset]
            for cell in cells where cell.level == level {
                let from = valueLefts[cell.first], to = valueLefts[cell.last] + cols.valueWidths[cell.last]
                // A column without a group at this level carries its own heading at the bottom level only.
                centred(cell.lines, from: from, to: to, bottom: cell.level == table.headingLevels - 1 ? headerBottom : bottom)
                if level < table.headingLevels - 1 { rule(bottom, measures.innerRuleWidth, from + padding, to - padding) }
            }
            top = bottom
        }
        let stubLines = measurer.lines(of: table.stubHead, style: styles.head, maxWidth: cols.stubWidth - 2 * padding)
        for (index, text) in stubLines.enumerated() {
            let baseline = headerBottom - measures.headingBaselineRaise - headMetrics.descent - Double(stubLines.count - 1 - index) * headMetrics.lineHeight
            headItems.append(.text(typesetter.line(text, style: styles.head, x: left + padding, baseline: baseline)))
        }
        items.append(.group(Group(role: "table-head", items: headItems)))
        rule(headerBottom, measures.innerRuleWidth, left, right)

        var y = headerBottom
        if table.showsColumnNumbers {
            let metrics = measurer.metrics(for: styles.numberRow)
            let centers = [left + cols.stubWidth / 2] + valueLefts.indices.map { valueLefts[$0] + cols.valueWidths[$0] / 2 }
            let numbers = centers.enumerated().map { index, center in
                SceneItem.text(typesetter.line("(\(index + 1))", style: styles.numberRow, x: center,
                                               baseline: y + measures.numberRowPadding / 2 + metrics.ascent, alignment: .center))
            }
            items.append(.group(Group(role: "column-numbers", items: numbers)))
            y += numberRowHeight(cols)
            rule(y, measures.innerRuleWidth, left, right)
        }

        let pitch = rowPitch(cols, height: frame.height)
        let cellMetrics = measurer.metrics(for: styles.cell)
        var shortened: [String] = []
        var dataRowNumber = 0
        var previousWasTotal = false
        for (rowIndex, row) in table.rows.enumerated() {
            let rowStyle: TextStyle = row.kind == .data && !row.isHighlighted ? styles.cell : (row.kind == .groupHeading ? styles.group : styles.total)
            if row.kind == .data {
                if row.isHighlighted {
                    items.append(.shape(Shape(path: .rectangle(Rect(x: left, y: y, width: cols.width, height: pitch)),
                                              fill: style.accent.tint(measures.highlightTint))))
                } else if table.zebra && dataRowNumber % 2 == 1 {
                    items.append(.shape(Shape(path: .rectangle(Rect(x: left, y: y, width: cols.width, height: pitch)),
                                              fill: measures.zebraColor)))
                }
                dataRowNumber += 1
            }
            // One rule above a run of totals (a Jumlah, then the data's own aggregate).
            if row.isTotal && row.indent == 0 && !previousWasTotal { rule(y + 0.5, measures.innerRuleWidth, left, right) }
            previousWasTotal = row.isTotal && row.indent == 0
            // Not on a part's first row, under the headings' rule (a continuation that starts at Gorontalo).
            if row.opensPart && rowIndex > 0 { rule(y + 0.5, measures.partRuleWidth, left, right) }
            let baseline = y + (pitch + cellMetrics.ascent - cellMetrics.descent) / 2
            let stubX = left + padding + Double(row.indent) * indentStep
            let label = typesetter.truncated(row.label, style: rowStyle, maxWidth: left + cols.stubWidth - padding - stubX)
            if label != row.label { shortened.append(row.label) }
            var rowItems: [SceneItem] = [.text(typesetter.line(label, style: rowStyle, x: stubX, baseline: baseline))]
            for (index, value) in row.cells.enumerated() {
                let text = table.columns[index].format.string(from: value)
                // The block of numbers stands centred in its column (its right edge at the padding when the column is
                // as narrow as its numbers).
                let contentRight = valueLefts[index] + (cols.valueWidths[index] + cols.blockWidths[index]) / 2
                let parts = split(text)
                if parts.fraction.isEmpty && value.number == nil {
                    // A symbol stands at the right edge of the digits.
                    rowItems.append(.text(typesetter.line(text, style: rowStyle, x: contentRight, baseline: baseline, alignment: .right)))
                } else {
                    // Numbers align on the decimal separator: the integer part ends at the same x in every row.
                    let separatorX = contentRight - cols.fractionWidths[index]
                    let integerWidth = measurer.width(of: parts.integer, style: rowStyle)
                    rowItems.append(.text(typesetter.line(text, style: rowStyle, x: separatorX - integerWidth, baseline: baseline)))
                }
            }
            let role = row.isTotal ? "total-row" : (row.kind == .groupHeading ? "group-row" : "row")
            items.append(.group(Group(role: role, items: rowItems)))
            y += pitch
        }
        rule(y + 0.5, measures.outerRuleWidth, left, right)
        if !shortened.isEmpty { warnings.append("row labels shortened to fit: \(shortened.joined(separator: ", "))") }
        return (items, warnings)
    }
}
