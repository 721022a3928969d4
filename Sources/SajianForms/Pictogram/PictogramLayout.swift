import Foundation
import SajianLayout
import SajianModel
import SajianScene

/// The measures of a pictogram (*grafik piktogram*), in points unless said.
struct PictogramMetrics {
    /// The height a pictogram asks for per row, …
    var rowHeight = 26.0
    /// … plus this, for the scale line above the rows.
    var headerAllowance = 24.0
    /// The side of the square the icon library's paths are drawn in (path units).
    var iconBoxSize = 100.0
    /// Space between the scale line ("= 1 juta orang") and the first row.
    var scaleLineGap = 8.0
    /// How far the scale line's icon and text stand below the top of the body.
    var scaleLineDrop = 1.0
    /// Space between the scale line's icon and its text.
    var scaleTextGap = 4.0
    /// Space between a row's label and its icons.
    var labelGap = 8.0
    /// The room kept right of the icons beyond the longest value.
    var valueColumnPadding = 8.0
    /// Space between the last icon of a row and its value.
    var valueGap = 4.0
    /// The smallest an icon is drawn; at this size a warning asks for more per icon.
    var minimumIconSize = 4.0
    /// An icon's size, as a fraction of the distance between rows.
    var iconHeightRatio = 0.78
    /// The distance from one icon to the next, as a multiple of the icon's size.
    var iconPitchRatio = 1.12
    /// How far a partial icon's silhouette is lightened towards white, 0 to 1.
    var partialIconTint = 0.72
    /// Icons stand in groups of this many, so that a row can be counted at a glance (ISOTYPE's rule).
    var iconsPerGroup = 5
    /// The extra space between two groups, as a multiple of the icon's size.
    var groupGapRatio = 0.6
    /// Icons on one line would be drawn smaller than this share of the scale line's icon: the rows wrap instead.
    var wrapBelowKeyShare = 0.7
    /// Icons per line where the rows wrap: two groups.
    var iconsPerWrappedLine = 10
    /// The distance between the lines of one wrapped row, as a multiple of the icon's size: closer than the rows, so
    /// that a row's lines read as one.
    var wrappedLinePitchRatio = 1.3

    static let standard = PictogramMetrics()
}

/// Lays out a pictogram (*grafik piktogram*) in the ISOTYPE manner: one row of icons per category in groups of five
/// (on a narrow width wrapped in lines of ten),
/// each icon standing for the stated quantity, a remainder of at least a fifth as a partial icon (clipped), the value
/// after the icons, and the scale stated on the chart ("1 ikon = 1 juta orang").
struct PictogramLayout: BodyLayout {
    let chart: PictogramData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary

    private let measures = PictogramMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + style.chartLabelSizeStep) }
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }

    func preferredHeight(width: Double) -> Double { grid(width: width).rowUnits.reduce(0, +) * measures.rowHeight + measures.headerAllowance }

    /// How the icons run at a width: each row on one line, or, where one line would draw them smaller than
    /// `wrapBelowKeyShare` of the scale line's icon (17 icons at a phone's width, proof-reading 23), in lines of
    /// `iconsPerWrappedLine`. `size` is the largest icon the width allows; `rowUnits` the height of each row in rows.
    private struct IconGrid {
        var labelColumn: Double
        var perLine: Int
        var size: Double
        var rowUnits: [Double]
        /// The distance between a wrapped row's lines, in rows.
        var lineUnit: Double
    }

    private func grid(width: Double) -> IconGrid {
        let labelMetrics = measurer.metrics(for: labelStyle)
        let labelColumn = (chart.rows.map { measurer.width(of: $0.label, style: labelStyle) }.max() ?? 0) + measures.labelGap
        let valueColumn = (chart.rows.map { measurer.width(of: chart.valueLabel($0.value, in: vocabulary), style: valueStyle) }.max() ?? 0)
            + measures.valueColumnPadding
        let room = width - labelColumn - valueColumn
        // Icons and the gaps between their groups share the room: n icons take n pitches and (n - 1) / 5 gaps.
        func fitting(_ count: Int) -> Double {
            let gaps = Double((max(1, count) - 1) / measures.iconsPerGroup)
            return room / (Double(max(1, count)) * measures.iconPitchRatio + gaps * measures.groupGapRatio)
        }
        let counts = chart.rows.map { row in row.value.number.map { chart.icons(for: $0) }.map { $0.whole + ($0.part > 0 ? 1 : 0) } ?? 0 }
        let most = max(1, counts.max() ?? 1)
        let wraps = most > measures.iconsPerWrappedLine && fitting(most) < measures.wrapBelowKeyShare * labelMetrics.lineHeight
        let perLine = wraps ? measures.iconsPerWrappedLine : most
        let size = max(measures.minimumIconSize, fitting(perLine))
        let lineUnit = max(0, min(1, size * measures.wrappedLinePitchRatio / measures.rowHeight))
        let units = counts.map { count in 1 + Double(max(0, (max(1, count) + perLine - 1) / perLine - 1)) * lineUnit }
        return IconGrid(labelColumn: labelColumn, perLine: perLine, size: size, rowUnits: units, lineUnit: lineUnit)
    }

    /// The icon's path scaled into a square of `size` at `origin`.
    private func icon(_ commands: [PathCommand], at origin: Point, size: Double) -> Path {
        let s = size / measures.iconBoxSize
        let p = { (x: Double, y: Double) in Point(x: origin.x + x * s, y: origin.y + y * s) }
        return Path(commands.map { command in
            switch command {
            case .move(let x, let y): .move(p(x, y))
            case .line(let x, let y): .line(p(x, y))
            case .curve(let x1, let y1, let x2, let y2, let x, let y): .curve(p(x1, y1), p(x2, y2), p(x, y))
            case .close: .close
            }
        })
    }

    /// `color` lightened towards white by `partialIconTint`: the silhouette behind a partial icon.
    private func lightened(_ color: Color) -> Color {
        let t = measures.partialIconTint
        return Color(red: color.red + (1 - color.red) * t, green: color.green + (1 - color.green) * t,
                     blue: color.blue + (1 - color.blue) * t, alpha: color.alpha)
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var warnings: [String] = []
        let commands = SVGPathData.commands(IconLibrary.pathData(for: chart.icon) ?? "") ?? []
        let labelMetrics = measurer.metrics(for: labelStyle)
        let scaleText = "= \(chart.quantityFormat.string(from: chart.quantityPerIcon)) \(chart.unit.name(in: vocabulary))"
        let headerHeight = labelMetrics.lineHeight + measures.scaleLineGap
        let grid = grid(width: frame.width)
        let labelColumn = grid.labelColumn
        let unitPitch = (frame.height - headerHeight) / max(1, grid.rowUnits.reduce(0, +))
        let linePitch = unitPitch * grid.lineUnit
        // A wrapped row's lines keep their gap where the frame is lower than the rows asked for.
        let wraps = grid.rowUnits.contains { $0 > 1 }
        let size = max(measures.minimumIconSize, min(unitPitch * measures.iconHeightRatio, grid.size,
                                                     wraps ? linePitch / measures.wrappedLinePitchRatio : .infinity))
        let step = size * measures.iconPitchRatio
        if size == measures.minimumIconSize { warnings.append("icons drawn very small: make one icon stand for more with `satu-ikon:`") }
        let color = style.palette[0]

        // The scale, stated on the chart: one icon as the rows draw it (never larger, so that it matches them), then
        // "= 1 juta orang".
        let keySize = min(labelMetrics.lineHeight, size)
        let keyIcon = icon(commands, at: Point(x: frame.x, y: frame.y + measures.scaleLineDrop + (labelMetrics.lineHeight - keySize) / 2),
                           size: keySize)
        items.append(.shape(Shape(path: keyIcon, fill: color)))
        items.append(.text(typesetter.line(scaleText, style: labelStyle, x: frame.x + keySize + measures.scaleTextGap,
                                           baseline: frame.y + measures.scaleLineDrop + labelMetrics.ascent)))
        var top = frame.y + headerHeight
        for (index, row) in chart.rows.enumerated() {
            defer { top += grid.rowUnits[index] * unitPitch }
            let firstCenter = top + unitPitch / 2
            var center = firstCenter
            var rowItems: [SceneItem] = [
                .text(typesetter.line(row.label, style: labelStyle, x: frame.x + labelColumn - measures.labelGap,
                                      baseline: firstCenter + (labelMetrics.ascent - labelMetrics.descent) / 2, alignment: .right)),
            ]
            var x = frame.x + labelColumn
            /// The next icon's place: on a new line after `perLine` icons.
            func advance(to position: Int) {
                guard position > 0 else { return }
                if position % grid.perLine == 0 {
                    x = frame.x + labelColumn
                    center += linePitch
                } else if position % measures.iconsPerGroup == 0 {
                    x += size * measures.groupGapRatio
                }
            }
            if let value = row.value.number {
                // A remainder above 0,8 of an icon is drawn whole, one under 0,2 not at all; the value states it exactly.
                let (whole, part) = chart.icons(for: value)
                for position in 0..<whole {
                    advance(to: position)
                    rowItems.append(.shape(Shape(path: icon(commands, at: Point(x: x, y: center - size / 2), size: size), fill: color)))
                    x += step
                }
                if part > 0 {
                    advance(to: whole)
                    // A remainder is the whole icon in a light tint, filled for its share of the icon's own width
                    // (not of the box it is drawn in, whose margins would leave a sliver): no cut shape to misread.
                    let shape = icon(commands, at: Point(x: x, y: center - size / 2), size: size)
                    let drawn = shape.bounds
                    let clip = Rect(x: x, y: center - size / 2, width: drawn.minX - x + drawn.width * part, height: size)
                    rowItems.append(.group(Group(role: "partial icon silhouette", items: [.shape(Shape(path: shape, fill: lightened(color)))])))
                    rowItems.append(.group(Group(role: "partial icon", clip: clip, items: [.shape(Shape(path: shape, fill: color))])))
                    x += step
                }
            }
            rowItems.append(.text(typesetter.line(chart.valueLabel(row.value, in: vocabulary), style: valueStyle, x: x + measures.valueGap,
                                                  baseline: center + (labelMetrics.ascent - labelMetrics.descent) / 2)))
            items.append(.group(Group(role: "row \(row.label)", items: rowItems)))
        }
        return (items, warnings)
    }
}
