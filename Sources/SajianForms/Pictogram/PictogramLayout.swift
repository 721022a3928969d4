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

    static let standard = PictogramMetrics()
}

/// Lays out a pictogram (*grafik piktogram*) in the ISOTYPE manner: one row of icons per category in groups of five,
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

    func preferredHeight(width: Double) -> Double { Double(chart.rows.count) * measures.rowHeight + measures.headerAllowance }

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
        let labelColumn = (chart.rows.map { measurer.width(of: $0.label, style: labelStyle) }.max() ?? 0) + measures.labelGap
        let valueColumn = (chart.rows.map { measurer.width(of: chart.valueLabel($0.value, in: vocabulary), style: valueStyle) }.max() ?? 0)
            + measures.valueColumnPadding
        let pitch = (frame.height - headerHeight) / Double(max(1, chart.rows.count))
        let most = chart.rows.compactMap(\.value.number).map { ($0 / chart.quantityPerIcon).rounded(.up) }.max() ?? 1
        let room = frame.width - labelColumn - valueColumn
        // Icons and the gaps between their groups share the room: n icons take n pitches and (n - 1) / 5 gaps.
        let gaps = (max(1, most) - 1) / Double(measures.iconsPerGroup)
        let size = max(measures.minimumIconSize, min(pitch * measures.iconHeightRatio,
                                                     room / (max(1, most) * measures.iconPitchRatio + gaps.rounded(.down) * measures.groupGapRatio)))
        let step = size * measures.iconPitchRatio
        if size == measures.minimumIconSize { warnings.append("icons drawn very small: make one icon stand for more with `satu-ikon:`") }
        let color = style.palette[0]

        // The scale, stated on the chart: one icon, then "= 1 juta orang".
        let keyIcon = icon(commands, at: Point(x: frame.x, y: frame.y + measures.scaleLineDrop), size: labelMetrics.lineHeight)
        items.append(.shape(Shape(path: keyIcon, fill: color)))
        items.append(.text(typesetter.line(scaleText, style: labelStyle, x: frame.x + labelMetrics.lineHeight + measures.scaleTextGap,
                                           baseline: frame.y + measures.scaleLineDrop + labelMetrics.ascent)))
        for (index, row) in chart.rows.enumerated() {
            let top = frame.y + headerHeight + Double(index) * pitch
            let center = top + pitch / 2
            var rowItems: [SceneItem] = [
                .text(typesetter.line(row.label, style: labelStyle, x: frame.x + labelColumn - measures.labelGap,
                                      baseline: center + (labelMetrics.ascent - labelMetrics.descent) / 2, alignment: .right)),
            ]
            var x = frame.x + labelColumn
            if let value = row.value.number {
                // A remainder above 0,8 of an icon is drawn whole, one under 0,2 not at all; the value states it exactly.
                let (whole, part) = chart.icons(for: value)
                for position in 0..<whole {
                    if position > 0, position % measures.iconsPerGroup == 0 { x += size * measures.groupGapRatio }
                    rowItems.append(.shape(Shape(path: icon(commands, at: Point(x: x, y: center - size / 2), size: size), fill: color)))
                    x += step
                }
                if part > 0 {
                    if whole > 0, whole % measures.iconsPerGroup == 0 { x += size * measures.groupGapRatio }
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
