import SajianModel
import SajianScene

/// A figure laid out at a size: its items in its own coordinates (origin top-left) and what layout noticed.
public struct LaidOutFigure: Sendable {
    public var size: Size
    public var items: [SceneItem]
    /// Things the reader should know about, e.g. labels shortened to fit.
    public var warnings: [String]
}

/// The body of a figure (chart, table …) as one form lays it out. Each form implements this once;
/// the frame around it (number, title, source, notes) is shared.
protocol BodyLayout {
    /// The height the body wants at `width` when the figure's height is free.
    func preferredHeight(width: Double) -> Double
    /// The body's items, placed in `frame`.
    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String])
}

/// Lays out a bound figure: "Grafik 1" and the title above, the body, then "Sumber:" and notes below.
public struct FigureLayout {
    public let style: HouseStyle
    public let typesetter: Typesetter

    public init(style: HouseStyle = .standard, measurer: any TextMeasuring) {
        self.style = style
        self.typesetter = Typesetter(measurer: measurer)
    }

    /// The figure at `width`; `height` nil lets the body take the height it wants.
    /// `footerInset` keeps the source line and notes clear of something at the foot's right (a logo).
    public func layout(_ figure: BoundFigure, width: Double, height: Double? = nil, footerInset: Double = 0) -> LaidOutFigure {
        let header = headerItems(figure, width: width)
        let footer = footerItems(figure, width: width - footerInset)
        let body = bodyLayout(for: figure)
        let chrome = header.height + footer.height + 2 * style.gap
        let bodyHeight = max(style.minimumBodyHeight, height.map { $0 - chrome } ?? body.preferredHeight(width: width))
        let bodyFrame = Rect(x: 0, y: header.height + style.gap, width: width, height: bodyHeight)
        let placed = body.items(in: bodyFrame)
        let footerTop = bodyFrame.maxY + style.gap
        let footerGroup = SceneItem.group(Group(role: "components-below", transform: .translation(x: 0, y: footerTop), items: footer.items))
        return LaidOutFigure(
            size: Size(width: width, height: footerTop + footer.height),
            items: [
                .group(Group(role: "components-above", items: header.items)),
                .group(Group(role: "body \(figure.components.kind.rawValue)", items: placed.items)),
                footerGroup,
            ],
            warnings: placed.warnings)
    }

    /// The narrowest width the figure can take without clipping (tables at their smallest type), if it has one.
    public func minimumWidth(of figure: BoundFigure) -> Double? {
        guard case .table(let table) = figure.body else { return nil }
        return TableLayout(table: table, style: style, typesetter: typesetter, vocabulary: figure.vocabulary).minimumWidth()
    }

    /// The figure split into parts that each fit `firstHeight` (the first) or `pageHeight` (the rest): a table's
    /// rows continue on the next page with the headings repeated and the title marked "(lanjutan)"; the source
    /// line and notes stand under the last part. Other figures are not split.
    public func parts(of figure: BoundFigure, width: Double, firstHeight: Double, pageHeight: Double) -> [BoundFigure] {
        guard case .table(let table) = figure.body, layout(figure, width: width).size.height > firstHeight else { return [figure] }
        func part(_ rows: ArraySlice<TableData.Row>, first: Bool, last: Bool) -> BoundFigure {
            var piece = figure
            var subset = table
            subset.rows = Array(rows)
            piece.body = .table(subset)
            piece.components.isContinuation = !first
            piece.components.showsComponentsBelow = last
            return piece
        }
        var result: [BoundFigure] = []
        var start = 0
        while start < table.rows.count {
            let available = result.isEmpty ? firstHeight : pageHeight
            // The most rows that fit, found by bisection; a part holds at least one row.
            var low = 1, high = table.rows.count - start
            while low < high {
                let middle = (low + high + 1) / 2
                let end = start + middle
                let candidate = part(table.rows[start..<end], first: result.isEmpty, last: end == table.rows.count)
                if layout(candidate, width: width).size.height <= available { low = middle } else { high = middle - 1 }
            }
            var end = start + low
            // A group heading never ends a part.
            if end < table.rows.count, end - start > 1, table.rows[end - 1].kind == .groupHeading { end -= 1 }
            result.append(part(table.rows[start..<end], first: result.isEmpty, last: end == table.rows.count))
            start = end
        }
        // No widows: a last part of one or two rows takes rows from the part before it.
        let minimum = style.minimumRowsPerPart
        if result.count > 1, case .table(let last) = result[result.count - 1].body, last.rows.count < minimum,
           case .table(var previous) = result[result.count - 2].body, previous.rows.count > 2 * minimum {
            let moved = previous.rows.suffix(minimum - last.rows.count)
            previous.rows.removeLast(moved.count)
            var lastTable = last
            lastTable.rows = Array(moved) + last.rows
            result[result.count - 2].body = .table(previous)
            result[result.count - 1].body = .table(lastTable)
        }
        return result
    }

