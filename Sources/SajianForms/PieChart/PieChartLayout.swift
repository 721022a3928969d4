import Foundation
import SajianLayout
import SajianModel
import SajianScene

/// The measures of a pie or donut chart (*grafik lingkaran*), in points unless said.
struct PieChartMetrics {
    /// The least height a pie asks for.
    var minimumHeight = 200.0
    /// The grey of the lightest slice of categories in an order (a map's lightest class is 0,80): 1,7 : 1 on white.
    var lightestSliceGrey = 0.76
    /// The height a pie asks for per slice, in lines of label type (labels outside stack this far apart), …
    var labelPitchLines = 1.2
    /// … plus this.
    var heightPadding = 20.0
    /// The room kept on each side of the pie beyond its longest label: the leader line and its gaps.
    var labelColumnPadding = 22.0
    /// The smallest radius a pie is drawn at, however little room it has.
    var minimumRadius = 20.0
    /// Space kept between the pie's rim and its box (or its labels' columns).
    var rimMargin = 6.0
    /// Stroke width of the white lines between slices.
    var separatorWidth = 1.0
    /// A donut's hole, as a fraction of its radius.
    var donutHoleRatio = 0.55
    /// Where a label inside a pie's slice stands, as a fraction of the radius (a donut's stand mid-ring).
    var insideLabelRadiusRatio = 0.62
    /// The share of a pie's radius that a label inside may use across, at 3 and 9 o'clock.
    var insideLabelRoomRatio = 0.75
    /// The least sine taken of a label's angle, so that the room across the ring near 12 and 6 o'clock stays finite.
    var minimumSine = 0.05
    /// The narrowest slice (radians) that may carry its label inside.
    var minimumInsideSweep = 0.5
    /// A label goes inside only where the slice's chord at the label is this many lines of label type long, …
    var insideChordLines = 2.0
    /// … the ring this many lines deep, …
    var insideRingLines = 1.4
    /// … and both wider than the label by this much.
    var insideLabelPadding = 8.0
    /// Labels outside start from this far beyond the rim, at their slice's angle, before they are pushed apart.
    var outsideLabelReach = 10.0
    /// The columns of labels outside stand this far beyond the rim.
    var labelColumnOffset = 14.0
    /// The leader line's last, horizontal stretch into the label column.
    var leaderElbow = 4.0
    /// Space between a leader line's end and its label.
    var leaderLabelGap = 3.0
    /// Stroke width of the leader lines.
    var leaderLineWidth = 0.5
    /// With labels outside, the pie must keep at least this share of the radius the height allows; smaller, the
    /// labels go to a legend beside it instead (no leader lines reaching the page's edge).
    var smallestRadiusWithOutsideLabels = 0.6
    /// The legend's colour swatch, as a multiple of the label's line height, and the space after it.
    var legendSwatchLines = 0.8
    var legendSwatchGap = 6.0
    /// Space between the pie and its legend.
    var legendGap = 18.0

    static let standard = PieChartMetrics()
}

/// Lays out a pie or donut chart (*grafik lingkaran*): slices clockwise from 12 o'clock in data order, white
/// separators, and each slice's name and share outside with a leader line, labels on each side pushed apart so
/// that none overlaps another.
struct PieChartLayout: BodyLayout {
    let chart: PieChartData
    let style: HouseStyle
    let typesetter: Typesetter

