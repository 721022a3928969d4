import SajianLayout
import SajianModel
import SajianScene

/// The measures of a pyramid's layout, in points unless said.
struct PopulationPyramidMetrics {
    /// A row's height in lines of the row labels' type, when the figure's height is free.
    var rowPitchInLines = 1.5
    /// A bar's thickness as a share of its row's height: nearly touching, as pyramids are drawn.
    var barThicknessRatio = 0.82
    /// Space on each side of the row labels in the middle column.
    var labelPadding = 6.0
    /// Space between a bar's end and its value.
    var valueGap = 3.0
    /// Space between the plot and the tick labels under it.
    var tickGap = 3.0
    /// Space between the side names and the plot.
    var headerGap = 4.0
    /// Line spacing of the unit under the tick labels, in lines of the tick type.
    var unitLineSpacing = 1.15
    /// How many ticks each side's scale aims at.
    var targetTicks = 4
    /// Width of the gridlines and of the axis lines at the middle.
    var gridWidth = 0.5
    var axisWidth = 0.75

    static let standard = PopulationPyramidMetrics()
}

/// Lays out a population pyramid (*piramida penduduk*): the row labels (age groups) in a middle column, the
/// youngest at the foot; the left side's bars run leftwards from it and the right side's rightwards, on one scale
/// with mirrored ticks, each side named above it in its colour; values at the bars' ends.
struct PopulationPyramidLayout: BodyLayout {
    let pyramid: PopulationPyramidData
    let style: HouseStyle
    let typesetter: Typesetter
    let vocabulary: Vocabulary
    var metrics = PopulationPyramidMetrics.standard

    private var measurer: any TextMeasuring { typesetter.measurer }
    private var labelStyle: TextStyle { style.text(style.smallSize + 0.5) }
    /// No halo: `LabelKnockout.clearing` cuts every rule short of the labels' boxes, so a halo would hide nothing
    /// and only cost (Cairo draws a halo as stroked glyph outlines: in the 39-bar chart's PDF they were 139 of the
    /// content stream's 145 KB, and the PDF took 15 ms instead of 3).
    private var valueStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    private var tickStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    /// A pair's two first colours; two periods in the palette's first colour, the earlier in a tint of it (lighter,
    /// also in greyscale, whatever the publication's `palet:`).
    private var colors: (left: Color, right: Color) {
        let shades = style.periodShades(2)!
        let (later, earlier) = (shades[1], shades[0])
        switch pyramid.earlierPeriod {
        case .left: return (earlier, later)
        case .right: return (later, earlier)
        case nil: return (style.palette[0], style.palette[1 % style.palette.count])
        }
    }

    private var scale: NiceScale {
        NiceScale(minimum: 0, maximum: pyramid.values.compactMap(\.number).max() ?? 1, targetTicks: metrics.targetTicks)
    }

    /// Room above the plot for the side names, and below it for the ticks and the unit.
    private var header: Double { measurer.metrics(for: style.text(labelStyle.size, weight: .bold)).lineHeight + metrics.headerGap }
    private var footer: Double {
        let tick = measurer.metrics(for: tickStyle)
        return metrics.tickGap + tick.lineHeight * (1 + metrics.unitLineSpacing)
    }

