import Foundation
import SajianGeo
import SajianLayout
import SajianModel
import SajianScene

/// The measures of a map's compact arrangement (an infographic's small canvases), in points.
struct CompactMapMetrics {
    /// Space between the map, the legend and the coordinate-system line.
    var gap = 5.0
    /// Space between two entries in a row of the legend.
    var legendEntryGap = 9.0
    /// The widest the scale block in a corner of the map may be, as a fraction of the map's width.
    var scaleBlockRatio = 0.42
    /// The longest the scale bar may be, as fractions of the map's width, tried in turn until the block covers no land
    /// (a small map needs a long one for its numbers; a shorter one finds open sea between islands).
    var scaleBarRatios = [0.4, 0.3, 0.22]
    /// How much the neighbours' land under the scale block weighs against the regions' (which carry the figures).
    var contextLandWeight = 0.01
    /// How far the scale block stands in from the map's frame, and the sea-coloured margin kept round it.
    var cornerInset = 3.0
    var scaleBlockPadding = 2.0
    /// The inset (a map that is not the whole country) as a fraction of the width, and at most this high.
    var insetWidthRatio = 0.24
    var maximumInsetHeight = 48.0
    /// The least share of its natural height (the column's width at the extent's aspect) at which a map of the whole
    /// country, its own index, still gets the index map in the column under a legend beside it.
    var leastOwnIndexShare = 0.45
    /// The widths tried for a national map's index beside the key under its legend, as fractions of the frame's width.
    var ownIndexWidthRatios = [0.33, 0.3, 0.27, 0.24]
    /// The places tried for the scale block along the map's foot and top between its corners, plus one.
    var scaleSlideSteps = 8
    /// The rows tried for it inside the frame between its foot and top, plus one.
    var scaleRowSteps = 6
    /// The least a compact map is drawn at, as a fraction of the width it would have at its natural size.
    var leastMapShare = 0.45
    /// The north arrow's height (its width in proportion): the type's least size, 24 px on a 1080 px canvas, where the
    /// print map's 22 pt had drawn it 75 px high, over twice its scale bar's numbers (proof-reading 8, N7).
    var northArrowHeight = 7.0
    /// How far round a region `sebut:` picks the scale block keeps off where it can, as a fraction of the map's width:
    /// about a name and its value (the block south of Sumatra took the sea Jawa Barat's name needed).
    var pickedNameRoom = 0.2

    static let standard = CompactMapMetrics()
}

/// The compact arrangement of a thematic map for an infographic's small canvases (1080 × 1080, 1080 × 1350,
/// 1200 × 675 px): the type stays at the canvas's least size and the map keeps every component Pasal 8(2) of
/// PER.03/MEN/II/2009 lists, in less room.
///
/// - *isi peta*: the regions, their names where they fit, the graticule's lines;
/// - *legenda*: in rows under the map, or in columns beside it on a low frame, whichever draws the map larger;
/// - *skala dan orientasi*: the scale bar and north arrow tucked into the corner of the map with the least land
///   under it (the Indian Ocean on the national map), kept clear of the names;
/// - *sistem koordinat*: one line under the legend, in place of the degree labels round the frame;
/// - *inset dan index peta*: beside the legend for a map of part of the country; a national map is its own index
///   (it shows the whole country among its neighbours), so it needs none, but gets one where the column under a
///   legend beside it has the room;
/// - *judul*, *sumber* and the *riwayat* note stand with the figure (the infographic's title and foot).
extension MapLayout: CompactBodyLayout {
    private var compact: CompactMapMetrics { .standard }

    /// A map of the whole country is its own index map.
    private var isOwnIndex: Bool { boundaries.insetExtent == BoundarySet.southeastAsia }

    func compactHeight(width: Double) -> Double {
        let under = strip(width: width)
        return min(width * aspect, width * measures.maximumHeightRatio) + compact.gap + under.height
    }

    /// The lower of the two arrangements with the map at `leastMapShare` of its natural width: the legend under it,
    /// or beside it (where the legend's column is the least height).
    func leastCompactHeight(width: Double) -> Double {
        let mapHeight = { (mapWidth: Double) in min(mapWidth * aspect, width * measures.maximumHeightRatio) * compact.leastMapShare }
        let under = mapHeight(width) + compact.gap + strip(width: width).height
        let besideWidth = width - legendWidth(columns: stripLegendColumns) - measures.sideColumnGap
        let beside = max(legendHeight(columns: stripLegendColumns),
                         mapHeight(besideWidth) + compact.gap + coordinateHeight(width: besideWidth))
        return min(under, beside)
    }

