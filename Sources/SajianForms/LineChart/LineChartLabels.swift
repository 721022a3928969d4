import SajianLayout
import SajianModel
import SajianScene

/// The value labels of a line chart (*label nilai*, as FT and Datawrapper set them): each line's last value at its
/// end in the column right of the plot (with the line's name when there are several), its first value beside its
/// first point, and, on a chart of one line, its peak when the peak lies between the ends. The end labels of close
/// lines are spread apart with short leaders; a label inside the plot takes the first place beside its point where
/// it touches no other text, no line and no marker, or is left out (the figure's table still gives the value).
struct LineChartLabels {
    /// One line as drawn: its points (nil where a value is missing or withheld), its name and colour.
    struct Line {
        var name: String
        var points: [Point?]
        var values: [StatisticalValue]
        var color: Color
        var path: Path
        var markerRadius: Double
        var isHighlighted = false
        /// The points that start the line again after a break in comparability: labelled as its first.
        var restarts: [Int] = []
    }

    let lines: [Line]
    let plot: Rect
    let frame: Rect
    let format: NumberFormat
    let typesetter: Typesetter
    /// The value's style (bold, in the line's colour) and the name's (in the line's colour).
    let valueStyle: TextStyle
    let nameStyle: TextStyle
    let namesLines: Bool
    let labelsPeak: Bool
    /// The line whose every value is labelled where it fits (a short series' subject, `LineChartData.subject`).
    let everyValueOf: String?
    let measures: LineChartMetrics

    private var measurer: any TextMeasuring { typesetter.measurer }

    /// The width of the column right of the plot the end labels need: the widest value, then the widest name as set.
    static func endColumnWidth(lines: [LineChartData.Series], format: NumberFormat, measurer: any TextMeasuring,
                               valueStyle: TextStyle, nameStyle: TextStyle, namesLines: Bool, measures: LineChartMetrics) -> Double {
        let values = lines.compactMap { $0.values.last(where: { $0.number != nil }) }.map { measurer.width(of: format.string(from: $0), style: valueStyle) }
        let names = namesLines ? lines.map { name in
            nameLines(name.name, measurer: measurer, style: nameStyle, measures: measures).map { measurer.width(of: $0, style: nameStyle) }.max() ?? 0
        }.map { $0 + measures.nameValueGap } : [0]
        return measures.nameGap + (values.max() ?? 0) + (names.max() ?? 0) + measures.nameColumnPadding
    }

    /// A line's name as set at its end: one line, or, where it is wider than `nameWrapEms`, two split at the space
    /// that makes the longer of them shortest ("Kalimantan / Selatan", "Kepulauan Bangka / Belitung"; never inside a
    /// word, and a name of one word stays whole). Never after a word of two letters or fewer either: "DI" alone over
    /// "Yogyakarta" read as two labels, the second on the axis (proof-reading 40).
    static func nameLines(_ name: String, measurer: any TextMeasuring, style: TextStyle, measures: LineChartMetrics) -> [String] {
        guard measurer.width(of: name, style: style) > measures.nameWrapEms * style.size else { return [name] }
        let words = name.split(separator: " ")
        let splits = (1..<max(1, words.count)).filter { words[$0 - 1].count > 2 }.map { cut in
            [words[..<cut].joined(separator: " "), words[cut...].joined(separator: " ")]
        }
        return splits.min { a, b in
            a.map { measurer.width(of: $0, style: style) }.max()! < b.map { measurer.width(of: $0, style: style) }.max()!
        } ?? [name]
    }

