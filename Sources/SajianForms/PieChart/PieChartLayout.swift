import Foundation
import SajianLayout
import SajianModel
import SajianScene

/// Lays out a pie or donut chart (*grafik lingkaran*): slices clockwise from 12 o'clock in data order, white
/// separators, and each slice's name and share outside with a leader line, labels on each side pushed apart so
/// that none overlaps another.
struct PieChartLayout: BodyLayout {
    let chart: PieChartData
    let style: HouseStyle
    let typesetter: Typesetter

    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + 0.5) }

    func preferredHeight(width: Double) -> Double {
        max(200, Double(chart.slices.count) * measurer.metrics(for: labelStyle).lineHeight * 1.2 + 20)
    }

    private func label(_ slice: PieChartData.Slice) -> String {
        "\(slice.label) \(chart.percentFormat.string(from: slice.percent))%"
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        let metrics = measurer.metrics(for: labelStyle)
        let labelWidth = (chart.slices.map { measurer.width(of: label($0), style: labelStyle) }.max() ?? 0) + 22
        let radius = max(20, min(frame.height / 2 - 6, (frame.width - 2 * labelWidth) / 2 - 6))
        let center = Point(x: frame.midX, y: frame.midY)
        let total = chart.slices.map(\.value).reduce(0, +)
        var angle = 0.0
        var anchors: [(slice: PieChartData.Slice, angle: Double)] = []
        let inner = chart.isDonut ? radius * 0.55 : 0
        for (index, slice) in chart.slices.enumerated() {
            let sweep = slice.value / total * 2 * .pi
            let path = Path.slice(center: center, radius: radius, innerRadius: inner, from: angle, to: angle + sweep)
            let fill = style.palette[index % style.palette.count]
            var sliceItems: [SceneItem] = [.shape(Shape(path: path, fill: fill, stroke: Stroke(color: .white, width: 1)))]
            // The label goes inside when it fits within the slice's arc and ring; otherwise outside with a leader line.
            let middle = angle + sweep / 2
            let labelRadius = chart.isDonut ? (radius + inner) / 2 : radius * 0.62
            let text = label(slice)
            let textWidth = measurer.width(of: text, style: labelStyle)
            let chord = 2 * labelRadius * sin(min(sweep, .pi) / 2)
            let ring = chart.isDonut ? radius - inner : radius
            // Horizontal room across the ring at the label's angle (the ring runs sideways at 3 and 9 o'clock).
            let across = (chart.isDonut ? ring : ring * 0.75) / max(abs(sin(middle)), 0.05)
            let fitsInside = sweep > 0.5 && chord > metrics.lineHeight * 2 && ring > metrics.lineHeight * 1.4
                && textWidth + 8 < min(across, chord)
            if fitsInside {
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
                return (anchor.slice, center.y - (radius + 10) * cos(anchor.angle), edge)
            }
            entries.sort { $0.1 < $1.1 }
            var ys: [Double] = []
            for entry in entries { ys.append(max(entry.1, (ys.last ?? -.infinity) + metrics.lineHeight)) }
            let overflow = (ys.last ?? 0) - (frame.maxY - metrics.descent)
            if overflow > 0 { ys = ys.map { $0 - overflow } }
            for index in ys.indices.dropFirst() where ys[index] < ys[index - 1] + metrics.lineHeight {
                ys[index] = ys[index - 1] + metrics.lineHeight
            }
            let columnX = center.x + side * (radius + 14)
            for (entry, y) in zip(entries, ys) {
                let elbow = Point(x: columnX - side * 4, y: y)
                items.append(.shape(Shape(path: Path([.move(entry.2), .line(elbow), .line(Point(x: columnX, y: y))]),
                                          stroke: Stroke(color: style.mutedTextColor, width: 0.5))))
                items.append(.text(typesetter.line(label(entry.0), style: labelStyle, x: columnX + side * 3,
                                                   baseline: y + (metrics.ascent - metrics.descent) / 2,
                                                   alignment: side > 0 ? .left : .right)))
            }
        }
        return (items, [])
    }
}