    func compactItems(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        // A compact map has no note: the key to the regions it numbers (those that must be named, the highest and the
        // lowest, whose names fit nowhere; every unnamed one where they are few) stands before the coordinate-system
        // line, and the map is laid out again with that line's room (proof-reading 8, N6 and N7: Papua Pegunungan, the
        // lowest, went unnamed on the posts). Until the key the map draws is the key written, at most three times.
        var layout = self
        var result = layout.placedCompactItems(in: frame)
        for _ in 0..<3 where !result.key.elementsEqual(layout.compactKey, by: { $0 == $1 }) {
            layout.compactKey = result.key
            result = layout.placedCompactItems(in: frame)
        }
        if !result.key.elementsEqual(layout.compactKey, by: { $0 == $1 }) {
            // Never a number without its key: the map as it was, its must-name regions unnamed.
            var plain = self
            plain.keysNumbersOnCompactMap = false
            return (plain.placedCompactItems(in: frame).items, [])
        }
        // The key that says which extreme each pick is, though it takes a line more, where the frame has that line to
        // spare: the map keeps its scale (its width; a line less of sea under the country) and its letters, and the
        // key its room, no name wider than its column (proof-reading 49, F9: 1080 × 1080 keyed "A Papua Pegunungan 1,32
        // (terendah)" and said nowhere that Jawa Barat was the highest).
        if !layout.picksKeyMayTakeMoreLines, layout.picksKey != nil {
            var longer = layout
            longer.picksKeyMayTakeMoreLines = true
            let tried = longer.placedCompactItems(in: frame)
            if tried.key.elementsEqual(layout.compactKey, by: { $0 == $1 }), tried.mapRect.width >= result.mapRect.width - 0.01,
               tried.coordinates.map({ $0.maxY <= frame.maxY + 0.01 && $0.maxX <= frame.maxX + 0.01 }) ?? false {
                return (tried.items, [])
            }
        }
        return (result.items, [])
    }

    /// The compact map in `frame`, the key to the regions it numbers, the map's frame and the bounds of the
    /// coordinate line with the key before it.
    private func placedCompactItems(in frame: Rect) -> (items: [SceneItem], key: [(number: String, name: String)], mapRect: Rect, coordinates: Rect?) {
        // Where every place in the map has land under the scale bar or the north arrow (on 1080 × 1350 the bar covered
        // Halmahera's north, then the arrow the Mentawai islands; proof-reading), it stands outside the map: the bar
        // (the wider) in a row under it, then the arrow at the map's left where the room has width to spare, else
        // beside the bar.
        // The arrow goes with the bar it belongs with, beside it where it has the room, before it is left in the map
        // alone (proof-reading 51: with the larger map of 1080 × 1350 the arrow found the sea at the map's left, the bar
        // under the frame, 180 px apart).
        var result = arranged(in: frame, below: [], arrowBeside: false)
        if result.overLand {
            let beside = arranged(in: frame, below: ["skala", "orientasi"], arrowBeside: true)
            result = beside.arrowFits && !beside.overLand ? beside : arranged(in: frame, below: ["skala"], arrowBeside: false)
        }
        if result.overLand { result = arranged(in: frame, below: ["skala", "orientasi"], arrowBeside: false) }
        return (result.items, result.key, result.mapRect, result.coordinates)
    }