    private func bodyLayout(for figure: BoundFigure) -> any BodyLayout {
        switch figure.body {
        case .barChart(let chart) where !chart.seriesNames.isEmpty: SeriesBarChartLayout(chart: chart, style: style, typesetter: typesetter)
        case .barChart(let chart): BarChartLayout(chart: chart, style: style, typesetter: typesetter, vocabulary: figure.vocabulary)
        case .lineChart(let chart): LineChartLayout(chart: chart, style: style, typesetter: typesetter)
        case .pieChart(let chart): PieChartLayout(chart: chart, style: style, typesetter: typesetter)
        case .pictogram(let chart): PictogramLayout(chart: chart, style: style, typesetter: typesetter)
        case .table(let table): TableLayout(table: table, style: style, typesetter: typesetter, vocabulary: figure.vocabulary)
        case .map(let map): MapLayout(map: map, style: style, typesetter: typesetter, words: .forLocale(figure.locale))
        }
    }

    /// Nomor and judul: the number in bold, the title beside it with a hanging indent.
    private func headerItems(_ figure: BoundFigure, width: Double) -> (items: [SceneItem], height: Double) {
        let labelStyle = style.text(style.labelSize, weight: .bold)
        let titleStyle = style.text(style.titleSize, weight: .bold)
        let label = figure.components.label(in: figure.vocabulary)
        let title = figure.components.title + (figure.components.isContinuation ? " (lanjutan)" : "")
        let labelWidth = typesetter.measurer.width(of: label, style: labelStyle)
        let indent = labelWidth + style.titleSize * style.titleIndentRatio
        let sideBySide = indent < width * style.titleBesideNumberLimit
        let labelRun = typesetter.line(label, style: labelStyle, x: 0,
                                       baseline: typesetter.measurer.metrics(for: labelStyle).ascent)
        let titleTop = sideBySide ? 0 : typesetter.measurer.metrics(for: labelStyle).lineHeight
        let set = typesetter.paragraph(title, style: titleStyle,
                                       in: (sideBySide ? indent : 0, titleTop, width - (sideBySide ? indent : 0)), maxLines: style.titleMaxLines)
        let items = [SceneItem.text(labelRun)] + set.runs.map(SceneItem.text)
        return (items, max(labelRun.ascent + labelRun.descent, titleTop + set.height))
    }

    /// Sumber, catatan and the legend of symbols, in small type under the body.
    private func footerItems(_ figure: BoundFigure, width: Double) -> (items: [SceneItem], height: Double) {
        guard figure.components.showsComponentsBelow else { return ([], 0) }
        let vocabulary = figure.vocabulary
        var paragraphs = ["\(vocabulary.source): \(figure.components.source)"]
        // Notes marked on a row (¹ …) stand as they are; other notes are introduced as "Catatan:".
        paragraphs += figure.components.notes.map { note in
            "¹²³⁴⁵⁶⁷⁸⁹".contains(note.first ?? " ") ? note : "\(vocabulary.note): \(note)"
        }
        let symbols = figure.symbolsUsed
        if !symbols.isEmpty {
            paragraphs.append("\(vocabulary.legendOfSymbols): " + symbols.map { $0.legend(in: vocabulary) }.joined(separator: "; "))
        }
        let textStyle = style.text(style.smallSize, color: style.mutedTextColor)
        var items: [SceneItem] = []
        var top = 0.0
        for paragraph in paragraphs {
            let set = typesetter.paragraph(paragraph, style: textStyle, in: (0, top, width))
            items += set.runs.map(SceneItem.text)
            top += set.height + style.smallSize * style.footerParagraphSpacing
        }
        return (items, top - style.smallSize * style.footerParagraphSpacing)
    }
}
