import SajianLayout
import SajianModel
import SajianScene

/// The measures of a line chart (*grafik garis*), in points unless said; the axis measures it shares with the
/// other charts are in `HouseStyle`.
struct LineChartMetrics {
    /// The least height a line chart asks for.
    var minimumHeight = 180.0
    /// The height a line chart asks for, as a fraction of the width.
    var aspect = 0.5
    /// Room under the lowest value, as a fraction of the values' range: the value axis starts a step lower where the
    /// lowest point would sit on it (Kota Cimahi's 2018 TPT, 8,0x, on an axis from 8, proof-reading 6).
    var lowestValueClearance = 0.03
    /// The least rise of the lowest point's marker above the axis line, beyond the marker's radius.
    var lowestPointRise = 4.0
    /// How far the first period stands right of the value axis's tick labels, beyond its marker (proof-reading 32: a
    /// first marker at the plot's left edge sat against the ticks "9" and "8", its value knocking the gridline out).
    var firstPeriodInset = 4.0
    /// The room kept right of the plot beyond the longest series name.
    var nameColumnPadding = 8.0
    /// Space between the plot's right edge and the series names at the lines' ends.
    var nameGap = 6.0
    /// Height of the period axis under the plot (tick marks and labels), in lines of tick type.
    var periodAxisLines = 1.8
    /// The least space between neighbouring period labels; closer, only every k-th period is labelled.
    var periodLabelGap = 6.0
    /// Length of a period's tick mark under the plot.
    var periodTickLength = 3.0
    /// Stroke width of a period's tick mark.
    var periodTickWidth = 0.5
    /// Fill of a band (a target range) behind the lines: a light blue-grey.
    var bandColor = Color(hex: 0xE8EEF5)
    /// Space between a band's or reference line's label and the plot's left edge, and the band's top or the line.
    var annotationLabelInset = 3.0
    /// Stroke width of a reference line.
    var referenceLineWidth = 0.75
    /// Dash pattern of a reference line: dash, gap.
    var referenceLineDash = [3.0, 2.0]
    /// Stroke width of a series' line, and of a highlighted one.
    var lineWidth = 1.4, highlightedLineWidth = 2.0
    /// Radius of the markers at a series' values, and of a highlighted series'.
    var markerRadius = 1.8, highlightedMarkerRadius = 2.4
    /// Stroke width and dash pattern of the rule marking a break in comparability.
    var breakLineWidth = 0.5, breakLineDash = [1.0, 1.5]
    /// A line's points before its last break in comparability: hollow markers stroked this wide, on the line's colour
    /// at this strength over white.
    var earlierMarkerWidth = 1.0, earlierLineTint = 0.45
    /// Space between a value label inside the plot and its marker's edge.
    var valueLabelGap = 1.5
    /// How far a first value's label may slide right along its line, tried in turn, when the place beside its point
    /// is taken (by the axis's unit or top tick label).
    var labelSlides = [0.0, 6, 12, 18, 24]
    /// The space a first value's label keeps from the chart's other text: the value axis's tick labels and unit left
    /// of its point (proof-reading 17: "7,89" beside the tick "8", "3,73" against "4").
    var firstLabelClearance = 4.0
    /// How far right of the unit's line ("Persen") no value stands, in ems of the tick labels.
    var unitLineClearanceEms = 4.0
    /// Two first values further apart across than this may stand level (lines that start periods apart).
    var firstLabelsApart = 24.0
    /// Space between a line's end value and its name right of the plot.
    var nameValueGap = 3.0
    /// A line's name wider than this many ems of its type goes on two lines at its end, so that the plot keeps nearly
    /// one width whatever the names (proof-reading 17: a booklet's Grafik 1 was 35 pt narrower for "Kalimantan Selatan"
    /// than for "Aceh").
    var nameWrapEms = 6.0
    /// A line of this many values or fewer has every value labelled (its first and last at its ends).
    var everyValueUpTo = 5
    /// Space between two end labels pushed apart, as a share of a line's height: set as lines of one paragraph,
    /// "4,96 Sulawesi / Selatan" over "4,76 Indonesia" read as one label (proof-reading 30).
    var endLabelGapLines = 0.4
    /// A leader joins an end label to its point when the label moved more than this from the point's height: moved
    /// less, it still reads as level with it, and a leader of a few points read as a stray "\" (proof-reading 31).
    var leaderThreshold = 3.0
    /// Stroke width of a leader, and the space it keeps from its point's marker and its label.
    var leaderWidth = 0.5, leaderInset = 1.5