    /// The compact arrangement in `frame`, with the scale bar and north arrow in the map's open sea, but the parts
    /// `below` ("skala", "orientasi") outside it: in a row under the map, the arrow at its left given `arrowBeside`.
    /// Whether what stands in the map covers land, and whether the arrow had room at the map's left.
    private func arranged(in frame: Rect, below: [String], arrowBeside: Bool)
        -> (items: [SceneItem], overLand: Bool, arrowFits: Bool, key: [(number: String, name: String)], mapRect: Rect, coordinates: Rect?) {
        let rowParts = arrowBeside ? below.filter { $0 != "orientasi" } : below
        // The row's height does not depend on the map's size (the bar's length does): measured on the whole frame.
        let reserve = rowParts.isEmpty ? 0
            : scaleRow(rowParts, projection: MapProjection(fitting: boundaries.extent, into: (frame.x, frame.y, frame.width, frame.height)),
                       mapRect: frame).height + compact.gap
        // Under the map: the legend in rows (the inset at their right), then the coordinate-system line.
        let under = strip(width: frame.width)
        let underMap = Rect(x: frame.x, y: frame.y, width: frame.width,
                            height: max(measures.minimumMapHeight, frame.height - compact.gap - under.height - reserve))
        // Beside the map: the legend and the inset at the right, the coordinate line under the map. The legend is one
        // narrow column (its title wrapped) where the frame is tall enough, else two columns, as under a full map.
        // The last row's entries stand centred in a row higher than a line: the half line under them may reach past
        // the frame (on 1080 × 1350 the column was a quarter point too high for a frame it fits by sight).
        let lastRowSlack = measurer.metrics(for: smallStyle).lineHeight * (measures.legendRowLines - 1) / 2
        let isNarrow = rowLegend(at: Point(x: 0, y: 0), width: legendEntryWidth).height - lastRowSlack <= frame.height
        let column = isNarrow ? legendEntryWidth : legendWidth(columns: stripLegendColumns)
        let besideLegendHeight = isNarrow ? rowLegend(at: Point(x: 0, y: 0), width: column).height : legendHeight(columns: stripLegendColumns)
        let besideWidth = frame.width - column - measures.sideColumnGap
        // The coordinate line under the legend where the column has room for it (and the map the whole height), for a
        // map of the whole country, which has no inset there.
        // (Only where no unbroken name in it is wider than the column: "A Papua Pegunungan 1,32 (terendah)." ran off the
        // 1080 × 1350 canvas from a column 180 pt wide.)
        let coordinatesInColumn = isOwnIndex && besideLegendHeight + compact.gap + coordinateHeight(width: column) <= frame.height
            && coordinateFits(width: column)
        let besideMap = Rect(x: frame.x, y: frame.y, width: besideWidth,
                             height: max(measures.minimumMapHeight, (coordinatesInColumn ? frame.height
                                         : frame.height - compact.gap - coordinateHeight(width: besideWidth)) - reserve))
        let fit = { (rect: Rect) in MapProjection(fitting: self.boundaries.extent, into: (rect.x, rect.y, rect.width, rect.height)) }
        // Under the map only where the strip leaves the map its least height.
        let underFits = frame.height - compact.gap - under.height >= measures.minimumMapHeight
        let isBeside = !underFits || fit(besideMap).pointsPerUnit > fit(underMap).pointsPerUnit * 1.02
        let room = isBeside ? besideMap : underMap
        // As wide as the country at the room's scale, centred in its room so that it does not hang to the left; as
        // high as the room, the country centred in it with more sea and neighbours round it, so that a canvas with height
        // to spare is filled (1080 × 1080 had an empty band of 150 px under a map the width of its column).
        var mapRect = Self.tightened(room, to: boundaries.extent, projection: fit(room))
        // Beside the legend it keeps the canvas's left edge, where the tiles, the title and the notes start (proof-reading
        // 47, I4: centred, its frame stood 34 px in from them on 1080 × 1350, a third left edge).
        if !isBeside { mapRect.x += (room.width - mapRect.width) / 2 }
        mapRect.height = room.height
        let projection = fit(mapRect)

        var items: [SceneItem] = []
        let scale = cornerScale(projection: projection, mapRect: mapRect, leaving: below)
        let (mapItems, placed, _) = mapContent(projection: projection, in: mapRect, keepingClear: scale.boxes,
                                            keyMayGoToNote: keysNumbersOnCompactMap, isCompact: true)
        var content = mapItems
        // Sea under the scale block, over the graticule's lines and under the regions (should a corner touch land).
        let regions = content.firstIndex { if case .group(let group) = $0 { return group.role == "wilayah" } else { return false } } ?? content.endIndex
        content.insert(contentsOf: scale.boxes.map { .shape(Shape(path: .rectangle($0), fill: MapColors.sea)) }, at: regions)
        content += scale.items
        items.append(.group(Group(role: "isi peta", clip: mapRect, items: content)))
        items.append(.shape(Shape(path: .rectangle(mapRect), stroke: Stroke(color: style.ruleColor, width: measures.frameWidth))))
        // What stands under the map starts under the row of the scale block, if it is there.
        let mapFoot = mapRect.maxY + reserve
        let row = rowParts.isEmpty ? nil : scaleRow(rowParts, projection: projection, mapRect: mapRect)
        if let row { items.append(row.item) }
        var arrowFits = true, arrowUnderLegend = false
        if arrowBeside {
            let arrow = scaleBlock(projection: projection, mapRect: mapRect, ratio: compact.scaleBarRatios[0]).filter {
                if case .group(let group) = $0 { return group.role == "orientasi" } else { return false }
            }
            // Under the legend beside the map, where the column has the room (proof-reading 36: on 1080 × 1350 the
            // arrow stood in the narrow gutter left of the map's frame, by "Jawa Barat 6,75", the column under the
            // legend empty), down to the foot of the scale's row; else at the map's left.
            let underLegend = frame.y + besideLegendHeight + compact.gap
                + (coordinatesInColumn ? coordinateHeight(width: column) + compact.gap : 0)
            // First beside the bar, in its row, where the arrow's height goes no higher than the frame's foot
            // (proof-reading 46, C11: under the legend on 1080 × 1350 it stood 550 px from the bar it belongs with).
            let barRight = row?.width.map { mapRect.minX + $0 }
            if let bounds = Self.bounds(of: arrow), let barRight, mapFoot - bounds.height >= mapRect.maxY + measures.frameWidth,
               barRight + 2 * compact.gap + bounds.width <= mapRect.maxX {
                items.append(.group(Group(role: "skala dan orientasi", transform: .translation(x: barRight + 2 * compact.gap - bounds.minX,
                                                                                                y: mapFoot - bounds.maxY), items: arrow)))
            } else if let bounds = Self.bounds(of: arrow), isBeside, isOwnIndex, underLegend + bounds.height <= mapFoot {
                items.append(.group(Group(role: "skala dan orientasi", transform: .translation(x: frame.maxX - column - bounds.minX,
                                                                                                y: underLegend - bounds.minY), items: arrow)))
                arrowUnderLegend = true
            } else if let bounds = Self.bounds(of: arrow), mapRect.minX - room.minX >= bounds.width + compact.gap {
                items.append(.group(Group(role: "skala dan orientasi", transform: .translation(x: mapRect.minX - compact.gap - bounds.maxX,
                                                                                                y: mapRect.maxY - bounds.maxY), items: arrow)))
            } else {
                arrowFits = false
            }
        }
        if isBeside {
            let legendTop = frame.y
            let legendOrigin = Point(x: frame.maxX - column, y: legendTop)
            items.append(.group(Group(role: "legenda", items: isNarrow ? rowLegend(at: legendOrigin, width: column).items
                                                                      : legendItems(at: legendOrigin, columns: stripLegendColumns))))
            let legendBottom = legendTop + besideLegendHeight
            // The index map in the column from `top` (its caption over it), down to `bottom` at most, where it keeps
            // `least` of its height.
            func columnIndex(top: Double, bottom: Double, least: Double = 0, labelOnly: Bool = false) -> SceneItem? {
                let caption = captionHeight(width: column, labelOnly: labelOnly)
                let height = min(column * Self.aspect(boundaries.insetExtent), bottom - top - caption)
                guard height > 0, height >= least else { return nil }
                return .group(Group(role: "inset dan index peta",
                                    items: insetItems(in: Rect(x: frame.maxX - column, y: top + caption, width: column, height: height), labelOnly: labelOnly)))
            }
            // A map of part of the country: its index under the legend, as high as the map reaches.
            if !isOwnIndex, let index = columnIndex(top: legendBottom + measures.sideInsetGap, bottom: mapRect.maxY) { items.append(index) }
            // A map of the whole country is its own index, but where the column under its legend is empty to the
            // frame's foot, the index map the A4 and A3 sheets give ("Indonesia di Asia Tenggara") stands there, at
            // least `leastOwnIndexShare` of its size (proof-readings 53, 54: the column stood empty under the legend on
            // 1080 × 1350, and the reader looked for the index map Pasal 8(2) lists), under its label alone ("Peta
            // indeks") where the whole caption takes more than two lines of the column (proof-reading 55).
            var columnHoldsIndex = false
            if isOwnIndex && !coordinatesInColumn && !arrowUnderLegend,
               let index = columnIndex(top: legendBottom + compact.gap, bottom: frame.maxY,
                                       least: column * Self.aspect(boundaries.insetExtent) * compact.leastOwnIndexShare,
                                       labelOnly: insetCaptionParagraph(x: 0, width: column).runs.count > 2) {
                items.append(index)
                columnHoldsIndex = true
            }
            // Across the frame when the legend ends above it and the column holds no index map, else under the map alone.
            if coordinatesInColumn {
                items.append(coordinateLine(at: Point(x: frame.maxX - column, y: legendBottom + compact.gap), width: column))
            } else {
                items.append(coordinateLine(at: Point(x: frame.x, y: mapFoot + compact.gap),
                                            width: legendBottom <= mapFoot + compact.gap && !columnHoldsIndex ? frame.width : besideWidth))
            }
        } else {
            let top = mapFoot + compact.gap
            let legend = rowLegend(at: Point(x: frame.x, y: top), width: under.legendWidth)
            items.append(.group(Group(role: "legenda", items: legend.items)))
            if let inset = under.inset {
                items.append(.group(Group(role: "inset dan index peta",
                                          items: insetItems(in: Rect(x: frame.maxX - inset.width, y: top + captionHeight(width: inset.width),
                                                                     width: inset.width, height: inset.height)))))
            }
            let keyTop = top + legend.height + compact.gap
            var keyWidth = under.legendWidth
            if isOwnIndex, under.inset == nil, let index = indexBesideKey(in: frame, legendLastRow: legend.lastRow, keyTop: keyTop) {
                items.append(index.item)
                keyWidth = index.keyWidth
            }
            items.append(coordinateLine(at: Point(x: frame.x, y: keyTop), width: keyWidth))
        }
        let coordinates = items.last { if case .group(let group) = $0 { group.role == "sistem koordinat" } else { false } }
        return (items, scale.land > 0, arrowFits, placed?.noteKey ?? [], mapRect, coordinates.flatMap { Self.bounds(of: [$0]) })
    }

