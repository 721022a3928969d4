import Foundation
import SajianLayout
import SajianModel
import SajianScene

/// The measures of an *angka kunci* tile, in points unless said.
struct KeyFigureMetrics {
    /// The number's type size, as a multiple of the house style's `titleSize` …
    var valueSizeRatio = 2.6
    /// … shrunk down to this multiple at most when the number is wider than the tile.
    var smallestValueSizeRatio = 2.0
    /// The most lines the label may take; its block always has the room of that many, so that the numbers of tiles
    /// set side by side stand on one baseline whether their labels take one line or two (proof-reading 5, N6).
    var labelMaxLines = 2
    /// Space between the label (with the period) and the number, and between the number and the change.
    var gap = 4.0
    /// Space between the number and its unit beside it.
    var unitGap = 3.0
    /// The most lines the change and the earlier value may each take.
    var changeMaxLines = 2
    /// The least space between the comparison ("dibanding Agustus 2023 (5,32 persen)") and the sparkline under it: more
    /// than `gap`, so that a peak of the line never crowds the text's descenders (proof-reading 7, #14).
    var sparklineGap = 8.0
    /// The sparkline's height and its stroke width.
    var sparklineHeight = 14.0
    /// In a frame taller than the tile needs by room for a sparkline this many times its height and a line of small
    /// type over and under it (the tile in the column beside an infographic's map), the sparkline grows into the
    /// room and names its highest and lowest values at their points (the alt text's *tertinggi* and *terendah*), so
    /// that a taller line is read by its values, not its slope alone; …
    var sparklineLabelledRatio = 2.0
    /// … up to this fraction of its width.
    var sparklineMaximumRatio = 0.6
    /// How far such a sparkline's named low stands over the line of its span, in lines of small type.
    var extremeSpanGapRatio = 0.5
    var sparklineWidth = 1.25
    /// A tight tile (`KeyFigureLayout.isTight`): how much of the air over the number's figures, between the font's
    /// ascent and its capitals, is kept.
    var tightNumberAirRatio = 0.4
    /// … and of the font's descent under them, as deep as a comma reaches.
    var tightNumberDepthRatio = 0.6
    /// The radius of the dot on the sparkline's last point.
    var sparklineDot = 2.0
    /// A named extreme's dot, as a fraction of the last point's.
    var extremeDotRatio = 0.7
    /// The direction's mark beside the change (a triangle up or down, a dot when unchanged), drawn as a shape so that
    /// no glyph comes from a fallback font: its width as a multiple of the change's type size, and the space after it.
    var markerSizeRatio = 0.7
    var markerGapRatio = 0.35
    /// The colours of a change for the better and for the worse (`arah-baik:`): Okabe–Ito's blue and vermillion
    /// darkened to read as text on white; the triangle and the word carry the direction as well, so no reader
    /// depends on the colour.
    var betterColor = Color(hex: 0x00588A)
    var worseColor = Color(hex: 0xA63D00)
    /// The number's colour.
    var valueColor = Color(hex: 0x003F66)

    static let standard = KeyFigureMetrics()
}

/// Lays out an *angka kunci* tile: the label and period, the number large with its unit, the change with its
/// direction (a drawn triangle or dot, and a word), the earlier value, and the sparkline at the foot with the span of
/// its periods under it ("Feb 2015 – Agu 2024"). Text never leaves the frame: a long number is set smaller, a long
/// label is cut after two lines. Under a figure's caption (a web tile, "Angka kunci 1 Tingkat Pengangguran Terbuka (TPT),
/// Agustus 2024") the label and period are left out: the caption says them.
struct KeyFigureLayout: BodyLayout, TileLayout {
    let tile: KeyFigureData
    let style: HouseStyle
    let typesetter: Typesetter
    let locale: NumberLocale
    /// Whether the tile prints its own label and period: only where no caption stands over it (an infographic's tile).
    var showsLabel = true
    /// Whether it prints its period under its label: not under a title band that says it (`underBand(saying:)`).
    var showsPeriod = true
    /// The number's size and the unit's place shared with the other tiles of its row; nil: the tile's own.
    var numberSetting: TileNumberSetting?
    /// Whether the tile is set tight (`tightened()`): the number's box keeps `tightNumberAirRatio` of the air over its
    /// figures, and the sparkline stands on the tile's last line with the years it spans at its left ("2015–2024"; the
    /// dot on its last point is the tile's number), its extremes left to the line's shape.
    var isTight = false
    /// Whether the comparison is broken before its bracket (`breakingComparison()`), as the row's other tiles break theirs.
    var breaksComparison = false
    /// The least room the change takes (`reservingChangeHeight(_:)`), the tallest of its row's.
    var reservedChangeHeight = 0.0