    static let standard = LineChartMetrics()
}

/// Lays out a line chart (*grafik garis*): a value axis with round ticks and light gridlines, period labels thinned
/// so that they never overlap and kept inside the figure's box, one line per series with markers, gaps where a value
/// is missing (never drawn as zero), each line's first and last value labelled (its name beside the last when there
/// are several lines; `LineChartLabels`), and an optional reference line.
struct LineChartLayout: BodyLayout {
    let chart: LineChartData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary
    /// The range the value axis spans at least, shared with other charts (`skala-bersama`).
    var sharedRange: ClosedRange<Double>?

    private let measures = LineChartMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var tickStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    private var nameStyle: TextStyle { style.text(style.smallSize + style.chartLabelSizeStep) }
    private var valueStyle: TextStyle { style.text(style.smallSize + style.chartLabelSizeStep, weight: .bold) }

    func preferredHeight(width: Double) -> Double { max(measures.minimumHeight, width * measures.aspect) }

    /// Whether the chart is short enough to label every value of the line it is about (`everyValueUpTo`).
    private var labelsEveryValue: Bool {
        guard let subject = chart.subject else { return false }
        return subject.values.compactMap(\.number).count <= measures.everyValueUpTo
    }

    private func color(_ index: Int, _ series: LineChartData.Series) -> Color {
        series.isHighlighted ? style.accent : style.palette[index % style.palette.count]
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        let numbers = (chart.valueExtent.map { [$0.range.lowerBound, $0.range.upperBound] } ?? [])
            + (sharedRange.map { [$0.lowerBound, $0.upperBound] } ?? [])
        let lowest = numbers.min() ?? 0, highest = numbers.max() ?? 1
        let clearance = (highest - lowest) * measures.lowestValueClearance
        var scale = NiceScale(minimum: lowest >= 0 ? max(0, lowest - clearance) : lowest - clearance, maximum: highest,
                              targetTicks: style.valueAxisTicks, includesZero: false)
        let tickMetrics = measurer.metrics(for: tickStyle)
        // Room for the unit above the top tick, whose label reaches half a line above the plot.
        let unitHeight = tickMetrics.lineHeight * style.unitLines + tickMetrics.ascent * 0.5
        let plotHeight = frame.height - unitHeight - tickMetrics.lineHeight * measures.periodAxisLines
        // A lowest point whose marker would touch the axis line starts the axis lower, at the round value under half a
        // step below (Papua Selatan's 4,05 on an axis from 4 now on one from 3,5, proof-reading 17), unless that would go
        // below zero for values that never do.
        // Not on a shared scale (`skala-bersama`), whose charts run over the same ticks whatever their heights; the
        // lowest point, not a reference line or band, which have no marker.
        let pointValues = chart.series.flatMap { $0.values.compactMap(\.number) }
        let lowestPoint = pointValues.min() ?? lowest
        let rise = (lowestPoint - scale.lower) / (scale.upper - scale.lower) * plotHeight
        if sharedRange == nil, rise < measures.highlightedMarkerRadius + measures.lowestPointRise,
           lowest < 0 || scale.lower - scale.step >= 0 {
            scale = NiceScale(minimum: scale.lower - scale.step / 2, maximum: highest, targetTicks: style.valueAxisTicks, includesZero: false)
        }
        // A highest point whose value, written above it, would reach the top gridline takes the axis a step higher
        // (proof-reading 39: Papua's 6,92 on the 7 line, Kota Banjar's 7,38 just under 7,5 with its value sent under
        // the point). Not on a shared scale, whose charts keep one axis.
        // The room a value written over or under its point takes.
        let labelRoom = measures.highlightedMarkerRadius + measures.valueLabelGap + measurer.metrics(for: valueStyle).lineHeight
        let highestPoint = pointValues.max()
        if sharedRange == nil, let highestPoint, highestPoint > scale.lower {
            let room = (scale.upper - highestPoint) / (scale.upper - scale.lower) * plotHeight
            if room < labelRoom { scale.upper += scale.step }
        }
        // A short series labels every value of the line it is about (`everyValueUpTo`): where its lowest value, written
        // under its point, would reach below the plot, the axis starts a step lower (proof-reading 40: Jawa Timur's
        // Februari 2024 3,74, which its text quotes, went bare on an axis from 3,5). Not on a shared scale, nor below
        // zero for values that never go there.
        let subjectValues = chart.subject?.values.compactMap(\.number) ?? []
        if sharedRange == nil, labelsEveryValue, let subjectLowest = subjectValues.min(), lowest < 0 || scale.lower - scale.step >= 0 {
            let room = (subjectLowest - scale.lower) / (scale.upper - scale.lower) * plotHeight
            if room < labelRoom { scale.lower -= scale.step }
        }
        var tickFormat = chart.format
        tickFormat.decimals = scale.decimals
        let tickColumn = (scale.ticks.map { measurer.width(of: tickFormat.string(from: $0), style: tickStyle) }.max() ?? 0) + style.tickLabelGap
        // A single line needs no name at its end: the title says what it is. Each line's last value stands there.
        let namesLines = chart.series.count > 1
        let lastPeriodHalf = measurer.width(of: chart.periods.last ?? "", style: tickStyle) / 2
        let nameColumn = max(lastPeriodHalf, LineChartLabels.endColumnWidth(lines: chart.series, format: chart.format, measurer: measurer, valueStyle: valueStyle,
                                                                             nameStyle: nameStyle, namesLines: namesLines, measures: measures))
        let plot = Rect(x: frame.x + tickColumn, y: frame.y + unitHeight, width: frame.width - tickColumn - nameColumn, height: plotHeight)
        let y = { (value: Double) in scale.position(of: value, from: plot.maxY, to: plot.minY) }
        let count = max(1, chart.periods.count - 1)
        // On a time scale each period keeps its place in time (a missing year keeps its room); else periods are even.
        let time = chart.timeScale.flatMap { $0.positions.count == chart.periods.count ? $0 : nil }
        let span = time.map { ($0.positions.first!, max($0.step, $0.positions.last! - $0.positions.first!)) }
        // The first period a marker's radius and `firstPeriodInset` right of the plot's left edge; the last at its right.
        let inset = measures.highlightedMarkerRadius + measures.firstPeriodInset
        let x = { (index: Int) -> Double in
            if chart.periods.count == 1 { return plot.midX }
            if let time, let span { return plot.minX + inset + (time.positions[index] - span.0) / span.1 * (plot.width - inset) }
            return plot.minX + inset + Double(index) / Double(count) * (plot.width - inset)
        }

        let unitRun = typesetter.line(chart.unit.name(in: vocabulary).asHeading, style: tickStyle, x: frame.x, baseline: frame.y + tickMetrics.ascent)
        items.append(.text(unitRun))
        // The lowest value label at the axis sits on it rather than centred across it, clear of the period labels:
        // "4,5" 2 px over "Feb 2015" read as one stacked label (proof-reading 23).
        let lowestTickAtAxis = scale.ticks.first.map { abs(y($0) - plot.maxY) < 0.5 } ?? false
        for tick in scale.ticks {
            items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: y(tick)), to: Point(x: plot.maxX, y: y(tick))),
                                      stroke: Stroke(color: style.gridColor, width: style.gridLineWidth))))
            let sitsOnAxis = lowestTickAtAxis && tick == scale.ticks.first
            items.append(.text(typesetter.line(tickFormat.string(from: tick), style: tickStyle, x: plot.minX - style.tickLabelGap,
                                               baseline: sitsOnAxis ? y(tick) : y(tick) + (tickMetrics.ascent - tickMetrics.descent) / 2,
                                               alignment: .right)))
        }
        // Period labels: every k-th, so that neighbours keep a gap.
        let widest = chart.periods.map { measurer.width(of: $0, style: tickStyle) }.max() ?? 0
        let spacing = chart.periods.count > 1 ? (1..<chart.periods.count).map { x($0) - x($0 - 1) }.min()! : plot.width
        var every = max(1, Int(((widest + measures.periodLabelGap) / spacing).rounded(.up)))
        // Periods within a year (Sakernas' Februari and Agustus) are labelled at the same time of each year: every
        // fifth half-year read "Feb 2015, Agu 2017, Feb 2020" (proof-reading 23). Within a year, at a divisor of it.
        if let time, time.step > 0, 12.0.truncatingRemainder(dividingBy: time.step) == 0 {
            let perYear = Int(12 / time.step)
            if perYear > 1, every > 1 {
                every = every < perYear ? (every...perYear).first { perYear % $0 == 0 }!
                    : (every + perYear - 1) / perYear * perYear
            }
        }
        // On a time scale, the labelled periods are every k-th step of time, so a missing year does not shift them.
        let labelled = chart.periods.indices.filter { index in
            guard let time else { return index % every == 0 }
            return Int(((time.positions[index] - time.positions[0]) / time.step).rounded()) % every == 0
        }
        // Centred under its tick, but shifted inward where it would hang out of the figure's box; a neighbour the
        // shift would touch is left unlabelled (never the first or last period).
        var shown: [(index: Int, left: Double, width: Double)] = []
        for index in labelled {
            let width = measurer.width(of: chart.periods[index], style: tickStyle)
            let left = min(max(x(index) - width / 2, frame.minX), frame.maxX - width)
            let touches = { (other: (index: Int, left: Double, width: Double)) in left < other.left + other.width + measures.periodLabelGap / 2 }
            if let previous = shown.last, touches(previous) {
                guard index == labelled.last, shown.count > 1 else { continue }
                shown.removeLast()
            }
            shown.append((index, left, width))
        }
        var periodTicks: [SceneItem] = []  // short marks that point at their labels, not cut around them
        for label in shown {
            periodTicks.append(.shape(Shape(path: .line(from: Point(x: x(label.index), y: plot.maxY), to: Point(x: x(label.index), y: plot.maxY + measures.periodTickLength)),
                                      stroke: Stroke(color: style.ruleColor, width: measures.periodTickWidth))))
            items.append(.text(typesetter.line(chart.periods[label.index], style: tickStyle, x: label.left,
                                               baseline: plot.maxY + style.categoryLabelDrop + tickMetrics.ascent)))
        }
        items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: plot.maxY), to: Point(x: plot.maxX, y: plot.maxY)),
                                  stroke: Stroke(color: style.ruleColor, width: style.axisLineWidth))))
        if let band = chart.band {
            // Behind everything else: a light band with its label at its top left.
            let top = y(band.to), bottom = y(band.from)
            items.insert(.shape(Shape(path: .rectangle(Rect(x: plot.minX, y: top, width: plot.width, height: bottom - top)),
                                      fill: measures.bandColor)), at: 0)
            if !band.label.isEmpty {
                items.append(.text(typesetter.line(band.label, style: style.haloed(tickStyle), x: plot.minX + measures.annotationLabelInset,
                                                   baseline: top + measures.annotationLabelInset + tickMetrics.ascent)))
            }
        }
        if let reference = chart.reference {
            let ry = y(reference.value)
            items.append(.shape(Shape(path: .line(from: Point(x: plot.minX, y: ry), to: Point(x: plot.maxX, y: ry)),
                                      stroke: Stroke(color: style.mutedTextColor, width: measures.referenceLineWidth, dash: measures.referenceLineDash))))
            if !reference.label.isEmpty {
                items.append(.text(typesetter.line(reference.label, style: style.haloed(tickStyle), x: plot.minX + measures.annotationLabelInset,
                                                   baseline: ry - measures.annotationLabelInset)))
            }
        }

        // A break in comparability: a dotted rule between the two periods, its note's marker above the plot.
        let breaks = chart.breaks.filter { $0.after >= 0 && $0.after + 1 < chart.periods.count }
        for (position, marks) in Dictionary(grouping: breaks, by: \.after).sorted(by: { $0.key < $1.key }) {
            let bx = (x(position) + x(position + 1)) / 2
            items.append(.shape(Shape(path: .line(from: Point(x: bx, y: plot.minY), to: Point(x: bx, y: plot.maxY)),
                                      stroke: Stroke(color: style.mutedTextColor, width: measures.breakLineWidth, dash: measures.breakLineDash))))
            let marker = Array(Set(marks.map(\.marker))).filter { !$0.isEmpty }.sorted().joined(separator: ",")
            if !marker.isEmpty {
                items.append(.text(typesetter.line(marker, style: style.haloed(tickStyle), x: bx, baseline: plot.minY - tickMetrics.descent,
                                                   alignment: .center)))
            }
        }
        var lines: [LineChartLabels.Line] = [], lineGroups: [SceneItem] = []
        for (index, series) in chart.series.enumerated() {
            let color = color(index, series)
            let radius = series.isHighlighted ? measures.highlightedMarkerRadius : measures.markerRadius
            var elements: [Path.Element] = []
            var markers: [SceneItem] = []
            var points: [Point?] = []
            var penDown = false
            var previous: Int?
            var restarts: [Int] = []  // points that start the line again after a break in comparability
            // Before the series' last break in comparability its points are not comparable with the later ones: drawn
            // hollow on a paler line (proof-readings 29 and 30: Papua's 2023 points, which may still cover the
            // territory before the 2022 split, stood in the same style as 2024's).
            let lastBreak = breaks.filter { $0.breaks(series.name) }.map(\.after).max()
            var earlierElements: [Path.Element] = []
            for (position, value) in series.values.enumerated() {
                if value == .withheld {
                    // A withheld point is a gap with its symbol on the axis, so that the legend's 'x' has a place.
                    var symbol = tickStyle
                    symbol.color = color
                    markers.append(.text(typesetter.line(chart.format.string(from: value), style: symbol, x: x(position),
                                                         baseline: plot.maxY - measures.annotationLabelInset, alignment: .center)))
                }
                guard let number = value.number else { penDown = false; points.append(nil); continue }  // a gap, never zero
                let point = Point(x: x(position), y: y(number))
                points.append(point)
                var breaksHere = false
                if let previous {
                    breaksHere = breaks.contains(where: { $0.after >= previous && $0.after < position && $0.breaks(series.name) })
                }
                if penDown, let previous {
                    // Not joined across a missing period of the time scale, nor across a break in comparability.
                    let apart = time.map { $0.positions[position] - $0.positions[previous] > $0.step * 1.5 } ?? false
                    if apart || breaksHere { penDown = false }
                }
                let isEarlier = lastBreak.map { position <= $0 } ?? false
                if isEarlier {
                    earlierElements.append(penDown ? .line(point) : .move(point))
                } else {
                    // (The break lifts the pen: the later part starts with a move.)
                    elements.append(penDown ? .line(point) : .move(point))
                }
                // Labelled as a first value after a break, not after a gap: a value missing from the source changes
                // nothing in what the points compare with (proof-reading 32: "8,44" of 2017 after the missing 2016 on
                // every kab/kota booklet's Grafik 1 read as singled out).
                if breaksHere { restarts.append(position) }
                penDown = true
                previous = position
                markers.append(isEarlier
                    ? .shape(Shape(path: .circle(center: point, radius: radius), fill: .white, stroke: Stroke(color: color, width: measures.earlierMarkerWidth)))
                    : .shape(Shape(path: .circle(center: point, radius: radius), fill: color)))
            }
            let path = Path(earlierElements + elements)
            let lineWidth = series.isHighlighted ? measures.highlightedLineWidth : measures.lineWidth
            var lineItems: [SceneItem] = [.shape(Shape(path: Path(elements), stroke: Stroke(color: color, width: lineWidth)))]
            if !earlierElements.isEmpty {
                lineItems.insert(.shape(Shape(path: Path(earlierElements), stroke: Stroke(color: color.tint(measures.earlierLineTint), width: lineWidth))), at: 0)
            }
            lineItems += markers
            lineGroups.append(.group(Group(role: "line \(series.name)", items: lineItems)))
            lines.append(LineChartLabels.Line(name: series.name, points: points, values: series.values, color: color, path: path, markerRadius: radius,
                                              isHighlighted: series.isHighlighted, restarts: restarts))
        }
        // The values at the lines' ends (and a single line's peak), clear of every other text, line and marker;
        // gridlines and reference lines stop short of them as of every other label.
        let labels = LineChartLabels(lines: lines, plot: plot, frame: frame, format: chart.format, typesetter: typesetter,
                                     valueStyle: valueStyle, nameStyle: nameStyle, namesLines: namesLines, labelsPeak: chart.series.count == 1,
                                     everyValueOf: labelsEveryValue ? chart.subject?.name : nil,
                                     measures: measures)
        // The unit's line keeps a first value off its right for a few ems where the value has another place: "Persen
        // 7,89" read as one heading (proof-reading 22).
        let unitBox = unitRun.bounds
        let besideUnit = Rect(x: unitBox.maxX, y: unitBox.minY, width: measures.unitLineClearanceEms * tickStyle.size, height: unitBox.height)
        let valueLabels = SceneItem.group(Group(role: "value labels",
                                                items: labels.items(avoiding: LabelKnockout.textBoxes(items + lineGroups, margin: 0),
                                                                    preferablyAvoiding: [besideUnit])))
        items = Array(LabelKnockout.clearing(items + [valueLabels]).dropLast()) + periodTicks + lineGroups + [valueLabels]
        return (items, [])
    }
}
