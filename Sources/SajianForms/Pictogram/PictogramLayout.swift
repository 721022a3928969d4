import Foundation
import SajianLayout
import SajianModel
import SajianScene

/// Lays out a pictogram (*grafik piktogram*) in the ISOTYPE manner: one row of icons per category, each icon
/// standing for the stated quantity, a remainder as a partial icon (clipped), the value after the icons, and the
/// scale stated on the chart ("1 ikon = 1 juta orang").
struct PictogramLayout: BodyLayout {
    let chart: PictogramData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary

    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + 0.5) }
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }

    func preferredHeight(width: Double) -> Double { Double(chart.rows.count) * 26 + 24 }

    /// The icon's path scaled into a square of `size` at `origin`.
    private func icon(_ commands: [PathCommand], at origin: Point, size: Double) -> Path {
        let s = size / 100
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

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var warnings: [String] = []
        let commands = SVGPathData.commands(IconLibrary.pathData(for: chart.icon) ?? "") ?? []
        let labelMetrics = measurer.metrics(for: labelStyle)
        var quantityFormat = chart.format
        if chart.quantityPerIcon == chart.quantityPerIcon.rounded() { quantityFormat.decimals = 0 }
        let scaleText = "= \(quantityFormat.string(from: chart.quantityPerIcon)) \(chart.unit.name(in: vocabulary))"
        let headerHeight = labelMetrics.lineHeight + 8
        let labelColumn = (chart.rows.map { measurer.width(of: $0.label, style: labelStyle) }.max() ?? 0) + 8
        let valueColumn = (chart.rows.map { measurer.width(of: chart.format.string(from: $0.value), style: valueStyle) }.max() ?? 0) + 8
        let pitch = (frame.height - headerHeight) / Double(max(1, chart.rows.count))
        let most = chart.rows.compactMap(\.value.number).map { ($0 / chart.quantityPerIcon).rounded(.up) }.max() ?? 1
        let room = frame.width - labelColumn - valueColumn
        let size = max(4, min(pitch * 0.78, room / max(1, most) / 1.12))
        let step = size * 1.12
        if size == 4 { warnings.append("icons drawn very small: make one icon stand for more with `satu-ikon:`") }
        let color = style.palette[0]

        // The scale, stated on the chart: one icon, then "= 1 juta orang".
        let keyIcon = icon(commands, at: Point(x: frame.x, y: frame.y + 1), size: labelMetrics.lineHeight)
        items.append(.shape(Shape(path: keyIcon, fill: color)))
        items.append(.text(typesetter.line(scaleText, style: labelStyle, x: frame.x + labelMetrics.lineHeight + 4,
                                           baseline: frame.y + 1 + labelMetrics.ascent)))
        for (index, row) in chart.rows.enumerated() {
            let top = frame.y + headerHeight + Double(index) * pitch
            let center = top + pitch / 2
            var rowItems: [SceneItem] = [
                .text(typesetter.line(row.label, style: labelStyle, x: frame.x + labelColumn - 8,
                                      baseline: center + (labelMetrics.ascent - labelMetrics.descent) / 2, alignment: .right)),
            ]
            var x = frame.x + labelColumn
            if let value = row.value.number {
                let count = value / chart.quantityPerIcon
                let whole = Int(count.rounded(.down))
                for _ in 0..<whole {
                    rowItems.append(.shape(Shape(path: icon(commands, at: Point(x: x, y: center - size / 2), size: size), fill: color)))
                    x += step
                }
                let part = count - Double(whole)
                if part > 0.005 {
                    // A remainder is the same icon cut at its share of the width.
                    let clip = Rect(x: x, y: center - size / 2, width: size * part, height: size)
                    rowItems.append(.group(Group(role: "partial icon", clip: clip, items: [
                        .shape(Shape(path: icon(commands, at: Point(x: x, y: center - size / 2), size: size), fill: color)),
                    ])))
                    x += size * part + (step - size)
                }
            }
            rowItems.append(.text(typesetter.line(chart.format.string(from: row.value), style: valueStyle, x: x + 4,
                                                  baseline: center + (labelMetrics.ascent - labelMetrics.descent) / 2)))
            items.append(.group(Group(role: "row \(row.label)", items: rowItems)))
        }
        return (items, warnings)
    }
}