    private let measures = KeyFigureMetrics.standard
    private var measurer: any TextMeasuring { typesetter.measurer }
    private var vocabulary: Vocabulary { .forLocale(locale) }
    private var labelStyle: TextStyle { style.text(style.bodySize, weight: .bold) }
    private var smallStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    private var unitStyle: TextStyle { style.text(style.bodySize, color: measures.valueColor) }

    /// With the sparkline, and the line of its extremes where they do not fit after its span.
    func preferredHeight(width: Double) -> Double {
        leastHeight(width: width) + sparklineBlockHeight + extremesLineHeight(width: width)
    }

    /// Without the sparkline: a tile where room is short (a low canvas), where the number and its change are what a
    /// reader looks for. The comparison keeps its one wording, with the earlier value, on every canvas.
    func leastHeight(width: Double) -> Double {
        lines(width: width).reduce(0) { $0 + $1.height } + measures.gap * 2
    }

    /// Without room for its sparkline, the tile shows its period and the earlier one it compares with: a source naming
    /// the sparkline's span ("… (Sakernas) Februari 2015 – Agustus 2024") names those two instead ("… Agustus 2023 dan
    /// Agustus 2024"; proof-reading 24). A source that does not name the span is left as written.
    func source(_ source: String, height: Double, width: Double) -> String {
        // A tile that cannot compare with the earlier period its source names ("… Agustus 2023 dan Agustus 2024") shows
        // its own period alone (proof-reading 58: Papua Tengah's cover cited Agustus 2023, which it has no value of).
        if let withheld = tile.withheldComparison, source.contains("\(withheld) \(vocabulary.and) \(tile.periodLabel)") {
            return source.replacingOccurrences(of: "\(withheld) \(vocabulary.and) \(tile.periodLabel)", with: tile.periodLabel)
        }
        guard tile.sparkline.count > 1, height < leastHeight(width: width) + sparklineBlockHeight - 0.01, let first = tile.sparkline.first else { return source }
        let span = "\(first.label) – \(tile.periodLabel)"
        guard source.contains(span) else { return source }
        return source.replacingOccurrences(of: span, with: tile.previous.map { "\($0.label) \(vocabulary.and) \(tile.periodLabel)" } ?? tile.periodLabel)
    }

    /// The sparkline, the gap over it and the line of its span under it (a tight tile's span stands beside it); 0
    /// without a sparkline.
    private var sparklineBlockHeight: Double {
        guard tile.sparkline.count > 1 else { return 0 }
        return measures.sparklineGap + measures.sparklineHeight + (isTight ? 0 : measurer.metrics(for: smallStyle).lineHeight)
    }

    /// A line of small type for the sparkline's extremes in words where they go on a line of their own (a tile that
    /// names itself: under a caption the tile has no room to spare); 0 otherwise. A row's tiles take the tallest one's
    /// height, so a tile whose change takes two lines keeps its sparkline on the line of its neighbours'.
    private func extremesLineHeight(width: Double) -> Double {
        showsLabel && !isTight && extremesInWords(width: width)?.ownLine == true ? measurer.metrics(for: smallStyle).lineHeight : 0
    }