    // MARK: Parts

    /// A map of the whole country with its legend under it: the index map the A4 and A3 sheets give ("Indonesia di Asia
    /// Tenggara") at the frame's right, beside the key and the coordinate line, from the top of the legend's last row
    /// where that row ends short of it, down to the frame's foot (proof-readings 55 and 56: 1080 × 1080, the one map
    /// without an index, left that corner empty). As wide as `ownIndexWidthRatios` allow, trying the widest first, while
    /// the key and the coordinate line take no more lines beside it and the map keeps `leastOwnIndexShare` of its height;
    /// the key's width beside it.
    private func indexBesideKey(in frame: Rect, legendLastRow: (top: Double, right: Double), keyTop: Double) -> (item: SceneItem, keyWidth: Double)? {
        let aspect = Self.aspect(boundaries.insetExtent)
        let keyHeight = coordinateHeight(width: frame.width)
        // Level with the swatches of the legend's last row (proof-reading 58: 12 px under them, its rule cut through the row).
        let swatchDrop = (measurer.metrics(for: smallStyle).lineHeight * measures.legendRowLines - measures.legendSwatchHeight) / 2
        for ratio in compact.ownIndexWidthRatios {
            let width = frame.width * ratio, left = frame.maxX - width
            let keyWidth = left - measures.stripColumnGap - frame.x
            guard coordinateHeight(width: keyWidth) <= keyHeight + 0.01, coordinateFits(width: keyWidth) else { continue }
            // Level with the legend's last row where it ends short of the map, its caption ("Peta indeks") in the
            // map's corner: over it, the caption stood in the row's third place and read as a sixth class
            // (proof-reading 57); else from the key's top, its caption over it.
            let besideRow = legendLastRow.right + measures.stripColumnGap <= left
            let top = besideRow ? legendLastRow.top + swatchDrop : keyTop
            let caption = besideRow ? 0 : captionHeight(width: width, labelOnly: true)
            let height = min(width * aspect, frame.maxY - top - caption)
            guard height >= width * aspect * compact.leastOwnIndexShare else { continue }
            let rect = Rect(x: left, y: top + caption, width: width, height: height)
            return (.group(Group(role: "inset dan index peta", items: insetItems(in: rect, labelOnly: true, captionInside: besideRow))), keyWidth)
        }
        return nil
    }