    func preferredHeight(width: Double) -> Double {
        header + Double(pyramid.rows.count) * measurer.metrics(for: labelStyle).lineHeight * metrics.rowPitchInLines + footer
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        let scale = self.scale
        var tickFormat = pyramid.format
        tickFormat.decimals = scale.decimals
        let labelColumn = (pyramid.rows.map { measurer.width(of: $0, style: labelStyle) }.max() ?? 0) + 2 * metrics.labelPadding
        let valueRoom = pyramid.showsValues
            ? (pyramid.values.map { measurer.width(of: pyramid.format.string(from: $0), style: valueStyle) }.max() ?? 0) + metrics.valueGap
            : measurer.width(of: tickFormat.string(from: scale.upper), style: tickStyle) / 2
        let halfWidth = max(0, (frame.width - labelColumn) / 2 - valueRoom)
        let plotTop = frame.minY + header, plotBottom = frame.maxY - footer
        let middle = frame.midX
        let leftAxis = middle - labelColumn / 2, rightAxis = middle + labelColumn / 2
        // Distance from the axis for a value, the same on both sides.
        let length = { (value: Double) in scale.position(of: value, from: 0, to: halfWidth) }

        // The side names, each centred over its half in its colour; two periods' names in the text colour (the
        // earlier period's tint is too light for text on white).
        let nameStyle = { (color: Color) in
            style.text(labelStyle.size, weight: .bold, color: pyramid.earlierPeriod == nil ? color : style.textColor)
        }
        let nameBaseline = frame.minY + measurer.metrics(for: nameStyle(colors.left)).ascent
        items.append(.text(typesetter.line(pyramid.left.name, style: nameStyle(colors.left), x: leftAxis - halfWidth / 2,
                                           baseline: nameBaseline, alignment: .center)))
        items.append(.text(typesetter.line(pyramid.right.name, style: nameStyle(colors.right), x: rightAxis + halfWidth / 2,
                                           baseline: nameBaseline, alignment: .center)))

        // Gridlines and mirrored ticks under the bars.
        let tick = measurer.metrics(for: tickStyle)
        for value in scale.ticks {
            for x in [leftAxis - length(value), rightAxis + length(value)] {
                items.append(.shape(Shape(path: .line(from: Point(x: x, y: plotTop), to: Point(x: x, y: plotBottom)),
                                          stroke: Stroke(color: style.gridColor, width: metrics.gridWidth))))
                items.append(.text(typesetter.line(tickFormat.string(from: value), style: tickStyle, x: x,
                                                   baseline: plotBottom + metrics.tickGap + tick.ascent, alignment: .center)))
            }
        }
        items.append(.text(typesetter.line(pyramid.unit.name(in: vocabulary).asHeading, style: tickStyle, x: middle,
                                           baseline: plotBottom + metrics.tickGap + tick.ascent + tick.lineHeight * metrics.unitLineSpacing,
                                           alignment: .center)))

        // The rows from the foot up.
        let pitch = (plotBottom - plotTop) / Double(max(1, pyramid.rows.count))
        let thickness = pitch * metrics.barThicknessRatio
        let label = measurer.metrics(for: labelStyle)
        for (index, row) in pyramid.rows.enumerated() {
            let center = plotBottom - (Double(index) + 0.5) * pitch
            let baseline = center + (label.ascent - label.descent) / 2
            var rowItems: [SceneItem] = [.text(typesetter.line(row, style: labelStyle, x: middle, baseline: baseline, alignment: .center))]
            for (value, isLeft) in [(pyramid.left.values[index], true), (pyramid.right.values[index], false)] {
                let extent = value.number.map(length) ?? 0
                if extent > 0 {
                    let x = isLeft ? leftAxis - extent : rightAxis
                    rowItems.append(.shape(Shape(path: .rectangle(Rect(x: x, y: center - thickness / 2, width: extent, height: thickness)),
                                                 fill: isLeft ? colors.left : colors.right)))
                }
                if pyramid.showsValues {
                    let x = isLeft ? leftAxis - extent - metrics.valueGap : rightAxis + extent + metrics.valueGap
                    rowItems.append(.text(typesetter.line(pyramid.format.string(from: value), style: valueStyle, x: x, baseline: baseline,
                                                          alignment: isLeft ? .right : .left)))
                }
            }
            items.append(.group(Group(role: "row \(row)", items: rowItems)))
        }
        for x in [leftAxis, rightAxis] {
            items.append(.shape(Shape(path: .line(from: Point(x: x, y: plotTop), to: Point(x: x, y: plotBottom)),
                                      stroke: Stroke(color: style.ruleColor, width: metrics.axisWidth))))
        }
        return (LabelKnockout.clearing(items), [])
    }
}