    /// How a low sparkline names its extremes in words: after its span ("· tertinggi 7,07; terendah 4,82") where a form
    /// fits there, else the first form that fits a line of its own under the span; nil without a span or extremes, or
    /// where no form fits. A bare "· 4,82–7,07" after the span did not say what the two numbers were (proof-reading 29).
    private func extremesInWords(width: Double) -> (text: String, ownLine: Bool)? {
        guard tile.sparkline.count > 1, let span = sparklineSpan, let forms = extremes else { return nil }
        let after = measurer.width(of: span, style: smallStyle) + measurer.width(of: " ", style: smallStyle)
        if let form = forms.map({ "· \($0)" }).first(where: { after + measurer.width(of: $0, style: smallStyle) <= width }) { return (form, false) }
        return forms.first { measurer.width(of: $0, style: smallStyle) <= width }.map { ($0, true) }
    }

    /// The periods the sparkline spans, in the short month forms: "Feb 2015 – Agu 2024" (one way to write a range,
    /// `Period.label`).
    var sparklineSpan: String? {
        guard tile.sparkline.count > 1, let first = tile.sparkline.first, let last = tile.sparkline.last else { return nil }
        guard let from = Period(code: first.periodCode), let through = Period(code: last.periodCode) else {
            return "\(first.label) – \(last.label)"
        }
        return Period.span(from: from, through: through).label(in: vocabulary, abbreviated: true)
    }

    /// The years the sparkline spans, "2015–2024" (a tight tile's short form of `sparklineSpan`), after the month
    /// where every point is of one ("Agu 2015–2024": "2015–2024" alone read as a series of every year's months beside
    /// the other canvases' "Agu 2015 – Agu 2024", proof-reading 56); nil where it spans less than two years or a period
    /// names none.
    private var yearSpan: String? {
        func year(_ code: String?) -> Int? {
            switch code.flatMap(Period.init(code:)) {
            case .year(let year), .month(let year, _), .quarter(let year, _), .semester(let year, _): year
            default: nil
            }
        }
        guard let from = year(tile.sparkline.first?.periodCode), let through = year(tile.sparkline.last?.periodCode), from < through else { return nil }
        let months = Set(tile.sparkline.map { point -> Int? in
            if case .month(_, let month) = Period(code: point.periodCode) { month } else { nil }
        })
        // Closed up, as a span of years is written in the sources ("Februari dan Agustus 2015–2024"): the line keeps the width.
        if months.count == 1, months.first! != nil, let first = tile.sparkline.first.flatMap({ Period(code: $0.periodCode) }) {
            return "\(first.label(in: vocabulary, abbreviated: true))–\(through)"
        }
        return "\(from)–\(through)"
    }

    /// The sizes the number can take at `width`: the largest, from the metrics' size down to the smallest they
    /// allow, at which the number and its unit fit beside each other (nil: none), and at which the number alone fits.
    func numberFit(width: Double) -> TileNumberFit {
        let text = tile.format.string(from: tile.value)
        let unitWidth = measurer.width(of: tile.unit.name(in: vocabulary), style: unitStyle) + measures.unitGap
        let largest = style.titleSize * measures.valueSizeRatio
        let smallest = style.titleSize * measures.smallestValueSizeRatio
        func largestSize(fitting room: Double) -> Double? {
            stride(from: largest, through: smallest, by: -1).first { measurer.width(of: text, style: style.text($0, weight: .bold)) <= room }
        }
        return TileNumberFit(sizeWithUnitBeside: largestSize(fitting: width - unitWidth), sizeWithUnitUnder: largestSize(fitting: width) ?? smallest)
    }

    func underBand(saying period: String?) -> any TileLayout {
        var set = self
        set.showsPeriod = period != tile.periodLabel
        return set
    }

    func tightened() -> any TileLayout {
        var set = self
        set.isTight = true
        return set
    }

    func comparisonBreaks(width: Double) -> Bool {
        guard let text = tile.comparison(locale: locale) else { return false }
        return typesetter.paragraph(text, style: smallStyle, in: (0, 0, width), maxLines: measures.changeMaxLines).runs.count > 1
    }