    /// The strip under the map at `width`: its height, the legend's width, and the inset's size when there is one.
    private func strip(width: Double) -> (height: Double, legendWidth: Double, inset: Size?) {
        var inset: Size?
        var legendWidth = width
        if !isOwnIndex {
            let aspect = Self.aspect(boundaries.insetExtent)
            let insetWidth = min(width * compact.insetWidthRatio, compact.maximumInsetHeight / aspect)
            inset = Size(width: insetWidth, height: insetWidth * aspect)
            legendWidth = width - insetWidth - measures.stripColumnGap
        }
        let text = rowLegend(at: Point(x: 0, y: 0), width: legendWidth).height + compact.gap + coordinateHeight(width: legendWidth)
        let height = max(text, inset.map { $0.height + captionHeight(width: $0.width) } ?? 0)
        return (height, legendWidth, inset)
    }

    /// The legend's title, then its entries in as many rows as `width` needs, in reading order; with the top of its
    /// last row and where that row's entries end.
    private func rowLegend(at origin: Point, width: Double) -> (items: [SceneItem], height: Double, lastRow: (top: Double, right: Double)) {
        let title = typesetter.paragraph(legendTitle(titleWidth: width), style: style.text(style.smallSize), in: (origin.x, origin.y, width))
        var items = title.runs.map(SceneItem.text)
        let rowHeight = measurer.metrics(for: smallStyle).lineHeight * measures.legendRowLines
        var x = origin.x, top = origin.y + title.height + measures.legendTitleGap
        for entry in legendEntries() {
            let entryWidth = measures.legendSwatchWidth + measures.legendLabelGap + measurer.width(of: entry.label, style: smallStyle)
            if x > origin.x, x + entryWidth > origin.x + width {
                x = origin.x
                top += rowHeight
            }
            items += legendEntryItems(entry, x: x, top: top)
            x += entryWidth + compact.legendEntryGap
        }
        return (items, top + rowHeight - origin.y, (top, x - compact.legendEntryGap))
    }

