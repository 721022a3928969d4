import SajianLayout
import SajianModel
import SajianScene

/// The measures of a one-series bar chart (*grafik batang/balok*), in points unless said; the axis measures it
/// shares with the other charts are in `HouseStyle`.
struct BarChartMetrics {
    /// About how many ticks the value axis of horizontal bars gets (vertical bars take `HouseStyle.valueAxisTicks`).
    var horizontalTicks = 6
    /// The distance between horizontal bars a chart asks for, in lines of label type.
    var rowPitchLines = 1.3
    /// The height horizontal bars ask for beyond their rows: the value axis and unit under them.
    var axisAllowance = 36.0
    /// A labelled column closer to the top tick than this fraction of the axis gets one more step above it (so does
    /// every bar chart of a shared scale whose top comes that close).
    var verticalHeadroom = 0.05
    /// The least room between two labelled ticks of a column chart's value axis, in lines of the tick type: a lower
    /// plot labels every second (or third) tick, "0 4 8" for "0 2 4 6 8" (the A4 infographic's squat charts,
    /// proof-reading 31).
    var leastTickPitchLines = 1.5
    /// The least height vertical bars ask for.
    var minimumVerticalHeight = 180.0
    /// The height vertical bars ask for, as a fraction of the width.
    var verticalAspect = 0.5
    /// Horizontal bars closer than this, in lines of label type, get their labels and values set smaller.
    var minimumLabelPitchLines = 1.05
    /// The smallest type labels and values of squeezed horizontal bars are set in.
    var minimumLabelSize = 4.5
    /// The widest a category label of horizontal bars may be, as a fraction of the body's width; longer ones are cut.
    var maximumLabelWidthRatio = 0.32
    /// … which a name with no shorter form may widen to, rather than be cut.
    var widestLabelColumnRatio = 0.42
    /// The room kept right of horizontal bars beyond their longest value.
    var valueColumnPadding = 4.0
    /// A horizontal bar's thickness, as a fraction of the distance between bars.
    var barThicknessRatio = 0.72
    /// A vertical bar's thickness, as a fraction of its category's band.
    var verticalBarThicknessRatio = 0.7
    /// The thickest a vertical bar is drawn, however wide its band.
    var maximumBarThickness = 48.0
    /// The most lines a vertical bar's category label wraps to; the last is cut with an ellipsis.
    var maximumLabelLines = 3
    /// A vertical bar's label wraps at its band's width less this (half of it on each side).
    var labelWrapInset = 4.0
    /// A word wider than its band less this is cut.
    var labelCutInset = 2.0
    /// Space between the plot's top and the label of a reference line above it (horizontal bars).
    var referenceLabelGap = 4.0
    /// How far a reference line reaches above the plot, towards its label (horizontal bars).
    var referenceLineOverhang = 2.0
    /// Stroke width of a reference line.
    var referenceLineWidth = 1.0
    /// Dash pattern of a reference line: dash, gap.
    var referenceLineDash = [4.0, 2.0]

    static let standard = BarChartMetrics()
}

/// Lays out a bar chart (*grafik batang/balok*): bars proportional to their values from a zero baseline,
/// category labels, value labels, a value axis with round ticks and light gridlines, and the unit.
struct BarChartLayout: BodyLayout {
    let chart: BarChartData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary
    /// The range the value axis spans at least, shared with other charts (`skala-bersama`).
    var sharedRange: ClosedRange<Double>?