    func breakingComparison() -> any TileLayout {
        var broken = self
        broken.breaksComparison = true
        return broken
    }

    /// 0 where no comparison follows the change: a tile that cannot compare sets no "dibanding" line to stand level
    /// with (proof-reading 59: on the 2022 provinces' covers the UMP tile's stood a line low, under "tidak dapat
    /// dibandingkan dengan Agustus 2023" on two lines beside it).
    func changeHeight(width: Double) -> Double {
        guard tile.previous != nil, let text = changeText() else { return 0 }
        let indent = text.marked ? markerIndent : 0
        return typesetter.paragraph(text.text, style: changeStyle(text.direction), in: (0, 0, width - indent), maxLines: measures.changeMaxLines).height
    }

    func reservingChangeHeight(_ height: Double) -> any TileLayout {
        var reserving = self
        reserving.reservedChangeHeight = height
        return reserving
    }

    /// The comparison as set: one paragraph, or, broken as the row breaks it, the period and the bracket after it.
    private var comparisonParagraphs: [String]? {
        guard let text = tile.comparison(locale: locale) else { return nil }
        guard breaksComparison, let bracket = text.range(of: " (", options: .backwards) else { return [text] }
        return [String(text[..<bracket.lowerBound]), String(text[text.index(after: bracket.lowerBound)...])]
    }

    func settingNumber(_ setting: TileNumberSetting) -> any TileLayout {
        var set = self
        set.numberSetting = setting
        return set
    }

    /// The number's style and whether its unit stands beside it: as the row sets them, or as large as the tile alone
    /// allows (a number whose unit has no room beside it even at the smallest size takes the unit under it).
    private func valueStyle(width: Double) -> (style: TextStyle, unitBeside: Bool) {
        let setting = numberSetting ?? {
            let fit = numberFit(width: width)
            return fit.sizeWithUnitBeside.map { TileNumberSetting(size: $0, unitBeside: true) }
                ?? TileNumberSetting(size: fit.sizeWithUnitUnder, unitBeside: false)
        }()
        return (style.text(setting.size, weight: .bold, color: measures.valueColor), setting.unitBeside)
    }

    /// The ascent of the number at its full size: a number set smaller to fit its tile ("144,64") keeps the baseline
    /// of its neighbours ("4,91").
    private var fullSizeAscent: Double {
        let size = style.titleSize * measures.valueSizeRatio
        let ascent = measurer.metrics(for: style.text(size, weight: .bold)).ascent
        guard isTight else { return ascent }
        let capitals = size * Self.capHeightRatio
        return capitals + (ascent - capitals) * measures.tightNumberAirRatio
    }

    /// How far under its baseline the number's box reaches: the font's descent, or in a tight tile with its unit beside
    /// it as far as a comma reaches (figures have no descenders; a unit under the number keeps the whole descent).
    private func depth(of number: FontMetrics, unitBeside: Bool) -> Double {
        isTight && unitBeside ? number.descent * measures.tightNumberDepthRatio : number.descent
    }

    /// The height of Noto Sans's capitals and figures, as a fraction of the type size.
    static let capHeightRatio = 0.714

    /// The height of the label's block: `labelMaxLines` lines, whatever the label takes.
    private var labelBlockHeight: Double {
        let metrics = measurer.metrics(for: labelStyle)
        return metrics.ascent + metrics.descent + Double(measures.labelMaxLines - 1) * metrics.lineHeight
    }