    /// The labels and their leaders, to be drawn over the lines; `taken` holds the boxes of the chart's other text.
    /// `preferablyAvoiding`: room a first value keeps clear of where it has another place (beside the unit's line).
    func items(avoiding taken: [Rect], preferablyAvoiding preferred: [Rect] = []) -> [SceneItem] {
        var items: [SceneItem] = []
        var boxes = taken
        let ends = endLabels()
        for run in ends.runs { items.append(.text(run)); boxes.append(run.bounds) }
        items += ends.leaders
        // Beside the points inside the plot: the first values (the highlighted line's first), then the peak. A first
        // value keeps `firstLabelClearance` from the axis's tick labels and unit, and stands level with no other line's
        // first value: "7,89" beside the tick "8" read as a tick, and Aceh's "5,75" under its point, level with
        // Indonesia's "5,45" over its own, read as a pair of one line's (proof-reading 17).
        var firsts: [Rect] = []
        // A point that starts a line again after a break is labelled as a first value: Papua's Februari 2024, which
        // its booklet's text compares with, stood bare after the 2023 figures (proof-reading 24).
        let starts = (lines.filter(\.isHighlighted) + lines.filter { !$0.isHighlighted }).flatMap { line in
            ([line.points.firstIndex(where: { $0 != nil })].compactMap { $0 } + line.restarts).map { (line, $0) }
        }
        for (line, first) in starts {
            guard let last = line.points.lastIndex(where: { $0 != nil }), first < last else { continue }
            // A label slid along its line starts before the midway to the next point: further, it reads as the next
            // value's ("5,81" of Februari 2015 beside Agustus 2015's 6,18 on the web's phone chart, proof-reading 22).
            let point = line.points[first]!
            let next = line.points[(first + 1)...].lazy.compactMap { $0 }.first ?? point
            let reach = (next.x - point.x) / 2 - line.markerRadius - measures.valueLabelGap
            let slides = measures.labelSlides.filter { $0 <= max(0, reach) }
            // Last, under or over the point, centred or ending at it: a line that starts mid-chart (Papua Selatan's in
            // Februari 2024, under Indonesia's point and falling steeply) has room only there (proof-reading 55: its
            // 4,75, which the booklet's text cites, stood bare).
            let candidates: [Placement] = [.aboveRight, .belowRight] + slides.flatMap { [.aboveAfter($0), .belowAfter($0)] }
                + [.aboveRightFar, .belowRightFar, .below, .belowLeft, .aboveLeft, .belowFar(1)]
            guard let run = inPlot(line.values[first], of: line, at: point, candidates: candidates, avoiding: boxes + preferred,
                                   clearance: measures.firstLabelClearance, notLevelWith: firsts)
                    ?? inPlot(line.values[first], of: line, at: point, candidates: candidates, avoiding: boxes,
                              clearance: measures.firstLabelClearance, notLevelWith: firsts)
            else { continue }
            items.append(.text(run))
            boxes.append(run.bounds)
            firsts.append(run.bounds)
        }
        var labelledInside: Set<Int> = []  // the single line's points labelled as its peak or trough
        if labelsPeak, let line = lines.first, let peak = peakIndex(of: line),
           let run = inPlot(line.values[peak], of: line, at: line.points[peak]!, candidates: [.above, .aboveRight, .aboveLeft, .below], avoiding: boxes) {
            items.append(.text(run))
            boxes.append(run.bounds)
            labelledInside.insert(peak)
        }
        // … and its trough, the same way (proof-reading 32: Kota Depok's low of 6,12 in 2019 went unlabelled while
        // its ends were).
        // Next to the last point, only centred under its own point: beside it, it read as a second end value (Kota
        // Banjar's "5,43" by its last "5,44", proof-reading 33), left bare it was a low the text quotes and the chart
        // did not show (3279's 5,43 and 3218's 1,52 of 2023, proof-reading 35).
        if labelsPeak, let line = lines.first, let trough = troughIndex(of: line), !line.restarts.contains(trough),
           let run = inPlot(line.values[trough], of: line, at: line.points[trough]!,
                            candidates: isNextToLast(trough, of: line) ? [.below] : [.below, .belowRight, .above], avoiding: boxes) {
            items.append(.text(run))
            boxes.append(run.bounds)
            labelledInside.insert(trough)
        }
        // A short series gives every value of the line it is about (the highlighted, or the only one), over or under
        // its point where it fits: the booklets' text quotes Agustus 2023 and Februari 2024, which stood bare between
        // the ends of Grafik 1's five points (proof-reading 40).
        if let line = lines.first(where: { $0.name == everyValueOf }) {
            let numbered = line.values.indices.filter { line.values[$0].number != nil && line.points[$0] != nil }
            let alreadyLabelled = line.restarts + (labelsPeak ? Array(labelledInside) : [])
            for index in numbered.dropFirst().dropLast() where !alreadyLabelled.contains(index) {
                // Then a gap further over or under: Kepulauan Bangka Belitung's 4,63 of Agustus 2024, the figure its
                // text sets in bold, stood bare, Indonesia's line just over it and its own lines meeting under it
                // (proof-reading 54).
                guard let run = inPlot(line.values[index], of: line, at: line.points[index]!,
                                       candidates: [.above, .below, .aboveRight, .belowRight, .aboveLeft, .belowFar(1), .aboveFar(1), .belowFar(2), .aboveFar(2)],
                                       avoiding: boxes)
                else { continue }
                items.append(.text(run))
                boxes.append(run.bounds)
            }
        }
        return items
    }

    /// The index of the line's lowest value when it lies between the first and the last and is below both (next to
    /// the first it is labelled too, as 3204's 3,92 of 2017 after its 2015 value, proof-reading 34).
    func troughIndex(of line: Line) -> Int? {
        let numbered = line.values.indices.filter { line.values[$0].number != nil && line.points[$0] != nil }
        guard numbered.count > 3, let first = numbered.first, let last = numbered.last else { return nil }
        guard let trough = numbered.dropFirst().dropLast().min(by: { line.values[$0].number! < line.values[$1].number! }),
              line.values[trough].number! < min(line.values[first].number!, line.values[last].number!) else { return nil }
        return trough
    }