    /// The key to the numbered regions when there is one, then the coordinate-system line, each a paragraph of its
    /// own (proof-reading 18: "…Papua Pegunungan 1,32. Sistem koordinat…" ran the two together as one sentence).
    /// The datum's name ("WGS 84") never broken (1080 × 1350 set "WGS" at a line's end, "84" under it).
    /// The key says which extreme each pick is where that takes no more lines in `width` than the key alone: a line
    /// more shrank the 1080 × 1080 post's map until Jawa Barat had no room for its name.
    private func coordinateParagraphs(width: Double) -> [String] {
        let line = map.coordinateSystem.replacingOccurrences(of: "WGS 84", with: "WGS\u{00A0}84")
        guard !compactKey.isEmpty else { return [line] }
        let key = words.numberedRegionsNote(compactKey)
        let height = { (text: String) in self.typesetter.paragraph(text, style: self.tinyStyle, in: (0, 0, width)).height }
        // The extremes' sentences on one line where they fit there, else each on its own.
        let picks = picksKey.map { sentences in
            let joined = sentences.joined(separator: " ")
            return height(joined) <= height(sentences[0]) ? [joined] : sentences
        }
        let total = { (paragraphs: [String]) in paragraphs.reduce(0) { $0 + height($1) } }
        guard let picks, picksKeyMayTakeMoreLines || total(picks) <= height(key) else { return [key, line + "."] }
        return picks + [line + "."]
    }

    /// On a map that names only its picks, each an extreme with its value, and letters only those: the key that says
    /// which extreme each is, with its letter where it has one (`MapVocabulary.extremesKey`).
    private var picksKey: [String]? {
        guard map.namesOnlyItsPicks else { return nil }
        let picks = map.regions.filter { $0.isPicked && $0.printedValue != nil && $0.extreme != nil }
        guard !picks.isEmpty, compactKey.allSatisfy({ entry in picks.contains { $0.keyedName == entry.name } }) else { return nil }
        let marks = Dictionary(compactKey.map { ($0.name, $0.number) }, uniquingKeysWith: { first, _ in first })
        let extremes = picks.compactMap(\.extreme).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return words.extremesKey(extremes.map { extreme in
            (extreme, picks.filter { $0.extreme == extreme }.map { ($0.name, $0.printedValue, marks[$0.keyedName]) })
        })
    }

    /// Whether every line of the coordinate paragraphs keeps within `width` (an unbroken name wider is set whole).
    private func coordinateFits(width: Double) -> Bool {
        coordinateParagraphs(width: width).allSatisfy { paragraph in
            typesetter.paragraph(paragraph, style: tinyStyle, in: (0, 0, width)).runs.allSatisfy { $0.width <= width + 0.01 }
        }
    }

    private func coordinateHeight(width: Double) -> Double {
        coordinateParagraphs(width: width).reduce(0) { $0 + typesetter.paragraph($1, style: tinyStyle, in: (0, 0, width)).height }
    }

    private func coordinateLine(at origin: Point, width: Double) -> SceneItem {
        var top = origin.y, runs: [TextRun] = []
        for paragraph in coordinateParagraphs(width: width) {
            let lines = typesetter.paragraph(paragraph, style: tinyStyle, in: (origin.x, top, width))
            runs += lines.runs
            top += lines.height
        }
        return .group(Group(role: "sistem koordinat", items: runs.map(SceneItem.text)))
    }