    /// The blocks from the top: label, period, number (and unit under it), change, comparison; each with its height.
    private func lines(width: Double) -> [(kind: String, height: Double)] {
        let small = measurer.metrics(for: smallStyle)
        let value = valueStyle(width: width)
        let number = measurer.metrics(for: value.style)
        var result: [(kind: String, height: Double)] = []
        if showsLabel {
            result.append(("label", labelBlockHeight))
            if showsPeriod { result.append(("period", small.lineHeight)) }
        }
        result.append(("value", fullSizeAscent + depth(of: number, unitBeside: value.unitBeside)))
        if !value.unitBeside { result.append(("unit", measurer.metrics(for: unitStyle).lineHeight)) }
        if let text = changeText() {
            let indent = text.marked ? markerIndent : 0
            result.append(("change", max(reservedChangeHeight, typesetter.paragraph(text.text, style: changeStyle(text.direction), in: (0, 0, width - indent),
                                                                                 maxLines: measures.changeMaxLines).height)))
        }
        if let parts = comparisonParagraphs {
            result.append(("earlier", parts.reduce(0) { $0 + typesetter.paragraph($1, style: smallStyle, in: (0, 0, width), maxLines: measures.changeMaxLines).height }))
        }
        return result
    }

    /// The change in words with its direction (`marked`: its mark is drawn beside it), or that there is nothing to
    /// compare with.
    private func changeText() -> (direction: KeyFigureData.Direction, text: String, marked: Bool)? {
        if let change = tile.changeLine(locale: locale) { return (change.direction, change.text, true) }
        let words = KeyFigureVocabulary.forLocale(locale)
        return tile.previous == nil ? (.unchanged, tile.withheldComparison.map(words.notComparable(with:)) ?? words.notComparable, false) : nil
    }

    /// How far the change's lines stand right of the frame's edge to leave room for the direction's mark.
    private var markerIndent: Double { style.bodySize * (measures.markerSizeRatio + measures.markerGapRatio) }

    /// The direction's mark at the left of the change's first line (`run`): a triangle pointing up or down, a dot
    /// for unchanged, centred on the height of the capitals, in the change's colour.
    private func marker(_ direction: KeyFigureData.Direction, beside run: TextRun, x: Double) -> SceneItem {
        let side = style.bodySize * measures.markerSizeRatio
        let height = side * 0.866
        let capHeight = run.style.size * Self.capHeightRatio
        let middle = run.origin.y - capHeight / 2
        let color = changeStyle(direction).color
        switch direction {
        case .up:
            return .shape(Shape(path: Path([.move(Point(x: x + side / 2, y: middle - height / 2)), .line(Point(x: x + side, y: middle + height / 2)),
                                            .line(Point(x: x, y: middle + height / 2)), .close]), fill: color))
        case .down:
            return .shape(Shape(path: Path([.move(Point(x: x, y: middle - height / 2)), .line(Point(x: x + side, y: middle - height / 2)),
                                            .line(Point(x: x + side / 2, y: middle + height / 2)), .close]), fill: color))
        case .unchanged:
            return .shape(Shape(path: .circle(center: Point(x: x + side / 2, y: middle), radius: side * 0.4), fill: color))
        }
    }

    private func changeStyle(_ direction: KeyFigureData.Direction) -> TextStyle {
        // Colour says good or bad only where the template says which way is better (`arah-baik:`): a rise in
        // employment is not a warning. Otherwise the change keeps the tile's own colour; the triangle and the word
        // carry the direction in any case.
        let color = switch (direction, tile.improvement) {
        case (.unchanged, _): style.mutedTextColor
        case (_, nil): measures.valueColor
        case (let moved, let better?): moved == better ? measures.betterColor : measures.worseColor
        }
        return style.text(style.bodySize, weight: .bold, color: color)
    }

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        var items: [SceneItem] = []
        var top = frame.minY
        let small = measurer.metrics(for: smallStyle)
        if showsLabel {
            // Balanced, as display type: "Pengangguran terbuka | (TPT)" left the abbreviation alone (proof-reading 30).
            // Over its period, set to the foot of the label's block, so that the periods of a row's tiles stand on one
            // line whatever their labels' lines ("Penduduk bekerja" over its period 30 px above its neighbours',
            // proof-reading 31). Without a period (the title band says it), at the block's top: the row's labels then
            // start on one line, as headings do ("Penduduk bekerja" had stood on its neighbours' second lines,
            // proof-reading 52), and the numbers keep one baseline either way.
            let lines = measurer.lines(of: tile.label, style: labelStyle, maxWidth: frame.width).count
            let drop = showsPeriod ? Double(max(0, measures.labelMaxLines - lines)) * measurer.metrics(for: labelStyle).lineHeight : 0
            let labelTop = top + drop
            let label = typesetter.paragraph(tile.label, style: labelStyle, in: (frame.minX, labelTop, frame.width), maxLines: measures.labelMaxLines,
                                             balanced: true)
            items += label.runs.map(SceneItem.text)
            top += labelBlockHeight
            if showsPeriod {
                items.append(.text(typesetter.line(tile.periodLabel, style: smallStyle, x: frame.minX, baseline: labelTop + label.height + small.ascent)))
                top += small.lineHeight
            }
        } else {
            // Under a caption, in a frame taller than the tile needs (the web tiles of a row drawn at one height,
            // whose captions take one line or two), the room stands over the number: the numbers, changes and
            // sparklines of the row then stand on the same lines.
            top += max(0, frame.height - preferredHeight(width: frame.width))
        }
        top += measures.gap