    private let measures = PieChartMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + style.chartLabelSizeStep) }

    /// Each slice's colour: the palette's, or, for categories in an order (*warna: berurutan*), one hue from light to
    /// dark in that order, every slice its own grey (as a map's sequential classes), the lightest a grey that stands
    /// out on white paper (proof-reading 39: the largest slice, SD ke bawah's 35,8 persen, was the faintest, at 1,4 : 1).
    private var sliceColors: [Color] {
        chart.colorsInOrder ? MapColors.ramp(.sequential, count: chart.slices.count, lightestGrey: measures.lightestSliceGrey)
            : chart.slices.indices.map { style.palette[$0 % style.palette.count] }
    }

    func preferredHeight(width: Double) -> Double {
        let standard = max(measures.minimumHeight, Double(chart.slices.count) * measurer.metrics(for: labelStyle).lineHeight * measures.labelPitchLines
                           + measures.heightPadding)
        // A pie narrowed to its legend's side (a phone's 300 pt) asks only for the height its radius and legend take:
        // at the standard height it stood between two empty bands, a third of the phone variant (proof-reading 24).
        guard usesLegend(width: width, height: standard) else { return standard }
        let legend = legendMeasures(width: width)
        let fitted = max(2 * (legend.radius + measures.rimMargin), legend.height) + measures.heightPadding
        return fitted < standard && usesLegend(width: width, height: fitted) ? fitted : standard
    }

    /// The widest label beside the pie, with its padding.
    private var labelWidth: Double {
        (chart.slices.map { measurer.width(of: label($0), style: labelStyle) }.max() ?? 0) + measures.labelColumnPadding
    }

    /// Whether labels outside would squeeze the pie in a frame this size, so that it takes a legend instead.
    private func usesLegend(width: Double, height: Double) -> Bool {
        (width - 2 * labelWidth) / 2 - measures.rimMargin < (height / 2 - measures.rimMargin) * measures.smallestRadiusWithOutsideLabels
    }

    /// The legend's width, and the pie's radius and the legend's height at a width when the height is no limit.
    private func legendMeasures(width: Double) -> (width: Double, radius: Double, height: Double) {
        let metrics = measurer.metrics(for: labelStyle)
        let swatch = metrics.lineHeight * measures.legendSwatchLines
        let legendWidth = min(width / 2, (chart.slices.map { measurer.width(of: label($0), style: labelStyle) }.max() ?? 0)
                                            + swatch + measures.legendSwatchGap)
        let radius = max(measures.minimumRadius, (width - legendWidth - measures.legendGap) / 2 - measures.rimMargin)
        let textWidth = max(1, width - 2 * (radius + measures.rimMargin) - measures.legendGap - swatch - measures.legendSwatchGap)
        let lines = chart.slices.map { Double(min(3, max(1, measurer.lines(of: label($0), style: labelStyle, maxWidth: textWidth).count))) }
        let height = lines.reduce(0, +) * metrics.lineHeight + metrics.lineHeight * (measures.labelPitchLines - 1) * Double(max(0, chart.slices.count - 1))
        return (legendWidth, radius, height)
    }

    private func label(_ slice: PieChartData.Slice) -> String {
        "\(slice.label) \(chart.share(of: slice))"
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let colors = sliceColors
        let labelWidth = labelWidth
        let heightRadius = frame.height / 2 - measures.rimMargin
        if usesLegend(width: frame.width, height: frame.height) { return withLegend(in: frame) }
        var items: [SceneItem] = []
        let metrics = measurer.metrics(for: labelStyle)
        var radius = max(measures.minimumRadius, min(heightRadius, (frame.width - 2 * labelWidth) / 2 - measures.rimMargin))
        let center = Point(x: frame.midX, y: frame.midY)
        let total = chart.slices.map(\.value).reduce(0, +)
        var angle = 0.0
        var anchors: [(slice: PieChartData.Slice, angle: Double)] = []
        let sweeps = chart.slices.map { $0.value / total * 2 * .pi }
        // A label goes inside its slice when it fits within the slice's arc and ring. Labels go inside only when every
        // one fits: some in and some out read as two kinds of slice (review proof 4, finding 18), so otherwise all
        // stand outside with leader lines.
        let allInside = chart.slices.indices.allSatisfy { index in
            let inner = chart.isDonut ? radius * measures.donutHoleRatio : 0
            let labelRadius = chart.isDonut ? (radius + inner) / 2 : radius * measures.insideLabelRadiusRatio
            let middle = sweeps[..<index].reduce(0, +) + sweeps[index] / 2
            let chord = 2 * labelRadius * sin(min(sweeps[index], .pi) / 2)
            let ring = chart.isDonut ? radius - inner : radius
            // Horizontal room across the ring at the label's angle (the ring runs sideways at 3 and 9 o'clock).
            let across = (chart.isDonut ? ring : ring * measures.insideLabelRoomRatio) / max(abs(sin(middle)), measures.minimumSine)
            return sweeps[index] > measures.minimumInsideSweep && chord > metrics.lineHeight * measures.insideChordLines
                && ring > metrics.lineHeight * measures.insideRingLines
                && measurer.width(of: label(chart.slices[index]), style: labelStyle) + measures.insideLabelPadding < min(across, chord)
        }
        if !allInside {
            // Labels outside stand beyond the rim at 12 and 6 o'clock: the pie leaves them room inside its box, so that a
            // label at the top keeps clear of the title above (proof-reading 21: "Diploma IV/S1/S2/S3 10,5 persen" stood
            // 4 pt under Grafik 3.2's "Agustus 2024").
            radius = max(measures.minimumRadius, min(radius, frame.height / 2 - measures.outsideLabelReach - metrics.lineHeight))
        }
        let inner = chart.isDonut ? radius * measures.donutHoleRatio : 0
        let labelRadius = chart.isDonut ? (radius + inner) / 2 : radius * measures.insideLabelRadiusRatio
        for (index, slice) in chart.slices.enumerated() {
            let sweep = sweeps[index]
            let path = Path.slice(center: center, radius: radius, innerRadius: inner, from: angle, to: angle + sweep)
            let fill = colors[index]
            var sliceItems: [SceneItem] = [.shape(Shape(path: path, fill: fill, stroke: Stroke(color: .white, width: measures.separatorWidth)))]
            let middle = angle + sweep / 2
            let text = label(slice)
            if allInside {
                var inside = labelStyle
                inside.color = style.textColor(on: fill)
                let point = Point(x: center.x + labelRadius * sin(middle), y: center.y - labelRadius * cos(middle))
                sliceItems.append(.text(typesetter.line(text, style: inside, x: point.x,
                                                        baseline: point.y + (metrics.ascent - metrics.descent) / 2, alignment: .center)))
            } else {
                anchors.append((slice, middle))
            }
            items.append(.group(Group(role: "slice \(slice.label)", items: sliceItems)))
            angle += sweep
        }
        // Labels outside, in two columns (right and left), pushed apart vertically.
        for side in [1.0, -1.0] {
            var entries = anchors.filter { (sin($0.angle) >= 0) == (side > 0) }.map { anchor -> (PieChartData.Slice, Double, Point) in
                let edge = Point(x: center.x + radius * sin(anchor.angle), y: center.y - radius * cos(anchor.angle))
                return (anchor.slice, center.y - (radius + measures.outsideLabelReach) * cos(anchor.angle), edge)
            }
            entries.sort { $0.1 < $1.1 }
            var ys: [Double] = []
            for entry in entries { ys.append(max(entry.1, (ys.last ?? -.infinity) + metrics.lineHeight)) }
            let overflow = (ys.last ?? 0) - (frame.maxY - metrics.descent)
            if overflow > 0 { ys = ys.map { $0 - overflow } }
            // Nor above the box: pushed apart downwards, the column may start no higher than its first line's height.
            if let first = ys.first, first < frame.minY + metrics.ascent { ys[0] = frame.minY + metrics.ascent }
            for index in ys.indices.dropFirst() where ys[index] < ys[index - 1] + metrics.lineHeight {
                ys[index] = ys[index - 1] + metrics.lineHeight
            }
            let columnX = center.x + side * (radius + measures.labelColumnOffset)
            for (entry, y) in zip(entries, ys) {
                let elbow = Point(x: columnX - side * measures.leaderElbow, y: y)
                items.append(.shape(Shape(path: Path([.move(entry.2), .line(elbow), .line(Point(x: columnX, y: y))]),
                                          stroke: Stroke(color: style.mutedTextColor, width: measures.leaderLineWidth))))
                items.append(.text(typesetter.line(label(entry.0), style: labelStyle, x: columnX + side * measures.leaderLabelGap,
                                                   baseline: y + (metrics.ascent - metrics.descent) / 2,
                                                   alignment: side > 0 ? .left : .right)))
            }
        }
        return (items, [])
    }

    /// When the labels would squeeze the pie (long category names, a narrow figure): the pie at the left, as large
    /// as the height allows, and a legend at its right listing each slice's colour, name and share, in slice order.
    private func withLegend(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let colors = sliceColors
        var items: [SceneItem] = []
        let metrics = measurer.metrics(for: labelStyle)
        let swatch = metrics.lineHeight * measures.legendSwatchLines
        let legendWidth = legendMeasures(width: frame.width).width
        // (Wider labels wrap within the legend's half.)
        let radius = max(measures.minimumRadius, min(frame.height / 2 - measures.rimMargin,
                                                     (frame.width - legendWidth - measures.legendGap) / 2 - measures.rimMargin))
        // The pie and its legend centred together in the frame.
        let used = 2 * (radius + measures.rimMargin) + measures.legendGap + legendWidth
        let left = frame.x + max(0, (frame.width - used) / 2)
        let center = Point(x: left + radius + measures.rimMargin, y: frame.midY)
        let total = chart.slices.map(\.value).reduce(0, +)
        let inner = chart.isDonut ? radius * measures.donutHoleRatio : 0
        var angle = 0.0
        for (index, slice) in chart.slices.enumerated() {
            let sweep = slice.value / total * 2 * .pi
            let path = Path.slice(center: center, radius: radius, innerRadius: inner, from: angle, to: angle + sweep)
            items.append(.group(Group(role: "slice \(slice.label)", items: [
                .shape(Shape(path: path, fill: colors[index], stroke: Stroke(color: .white, width: measures.separatorWidth))),
            ])))
            angle += sweep
        }
        let legendX = center.x + radius + measures.rimMargin + measures.legendGap
        let textX = legendX + swatch + measures.legendSwatchGap
        let textWidth = max(1, frame.maxX - textX)
        // Each entry wraps rather than losing its share to an ellipsis; the entries stand centred on the pie.
        let gap = metrics.lineHeight * (measures.labelPitchLines - 1)
        let paragraphs = chart.slices.map { typesetter.paragraph(label($0), style: labelStyle, in: (textX, 0, textWidth), maxLines: 3) }
        var top = frame.midY - (paragraphs.map(\.height).reduce(0, +) + gap * Double(max(0, paragraphs.count - 1))) / 2
        var legend: [SceneItem] = []
        for (index, paragraph) in paragraphs.enumerated() {
            let firstMiddle = top + (metrics.ascent + metrics.descent) / 2
            legend.append(.shape(Shape(path: .rectangle(Rect(x: legendX, y: firstMiddle - swatch / 2, width: swatch, height: swatch)),
                                       fill: colors[index])))
            legend += paragraph.runs.map { run in
                var placed = run
                placed.origin.y += top
                return SceneItem.text(placed)
            }
            top += paragraph.height + gap
        }
        items.append(.group(Group(role: "legend", items: legend)))
        return (items, [])
    }
}