    /// The scale bar and north arrow where they cover no land: in a corner of `mapRect`, else along its foot or top,
    /// with a shorter bar where the longest covers land everywhere (on a 1080 × 1350 post the long bar's corner held
    /// Talaud); where every place covers some land, the one with the least. The box they take has a margin of sea.
    private func cornerScale(projection: MapProjection, mapRect: Rect, leaving below: [String]) -> (items: [SceneItem], boxes: [Rect], land: Double) {
        let tolerance = style.mapTolerance / projection.pointsPerUnit
        // The neighbours' muted land, which carries no figure, weighs a little against the regions' islands.
        let land = boundaries.projectedRegions.polygons(tolerance: tolerance).flatMap { $0 }.map { ($0, 1.0) }
            + boundaries.projectedContext.polygons(tolerance: measures.contextToleranceRatio * tolerance).flatMap { $0 }
                .map { ($0, compact.contextLandWeight) }
        // The islands that reach into the box, each weighed by how much of its bounds the box takes: 0 is open sea.
        func landUnder(_ box: Rect) -> Double {
            let window = projection.mercatorBox(of: BoundingBox(minX: box.minX, minY: box.minY, maxX: box.maxX, maxY: box.maxY))
            return land.reduce(0) { sum, island in
                let (polygon, weight) = island, b = polygon.bounds
                let w = min(b.maxX, window.maxX) - max(b.minX, window.minX), h = min(b.maxY, window.maxY) - max(b.minY, window.minY)
                guard w > 0, h > 0, let outer = polygon.rings.first, Self.ring(outer, reaches: window) else { return sum }
                return sum + weight * w * h
            }
        }
        var best: (items: [SceneItem], boxes: [Rect], land: Double)?
        // The sea round the regions `sebut:` picks weighs as more land than the whole map: their names and values need it.
        let kept = pickedZones(projection: projection, tolerance: tolerance, room: compact.pickedNameRoom * mapRect.width)
        let keptWeight = kept.isEmpty ? 0 : landUnder(mapRect) + 1
        func weighed(_ box: Rect) -> Double { landUnder(box) + (kept.contains { $0.intersects(box) } ? keptWeight : 0) }
        for ratio in compact.scaleBarRatios {
            let drawn = scaleBlock(projection: projection, mapRect: mapRect, ratio: ratio).filter {
                if case .group(let group) = $0 { return !below.contains(group.role) }
                return true
            }
            // The bar and the arrow together, else each where it covers the least land (the tall arrow finds a gap
            // between islands that the whole block does not), the arrow clear of the bar.
            var tries: [(items: [SceneItem], boxes: [Rect], land: Double)] = []
            if let together = place(drawn, in: mapRect, avoiding: [], landUnder: weighed) {
                tries.append(([together.item], [together.box], together.land))
            }
            let bar = drawn.filter { if case .group(let group) = $0 { return group.role == "skala" } else { return false } }
            let arrow = drawn.filter { if case .group(let group) = $0 { return group.role == "orientasi" } else { return false } }
            if tries.first.map({ $0.land > 0 }) ?? true, let barPlace = place(bar, in: mapRect, avoiding: [], landUnder: weighed),
               let arrowPlace = place(arrow, in: mapRect, avoiding: [barPlace.box], landUnder: weighed) {
                tries.append(([barPlace.item, arrowPlace.item], [barPlace.box, arrowPlace.box], barPlace.land + arrowPlace.land))
            }
            for candidate in tries where best == nil || candidate.land < best!.land { best = candidate }
            if best.map({ $0.land == 0 }) ?? false { break }
        }
        guard let best else { return ([], [], 0) }
        return ([.group(Group(role: "skala dan orientasi", items: best.items))], best.boxes, best.land)
    }

    /// The boxes round the regions `sebut:` picks (`MapData.Region.isPicked`), `room` wider each way, on the page.
    private func pickedZones(projection: MapProjection, tolerance: Double, room: Double) -> [Rect] {
        guard map.regions.contains(where: \.isPicked) else { return [] }
        return zip(map.regions, boundaries.projectedRegions.polygons(tolerance: tolerance)).compactMap { region, polygons in
            let points = region.isPicked ? polygons.flatMap { $0.rings.flatMap { $0 } }.map(projection.place) : []
            guard let minX = points.map(\.x).min(), let maxX = points.map(\.x).max(),
                  let minY = points.map(\.y).min(), let maxY = points.map(\.y).max() else { return nil }
            return Rect(x: minX - room, y: minY - room, width: maxX - minX + 2 * room, height: maxY - minY + 2 * room)
        }
    }

    /// The scale bar at `ratio` of the map's width and the north arrow, as drawn together (without the coordinate line).
    private func scaleBlock(projection: MapProjection, mapRect: Rect, ratio: Double) -> [SceneItem] {
        let area = Rect(x: 0, y: 0, width: mapRect.width * compact.scaleBlockRatio, height: mapRect.height)
        return scaleAndOrientation(projection: projection, mapRect: mapRect, in: area, barRatio: ratio, arrowHeight: compact.northArrowHeight).filter {
            if case .group(let group) = $0 { return group.role != "sistem koordinat" }
            return true
        }
    }

    /// The parts `below` of the scale block ("skala": the bar at its longest; "orientasi") side by side in a row
    /// under `mapRect`, from its left; and the row's height.
    /// The row under the map, its height, and its width from the map's left edge (nil with nothing in it).
    private func scaleRow(_ below: [String], projection: MapProjection, mapRect: Rect) -> (item: SceneItem, height: Double, width: Double?) {
        let drawn = scaleBlock(projection: projection, mapRect: mapRect, ratio: compact.scaleBarRatios[0])
        var x = mapRect.minX, height = 0.0, right: Double?
        var row: [SceneItem] = []
        for part in below {
            let items = drawn.filter { if case .group(let group) = $0 { return group.role == part } else { return false } }
            guard let bounds = Self.bounds(of: items) else { continue }
            row.append(.group(Group(role: "letak", transform: .translation(x: x - bounds.minX, y: mapRect.maxY + compact.gap - bounds.minY), items: items)))
            right = x + bounds.width
            x += bounds.width + 2 * compact.gap
            height = max(height, bounds.height)
        }
        return (.group(Group(role: "skala dan orientasi", items: row)), height, right.map { $0 - mapRect.minX })
    }