        let value = valueStyle(width: frame.width)
        let number = measurer.metrics(for: value.style)
        let baseline = top + fullSizeAscent
        let run = typesetter.line(tile.format.string(from: tile.value), style: value.style, x: frame.minX, baseline: baseline)
        items.append(.text(run))
        top = baseline + depth(of: number, unitBeside: value.unitBeside)
        let unitName = tile.unit.name(in: vocabulary)
        if value.unitBeside {
            items.append(.text(typesetter.line(unitName, style: unitStyle, x: run.bounds.maxX + measures.unitGap, baseline: baseline)))
        } else {
            let unit = typesetter.paragraph(unitName, style: unitStyle, in: (frame.minX, top, frame.width), maxLines: 1)
            items += unit.runs.map(SceneItem.text)
            top += measurer.metrics(for: unitStyle).lineHeight
        }
        top += measures.gap
        if let change = changeText() {
            let indent = change.marked ? markerIndent : 0
            let set = typesetter.paragraph(change.text, style: changeStyle(change.direction), in: (frame.minX + indent, top, frame.width - indent),
                                           maxLines: measures.changeMaxLines)
            if change.marked, let first = set.runs.first { items.append(marker(change.direction, beside: first, x: frame.minX)) }
            items += set.runs.map(SceneItem.text)
            top += max(set.height, reservedChangeHeight)
        }
        for part in comparisonParagraphs ?? [] {
            let set = typesetter.paragraph(part, style: smallStyle, in: (frame.minX, top, frame.width), maxLines: measures.changeMaxLines)
            items += set.runs.map(SceneItem.text)
            top += set.height
        }
        // The sparkline at the foot of the frame, the span of its periods under it; taller, with its extremes named,
        // where a tile of its own has the room (`sparklineMaximumRatio`).
        var sparklineLeftOut = false
        if let span = sparklineSpan {
            if isTight, frame.maxY - top >= sparklineBlockHeight - 0.01, let first = tile.sparkline.first {
                // A tight tile's sparkline on its last line, the years it spans at its left ("2015–2024"; "Feb 2015"
                // alone named no end, proof-reading 53).
                let start = yearSpan ?? Period(code: first.periodCode)?.label(in: vocabulary, abbreviated: true) ?? first.label
                let startWidth = measurer.width(of: start, style: smallStyle) + measurer.width(of: " ", style: smallStyle)
                let box = Rect(x: frame.minX + startWidth, y: frame.maxY - measures.sparklineHeight, width: frame.width - startWidth,
                               height: measures.sparklineHeight)
                items += sparkline(in: box)
                items.append(.text(typesetter.line(start, style: smallStyle, x: frame.minX,
                                                   baseline: box.midY + smallStyle.size * Self.capHeightRatio / 2)))
                top = frame.maxY
            } else if frame.maxY - top >= sparklineBlockHeight - 0.01 {
                var spanTop = frame.maxY - small.lineHeight
                let room = showsLabel ? max(0, frame.maxY - top - sparklineBlockHeight) : 0
                let tallest = max(measures.sparklineHeight, frame.width * measures.sparklineMaximumRatio)
                // A named low stands a little over the span's line, not on the line before it: "terendah 4,82" and
                // "Feb 2015 – Agu 2024" read as one caption of two lines (proof-reading 53).
                let apart = small.lineHeight * measures.extremeSpanGapRatio
                let labelled = measures.sparklineHeight + room - 2 * small.lineHeight - apart >= measures.sparklineHeight * measures.sparklineLabelledRatio
                // A low sparkline names its extremes in words (`extremesInWords`), on a line of their own only where
                // the tile has that line to spare.
                let spanWidth = measurer.width(of: span, style: smallStyle) + measurer.width(of: " ", style: smallStyle)
                var extremesLine = labelled ? nil : extremesInWords(width: frame.width)
                if extremesLine?.ownLine == true {
                    if room >= small.lineHeight - 0.01 { spanTop -= small.lineHeight } else { extremesLine = nil }
                }
                // Only a sparkline with room to name its extremes grows: a line or two to spare (a tile in a row beside
                // one whose change takes two lines) stays over it, as the row's sparklines keep one height.
                let height = labelled ? min(tallest, measures.sparklineHeight + room - 2 * small.lineHeight - apart) : measures.sparklineHeight
                let box = Rect(x: frame.minX, y: spanTop - (labelled ? small.lineHeight + apart : 0) - height, width: frame.width, height: height)
                items += sparkline(in: box, namingExtremes: labelled, markingExtremes: extremesLine != nil)
                // A low sparkline names its extremes after its span where the line has room for them: the A4 and A3
                // tiles gave none where the 1080 posts name them (proof-reading 17).
                let spanRun = typesetter.line(span, style: smallStyle, x: frame.minX, baseline: spanTop + small.ascent)
                items.append(.text(spanRun))
                if let (form, ownLine) = extremesLine {
                    let x = ownLine ? frame.minX : frame.minX + spanWidth
                    let baseline = spanTop + small.ascent + (ownLine ? small.lineHeight : 0)
                    items.append(.text(typesetter.line(form, style: smallStyle, x: x, baseline: baseline)))
                }
                top = frame.maxY
            } else {
                sparklineLeftOut = true
            }
        }
        var warnings: [String] = []
        // The sparkline left out is the tile's own arrangement where room is short, said only when the frame is shorter still.
        if frame.height < leastHeight(width: frame.width) - 0.01 {
            let needs = Int(preferredHeight(width: frame.width).rounded(.up))
            warnings.append("the angka kunci needs \(needs) pt of height and has \(Int(frame.height))\(sparklineLeftOut ? "; the sparkline is left out" : "")\(top > frame.maxY + 0.01 ? "; the tile overruns its frame; give it more room in `ukuran:`" : "")")
        }
        return ([.group(Group(role: "angka-kunci", items: items))], warnings)
    }

    /// The places of the sparkline's highest and lowest values (the first of equal ones); nil where they are one value.
    private var extremeIndices: (highest: Int, lowest: Int)? {
        let numbers = tile.sparkline.map(\.value.number)
        let known = numbers.compactMap { $0 }
        guard let low = known.min(), let high = known.max(), high > low,
              let highest = numbers.firstIndex(of: high), let lowest = numbers.firstIndex(of: low) else { return nil }
        return (highest, lowest)
    }

    /// The sparkline's highest and lowest values, in the forms a line after its span may take, longest first:
    /// "tertinggi 7,07; terendah 4,82", then its range "antara 4,82 dan 7,07"; nil where they are one.
    private var extremes: [String]? {
        guard let (highest, lowest) = extremeIndices else { return nil }
        let words = KeyFigureVocabulary.forLocale(locale)
        let (top, bottom) = (tile.format.string(from: tile.sparkline[highest].value), tile.format.string(from: tile.sparkline[lowest].value))
        guard top != bottom else { return nil }
        return [words.extremes(highest: top, lowest: bottom), words.range(from: bottom, to: top)]
    }

    /// The series as a thin line, a gap where a value is missing, the last point marked with a dot; with
    /// `namingExtremes`, its highest value over its point and its lowest under it ("tertinggi 7,07", "terendah 4,82";
    /// the first of equal ones), a line of small type outside `box` each, and a small dot in the line's colour on each
    /// named point that is not the last: "terendah 4,82" (Februari 2024), pushed in from the tile's edge, stood under
    /// Agustus 2024's dot, the headline's 4,91, and read as its value (proof-reading 18).
    /// `markingExtremes`: the small dots alone, where the extremes are named in words after the span (proof-reading
    /// 36: the A4 tiles' "tertinggi 7,07; terendah 4,82" pointed at no point of the line).
    private func sparkline(in box: Rect, namingExtremes: Bool = false, markingExtremes: Bool = false) -> [SceneItem] {
        let numbers = tile.sparkline.map(\.value.number)
        let known = numbers.compactMap { $0 }
        guard let low = known.min(), let high = known.max(), box.height > 0 else { return [] }
        let span = high - low > 1e-9 ? high - low : 1
        let inset = measures.sparklineDot
        let step = (box.width - 2 * inset) / Double(max(1, numbers.count - 1))
        func point(_ index: Int, _ value: Double) -> Point {
            Point(x: box.minX + inset + Double(index) * step, y: box.maxY - inset - (value - low) / span * (box.height - 2 * inset))
        }
        var elements: [Path.Element] = []
        var drawing = false
        for (index, value) in numbers.enumerated() {
            guard let value else { drawing = false; continue }
            elements.append(drawing ? .line(point(index, value)) : .move(point(index, value)))
            drawing = true
        }
        var items: [SceneItem] = [.shape(Shape(path: Path(elements), stroke: Stroke(color: style.mutedTextColor, width: measures.sparklineWidth, join: .round)))]
        if let last = numbers.last, let value = last {
            items.append(.shape(Shape(path: .circle(center: point(numbers.count - 1, value), radius: measures.sparklineDot), fill: measures.valueColor)))
        }
        if namingExtremes, let (highest, lowest) = extremeIndices {
            let metrics = measurer.metrics(for: smallStyle)
            let words = KeyFigureVocabulary.forLocale(locale)
            for (index, baseline, name) in [(highest, box.minY - metrics.descent, words.highest), (lowest, box.maxY + metrics.ascent, words.lowest)] {
                let text = name(tile.format.string(from: tile.sparkline[index].value))
                let width = measurer.width(of: text, style: smallStyle)
                // Centred on its point; near the tile's edge, ending (or starting) at its point rather than under the
                // points beyond it.
                let at = point(index, numbers[index]!), reach = measures.sparklineDot * measures.extremeDotRatio
                var x = at.x - width / 2
                if x + width > box.maxX { x = at.x + reach - width } else if x < box.minX { x = at.x - reach }
                x = min(max(box.minX, x), box.maxX - width)
                items.append(.text(typesetter.line(text, style: smallStyle, x: x, baseline: baseline)))
                if index != numbers.count - 1 { items.append(extremeDot(at: at)) }
            }
        } else if markingExtremes, let (highest, lowest) = extremeIndices {
            // Not on the point next to the last, whose dot and the last's read as one blob (proof-reading 37: Februari
            // 2024's low by Agustus 2024's 4,91).
            for index in [highest, lowest] where index < numbers.count - 2 { items.append(extremeDot(at: point(index, numbers[index]!))) }
        }
        return items
    }

    /// The small dot on a named extreme that is not the last point, in the muted text's colour.
    private func extremeDot(at center: Point) -> SceneItem {
        .shape(Shape(path: .circle(center: center, radius: measures.sparklineDot * measures.extremeDotRatio), fill: style.mutedTextColor))
    }
}