    /// Whether `index` is the line's last drawn value but one.
    private func isNextToLast(_ index: Int, of line: Line) -> Bool {
        guard let last = line.points.lastIndex(where: { $0 != nil }) else { return false }
        return line.points.indices.last(where: { $0 < last && line.points[$0] != nil }) == index
    }

    /// The index of the line's highest value when it lies between the first and the last and is above both (the
    /// peak the alt text names).
    func peakIndex(of line: Line) -> Int? {
        let numbered = line.values.indices.filter { line.values[$0].number != nil && line.points[$0] != nil }
        guard numbered.count > 2, let first = numbered.first, let last = numbered.last else { return nil }
        let inner = numbered.dropFirst().dropLast()
        guard let peak = inner.max(by: { line.values[$0].number! < line.values[$1].number! }),
              line.values[peak].number! > max(line.values[first].number!, line.values[last].number!) else { return nil }
        return peak
    }

    /// Where a label sits beside its point: centred over or under it, starting at it (`aboveRight`), ending at it
    /// (`aboveLeft`), or starting a little after it (`aboveAfter`, clear of the axis's labels and unit left of the point).
    /// `aboveRightFar` and `belowRightFar`: as `aboveRight` and `belowRight` a gap further off, clear of a line that
    /// leaves the point gently (Indonesia's first "5,45" under Aceh's "5,75" on Aceh's booklet, proof-reading 23).
    /// `aboveFar(n)` and `belowFar(n)`: as `above` and `below` `n` gaps further off, clear of lines that leave a peak or a
    /// trough steeply.
    /// `belowLeft`: under the point, ending at it.
    enum Placement {
        case above, aboveRight, aboveLeft, aboveAfter(Double), belowRight, belowLeft, belowAfter(Double), below, aboveRightFar, belowRightFar,
             aboveFar(Double), belowFar(Double)
    }

    /// The first of `candidates` where the value's label touches no text of `boxes` (nor comes within `clearance` of
    /// one), no line and no marker, overlaps none of `notLevelWith` in height, and lies nearer its own point than any
    /// other point of any line.
    private func inPlot(_ value: StatisticalValue, of line: Line, at point: Point, candidates: [Placement], avoiding boxes: [Rect],
                        clearance: Double = 0, notLevelWith level: [Rect] = []) -> TextRun? {
        var style = valueStyle
        style.color = line.color
        let text = format.string(from: value)
        let metrics = measurer.metrics(for: style)
        let gap = line.markerRadius + measures.valueLabelGap
        let above = point.y - gap - metrics.descent, below = point.y + gap + metrics.ascent
        let margin = LabelKnockout.margin
        for placement in candidates {
            let run: TextRun = switch placement {
            case .above: typesetter.line(text, style: style, x: point.x, baseline: above, alignment: .center)
            case .aboveRight: typesetter.line(text, style: style, x: point.x - line.markerRadius, baseline: above)
            case .aboveLeft: typesetter.line(text, style: style, x: point.x + line.markerRadius, baseline: above, alignment: .right)
            case .aboveAfter(let slide): typesetter.line(text, style: style, x: point.x + gap + slide, baseline: above)
            case .belowRight: typesetter.line(text, style: style, x: point.x - line.markerRadius, baseline: below)
            case .belowLeft: typesetter.line(text, style: style, x: point.x + line.markerRadius, baseline: below, alignment: .right)
            case .belowAfter(let slide): typesetter.line(text, style: style, x: point.x + gap + slide, baseline: below)
            case .below: typesetter.line(text, style: style, x: point.x, baseline: below, alignment: .center)
            case .aboveRightFar: typesetter.line(text, style: style, x: point.x - line.markerRadius, baseline: above - gap)
            case .belowRightFar: typesetter.line(text, style: style, x: point.x - line.markerRadius, baseline: below + gap)
            case .aboveFar(let gaps): typesetter.line(text, style: style, x: point.x, baseline: above - gaps * gap, alignment: .center)
            case .belowFar(let gaps): typesetter.line(text, style: style, x: point.x, baseline: below + gaps * gap, alignment: .center)
            }
            let box = run.bounds
            let grown = Rect(x: box.x - margin / 2, y: box.y - margin / 2, width: box.width + margin, height: box.height + margin)
            let spaced = Rect(x: grown.x - clearance, y: grown.y - clearance, width: grown.width + 2 * clearance, height: grown.height + 2 * clearance)
            guard box.minX >= plot.minX - line.markerRadius, box.maxX <= plot.maxX, box.minY >= frame.minY, box.maxY <= plot.maxY,
                  !boxes.contains(where: { $0.intersects(spaced) }),
                  // Level with another first value near it across (a line starting later stands apart).
                  !level.contains(where: { $0.minY < box.maxY && box.minY < $0.maxY
                      && $0.minX - box.maxX < measures.firstLabelsApart && box.minX - $0.maxX < measures.firstLabelsApart }),
                  !lines.contains(where: { LabelKnockout.split($0.path, around: [grown]) != nil }),
                  !lines.contains(where: { other in other.points.contains { $0.map { markerBox($0, other.markerRadius).intersects(grown) } ?? false } }),
                  // Nearer its own point than any other: "5,81" of Februari 2015 slid down beside Februari 2016's
                  // 5,50 on the web's phone chart, and read as its value (proof-reading 35).
                  !lines.contains(where: { other in other.points.contains { $0.map { $0 != point && box.distance(to: $0) < box.distance(to: point) } ?? false } })
            else { continue }
            return run
        }
        return nil
    }

