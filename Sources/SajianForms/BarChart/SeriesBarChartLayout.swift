import SajianLayout
import SajianModel
import SajianScene

/// Lays out a bar chart with several series per category: grouped side by side, stacked, or stacked as shares
/// of 100 %, horizontal or vertical, with a legend above. Values are written inside stacked segments only where
/// they fit, and after grouped bars; a stack's total stands at its end.
struct SeriesBarChartLayout: BodyLayout {
    let chart: SeriesBarChartData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary

    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + 0.5) }
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    private var isHorizontal: Bool { chart.orientation == .horizontal }

    func preferredHeight(width: Double) -> Double {
        let per = chart.stacking == .grouped ? Double(chart.seriesNames.count) * 0.8 + 0.6 : 1.4
        return isHorizontal ? Double(chart.bars.count) * measurer.metrics(for: labelStyle).lineHeight * per + 60 : max(200, width * 0.5)
    }

    private func color(_ series: Int) -> Color { style.palette[series % style.palette.count] }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        let metrics = measurer.metrics(for: labelStyle), valueMetrics = measurer.metrics(for: valueStyle)

        // Legend: a swatch and the series' name, in rows that fit the width.
        var x = frame.x, y = frame.y
        for (index, name) in chart.seriesNames.enumerated() {
            let width = metrics.ascent + 4 + measurer.width(of: name, style: labelStyle) + 14
            if x > frame.x && x + width > frame.maxX { x = frame.x; y += metrics.lineHeight + 2 }
            items.append(.shape(Shape(path: .rectangle(Rect(x: x, y: y + 1, width: metrics.ascent - 1, height: metrics.ascent - 1)), fill: color(index))))
            items.append(.text(typesetter.line(name, style: labelStyle, x: x + metrics.ascent + 3, baseline: y + metrics.ascent)))
            x += width
        }
        let legendHeight = y - frame.y + metrics.lineHeight + 6

        let maximum: Double
        switch chart.stacking {
        case .grouped: maximum = chart.bars.flatMap(\.segments).compactMap(\.number).max() ?? 1
        case .stacked: maximum = chart.bars.compactMap(\.value.number).max() ?? 1
        case .percent: maximum = 100
        }
        let scale = NiceScale(minimum: 0, maximum: maximum, targetTicks: 5)
        var tickFormat = chart.format
        tickFormat.decimals = scale.decimals
        let tickWidth = (scale.ticks.map { measurer.width(of: tickFormat.string(from: $0), style: valueStyle) }.max() ?? 0)
        let labels = chart.bars.map { typesetter.truncated($0.label, style: labelStyle, maxWidth: isHorizontal ? frame.width * 0.3 : 200) }
        let labelWidth = (labels.map { measurer.width(of: $0, style: labelStyle) }.max() ?? 0) + 6
        let totalWidth = chart.stacking == .percent ? 0 : (chart.bars.map { measurer.width(of: chart.format.string(from: $0.value), style: valueStyle) }.max() ?? 0) + 6
        let body = Rect(x: frame.x, y: frame.y + legendHeight, width: frame.width, height: frame.height - legendHeight)
        // Room above the plot for values written over the tallest bar, below the unit's line.
        let valuesAbove = chart.showsValues && chart.stacking != .percent ? valueMetrics.lineHeight : 0
        let plot: Rect = isHorizontal
            ? Rect(x: body.x + labelWidth, y: body.y, width: body.width - labelWidth - totalWidth, height: body.height - valueMetrics.lineHeight * 2.4)
            : Rect(x: body.x + tickWidth + 5, y: body.y + valueMetrics.lineHeight * 1.3 + valuesAbove,
                   width: body.width - tickWidth - 5,
                   height: body.height - valueMetrics.lineHeight * 1.3 - valuesAbove - metrics.lineHeight - 6)
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
            items.append(.shape(Shape(path: line, stroke: Stroke(color: style.gridColor, width: 0.5))))
            items.append(.text(isHorizontal
                ? typesetter.line(tickFormat.string(from: tick), style: valueStyle, x: t, baseline: plot.maxY + 3 + valueMetrics.ascent, alignment: .center)
                : typesetter.line(tickFormat.string(from: tick), style: valueStyle, x: plot.minX - 5,
                                  baseline: t + (valueMetrics.ascent - valueMetrics.descent) / 2, alignment: .right)))
        }
        let unit = chart.unit.name(in: vocabulary).asHeading
        items.append(.text(isHorizontal
            ? typesetter.line(unit, style: valueStyle, x: plot.midX, baseline: plot.maxY + 3 + valueMetrics.ascent + valueMetrics.lineHeight * 1.15, alignment: .center)
            : typesetter.line(unit, style: valueStyle, x: body.x, baseline: body.y + valueMetrics.ascent)))

        let count = Double(max(1, chart.seriesNames.count))
        for (index, bar) in chart.bars.enumerated() {
            let center = across(index)
            var barItems: [SceneItem] = []
            let labelRun = isHorizontal
                ? typesetter.line(labels[index], style: labelStyle, x: plot.minX - 6, baseline: center + (metrics.ascent - metrics.descent) / 2, alignment: .right)
                : typesetter.line(typesetter.truncated(bar.label, style: labelStyle, maxWidth: band - 4), style: labelStyle, x: center,
                                  baseline: plot.maxY + 4 + metrics.ascent, alignment: .center)
            barItems.append(.text(labelRun))
            var start = 0.0
            for (series, value) in bar.segments.enumerated() {
                guard let number = value.number else { continue }
                let box: Rect
                if chart.stacking == .grouped {
                    let thickness = band * 0.8 / count
                    let offset = -band * 0.4 + (Double(series) + 0.5) * thickness
                    box = rect(center + offset, thickness * 0.92, 0, number)
                    if chart.showsValues {
                        let text = chart.format.string(from: value)
                        barItems.append(.text(isHorizontal
                            ? typesetter.line(text, style: valueStyle, x: box.maxX + 3, baseline: box.midY + (valueMetrics.ascent - valueMetrics.descent) / 2)
                            : typesetter.line(text, style: valueStyle, x: box.midX, baseline: box.minY - 2 - valueMetrics.descent, alignment: .center)))
                    }
                } else {
                    box = rect(center, band * 0.7, start, start + number)
                    start += number
                    let text = chart.format.string(from: value)
                    let width = measurer.width(of: text, style: valueStyle)
                    let fits = isHorizontal ? box.width > width + 4 && box.height > valueMetrics.lineHeight
                                            : box.height > valueMetrics.lineHeight && box.width > width + 4
                    if chart.showsValues && fits {
                        var inside = valueStyle
                        // Dark text on light segments, white on dark ones.
                        inside.color = style.textColor(on: color(series))
                        barItems.append(.text(typesetter.line(text, style: inside, x: box.midX,
                                                              baseline: box.midY + (valueMetrics.ascent - valueMetrics.descent) / 2, alignment: .center)))
                    }
                }
                barItems.insert(.shape(Shape(path: .rectangle(box), fill: color(series))), at: 0)
            }
            if chart.stacking == .stacked, chart.showsValues, let total = bar.value.number {
                let end = along(total)
                barItems.append(.text(isHorizontal
                    ? typesetter.line(chart.format.string(from: total), style: valueStyle, x: end + 3, baseline: center + (valueMetrics.ascent - valueMetrics.descent) / 2)
                    : typesetter.line(chart.format.string(from: total), style: valueStyle, x: center, baseline: end - 2 - valueMetrics.descent, alignment: .center)))
            }
            items.append(.group(Group(role: "bar \(bar.label)", items: barItems)))
        }
        let zero = along(0)
        items.append(.shape(Shape(path: isHorizontal ? .line(from: Point(x: zero, y: plot.minY), to: Point(x: zero, y: plot.maxY))
                                                     : .line(from: Point(x: plot.minX, y: zero), to: Point(x: plot.maxX, y: zero)),
                                  stroke: Stroke(color: style.ruleColor, width: 0.75))))
        let shortened = zip(labels, chart.bars).filter { $0.0 != $0.1.label }.map(\.1.label)
        return (items, shortened.isEmpty ? [] : ["category names shortened to fit: \(shortened.joined(separator: ", "))"])
    }
}