    /// `items` moved to the place in `mapRect` with the least land under them (`landUnder`) of those clear of
    /// `avoiding`, the box they take there (with a margin of sea), and that land.
    private func place(_ items: [SceneItem], in mapRect: Rect, avoiding: [Rect], landUnder: (Rect) -> Double)
        -> (item: SceneItem, box: Rect, land: Double)? {
        guard let bounds = Self.bounds(of: items) else { return nil }
        let pad = compact.scaleBlockPadding, inset = compact.cornerInset
        let size = Size(width: bounds.width + 2 * pad, height: bounds.height + 2 * pad)
        // The corners first, then places along the foot and the top: a corner with an islet in it (the scale's numbers
        // over a dot of land) gives way to open sea a little along the edge.
        let (left, right) = (mapRect.minX + inset, mapRect.maxX - inset - size.width)
        let (top, bottom) = (mapRect.minY + inset, mapRect.maxY - inset - size.height)
        let along = (1..<compact.scaleSlideSteps).flatMap { step -> [Point] in
            let x = left + (right - left) * Double(step) / Double(compact.scaleSlideSteps)
            return [Point(x: x, y: bottom), Point(x: x, y: top)]
        }
        // Then, where the edges have land all along, rows of open sea inside the frame (south of Sumatra and Jawa).
        let rows = (1..<compact.scaleRowSteps).map { top + (bottom - top) * Double($0) / Double(compact.scaleRowSteps) }
        let inside = rows.flatMap { y in (0...compact.scaleSlideSteps).map { Point(x: left + (right - left) * Double($0) / Double(compact.scaleSlideSteps), y: y) } }
        let places = ([Point(x: left, y: bottom), Point(x: right, y: bottom), Point(x: left, y: top), Point(x: right, y: top)] + along + inside)
            .map { Rect(x: $0.x, y: $0.y, width: size.width, height: size.height) }
            .filter { place in !avoiding.contains { $0.intersects(place) } }
        // Each place's land is measured once.
        guard let (box, land) = places.map({ ($0, landUnder($0)) }).min(by: { $0.1 < $1.1 }) else { return nil }
        let shift = (x: box.minX + pad - bounds.minX, y: box.minY + pad - bounds.minY)
        return (.group(Group(role: "letak", transform: .translation(x: shift.x, y: shift.y), items: items)), box, land)
    }

    /// Whether the closed `ring` has a part inside `window`: a corner of the ring in it, the window inside the ring,
    /// or a side of the ring across it.
    static func ring(_ ring: Ring, reaches window: BoundingBox) -> Bool {
        func inside(_ p: GeoPoint) -> Bool { p.x >= window.minX && p.x <= window.maxX && p.y >= window.minY && p.y <= window.maxY }
        if ring.contains(where: inside) { return true }
        if Geometry.contains(ring, GeoPoint(x: (window.minX + window.maxX) / 2, y: (window.minY + window.maxY) / 2)) { return true }
        // A side across the window (Liang–Barsky, as the name placer tests a leader against a name's box).
        let box = Rect(x: window.minX, y: window.minY, width: window.maxX - window.minX, height: window.maxY - window.minY)
        func crosses(_ a: GeoPoint, _ b: GeoPoint) -> Bool { EdgeIndex.segment(Point(x: a.x, y: a.y), Point(x: b.x, y: b.y), crosses: box) }
        return ring.indices.contains { crosses(ring[$0], ring[($0 + 1) % ring.count]) }
    }

    /// The smallest rectangle round every text and shape in `items` (groups' translations applied).
    static func bounds(of items: [SceneItem], offset: Point = Point(x: 0, y: 0)) -> Rect? {
        var result: Rect?
        func add(_ r: Rect) {
            let moved = Rect(x: r.x + offset.x, y: r.y + offset.y, width: r.width, height: r.height)
            result = result.map { a in
                let minX = min(a.minX, moved.minX), minY = min(a.minY, moved.minY)
                return Rect(x: minX, y: minY, width: max(a.maxX, moved.maxX) - minX, height: max(a.maxY, moved.maxY) - minY)
            } ?? moved
        }
        for item in items {
            switch item {
            case .text(let run): add(run.bounds)
            case .shape(let shape): add(shape.path.bounds)
            case .group(let group):
                if let inner = bounds(of: group.items, offset: Point(x: offset.x + group.transform.tx, y: offset.y + group.transform.ty)) { add(inner) }
            default: break
            }
        }
        return result
    }
}
