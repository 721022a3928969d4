import SajianLayout
import SajianModel
import SajianScene

/// Lays out a bar chart (*grafik batang/balok*): bars proportional to their values from a zero baseline,
/// category labels, value labels, a value axis with round ticks and light gridlines, and the unit.
struct BarChartLayout: BodyLayout {
    let chart: BarChartData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary

    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + 0.5) }
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    private var tickStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }

    private var scale: NiceScale {
        let numbers = chart.bars.compactMap(\.value.number) + (chart.reference.map { [$0.value] } ?? [])
        return NiceScale(minimum: numbers.min() ?? 0, maximum: numbers.max() ?? 1,
                         targetTicks: chart.orientation == .horizontal ? 6 : 5)
    }

    func preferredHeight(width: Double) -> Double {
        switch chart.orientation {
        case .horizontal: Double(chart.bars.count) * measurer.metrics(for: labelStyle).lineHeight * 1.3 + 36
        case .vertical: max(180, width * 0.5)
        }
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        chart.orientation == .horizontal ? horizontal(in: frame) : vertical(in: frame)
    }

    /// The text of a bar's value: the number, or its symbol.
    private func valueText(_ value: StatisticalValue) -> String { chart.format.string(from: value) }

    private func unitTitle() -> String {
        chart.unit.name(in: vocabulary).asHeading
    }

    private func tickFormat(_ scale: NiceScale) -> NumberFormat {
        var format = chart.format
        format.decimals = scale.decimals
        return format
    }

    // MARK: Horizontal bars (categories down the side)

    private func horizontal(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var warnings: [String] = []
        let scale = self.scale
        let ticks = scale.ticks
        let tickFormat = tickFormat(scale)
        let tickMetrics = measurer.metrics(for: tickStyle)
        let axisHeight = tickMetrics.lineHeight * 2.4
        let referenceHeight = chart.reference == nil ? 0 : tickMetrics.lineHeight + 4
        // Bars squeezed below one label line apart get smaller labels and values, so that none overlap.
        let available = (frame.height - axisHeight - referenceHeight) / Double(max(1, chart.bars.count))
        let fit = min(1, available / (measurer.metrics(for: self.labelStyle).lineHeight * 1.05))
        var labelStyle = self.labelStyle, valueStyle = self.valueStyle
        labelStyle.size = max(4.5, labelStyle.size * fit)
        valueStyle.size = max(4.5, valueStyle.size * fit)
        if fit < 1 { warnings.append("bar labels set in smaller type (\(Int((fit * 100).rounded())) %) to fit \(chart.bars.count) bars in the height") }

        let maxLabelWidth = frame.width * 0.32
        var shortened: [String] = []
        let labels = chart.bars.map { bar -> String in
            let text = typesetter.truncated(bar.label, style: labelStyle, maxWidth: maxLabelWidth)
            if text != bar.label { shortened.append(bar.label) }
            return text
        }
        if !shortened.isEmpty { warnings.append("category names shortened to fit: \(shortened.joined(separator: ", "))") }
        let labelColumn = (zip(labels, chart.bars).map { text, bar in
            measurer.width(of: text, style: bar.isHighlighted ? style.text(labelStyle.size, weight: .bold) : labelStyle)
        }.max() ?? 0) + 6
        let valueColumn = chart.showsValues
            ? (chart.bars.map { measurer.width(of: valueText($0.value), style: valueStyle) }.max() ?? 0) + 4 : 0
        let lastTickHalf = measurer.width(of: tickFormat.string(from: ticks.last ?? 0), style: tickStyle) / 2
        let plot = Rect(x: frame.x + labelColumn, y: frame.y + referenceHeight,
                        width: frame.width - labelColumn - max(valueColumn, lastTickHalf),
                        height: frame.height - axisHeight - referenceHeight)
        let pitch = plot.height / Double(max(1, chart.bars.count))
        let thickness = pitch * 0.72
        let x = { (value: Double) in scale.position(of: value, from: plot.minX, to: plot.maxX) }

        for tick in ticks {
            let tx = x(tick)
            items.append(.shape(Shape(path: .line(from: Point(x: tx, y: plot.minY), to: Point(x: tx, y: plot.maxY)),
                                      stroke: Stroke(color: style.gridColor, width: 0.5))))
            items.append(.text(typesetter.line(tickFormat.string(from: tick), style: tickStyle, x: tx,
                                               baseline: plot.maxY + 3 + tickMetrics.ascent, alignment: .center)))
        }
        items.append(.text(typesetter.line(unitTitle(), style: tickStyle, x: plot.midX,
                                           baseline: plot.maxY + 3 + tickMetrics.ascent + tickMetrics.lineHeight * 1.15,
                                           alignment: .center)))
        if let reference = chart.reference {
            // Drawn before the bars, so that bars and their labels stand in front of it; its label sits above the plot.
            let rx = x(reference.value)
            items.append(.shape(Shape(path: .line(from: Point(x: rx, y: plot.minY - 2), to: Point(x: rx, y: plot.maxY)),
                                      stroke: Stroke(color: style.accent, width: 1, dash: [4, 2]))))
            let text = "\(reference.label) \(chart.format.string(from: reference.value))".trimmingCharacters(in: .whitespaces)
            var labelStyle = valueStyle
            labelStyle.color = style.accent
            items.append(.text(typesetter.line(text, style: labelStyle, x: rx, baseline: plot.minY - 4 - tickMetrics.descent, alignment: .center)))
        }
        let labelMetrics = measurer.metrics(for: labelStyle)
        for (index, bar) in chart.bars.enumerated() {
            let center = plot.minY + (Double(index) + 0.5) * pitch
            let baseline = center + (labelMetrics.ascent - labelMetrics.descent) / 2
            let color = bar.isHighlighted ? style.accent : style.palette[0]
            var barItems: [SceneItem] = [
                .text(typesetter.line(labels[index], style: bar.isHighlighted ? style.text(labelStyle.size, weight: .bold) : labelStyle,
                                      x: plot.minX - 6, baseline: baseline, alignment: .right)),
            ]
            var end = x(0)
            if let value = bar.value.number {
                let from = x(min(0, value)), to = x(max(0, value))
                barItems.append(.shape(Shape(path: .rectangle(Rect(x: from, y: center - thickness / 2, width: to - from, height: thickness)),
                                             fill: color)))
                end = value < 0 ? from : to
            }
            if chart.showsValues {
                let negative = (bar.value.number ?? 0) < 0
                let run = typesetter.line(valueText(bar.value), style: valueStyle,
                                          x: negative ? end - 3 : end + 3, baseline: baseline, alignment: negative ? .right : .left)
                barItems.append(.text(run))
            }
            items.append(.group(Group(role: "bar \(bar.label)", items: barItems)))
        }
        items.append(.shape(Shape(path: .line(from: Point(x: x(0), y: plot.minY), to: Point(x: x(0), y: plot.maxY)),
                                  stroke: Stroke(color: style.ruleColor, width: 0.75))))
        return (items, warnings)
    }

    // MARK: Vertical bars (categories along the bottom)

    private func vertical(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var warnings: [String] = []
        let scale = self.scale
        let ticks = scale.ticks
        let tickFormat = tickFormat(scale)
        let tickMetrics = measurer.metrics(for: tickStyle)
        let labelMetrics = measurer.metrics(for: labelStyle)
        let tickColumn = (ticks.map { measurer.width(of: tickFormat.string(from: $0), style: tickStyle) }.max() ?? 0) + 5
        let band = (frame.width - tickColumn) / Double(max(1, chart.bars.count))
        let labelLines = 3
        var shortened: [String] = []
        let wrapped = chart.bars.map { bar -> [String] in
            var lines = measurer.lines(of: bar.label, style: labelStyle, maxWidth: band - 4)
            if lines.count > labelLines {
                lines = Array(lines.prefix(labelLines))
                lines[labelLines - 1] = typesetter.truncated(lines[labelLines - 1] + "…", style: labelStyle, maxWidth: band - 4)
                shortened.append(bar.label)
            }
            return lines.map { typesetter.truncated($0, style: labelStyle, maxWidth: band - 2) }
        }
        if !shortened.isEmpty { warnings.append("category names shortened to fit: \(shortened.joined(separator: ", "))") }
        let usedLines = wrapped.map(\.count).max() ?? 1
        let labelHeight = Double(usedLines) * labelMetrics.lineHeight + 4
        let unitHeight = tickMetrics.lineHeight * 1.3
        let valueHeight = chart.showsValues ? measurer.metrics(for: valueStyle).lineHeight + 2 : 0
        let plot = Rect(x: frame.x + tickColumn, y: frame.y + unitHeight + valueHeight,
                        width: frame.width - tickColumn, height: frame.height - unitHeight - valueHeight - labelHeight)
        let y = { (value: Double) in scale.position(of: value, from: plot.maxY, to: plot.minY) }

        items.append(.text(typesetter.line(unitTitle(), style: tickStyle, x: frame.x, baseline: frame.y + tickMetrics.ascent)))
        for tick in ticks {
            let ty = y(tick)
            items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: ty), to: Point(x: plot.maxX, y: ty)),
                                      stroke: Stroke(color: style.gridColor, width: 0.5))))
            items.append(.text(typesetter.line(tickFormat.string(from: tick), style: tickStyle, x: plot.minX - 5,
                                               baseline: ty + (tickMetrics.ascent - tickMetrics.descent) / 2, alignment: .right)))
        }
        let thickness = min(band * 0.7, 48)
        for (index, bar) in chart.bars.enumerated() {
            let center = plot.minX + (Double(index) + 0.5) * band
            var barItems: [SceneItem] = []
            var end = y(0)
            if let value = bar.value.number {
                let top = y(max(0, value)), bottom = y(min(0, value))
                barItems.append(.shape(Shape(path: .rectangle(Rect(x: center - thickness / 2, y: top, width: thickness, height: bottom - top)),
                                             fill: bar.isHighlighted ? style.accent : style.palette[0])))
                end = value < 0 ? bottom : top
            }
            if chart.showsValues {
                let negative = (bar.value.number ?? 0) < 0
                let valueMetrics = measurer.metrics(for: valueStyle)
                let baseline = negative ? end + 2 + valueMetrics.ascent : end - 2 - valueMetrics.descent
                barItems.append(.text(typesetter.line(valueText(bar.value), style: valueStyle, x: center, baseline: baseline, alignment: .center)))
            }
            for (line, text) in wrapped[index].enumerated() {
                barItems.append(.text(typesetter.line(text, style: bar.isHighlighted ? style.text(labelStyle.size, weight: .bold) : labelStyle,
                                                      x: center, baseline: plot.maxY + 4 + labelMetrics.ascent + Double(line) * labelMetrics.lineHeight,
                                                      alignment: .center)))
            }
            items.append(.group(Group(role: "bar \(bar.label)", items: barItems)))
        }
        items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: y(0)), to: Point(x: plot.maxX, y: y(0))),
                                  stroke: Stroke(color: style.ruleColor, width: 0.75))))
        if let reference = chart.reference {
            let ry = y(reference.value)
            items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: ry), to: Point(x: plot.maxX, y: ry)),
                                      stroke: Stroke(color: style.accent, width: 1, dash: [4, 2]))))
            var labelStyle = valueStyle
            labelStyle.color = style.accent
            let text = "\(reference.label) \(chart.format.string(from: reference.value))".trimmingCharacters(in: .whitespaces)
            items.append(.text(typesetter.line(text, style: labelStyle, x: plot.maxX, baseline: frame.y + tickMetrics.ascent, alignment: .right)))
        }
        return (items, warnings)
    }
}