    private let measures = BarChartMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + style.chartLabelSizeStep) }
    /// No halo: `LabelKnockout.clearing` cuts every rule short of the labels' boxes, so a halo would hide nothing
    /// and only cost (Cairo draws a halo as stroked glyph outlines: in the 39-bar chart's PDF they were 139 of the
    /// content stream's 145 KB, and the PDF took 15 ms instead of 3).
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }

    /// A value written inside its bar: in the colour that reads on the bar, bold on the highlighted one.
    private func insideValueStyle(for bar: BarChartData.Bar, on fill: Color) -> TextStyle {
        var inside = valueStyle
        inside.color = style.textColor(on: fill)
        if bar.isHighlighted { inside.weight = .bold }
        return inside
    }

    /// Whether a reference line at `rx` runs through a value written outside its bar's `end` (`run`), or between the two.
    private func referenceCrosses(_ run: TextRun, end: Double, at rx: Double?) -> Bool {
        guard let rx else { return false }
        return rx >= end && rx <= run.bounds.maxX + style.valueLabelGap
    }

    /// Whether a horizontal chart's values all go inside their bars, with `x` placing a value: where the reference
    /// line crosses some value written outside, every value is positive and every bar holds its own.
    private func valuesGoInside(x: (Double) -> Double) -> Bool {
        guard chart.showsValues, let reference = chart.reference else { return false }
        var crossed = false
        for bar in chart.bars {
            guard let value = bar.value.number else { continue }  // a missing value's symbol stays by the axis
            guard value > 0 else { return false }
            let end = x(value), text = valueText(bar.value)
            let fill = bar.isHighlighted ? style.accent : style.palette[0]
            guard end - x(0) >= measurer.width(of: text, style: insideValueStyle(for: bar, on: fill)) + 2 * style.valueLabelGap else { return false }
            let run = typesetter.line(text, style: outsideValueStyle(for: bar, from: valueStyle), x: end + style.valueLabelGap, baseline: 0, alignment: .left)
            if referenceCrosses(run, end: end, at: x(reference.value)) { crossed = true }
        }
        return crossed
    }

    /// A value outside its bar: the highlighted bar's in bold and the text's dark grey, as its name on the axis is bold,
    /// and as its value inside a bar is (proof-reading 35: the own unit's value bold in ten booklets' Grafik 2, where
    /// the reference line sent it inside, and plain grey in the other seventeen and in every Grafik 3).
    private func outsideValueStyle(for bar: BarChartData.Bar, from base: TextStyle) -> TextStyle {
        guard bar.isHighlighted else { return base }
        var bold = base
        bold.weight = .bold
        bold.color = style.textColor
        return bold
    }
    private var tickStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }

    private var scale: NiceScale {
        let numbers = chart.bars.compactMap(\.value.number) + (chart.reference.map { [$0.value] } ?? [])
            + (sharedRange.map { [$0.lowerBound, $0.upperBound] } ?? [])
        let scale = NiceScale(minimum: numbers.min() ?? 0, maximum: numbers.max() ?? 1,
                              targetTicks: chart.orientation == .horizontal ? measures.horizontalTicks : style.valueAxisTicks)
        // A labelled column that reaches the top gridline carries its value above the plot, level with the top tick,
        // as though on the axis: the axis goes a step further (the infographic's 5,79 at 6). Every bar chart of a
        // shared scale takes the step alike, so that the group's axes stay one.
        if chart.orientation == .horizontal && chart.showsValues && sharedRange == nil, let top = numbers.max() {
            // Bars that carry their values end the plot at the longest: the axis to 8 for a longest bar of 6,75 left
            // a fifth of the web chart empty (proof-reading 40). The last gridline is the last round tick under it, or
            // the round number over it where the longest passes that tick by more than half a step (`ending(at:)`).
            return scale.ending(at: top)
        }
        guard chart.orientation == .vertical && chart.showsValues || sharedRange != nil, let top = numbers.max() else { return scale }
        return scale.clearing(top, headroom: measures.verticalHeadroom)
    }

    func preferredHeight(width: Double) -> Double {
        switch chart.orientation {
        case .horizontal: Double(chart.bars.count) * measurer.metrics(for: labelStyle).lineHeight * measures.rowPitchLines + measures.axisAllowance
        case .vertical: max(measures.minimumVerticalHeight, width * measures.verticalAspect)
        }
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let laid = laidOut(in: frame, heightIsFixed: true)
        return (laid.items, laid.warnings)
    }

    /// The bars, and a note keying the short forms of names the chart had to write short ("Singkatan: Babel =
    /// Kepulauan Bangka Belitung; NTB = Nusa Tenggara Barat": the web's phone chart wrote them unexplained beside names
    /// written in full, proof-reading 22).
    func laidOut(in frame: Rect, heightIsFixed: Bool) -> LaidOutBody {
        var shortForms: [(short: String, long: String)] = []
        var gaps: [Rect] = []
        let (items, warnings) = chart.orientation == .horizontal ? horizontal(in: frame, shortForms: &shortForms, gaps: &gaps)
            : vertical(in: frame, gaps: &gaps)
        // Gridlines, the reference line and the axis stop short of every label's box, so none runs through a value,
        // and of the air between a bar's end and its value, so none parts them (the infographic's "3,67" stood over
        // the 4 gridline, the line between it and its column).
        let notes = shortForms.isEmpty ? [] : ["\(vocabulary.abbreviations): " + shortForms.map { "\($0.short)\u{00A0}=\u{00A0}\($0.long)" }.joined(separator: "; ") + "."]
        return LaidOutBody(items: LabelKnockout.clearing(items, alsoAround: gaps), warnings: warnings, notes: notes)
    }

    /// A reference line over the bars, dashed in the text's near-black, so that it reads across a bar as on the paper
    /// (proof-reading 41: drawn behind them, the line showed only between the bars, and Diploma I/II/III's 4,83
    /// against Indonesia's 4,91, the comparison the line is for, could not be read; on a white casing it sliced every
    /// bar it crossed, and muted grey does not read on the bars' blue). Like every rule it stops short of the labels
    /// (`LabelKnockout`); a value inside a bar stands clear of it (left of it on bars, under it on columns). Its label
    /// stays in muted grey.
    private func referenceLine(from start: Point, to end: Point) -> SceneItem {
        .shape(Shape(path: .line(from: start, to: end),
                     stroke: Stroke(color: style.textColor, width: measures.referenceLineWidth, dash: measures.referenceLineDash)))
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

    /// A tick's label: in millions ("1 juta", "2,5 juta") when the ticks step by at least half a million, so that
    /// "1.000.000 2.000.000 …" do not crowd the axis (the bar values keep every digit); else the number.
    private func tickLabel(_ tick: Double, _ format: NumberFormat, _ scale: NiceScale) -> String {
        let million = 1_000_000.0
        guard scale.step >= million / 2, chart.unit != .percent, chart.unit != .percentagePoints else { return format.string(from: tick) }
        if tick == 0 { return format.string(from: 0) }
        var inMillions = format
        inMillions.decimals = (tick / million).rounded() == tick / million ? 0 : 1
        return "\(inMillions.string(from: tick / million)) \(vocabulary.million)"
    }

    // MARK: Horizontal bars (categories down the side)

    private func horizontal(in frame: Rect, shortForms: inout [(short: String, long: String)], gaps: inout [Rect]) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var warnings: [String] = []
        let scale = self.scale
        let ticks = scale.ticks
        let tickFormat = tickFormat(scale)
        let tickMetrics = measurer.metrics(for: tickStyle)
        let axisHeight = tickMetrics.lineHeight * style.valueAxisLines
        let referenceHeight = chart.reference == nil ? 0 : tickMetrics.lineHeight + measures.referenceLabelGap
        // Bars squeezed below one label line apart get smaller labels and values, so that none overlap.
        let available = (frame.height - axisHeight - referenceHeight) / Double(max(1, chart.bars.count))
        let fit = min(1, available / (measurer.metrics(for: self.labelStyle).lineHeight * measures.minimumLabelPitchLines))
        var labelStyle = self.labelStyle, valueStyle = self.valueStyle
        labelStyle.size = max(measures.minimumLabelSize, labelStyle.size * fit)
        valueStyle.size = max(measures.minimumLabelSize, valueStyle.size * fit)
        if fit < 1 { warnings.append("bar labels set in smaller type (\(Int((fit * 100).rounded())) %) to fit \(chart.bars.count) bars in the height") }

        var shortened: [String] = []
        // A name too long for its column takes the short form its readers know, as the maps write it (Kalsel, NTB,
        // Kep. Riau, Kab. Bandung Barat), before it is cut: "Kalimantan Selat…" on the web's phone variant
        // (proof-reading 21). Only a form no other bar's name shares. A name with no short form (Papua Pegunungan)
        // widens the column up to `widestLabelColumnRatio` rather than be cut.
        let forms = MapLabelPlacer.names(for: chart.bars.map(\.label), shortNames: MapVocabulary.forLocale(chart.format.locale).regionShortNames)
        let shortestNeeded = forms.map { forms in forms.map { measurer.width(of: $0, style: labelStyle) }.min() ?? 0 }.max() ?? 0
        let maxLabelWidth = max(frame.width * measures.maximumLabelWidthRatio, min(shortestNeeded, frame.width * measures.widestLabelColumnRatio))
        var written: [(short: String, long: String)] = []
        let labels = zip(chart.bars, forms).map { bar, forms -> String in
            if let fitting = forms.first(where: { measurer.width(of: $0, style: labelStyle) <= maxLabelWidth }) {
                // "Kab. Bandung Barat" and "Kep. Riau" explain themselves; "Babel" and "NTB" are keyed.
                if fitting != bar.label, !fitting.contains(".") { written.append((fitting, bar.label)) }
                return fitting
            }
            shortened.append(bar.label)
            return typesetter.truncated(forms.last ?? bar.label, style: labelStyle, maxWidth: maxLabelWidth)
        }
        shortForms = written
        if !shortened.isEmpty { warnings.append("category names shortened to fit: \(shortened.joined(separator: ", "))") }
        let labelColumn = (zip(labels, chart.bars).map { text, bar in
            measurer.width(of: text, style: bar.isHighlighted ? style.text(labelStyle.size, weight: .bold) : labelStyle)
        }.max() ?? 0) + style.categoryLabelGap
        let valueColumn = chart.showsValues
            ? (chart.bars.map { measurer.width(of: valueText($0.value), style: outsideValueStyle(for: $0, from: valueStyle)) }.max() ?? 0) + measures.valueColumnPadding : 0
        let lastTickHalf = measurer.width(of: tickLabel(ticks.last ?? 0, tickFormat, scale), style: tickStyle) / 2
        func plotRect(valueColumn: Double) -> Rect {
            Rect(x: frame.x + labelColumn, y: frame.y + referenceHeight, width: frame.width - labelColumn - max(valueColumn, lastTickHalf),
                 height: frame.height - axisHeight - referenceHeight)
        }
        var plot = plotRect(valueColumn: valueColumn)
        // Values all inside their bars, where the reference line would send some there and every bar holds its own:
        // half a column inside and half outside read as a highlighted group (proof-reading 39). The plot then takes
        // the room the values outside would have had.
        let valuesInside = valuesGoInside { value in scale.position(of: value, from: plot.minX, to: plot.maxX) }
        if valuesInside { plot = plotRect(valueColumn: 0) }
        let pitch = plot.height / Double(max(1, chart.bars.count))
        let thickness = pitch * measures.barThicknessRatio
        let x = { (value: Double) in scale.position(of: value, from: plot.minX, to: plot.maxX) }

        for tick in ticks {
            let tx = x(tick)
            items.append(.shape(Shape(path: .line(from: Point(x: tx, y: plot.minY), to: Point(x: tx, y: plot.maxY)),
                                      stroke: Stroke(color: style.gridColor, width: style.gridLineWidth))))
            items.append(.text(typesetter.line(tickLabel(tick, tickFormat, scale), style: tickStyle, x: tx,
                                               baseline: plot.maxY + style.tickLabelDrop + tickMetrics.ascent, alignment: .center)))
        }
        items.append(.text(typesetter.line(unitTitle(), style: tickStyle, x: plot.midX,
                                           baseline: plot.maxY + style.tickLabelDrop + tickMetrics.ascent + tickMetrics.lineHeight * style.unitLineSpacing,
                                           alignment: .center)))
        var referenceItem: SceneItem?
        if let reference = chart.reference {
            // Drawn over the bars (`referenceLine`), its label above the plot, in the muted grey of a line chart's
            // reference line, not the accent: the accent is the highlighted bar's, and a booklet's Indonesia, blue in
            // Grafik 1, was orange beside the orange province in Grafik 2 (proof-reading 18, #4).
            let rx = x(reference.value)
            referenceItem = referenceLine(from: Point(x: rx, y: plot.minY - measures.referenceLineOverhang), to: Point(x: rx, y: plot.maxY))
            let text = "\(reference.label) \(chart.format.string(from: reference.value))".trimmingCharacters(in: .whitespaces)
            var labelStyle = valueStyle
            labelStyle.color = style.mutedTextColor
            items.append(.text(typesetter.line(text, style: labelStyle, x: rx, baseline: plot.minY - measures.referenceLabelGap - tickMetrics.descent, alignment: .center)))
        }
        let labelMetrics = measurer.metrics(for: labelStyle)
        for (index, bar) in chart.bars.enumerated() {
            let center = plot.minY + (Double(index) + 0.5) * pitch
            let baseline = center + (labelMetrics.ascent - labelMetrics.descent) / 2
            let color = bar.isHighlighted ? style.accent : style.palette[0]
            var barItems: [SceneItem] = [
                .text(typesetter.line(labels[index], style: bar.isHighlighted ? style.text(labelStyle.size, weight: .bold) : labelStyle,
                                      x: plot.minX - style.categoryLabelGap, baseline: baseline, alignment: .right)),
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
                let text = valueText(bar.value)
                let run = typesetter.line(text, style: outsideValueStyle(for: bar, from: valueStyle),
                                          x: negative ? end - style.valueLabelGap : end + style.valueLabelGap, baseline: baseline, alignment: negative ? .right : .left)
                // A value the reference line would run through, or between it and its bar, goes inside the bar's end,
                // in the colour that reads on the bar, where the bar holds it (proof-reading 32: on the web's phone
                // chart the labels from 4,86 down to 3,86 cut the "Indonesia 4,91" line into dashes).
                // The highlighted bar's too, in bold: white on the accent (4,9 : 1) read faint in regular weight
                // (proof-reading 33), and left outside the line ran through the one value the chart is about
                // (proof-reading 34, six kab/kota booklets).
                let inside = insideValueStyle(for: bar, on: color)
                if valuesInside && bar.value.number != nil
                    || !negative && referenceCrosses(run, end: end, at: chart.reference.map { x($0.value) }) && end - x(0) >= measurer.width(of: text, style: inside) + 2 * style.valueLabelGap {
                    // Left of the line where the line would run through it at the bar's end (proof-reading 41: with the
                    // line over the bars "7,34" and "7,11" met it), where the bar holds it there.
                    var right = end - style.valueLabelGap
                    // Twice the value's gap from the line: one gap, "5,14" read as touching it (proof-reading 54).
                    if let rx = chart.reference.map({ x($0.value) }), !negative {
                        let width = measurer.width(of: text, style: inside), clearance = 2 * style.valueLabelGap
                        if rx > right - width - clearance, rx < right + clearance,
                           rx - clearance - width >= x(0) + style.valueLabelGap {
                            right = rx - clearance
                        }
                    }
                    barItems.append(.text(typesetter.line(text, style: inside, x: right, baseline: baseline, alignment: .right)))
                } else {
                    barItems.append(.text(run))
                    gaps.append(Self.gap(between: end, and: run, isHorizontal: true))
                }
            }
            items.append(.group(Group(role: "bar \(bar.label)", items: barItems)))
        }
        if let referenceItem { items.append(referenceItem) }
        items.append(.shape(Shape(path: .line(from: Point(x: x(0), y: plot.minY), to: Point(x: x(0), y: plot.maxY)),
                                  stroke: Stroke(color: style.ruleColor, width: style.axisLineWidth))))
        return (items, warnings)
    }

    /// The air between a bar's end (`end`, an x on horizontal bars, a y on columns) and its value's box outside it, a
    /// little short of the end so that the axis through a bar of zero stays whole, as wide (on columns) or as high (on
    /// bars) as the value's own knockout, `LabelKnockout`'s box of its figures.
    static func gap(between end: Double, and value: TextRun, isHorizontal: Bool) -> Rect {
        let inset = 0.5
        let label = value.bounds
        if isHorizontal {
            let figures = LabelKnockout.textBoxes([.text(value)], figuresByTheirHeight: true).first ?? label
            let from = end < label.minX ? end + inset : label.maxX, to = end < label.minX ? label.minX : end - inset
            return Rect(x: from, y: figures.minY, width: max(0, to - from), height: figures.height)
        }
        let from = end > label.maxY ? label.maxY : end + inset, to = end > label.maxY ? end - inset : label.minY
        return Rect(x: label.minX - LabelKnockout.margin, y: from, width: label.width + 2 * LabelKnockout.margin, height: max(0, to - from))
    }

    // MARK: Vertical bars (categories along the bottom)

    /// Every `k`-th tick from the first, the least `k` (up to 3) that puts `least` between them and keeps the last tick
    /// and zero (the baseline bars stand on, on an axis through negatives); all of them where they stand that far apart
    /// already, or where no such `k` keeps both. Where the ticks would stand closer than `legible` (a line of their
    /// type: their labels overlap), any `k` that keeps both, the least that puts `least` between them, else the ends
    /// alone (proof-reading 36: the A4 leaflet's squat columns printed "8 6 4 2 0" one over another).
    static func thinned(_ ticks: [Double], pitch: Double, least: Double, legible: Double = 0) -> [Double] {
        let zero = ticks.firstIndex(of: 0) ?? 0
        guard pitch < least, ticks.count > 2 else { return ticks }
        let keepsBoth = { (k: Int) -> Bool in (ticks.count - 1) % k == 0 && zero % k == 0 }
        let apart = { (k: Int) -> Bool in pitch * Double(k) >= least }
        var step: Int? = (2...3).first { keepsBoth($0) && apart($0) }
        if step == nil, pitch < legible {
            let steps = (2..<ticks.count).filter(keepsBoth)
            step = steps.first(where: apart) ?? steps.last
        }
        guard let k = step else { return ticks }
        return stride(from: 0, to: ticks.count, by: k).map { ticks[$0] }
    }

    private func vertical(in frame: Rect, gaps: inout [Rect]) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var warnings: [String] = []
        let scale = self.scale
        let ticks = scale.ticks
        let tickFormat = tickFormat(scale)
        let tickMetrics = measurer.metrics(for: tickStyle)
        let labelMetrics = measurer.metrics(for: labelStyle)
        let tickColumn = (ticks.map { measurer.width(of: tickLabel($0, tickFormat, scale), style: tickStyle) }.max() ?? 0) + style.tickLabelGap
        let band = (frame.width - tickColumn) / Double(max(1, chart.bars.count))
        let labelLines = measures.maximumLabelLines
        var shortened: [String] = []
        let wrapped = chart.bars.map { bar -> [String] in
            var lines = measurer.lines(of: bar.label, style: labelStyle, maxWidth: band - measures.labelWrapInset)
            if lines.count > labelLines {
                lines = Array(lines.prefix(labelLines))
                lines[labelLines - 1] = typesetter.truncated(lines[labelLines - 1] + "…", style: labelStyle, maxWidth: band - measures.labelWrapInset)
                shortened.append(bar.label)
            }
            return lines.map { typesetter.truncated($0, style: labelStyle, maxWidth: band - measures.labelCutInset) }
        }
        if !shortened.isEmpty { warnings.append("category names shortened to fit: \(shortened.joined(separator: ", "))") }
        let usedLines = wrapped.map(\.count).max() ?? 1
        let labelHeight = Double(usedLines) * labelMetrics.lineHeight + style.categoryLabelDrop
        let unitHeight = tickMetrics.lineHeight * style.unitLines
        let valueHeight = chart.showsValues ? measurer.metrics(for: valueStyle).lineHeight + style.valueLabelRise : 0
        let plot = Rect(x: frame.x + tickColumn, y: frame.y + unitHeight + valueHeight,
                        width: frame.width - tickColumn, height: frame.height - unitHeight - valueHeight - labelHeight)
        let y = { (value: Double) in scale.position(of: value, from: plot.maxY, to: plot.minY) }

        items.append(.text(typesetter.line(unitTitle(), style: tickStyle, x: frame.x, baseline: frame.y + tickMetrics.ascent)))
        for tick in Self.thinned(ticks, pitch: plot.height / Double(max(1, ticks.count - 1)), least: tickMetrics.lineHeight * measures.leastTickPitchLines,
                                 legible: tickMetrics.lineHeight) {
            let ty = y(tick)
            items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: ty), to: Point(x: plot.maxX, y: ty)),
                                      stroke: Stroke(color: style.gridColor, width: style.gridLineWidth))))
            items.append(.text(typesetter.line(tickLabel(tick, tickFormat, scale), style: tickStyle, x: plot.minX - style.tickLabelGap,
                                               baseline: ty + (tickMetrics.ascent - tickMetrics.descent) / 2, alignment: .right)))
        }
        let thickness = min(band * measures.verticalBarThicknessRatio, measures.maximumBarThickness)
        let valueMetrics = measurer.metrics(for: valueStyle)
        /// The value written above a column's top (below a negative one's end).
        func outsideRun(_ bar: BarChartData.Bar, end: Double, center: Double) -> TextRun {
            let negative = (bar.value.number ?? 0) < 0
            let baseline = negative ? end + style.valueLabelRise + valueMetrics.ascent : end - style.valueLabelRise - valueMetrics.descent
            return typesetter.line(valueText(bar.value), style: outsideValueStyle(for: bar, from: valueStyle), x: center, baseline: baseline, alignment: .center)
        }
        /// Whether the reference line runs through a value above its column's top, or between the two.
        func lineCrosses(_ run: TextRun, end: Double) -> Bool {
            guard let ry = chart.reference.map({ y($0.value) }) else { return false }
            return ry <= end && ry >= run.bounds.minY - style.valueLabelRise
        }
        /// Whether a column holds its value inside its top, in height and in width.
        func holds(_ bar: BarChartData.Bar, end: Double, fill: Color) -> Bool {
            y(0) - end >= valueMetrics.lineHeight + 2 * style.valueLabelRise
                && thickness >= measurer.width(of: valueText(bar.value), style: insideValueStyle(for: bar, on: fill)) + 2 * style.valueLabelRise
        }
        // As on horizontal bars: all values inside, where the line crosses some above their columns and every column
        // holds its own (proof-reading 39).
        let valuesInside: Bool = chart.showsValues && chart.reference != nil && {
            var crossed = false
            for (index, bar) in chart.bars.enumerated() {
                guard let value = bar.value.number else { continue }
                guard value > 0, holds(bar, end: y(value), fill: bar.isHighlighted ? style.accent : style.palette[0]) else { return false }
                if lineCrosses(outsideRun(bar, end: y(value), center: plot.minX + (Double(index) + 0.5) * band), end: y(value)) { crossed = true }
            }
            return crossed
        }()
        var obstacles: [Rect] = []  // the bars and their values, which a reference line's label keeps clear of
        for (index, bar) in chart.bars.enumerated() {
            let center = plot.minX + (Double(index) + 0.5) * band
            var barItems: [SceneItem] = []
            var end = y(0)
            let fill = bar.isHighlighted ? style.accent : style.palette[0]
            if let value = bar.value.number {
                let top = y(max(0, value)), bottom = y(min(0, value))
                let rect = Rect(x: center - thickness / 2, y: top, width: thickness, height: bottom - top)
                barItems.append(.shape(Shape(path: .rectangle(rect), fill: fill)))
                obstacles.append(rect)
                end = value < 0 ? bottom : top
            }
            if chart.showsValues {
                let negative = (bar.value.number ?? 0) < 0
                var run = outsideRun(bar, end: end, center: center)
                // As on horizontal bars: a value the reference line would cross, or part from its bar, goes inside the
                // bar's top (proof-reading 32: "4,83" over the dashed "Indonesia 4,91", the line between it and its bar),
                // where the bar holds it, in height and in width.
                if valuesInside && bar.value.number != nil || !negative && lineCrosses(run, end: end) && holds(bar, end: end, fill: fill) {
                    // Where the value stood stays free of the line's own label: there it read as the bar's value
                    // (proof-reading 33: "Indonesia 4,91" over the Diploma I/II/III bar, its "4,83" inside).
                    obstacles.append(run.bounds)
                    var baseline = end + style.valueLabelRise + valueMetrics.ascent
                    // Under the line where the line would run through it at the column's top (proof-reading 41: "5,25"
                    // on the line read as the line's label), where the column holds it there.
                    if let ry = chart.reference.map({ y($0.value) }), !negative,
                       ry > baseline - valueMetrics.ascent - style.valueLabelRise, ry < baseline + valueMetrics.descent + style.valueLabelRise,
                       ry + style.valueLabelRise + valueMetrics.lineHeight + style.valueLabelRise <= y(0) {
                        baseline = ry + style.valueLabelRise + valueMetrics.ascent
                    }
                    run = typesetter.line(run.text, style: insideValueStyle(for: bar, on: fill), x: center, baseline: baseline, alignment: .center)
                } else {
                    gaps.append(Self.gap(between: end, and: run, isHorizontal: false))
                }
                barItems.append(.text(run))
                obstacles.append(run.bounds)
            }
            for (line, text) in wrapped[index].enumerated() {
                barItems.append(.text(typesetter.line(text, style: bar.isHighlighted ? style.text(labelStyle.size, weight: .bold) : labelStyle,
                                                      x: center, baseline: plot.maxY + style.categoryLabelDrop + labelMetrics.ascent + Double(line) * labelMetrics.lineHeight,
                                                      alignment: .center)))
            }
            items.append(.group(Group(role: "bar \(bar.label)", items: barItems)))
        }
        items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: y(0)), to: Point(x: plot.maxX, y: y(0))),
                                  stroke: Stroke(color: style.ruleColor, width: style.axisLineWidth))))
        if let reference = chart.reference {
            let ry = y(reference.value)
            // Across the columns, over them (`referenceLine`); it stops short of every value's box, inside a column
            // too (proof-reading 39: through Diploma IV's "5,25", just over the line).
            items.append(referenceLine(from: Point(x: plot.minX, y: ry), to: Point(x: plot.maxX, y: ry)))
            var labelStyle = valueStyle
            labelStyle.color = style.mutedTextColor
            let text = "\(reference.label) \(chart.format.string(from: reference.value))".trimmingCharacters(in: .whitespaces)
            // On the line, just above it, where no bar or value stands: at its right end, else over the band nearest
            // it that is free; only where none is, at the plot's top right (proof-reading 24: "Indonesia 4,91" in the
            // corner beside the unit read as a second axis title, the line unlabelled where it ran).
            let baseline = ry - measures.referenceLabelGap / 2 - measurer.metrics(for: labelStyle).descent
            let width = measurer.width(of: text, style: labelStyle)
            // Its right end, then its left, then over the bands: over a band it keeps a line clear of the value under it, which else
            // read as that bar's second label (proof-reading 34: "Indonesia 4,91" over SMP's "4,11").
            let lefts = [plot.maxX - width, plot.minX] + chart.bars.indices.reversed().map { plot.minX + (Double($0) + 0.5) * band - width / 2 }
            let clearBelow = measurer.metrics(for: labelStyle).lineHeight
            let onLine = lefts.lazy.filter { $0 >= plot.minX && $0 + width <= plot.maxX }.map { left in
                self.typesetter.line(text, style: labelStyle, x: left, baseline: baseline)
            }.first { run in
                let pad = measures.referenceLabelGap / 2, bounds = run.bounds
                let box = Rect(x: bounds.x - pad, y: bounds.y - pad, width: bounds.width + 2 * pad, height: bounds.height + 2 * pad + clearBelow)
                return box.minY >= plot.minY && !obstacles.contains { $0.intersects(box) }
            }
            items.append(.text(onLine ?? typesetter.line(text, style: labelStyle, x: plot.maxX, baseline: frame.y + tickMetrics.ascent, alignment: .right)))
        }
        return (items, warnings)
    }
}
