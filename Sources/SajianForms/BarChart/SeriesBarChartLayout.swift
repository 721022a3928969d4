import SajianLayout
import SajianModel
import SajianScene

/// The measures of a bar chart with several series, in points unless said; the axis measures it shares with the
/// other charts are in `HouseStyle`.
struct SeriesBarChartMetrics {
    /// The distance between categories of grouped bars a chart asks for, in lines of label type: this much per
    /// series, plus `groupedLinesBetween`.
    var groupedLinesPerSeries = 0.8
    /// The space between groups of grouped bars, in lines of label type.
    var groupedLinesBetween = 0.6
    /// The distance between stacked bars a chart asks for, in lines of label type.
    var stackedLines = 1.4
    /// The height horizontal bars ask for beyond their rows: the legend above, the value axis and unit under them.
    var axisAllowance = 60.0
    /// The least height vertical bars ask for.
    var minimumVerticalHeight = 200.0
    /// The height vertical bars ask for, as a fraction of the width.
    var verticalAspect = 0.5
    /// The legend's swatch is a square this much smaller than the label type's ascent, this much below the row's top.
    var legendSwatchInset = 1.0
    /// The room a legend entry keeps between its swatch (the label's ascent wide) and the series' name.
    var legendSwatchGap = 4.0
    /// Where the series' name starts, right of the swatch's ascent-wide cell.
    var legendNameOffset = 3.0
    /// Space after a legend entry, before the next one in its row.
    var legendEntryGap = 14.0
    /// Space between rows of the legend.
    var legendRowGap = 2.0
    /// Space between the legend and the chart under it.
    var legendBottomGap = 6.0
    /// The widest a category label of horizontal bars may be, as a fraction of the body's width; longer ones are cut.
    var maximumLabelWidthRatio = 0.3
    /// The widest a category label of vertical bars may be before its band cuts it further.
    var maximumVerticalLabelWidth = 200.0
    /// A vertical bar's category label is cut at its band's width less this.
    var labelInset = 4.0
    /// The room kept right of horizontal stacked bars beyond their longest total.
    var totalColumnPadding = 6.0
    /// The room kept under vertical bars beyond one line of label type.
    var categoryLabelPadding = 6.0
    /// The share of a category's band a group of bars takes (the rest parts the groups).
    var groupWidthRatio = 0.8
    /// The share of its slot in a group a bar fills (the rest parts neighbouring bars).
    var groupedBarFill = 0.92
    /// A stacked bar's thickness, as a fraction of its category's band.
    var stackThicknessRatio = 0.7
    /// A value is written inside its stacked segment only when the segment is wider than the text by this much (and,
    /// in a column, taller than its line by this much: "149" filled its 55–59 segment to the axis, proof-reading 4).
    var insideValuePadding = 4.0

    static let standard = SeriesBarChartMetrics()
}

/// Lays out a bar chart with several series per category: grouped side by side, stacked, or stacked as shares
/// of 100 %, horizontal or vertical, with a legend above. Values are written inside stacked segments only where
/// they fit, and after grouped bars; a stack's total stands at its end.
struct SeriesBarChartLayout: BodyLayout {
    let chart: SeriesBarChartData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary
    /// The value range of the charts it shares a scale with (`skala-bersama:`), if any.
    var sharedRange: ClosedRange<Double>?