    private func markerBox(_ center: Point, _ radius: Double) -> Rect {
        Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
    }

    /// Each line's last value (and name) right of the plot, at the height of its last point; labels of close lines
    /// pushed apart to a line's height, kept beside the plot, and joined to their points by a short leader.
    private func endLabels() -> (runs: [TextRun], leaders: [SceneItem]) {
        let metrics = measurer.metrics(for: nameStyle), valueMetrics = measurer.metrics(for: valueStyle)
        // A label's own height, and the space kept between two labels pushed apart (`endLabelGapLines`).
        let height = max(metrics.lineHeight, valueMetrics.lineHeight)
        let step = height * (1 + measures.endLabelGapLines)
        var ends: [(line: Line, last: Int, point: Point)] = lines.compactMap { line in
            line.points.lastIndex(where: { $0 != nil }).map { (line, $0, line.points[$0]!) }
        }
        ends.sort { $0.point.y < $1.point.y }
        // A name on two lines makes its label a line taller, the second line under the value's.
        let names = ends.map { namesLines ? Self.nameLines($0.line.name, measurer: measurer, style: nameStyle, measures: measures) : [] }
        let extra = names.map { Double(max(0, $0.count - 1)) * metrics.lineHeight }
        // Centres of the first lines: pushed down from the top, kept above the period labels, then pushed up from the foot.
        let lowest = { (index: Int) in plot.maxY - height / 2 - extra[index] }
        var placed: [Double] = []
        for index in ends.indices {
            placed.append(min(max(ends[index].point.y, index > 0 ? placed[index - 1] + step + extra[index - 1] : -.infinity), lowest(index)))
        }
        for index in placed.indices.reversed() where index + 1 < placed.count && placed[index] > placed[index + 1] - step - extra[index] {
            placed[index] = placed[index + 1] - step - extra[index]
        }
        let valueWidths = ends.map { measurer.width(of: format.string(from: $0.line.values[$0.last]), style: valueStyle) }
        let valueRight = plot.maxX + measures.nameGap + (valueWidths.max() ?? 0)
        var runs: [TextRun] = [], leaders: [SceneItem] = []
        for (index, end) in ends.enumerated() {
            let center = placed[index]
            var value = valueStyle, name = nameStyle
            value.color = end.line.color
            name.color = end.line.color
            let valueRun = typesetter.line(format.string(from: end.line.values[end.last]), style: value, x: valueRight,
                                           baseline: center + (valueMetrics.ascent - valueMetrics.descent) / 2, alignment: .right)
            runs.append(valueRun)
            for (row, text) in names[index].enumerated() {
                runs.append(typesetter.line(text, style: name, x: valueRight + measures.nameValueGap,
                                            baseline: center + (metrics.ascent - metrics.descent) / 2 + Double(row) * metrics.lineHeight))
            }
            // A leader when the label left its point's height, or the line ends before the plot's right edge.
            let from = Point(x: end.point.x + end.line.markerRadius + measures.leaderInset, y: end.point.y)
            let to = Point(x: valueRun.origin.x - measures.leaderInset, y: center)
            // Moved less than half its height, the label still stands level with its point: a leader of a few points
            // there read as a stray "\" by Sumatera Utara's, Sulawesi Selatan's and Papua Selatan's "4,76 Indonesia"
            // (proof-reading 55).
            if abs(center - end.point.y) > max(measures.leaderThreshold, height / 2) || to.x - from.x > measures.nameGap * 2 {
                leaders.append(.shape(Shape(path: .line(from: from, to: to), stroke: Stroke(color: end.line.color, width: measures.leaderWidth))))
            }
        }
        return (runs, leaders)
    }
}