    private let measures = SeriesBarChartMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + style.chartLabelSizeStep) }
    /// No halo: `LabelKnockout.clearing` cuts every rule short of the labels' boxes, so a halo would hide nothing
    /// and only cost (Cairo draws a halo as stroked glyph outlines: in the 39-bar chart's PDF they were 139 of the
    /// content stream's 145 KB, and the PDF took 15 ms instead of 3).
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    private var isHorizontal: Bool { chart.orientation == .horizontal }

    func preferredHeight(width: Double) -> Double {
        let per = chart.stacking == .grouped ? Double(chart.seriesNames.count) * measures.groupedLinesPerSeries + measures.groupedLinesBetween
            : measures.stackedLines
        return isHorizontal ? Double(chart.bars.count) * measurer.metrics(for: labelStyle).lineHeight * per + measures.axisAllowance
            : max(measures.minimumVerticalHeight, width * measures.verticalAspect)
    }

    /// A series' colour: the palette's, in turn; periods as shades of its first colour (`HouseStyle.periodShades`).
    private func color(_ series: Int) -> Color {
        if chart.seriesArePeriods, let shades = style.periodShades(chart.seriesNames.count) { return shades[series] }
        return style.palette[series % style.palette.count]
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let placed = placed(in: frame)
        return (placed.items, placed.warnings)
    }

    /// The chart with, under it, the values of stacked segments too short to hold them: every segment's value is
    /// on the figure ("149" left its 55–59 segment unnumbered, proof-reading 6).
    func laidOut(in frame: Rect, heightIsFixed: Bool) -> LaidOutBody {
        let placed = placed(in: frame)
        return LaidOutBody(items: placed.items, warnings: placed.warnings, notes: Self.note(onShortSegments: placed.unlabelled, vocabulary: vocabulary))
    }

    /// "Angka pada bagian batang yang terlalu pendek untuk dicantumkan: Tidak pernah bekerja 179 (30–34), 110 (35–39);
    /// Pernah bekerja 149 (55–59)." by series in legend order; no note when every segment holds its value.
    static func note(onShortSegments unlabelled: [(series: Int, name: String, bar: String, text: String)], vocabulary: Vocabulary) -> [String] {
        guard !unlabelled.isEmpty else { return [] }
        let bySeries = Dictionary(grouping: unlabelled, by: \.series).sorted { $0.key < $1.key }.map { _, segments in
            segments[0].name + " " + segments.map { "\($0.text) (\($0.bar))" }.joined(separator: ", ")
        }
        return ["\(vocabulary.valuesOfShortSegments): \(bySeries.joined(separator: "; "))."]
    }

    private func placed(in frame: Rect) -> (items: [SceneItem], warnings: [String], unlabelled: [(series: Int, name: String, bar: String, text: String)]) {
        var items: [SceneItem] = []
        var unlabelled: [(series: Int, name: String, bar: String, text: String)] = []
        let metrics = measurer.metrics(for: labelStyle), valueMetrics = measurer.metrics(for: valueStyle)

        // Legend: a swatch and the series' name, in rows that fit the width.
        var x = frame.x, y = frame.y
        for (index, name) in chart.seriesNames.enumerated() {
            let width = metrics.ascent + measures.legendSwatchGap + measurer.width(of: name, style: labelStyle) + measures.legendEntryGap
            if x > frame.x && x + width > frame.maxX { x = frame.x; y += metrics.lineHeight + measures.legendRowGap }
            let swatch = metrics.ascent - measures.legendSwatchInset
            items.append(.shape(Shape(path: .rectangle(Rect(x: x, y: y + measures.legendSwatchInset, width: swatch, height: swatch)), fill: color(index))))
            items.append(.text(typesetter.line(name, style: labelStyle, x: x + metrics.ascent + measures.legendNameOffset, baseline: y + metrics.ascent)))
            x += width
        }
        let legendHeight = y - frame.y + metrics.lineHeight + measures.legendBottomGap

        let maximum = (chart.drawnValues + (chart.stacking == .percent ? [] : sharedRange.map { [$0.upperBound] } ?? [])).max() ?? 1
        // On a scale shared with other charts, the step a labelled column's chart takes over a top that close
        // (`NiceScale.clearing`), so that the axes stay one; alone, a stack with values keeps its axis: a step more had
        // left seven more of Grafik 2.4's segments too short for their values. Without values nothing is lost, and a
        // column no longer ends on the top gridline (20–24's 2.498,0 on 2.500).
        let clearsTop = chart.stacking != .percent && (sharedRange != nil || !chart.showsValues)
        let scale = NiceScale(minimum: 0, maximum: maximum, targetTicks: style.valueAxisTicks)
            .clearing(clearsTop ? maximum : 0, headroom: BarChartMetrics.standard.verticalHeadroom)
        var tickFormat = chart.format
        tickFormat.decimals = scale.decimals
        let tickWidth = (scale.ticks.map { measurer.width(of: tickFormat.string(from: $0), style: valueStyle) }.max() ?? 0)
        let labels = chart.bars.map { typesetter.truncated($0.label, style: labelStyle, maxWidth: isHorizontal ? frame.width * measures.maximumLabelWidthRatio
                                                                                                              : measures.maximumVerticalLabelWidth) }
        let labelWidth = (labels.map { measurer.width(of: $0, style: labelStyle) }.max() ?? 0) + style.categoryLabelGap
        let totalWidth = chart.stacking == .percent ? 0
            : (chart.bars.map { measurer.width(of: chart.format.string(from: $0.value), style: valueStyle) }.max() ?? 0) + measures.totalColumnPadding
        let body = Rect(x: frame.x, y: frame.y + legendHeight, width: frame.width, height: frame.height - legendHeight)
        // Room above the plot for values written over the tallest bar, below the unit's line.
        let valuesAbove = chart.showsValues && chart.stacking != .percent ? valueMetrics.lineHeight : 0
        let plot: Rect = isHorizontal
            ? Rect(x: body.x + labelWidth, y: body.y, width: body.width - labelWidth - totalWidth, height: body.height - valueMetrics.lineHeight * style.valueAxisLines)
            : Rect(x: body.x + tickWidth + style.tickLabelGap, y: body.y + valueMetrics.lineHeight * style.unitLines + valuesAbove,
                   width: body.width - tickWidth - style.tickLabelGap,
                   height: body.height - valueMetrics.lineHeight * style.unitLines - valuesAbove - metrics.lineHeight - measures.categoryLabelPadding)
        // Value v along the value axis; category i across the other.
        let along = { (value: Double) in isHorizontal ? scale.position(of: value, from: plot.minX, to: plot.maxX)
                                                      : scale.position(of: value, from: plot.maxY, to: plot.minY) }
        let band = (isHorizontal ? plot.height : plot.width) / Double(max(1, chart.bars.count))
        let across = { (index: Int) in (isHorizontal ? plot.minY : plot.minX) + (Double(index) + 0.5) * band }
        func rect(_ center: Double, _ thickness: Double, _ from: Double, _ to: Double) -> Rect {
            let a = along(from), b = along(to)
            return isHorizontal ? Rect(x: min(a, b), y: center - thickness / 2, width: abs(b - a), height: thickness)
                                : Rect(x: center - thickness / 2, y: min(a, b), width: thickness, height: abs(b - a))
        }

        for tick in scale.ticks {
            let t = along(tick)
            let line = isHorizontal ? Path.line(from: Point(x: t, y: plot.minY), to: Point(x: t, y: plot.maxY))
                                    : Path.line(from: Point(x: plot.minX, y: t), to: Point(x: plot.maxX, y: t))
            items.append(.shape(Shape(path: line, stroke: Stroke(color: style.gridColor, width: style.gridLineWidth))))
            items.append(.text(isHorizontal
                ? typesetter.line(tickFormat.string(from: tick), style: valueStyle, x: t, baseline: plot.maxY + style.tickLabelDrop + valueMetrics.ascent,
                                  alignment: .center)
                : typesetter.line(tickFormat.string(from: tick), style: valueStyle, x: plot.minX - style.tickLabelGap,
                                  baseline: t + (valueMetrics.ascent - valueMetrics.descent) / 2, alignment: .right)))
        }
        let unit = chart.unit.name(in: vocabulary).asHeading
        items.append(.text(isHorizontal
            ? typesetter.line(unit, style: valueStyle, x: plot.midX,
                              baseline: plot.maxY + style.tickLabelDrop + valueMetrics.ascent + valueMetrics.lineHeight * style.unitLineSpacing, alignment: .center)
            : typesetter.line(unit, style: valueStyle, x: body.x, baseline: body.y + valueMetrics.ascent)))

        let count = Double(max(1, chart.seriesNames.count))
        // Values wider than their columns, over grouped columns, run into their neighbours' (contoh-inti's Grafik 5 had
        // "1.292,41.258,8"): the template is told to turn the bars.
        var crowdedValue: String?
        var gaps: [Rect] = []  // the air between a bar's end and its value outside it
        for (index, bar) in chart.bars.enumerated() {
            let center = across(index)
            var barItems: [SceneItem] = []
            let labelRun = isHorizontal
                ? typesetter.line(labels[index], style: labelStyle, x: plot.minX - style.categoryLabelGap,
                                  baseline: center + (metrics.ascent - metrics.descent) / 2, alignment: .right)
                : typesetter.line(typesetter.truncated(bar.label, style: labelStyle, maxWidth: band - measures.labelInset), style: labelStyle, x: center,
                                  baseline: plot.maxY + style.categoryLabelDrop + metrics.ascent, alignment: .center)
            barItems.append(.text(labelRun))
            var start = 0.0
            var previousValueWidth: Double?  // the value over the column before, in this group
            for (series, value) in bar.segments.enumerated() {
                guard let number = value.number else { continue }
                let box: Rect
                if chart.stacking == .grouped {
                    let thickness = band * measures.groupWidthRatio / count
                    let offset = -band * (measures.groupWidthRatio / 2) + (Double(series) + 0.5) * thickness
                    box = rect(center + offset, thickness * measures.groupedBarFill, 0, number)
                    if chart.showsValues {
                        let text = chart.format.string(from: value)
                        let run = isHorizontal
                            ? typesetter.line(text, style: valueStyle, x: box.maxX + style.valueLabelGap,
                                              baseline: box.midY + (valueMetrics.ascent - valueMetrics.descent) / 2)
                            : typesetter.line(text, style: valueStyle, x: box.midX, baseline: box.minY - style.valueLabelRise - valueMetrics.descent,
                                              alignment: .center)
                        // Two neighbours' values over columns meet when their half-widths together pass the spacing.
                        if !isHorizontal, let previous = previousValueWidth, (previous + run.width) / 2 > thickness { crowdedValue = text }
                        previousValueWidth = run.width
                        barItems.append(.text(run))
                        gaps.append(BarChartLayout.gap(between: isHorizontal ? box.maxX : box.minY, and: run, isHorizontal: isHorizontal))
                    }
                } else {
                    box = rect(center, band * measures.stackThicknessRatio, start, start + number)
                    start += number
                    let text = chart.format.string(from: value)
                    let width = measurer.width(of: text, style: valueStyle)
                    let fits = isHorizontal ? box.width > width + measures.insideValuePadding && box.height > valueMetrics.lineHeight
                                            : box.height > valueMetrics.lineHeight + measures.insideValuePadding && box.width > width + measures.insideValuePadding
                    if chart.showsValues && fits {
                        var inside = valueStyle
                        // Dark text on light segments, white on dark ones.
                        inside.color = style.textColor(on: color(series))
                        inside.halo = nil  // on the segment's own fill
                        barItems.append(.text(typesetter.line(text, style: inside, x: box.midX,
                                                              baseline: box.midY + (valueMetrics.ascent - valueMetrics.descent) / 2, alignment: .center)))
                    } else if chart.showsValues && number != 0 {
                        unlabelled.append((series, chart.seriesNames[series], bar.label, text))
                    }
                }
                barItems.insert(.shape(Shape(path: .rectangle(box), fill: color(series))), at: 0)
            }
            // The total at the stack's end; a withheld total is its symbol at the end of what is drawn.
            if chart.stacking == .stacked, chart.showsValues, bar.value.number != nil || bar.value == .withheld {
                let end = along(bar.value.number ?? start)
                let text = chart.format.string(from: bar.value)
                let run = isHorizontal
                    ? typesetter.line(text, style: valueStyle, x: end + style.valueLabelGap,
                                      baseline: center + (valueMetrics.ascent - valueMetrics.descent) / 2)
                    : typesetter.line(text, style: valueStyle, x: center, baseline: end - style.valueLabelRise - valueMetrics.descent,
                                      alignment: .center)
                barItems.append(.text(run))
                gaps.append(BarChartLayout.gap(between: end, and: run, isHorizontal: isHorizontal))
            }
            items.append(.group(Group(role: "bar \(bar.label)", items: barItems)))
        }
        let zero = along(0)
        items.append(.shape(Shape(path: isHorizontal ? .line(from: Point(x: zero, y: plot.minY), to: Point(x: zero, y: plot.maxY))
                                                     : .line(from: Point(x: plot.minX, y: zero), to: Point(x: plot.maxX, y: zero)),
                                  stroke: Stroke(color: style.ruleColor, width: style.axisLineWidth))))
        let shortened = zip(labels, chart.bars).filter { $0.0 != $0.1.label }.map(\.1.label)
        var warnings = shortened.isEmpty ? [] : ["category names shortened to fit: \(shortened.joined(separator: ", "))"]
        if let crowdedValue {
            warnings.append("values such as \(crowdedValue) are wider than their grouped columns and run into each other: write `arah: horizontal`, or `label-nilai: tidak`")
        }
        // No gridline through a value nor between it and its bar (as on a chart of one series).
        return (LabelKnockout.clearing(items, alsoAround: gaps), warnings, unlabelled)
    }
}
