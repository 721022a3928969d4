import Foundation
import SajianGeo
import SajianLayout
import SajianModel
import SajianScene

/// The measures of a thematic map (*peta tematik*), in points unless said.
struct MapMetrics {
    /// How much smaller than `smallSize` the map's small texts (graticule labels, region names, scale) are set.
    var tinySizeStep = 1.0
    /// Space between the map and the strip of legend, scale and inset under it.
    var stripGap = 8.0
    /// The least height of the strip under the map.
    var minimumStripHeight = 62.0
    /// The room kept left of the map beyond the widest latitude label ("10° LS").
    var latitudeLabelRoom = 4.0
    /// Space between the map's frame and a latitude label at its left.
    var latitudeLabelGap = 3.0
    /// How far past the frame's top and foot a latitude label may reach.
    var latitudeLabelOverhang = 1.0
    /// The room kept under the map beyond one line of its longitude labels.
    var longitudeLabelRoom = 2.0
    /// Space between the map's frame and the longitude labels under it.
    var longitudeLabelDrop = 1.0
    /// How far past the frame's sides a longitude label may reach.
    var longitudeLabelOverhang = 2.0
    /// The flattest and the tallest a map's extent is taken to be (height over width), whatever its projection gives.
    var minimumAspect = 0.2, maximumAspect = 3.0
    /// A map flatter than this (height over width: Indonesia's extent is about 0,37) is a map of the whole country.
    var wideMapAspect = 0.5
    /// The least width a map of the whole country names most of its 38 provinces at (150 mm; the A4 bulletin's
    /// 170 mm keys about 7 by number).
    var wideMapMinimumWidth = 425.0
    /// The longest leader on a map of the whole country (12,5 mm), whose provinces lie far apart: on the 180 mm of a
    /// landscape A5 page a sixth of the width let names run 15–28 mm from their regions (Kep. Bangka Belitung's from
    /// the top edge), and on the A4 bulletin it keys one province fewer. A map of a province keeps a sixth of its width.
    var longestNationalLeader = 35.4
    /// The tallest a map asks to be, as a fraction of the body's width.
    var maximumHeightRatio = 0.9
    /// The least height the map itself is given.
    var minimumMapHeight = 40.0
    /// The room a legend entry keeps beyond its label: the swatch, the gap after it and a little more.
    var legendEntryPadding = 22.0
    /// Space between columns of the legend.
    var legendColumnGap = 10.0
    /// The widest the legend's title sets before it wraps (unless the entries are wider).
    var maximumLegendTitleWidth = 150.0
    /// Space between the legend's title and its entries.
    var legendTitleGap = 4.0
    /// The distance between legend entries, in lines of small type.
    var legendRowLines = 1.2
    /// A legend under the map with more entries than this runs in `wideLegendColumns` columns.
    var singleColumnLegendEntries = 4
    /// The columns of a legend with many entries under the map.
    var wideLegendColumns = 2
    /// Width and height of a legend entry's colour swatch.
    var legendSwatchWidth = 14.0, legendSwatchHeight = 8.0
    /// Stroke width of a legend swatch's outline.
    var legendSwatchBorderWidth = 0.4
    /// Space between a legend swatch and its label.
    var legendLabelGap = 5.0
    /// Space between the parts of the strip under the map (legend, scale block, inset).
    var stripColumnGap = 14.0
    /// The least width of the scale block in the strip under the map.
    var minimumScaleAreaWidth = 60.0
    /// The width of the column beside the map, as a fraction of the body's width (at least the legend's).
    var sideColumnRatio = 0.27
    /// Space between the map and the column beside it.
    var sideColumnGap = 12.0
    /// Space under the legend in the column beside the map.
    var sideLegendGap = 10.0
    /// Space above the inset's caption in the column beside the map.
    var sideInsetGap = 8.0
    /// The least room an inset beside the map needs to be drawn there.
    var minimumInsetRoom = 40.0
    /// The width of the low strip under a map with its legend beside it, as a fraction of the map's width.
    var lowStripWidthRatio = 0.6
    /// The widest the inset under the map may be, as a fraction of the body's width: it only locates the map, which
    /// keeps the room.
    var insetWidthRatio = 0.2
    /// The tallest the inset under the map may be.
    var maximumInsetHeight = 72.0
    /// The inset's column under the map is at least this fraction of its caption's width on one line (two lines and
    /// room to break them), and at most `maximumInsetColumnRatio` of the body's width.
    var insetCaptionColumnRatio = 0.6
    var maximumInsetColumnRatio = 0.3
    /// The narrowest the inset's column under the map becomes to leave the scale block its bar, as a fraction of its
    /// caption's width on one line (three lines and room to break them).
    var insetCaptionNarrowColumnRatio = 0.4
    /// The least height of the inset under the map (the strip grows for it when its texts are lower).
    var minimumInsetHeight = 36.0
    /// The widest the legend's title under the map sets on one line, as a fraction of the body's width: the strip
    /// stays low when the title need not wrap.
    var stripLegendTitleRatio = 0.45
    /// The most lines the inset's caption takes: two as a rule, three for a long name in a narrow column ("Peta
    /// indeks: letak Kalimantan Utara di Indonesia" in an A5 booklet was cut after "di", proof-reading 4).
    var insetCaptionLines = 3
    /// Space between the inset's caption and the inset.
    var insetCaptionGap = 3.0
    /// The sea-coloured halo round a caption set inside its index map.
    var insetCaptionHaloWidth = 2.0
    /// How far outside the inset's frame its shapes are kept before clipping.
    var insetClipMargin = 1.0
    /// Stroke width of the frame of the main map's extent drawn on the inset.
    var insetExtentWidth = 0.8
    /// The muted context (neighbouring countries, surrounding provinces) is simplified to this many times the tolerance.
    var contextToleranceRatio = 3.0
    /// Stroke width of the inset's border.
    var insetBorderWidth = 0.5
    /// Stroke width of the main map's frame.
    var frameWidth = 0.6
    /// How far outside the map's frame its shapes are kept before clipping.
    var clipMargin = 2.0
    /// Stroke width of the white borders between regions.
    var regionBorderWidth = 0.4
    /// On a map of part of the country, half the width of the grey line stroked under the mapped area's outer edges
    /// (its coast and its border: the outer half shows, less the half of the white region border over it), and the
    /// width of the white lines between the provinces round it.
    var coastWidth = 0.4
    var contextBorderWidth = 0.4
    /// Width of the halo a highlighted region gets outside its fill (the fill stays whole: small islands keep their class).
    var highlightWidth = 1.4
    /// Width of the dark rim on the outer edge of an orange halo: in greyscale print the accent (grey 0,47) was the grey
    /// of a mid class, and the halo read as an ordinary border (proof-reading 45, F4).
    var highlightRimWidth = 0.45
    /// The widest and tallest (points) a region may be drawn for its fill to go over a highlighted neighbour's halo
    /// (`smallNeighboursOverHalo`): six halo widths, below which the halo would hide most of it.
    var smallNeighbourSide = 8.4
    /// A region drawn no wider and no taller than this (points) is marked by a circle of `tinyRegionMarkerRadius` in
    /// its class colour over it, so that its class shows: DKI Jakarta, about 3 pt across on a national map, was a
    /// sliver under its leader's dot and its neighbour's orange outline (proof-reading 16, #4; proof-reading 17, #1);
    /// on the map demo's landscape page it is about 5 pt across, and 4 pt left it a speck (proof-reading 24).
    var tinyRegionSide = 6.0
    var tinyRegionMarkerRadius = 2.8
    /// The white ring round a tiny region's marker (the highlighted one's is the highlight's colour and width).
    var tinyRegionMarkerRing = 0.6
    /// Distance between the lines of the *tidak ada data* hatching.
    var hatchSpacing = 2.5
    /// Stroke width of the hatching.
    var hatchWidth = 0.35
    /// The graticule's possible steps (degrees), finest first: the first giving at most `maximumGraticuleLines`.
    var graticuleSteps = [0.25, 0.5, 1, 2, 5, 10, 20, 30]
    /// The most graticule lines across the frame, each way.
    var maximumGraticuleLines = 8.0
    /// The most of its scale a fixed-height national map gives up for the key to its numbers under it (a sixth of
    /// its size: every province identified outweighs it), and how many keys it tries under it (a key of the same
    /// height as the last reuses the last layout).
    var keyedScaleLoss = 0.15
    var keyedRelayouts = 5
    /// Stroke width of the graticule.
    var graticuleWidth = 0.4
    /// A highlighted region drawn smaller than this (width and height) on the inset is ringed by a marker, …
    var insetMarkerThreshold = 4.0
    /// … as is one whose land is less than this share of the country's, however far its islands spread: Kepulauan
    /// Riau and Kepulauan Bangka Belitung, a few specks on the inset, were not found on it (proof-reading 30), …
    var insetMarkerLandShare = 0.01
    /// … a circle of this radius around its centre (or round the whole of a region spread wider), …
    var insetMarkerRadius = 4.5
    /// … stroked this wide.
    var insetMarkerWidth = 1.2
    /// The least width the coordinate-system lines are set in.
    var minimumCoordinateTextWidth = 40.0
    /// Width and height of the north arrow.
    var northArrowWidth = 14.0, northArrowHeight = 22.0
    /// How far the north arrow's base is notched up at its middle.
    var northArrowNotch = 6.0
    /// Space between the scale bar and the north arrow.
    var northArrowGap = 24.0
    /// The least room between the end of the scale's "1.000 km" and the arrow: at screen type sizes the label
    /// reaches further right than the gap allows for.
    var northArrowLabelClearance = 4.0
    /// How far the north arrow's tip stands below the scale block's first line.
    var northArrowDrop = 1.0
    /// Space between the "U" (utara) and the north arrow's tip under it (the tip's outline joined round, so that it
    /// reaches no higher: a mitred tip rose 0,8 pt into the space and touched the "U" on the posts and the A4 and A3
    /// sheets, proof-reading 53).
    var northLabelRise = 2.5
    /// Stroke width of the north arrow's outline.
    var northArrowStrokeWidth = 0.5
    /// Space between the north arrow's base and the coordinate-system lines under it.
    var coordinateSystemGap = 6.0
    /// The longest the scale bar may be, as a fraction of the map's width.
    var maximumScaleBarRatio = 0.3
    /// How far the scale bar stands below the scale block's first line (its numbers).
    var scaleBarDrop = 2.0
    /// Height of the scale bar.
    var scaleBarHeight = 4.0
    /// Stroke width of the scale bar's segments.
    var scaleBarStrokeWidth = 0.4
    /// Space between the scale bar and the numbers over it.
    var scaleLabelRise = 2.0

    static let standard = MapMetrics()
}

/// Lays out a thematic map (*peta tematik*, PER.03/MEN/II/2009 Pasal 8). The frame around the body carries
/// *nomor, judul* and *sumber* with the *keterangan riwayat peta*; the body carries the rest: the *isi peta*
/// (regions coloured by class, neighbours and sea muted, names where they fit) inside a graticule labelled in
/// degrees (BT/BB, LU/LS), and under it or beside it (whichever draws the map larger) the *legenda*, the *skala*
/// (a scale bar in km from the true scale at the map's centre latitude) and *orientasi* (north arrow), the *sistem
/// koordinat*, and the *inset dan index peta*. Boundaries are simplified to `style.mapTolerance` points after projection, so the detail follows
/// the output's size.
struct MapLayout: BodyLayout {
    let map: MapData
    let style: HouseStyle
    let typesetter: Typesetter
    var words = MapVocabulary.indonesian
    /// On a compact map (an infographic's, with no note under it), the key to its numbered regions, written before
    /// the coordinate-system line (`compactItems`).
    var compactKey: [(number: String, name: String)] = []
    /// Whether a compact map numbers the regions it cannot name and keys them (false: a key that would not settle).
    var keysNumbersOnCompactMap = true
    /// Whether a compact map's key may say which extreme each pick is though that takes more lines than the key alone:
    /// where the frame has the room and the map keeps its size (`compactItems`).
    var picksKeyMayTakeMoreLines = false

    let measures = MapMetrics.standard
    var measurer: any TextMeasuring { typesetter.measurer }
    /// The key to numbered regions written as a paragraph under the map or its body ("Nomor pada peta: …").
    var keyStyle: TextStyle { style.text(style.smallSize, color: style.mutedTextColor) }
    var smallStyle: TextStyle { style.text(style.smallSize) }
    var tinyStyle: TextStyle { style.text(style.smallSize - measures.tinySizeStep, color: style.mutedTextColor) }
    /// Region names share the size of the other small map texts: every extra size is another set of glyphs in an SVG.
    private var regionLabelStyle: TextStyle { style.text(style.smallSize - measures.tinySizeStep) }
    /// The boundaries the map was bound with.
    var boundaries: BoundarySet { map.boundaries }

    /// The line round a map of part of the country (`MapMetrics.coastWidth`).
    static let coastColor = Color(hex: 0x8C99A6)
    /// The names of seas: a muted blue on the sea's pale blue (contrast 5.2 : 1).
    static let seaNameColor = Color(hex: 0x4A6785)
    /// The letters that mark regions a map keys, A to Z but I and O (read as 1 and 0) and N and U (a north arrow's).
    static let keyLetters = (UInt8(ascii: "A")...UInt8(ascii: "Z")).map { String(UnicodeScalar($0)) }.filter { !["I", "O", "N", "U"].contains($0) }
    static let noDataFill = Color.white
    static let hatchColor = Color(hex: 0x8C8C8C)
    static let graticuleColor = Color(hex: 0xC5D0DA)
    /// Indonesia on an inset that also highlights a region.
    static let insetIndonesiaColor = Color(hex: 0xA8A8A8)

    private var stripGap: Double { measures.stripGap }

    /// What marks "here" (a highlighted region, Indonesia in the inset): the accent colour, or near-black on a
    /// diverging map, whose orange side would blur with an orange accent.
    private var emphasisColor: Color { map.ramp == .diverging ? style.textColor : style.accent }
    /// The accent's halo has a dark rim on its outer edge (`highlightRimWidth`); a near-black one needs none.
    private var haloHasRim: Bool { emphasisColor != style.textColor }

    /// The halo round a highlighted region's `outline`, stroked twice its width (the region, drawn again over it, covers
    /// the inner half): the accent with a dark rim at its outer edge, within the same reach.
    private func haloStrokes(_ outline: Path) -> [SceneItem] {
        let width = 2 * measures.highlightWidth
        guard haloHasRim else { return [.shape(Shape(path: outline, stroke: Stroke(color: emphasisColor, width: width, join: .round)))] }
        return [.shape(Shape(path: outline, stroke: Stroke(color: style.textColor, width: width, join: .round))),
                .shape(Shape(path: outline, stroke: Stroke(color: emphasisColor, width: width - 2 * measures.highlightRimWidth, join: .round)))]
    }
    /// The disc that marks a highlighted region too small to see (DKI Jakarta in its own booklet): `fill` inside a ring
    /// of the halo's width, with the halo's dark rim on its outer edge where the halo has one (proof-reading 45b, N5:
    /// the ring alone read as a mid grey in greyscale, unlike the 64 other booklets' outlines).
    private func highlightDisc(center: Point, fill: Color, color: Color? = nil) -> [SceneItem] {
        let color = color ?? emphasisColor
        let radius = measures.tinyRegionMarkerRadius, width = measures.highlightWidth
        let rim = haloHasRim && color == emphasisColor ? measures.highlightRimWidth : 0
        // The band keeps the plain ring's inner edge; the rim takes the outer part of its width.
        let band = SceneItem.shape(Shape(path: .circle(center: center, radius: radius - rim / 2), fill: fill,
                                         stroke: Stroke(color: color, width: width - rim)))
        guard rim > 0 else { return [band] }
        return [.shape(Shape(path: .circle(center: center, radius: radius + (width - rim) / 2), stroke: Stroke(color: style.textColor, width: rim))),
                band]
    }

    /// What marks "here" on the inset, which shows no classes: the accent colour, or on a diverging map a dark grey
    /// (`MapColors.indexDivergingMark`). Review 3 had the accent on every map, but on a diverging map orange is the side above
    /// the value the ramp turns at, and Indonesia or Jawa Barat in orange read as "above" (proof-readings 54 to 56).
    /// Near-black, the main map's mark there, made the index a dark blot (before review 3).
    private var insetEmphasisColor: Color { map.ramp == .diverging ? MapColors.indexDivergingMark : style.accent }

    // MARK: Sizes

    /// Room left of the map for latitude labels and below it for longitude labels.
    var margins: (left: Double, bottom: Double) {
        (measurer.width(of: "10° LS", style: tinyStyle) + measures.latitudeLabelRoom, measurer.metrics(for: tinyStyle).lineHeight + measures.longitudeLabelRoom)
    }

    /// Height over width of the main map's extent once projected.
    var aspect: Double { Self.aspect(boundaries.extent) }

    static func aspect(_ box: BoundingBox) -> Double {
        let low = MapProjection.mercator(GeoPoint(x: box.minX, y: box.minY))
        let high = MapProjection.mercator(GeoPoint(x: box.maxX, y: box.maxY))
        let measures = MapMetrics.standard
        return max(measures.minimumAspect, min(measures.maximumAspect, (high.y - low.y) / max(high.x - low.x, 1e-9)))
    }

    /// A map of the whole country (an extent about three times as wide as it is tall) narrower than
    /// `wideMapMinimumWidth` keys most of its provinces by number instead of naming them (an A5 booklet's 118 mm
    /// keyed 18–21 of 38, proof-reading 11–13, P-10): it asks for that width, which a publication gives it on a
    /// landscape page of its own, as it does a table too wide for the page. Maps of a province or a few fit any page.
    func minimumWidth() -> Double? { isWholeCountry ? measures.wideMapMinimumWidth : nil }

    /// Whether the map shows the whole country: an extent flatter than `wideMapAspect` (Indonesia's is about 0,37).
    var isWholeCountry: Bool { aspect < measures.wideMapAspect }

    func preferredHeight(width: Double) -> Double {
        let mapWidth = width - margins.left
        return min(mapWidth * aspect, width * measures.maximumHeightRatio) + margins.bottom + stripGap + stripHeight(width: width)
    }

    /// An entry of the *legenda*: a class's colour, the hatching of *tidak ada data*, or the highlighted region's
    /// outline with its name.
    struct LegendEntry {
        /// `marker`: the ringed disc of a highlighted region too small for its outline to show (DKI Jakarta on a
        /// national map): the legend shows what the map draws (proof-reading 20).
        enum Swatch { case fill(Color), noData, outline(Color), marker(Color) }
        var isHighlight: Bool {
            switch swatch {
            case .outline, .marker: true
            case .fill, .noData: false
            }
        }
        var label: String
        var swatch: Swatch
    }

    /// The classes, *tidak ada data* where a region has none, and the highlighted region by name: on a map of part of
    /// the country (a province's kabupaten/kota), a booklet's own kabupaten/kota too small to hold its name is named
    /// here, never over its neighbours, where its name read as theirs ("Kota Bandung" across Kab. Sumedang,
    /// proof-reading 10, N-2). A province map names its province on the map (its leader reaches the sea), and its
    /// legend shows the outline with the name and value as well, as a kab/kota booklet's does (proof-reading 18, #11).
    func legendEntries(highlightIsMarker: Bool = false) -> [LegendEntry] {
        let colors = MapColors.ramp(map.ramp, count: map.classes.count, below: map.classesBelowMidpoint)
        var entries = zip(map.classes, colors).map { LegendEntry(label: $0.label, swatch: .fill($1)) }
        if map.hasNoData { entries.append(LegendEntry(label: map.noDataLabel, swatch: .noData)) }
        let highlighted = map.regions.filter(\.isHighlighted)
        if highlighted.count == 1 {
            // With its value, as a picked region is named: its outline or marker can hide its class's colour (a small
            // province, Kepulauan Riau's islands under their outline, proof-reading 39).
            let region = highlighted[0]
            let label = region.value.number == nil ? region.name : region.name + " " + map.format.string(from: region.value)
            entries.append(LegendEntry(label: label, swatch: highlightIsMarker ? .marker(emphasisColor) : .outline(emphasisColor)))
        }
        return entries
    }

    /// The width of one column of legend entries: swatch, gap, the longest range.
    var legendEntryWidth: Double { entryWidth(legendEntries()) }

    private func entryWidth(_ entries: [LegendEntry]) -> Double {
        (entries.map { measurer.width(of: $0.label, style: smallStyle) }.max() ?? 0) + measures.legendEntryPadding
    }

    /// The legend's entries in `columns`: those that run down the columns, and those on rows of their own across them
    /// under the columns. In a legend of more than one column the highlighted region's outline with its name stands
    /// on a row of its own: its long name ("Kabupaten Bandung Barat") had widened every column, pushing the north arrow
    /// over the inset's caption and shortening the scale bar from booklet to booklet of one map (proof-reading 11, P-4
    /// and P-5).
    private func legendParts(columns: Int, highlightIsMarker: Bool = false) -> (columned: [LegendEntry], across: [LegendEntry]) {
        let entries = legendEntries(highlightIsMarker: highlightIsMarker)
        guard columns > 1 else { return (entries, []) }
        return (entries.filter { !$0.isHighlight }, entries.filter(\.isHighlight))
    }

    /// The width of one of the legend's `columns`.
    private func legendColumnWidth(columns: Int) -> Double { entryWidth(legendParts(columns: columns).columned) }

    /// `titleWidth`: the widest the title sets before it wraps (`maximumLegendTitleWidth` unless said).
    func legendWidth(columns: Int = 1, titleWidth: Double? = nil) -> Double {
        legendWidth(setting: legendTitle(columns: columns, titleWidth: titleWidth), columns: columns, titleWidth: titleWidth)
    }

    /// The legend's width with `title` over its entries: the entries' width, or the title's up to `titleWidth`.
    private func legendWidth(setting title: String, columns: Int, titleWidth: Double?) -> Double {
        max(legendEntriesWidth(columns: columns), min(measurer.width(of: title, style: style.text(style.smallSize)), titleWidth ?? measures.maximumLegendTitleWidth))
    }

    private func legendEntriesWidth(columns: Int) -> Double {
        let parts = legendParts(columns: columns)
        return max(Double(columns) * legendColumnWidth(columns: columns) + Double(columns - 1) * measures.legendColumnGap,
                   parts.across.isEmpty ? 0 : entryWidth(parts.across))
    }

    /// The legend's title: the measure's full name, or its short one (*singkatan*) where the full one would take more
    /// than two lines at the widest the legend may be.
    func legendTitle(columns: Int = 1, titleWidth: Double? = nil) -> String {
        guard let short = map.shortLegendTitle else { return map.legendTitle }
        let width = legendWidth(setting: map.legendTitle, columns: columns, titleWidth: titleWidth)
        return measurer.lines(of: map.legendTitle, style: style.text(style.smallSize), maxWidth: width).count > 2 ? short : map.legendTitle
    }

    /// The rows of the legend's columns, and of the entries across them.
    private func legendRows(columns: Int) -> (columned: Int, across: Int) {
        let parts = legendParts(columns: columns)
        return ((parts.columned.count + columns - 1) / columns, parts.across.count)
    }

    func legendHeight(columns: Int = 1, titleWidth: Double? = nil) -> Double {
        let line = measurer.metrics(for: smallStyle).lineHeight
        let title = typesetter.paragraph(legendTitle(columns: columns, titleWidth: titleWidth), style: style.text(style.smallSize),
                                         in: (0, 0, legendWidth(columns: columns, titleWidth: titleWidth)), balanced: true).height
        let rows = legendRows(columns: columns)
        return title + measures.legendTitleGap + Double(rows.columned + rows.across) * line * measures.legendRowLines
    }

    /// Under the map the legend runs in two columns when it has more than four entries, keeping the strip low.
    var stripLegendColumns: Int { legendEntries().count > measures.singleColumnLegendEntries ? measures.wideLegendColumns : 1 }

    /// The inset's caption: where the map lies.
    var insetCaption: String {
        boundaries.insetExtent == BoundarySet.southeastAsia ? words.insetNational
            : words.insetLocating(boundaries.insetHighlightName ?? map.regions.first(where: \.isHighlighted)?.name ?? words.insetRegion)
    }

    func captionHeight(width: Double, labelOnly: Bool = false) -> Double {
        insetCaptionParagraph(x: 0, width: width, labelOnly: labelOnly).height + measures.insetCaptionGap
    }

    /// The index map's caption set `width` wide from `x`: on one line where it fits; else broken after its label
    /// ("Peta indeks:") where that takes no more lines than a balanced break, which parted "letak" from its place
    /// ("Peta indeks: letak | Jawa Barat di Indonesia", proof-reading 27; "letak" is gone since); else balanced ("Peta indeks: letak Jawa
    /// Barat di | Indonesia" had left one word on its second line, proof-reading 26). `labelOnly`: its label alone ("Peta
    /// indeks"), for the national map's index in a post's narrow column, where the whole caption took three lines over
    /// a map lower than they were (proof-reading 55); the map of Southeast Asia with Indonesia marked says the rest.
    func insetCaptionParagraph(x: Double, width: Double, labelOnly: Bool = false) -> (runs: [TextRun], height: Double) {
        if labelOnly, let colon = insetCaption.range(of: ": ") {
            return typesetter.paragraph(String(insetCaption[..<colon.lowerBound]), style: tinyStyle, in: (x, 0, width), maxLines: measures.insetCaptionLines)
        }
        let caption = insetCaption
        let balanced = typesetter.paragraph(caption, style: tinyStyle, in: (x, 0, width), maxLines: measures.insetCaptionLines, balanced: true)
        if balanced.runs.count > 1, let colon = caption.range(of: ": ") {
            // The label on a line of its own where that takes no more lines: "Peta indeks: | Kepulauan Bangka
            // Belitung | di Indonesia", not "Peta indeks: | Kepulauan Bangka | Belitung di Indonesia" (proof-reading 28).
            let label = String(caption[..<colon.lowerBound]) + ":", rest = String(caption[colon.upperBound...])
            // The rest wrapped, a last line of one word taking the word before it ("… Belitung | di Indonesia"): a
            // balanced break parted the region's name ("Kepulauan Bangka | Belitung di Indonesia").
            var restLines = measurer.lines(of: rest, style: tinyStyle, maxWidth: width)
            if restLines.count > 1, !restLines[restLines.count - 1].contains(" "),
               let space = restLines[restLines.count - 2].lastIndex(of: " ") {
                let previous = restLines[restLines.count - 2]
                let moved = String(previous[previous.index(after: space)...]) + " " + restLines[restLines.count - 1]
                if measurer.width(of: moved, style: tinyStyle) <= width {
                    restLines[restLines.count - 2] = String(previous[..<space])
                    restLines[restLines.count - 1] = moved
                }
            }
            let lines = [label] + restLines
            if lines.count <= balanced.runs.count, lines.allSatisfy({ measurer.width(of: $0, style: tinyStyle) <= width }) {
                return typesetter.lines(lines, style: tinyStyle, in: (x, 0, width))
            }
        }
        return balanced
    }

    /// Height of the scale bar, north arrow and coordinate-system lines at `width`.
    private func scaleBlockHeight(width: Double) -> Double {
        let metrics = measurer.metrics(for: tinyStyle)
        let lines = typesetter.paragraph(map.coordinateSystemAndClassMethod, style: tinyStyle, in: (0, 0, max(measures.minimumCoordinateTextWidth, width))).height
        return metrics.lineHeight + measures.northArrowDrop + measures.northArrowHeight + measures.coordinateSystemGap + lines
    }

    /// The strip under the map at `width`, one low row: the legend at the left (its title on one line where it
    /// fits), the scale block in the middle, the inset at the right, no wider than `insetWidthRatio` of the width and
    /// no taller than the texts beside it need (at least `minimumInsetHeight`); or two rows, the legend over the
    /// scale block and the inset, where one row leaves the scale block less than the bar the map's scale gives.
    struct Strip {
        var height: Double
        var legendWidth: Double
        var legendTitleWidth: Double
        var scaleWidth: Double
        var inset: Size
        /// The inset's column (its caption's width; the inset at its left).
        var column: Double
        var captionHeight: Double
        /// Where the scale block and the inset stand below the strip's top: 0 in one row, under the legend where the
        /// row leaves the scale block less room than the bar the map's scale gives.
        var lowerRowTop: Double
        /// Where the scale block starts right of the strip's left.
        var scaleLeft: Double
    }

    func underStrip(width: Double) -> Strip {
        let titleWidth = max(measures.maximumLegendTitleWidth, width * measures.stripLegendTitleRatio)
        let legendWidth = legendWidth(columns: stripLegendColumns, titleWidth: titleWidth)
        let aspect = Self.aspect(boundaries.insetExtent)
        // The caption in at most two lines: the column a little wider than half of it where a fifth is too narrow.
        let captionWidth = measurer.width(of: insetCaption, style: tinyStyle) * measures.insetCaptionColumnRatio
        var widest = min(max(width * measures.insetWidthRatio, captionWidth), width * measures.maximumInsetColumnRatio)
        // The scale block keeps room for the bar the map's scale gives, so that every map of one size draws the same
        // bar: a long inset caption ("letak Kalimantan Timur di Indonesia") had widened its column and cut the bar to
        // 250 km in 11 of the 38 booklets (500 km … 1.000 km in the others). The caption then takes three lines.
        let need = scaleBlockNeed(width: width), gap = measures.stripColumnGap
        let narrowest = max(width * measures.insetWidthRatio, captionWidth * measures.insetCaptionNarrowColumnRatio / measures.insetCaptionColumnRatio)
        // Where the legend leaves the scale block less than that bar even beside the narrowest inset, the legend
        // stands over the scale block and the inset, which then share the width (proof-reading 11, P-4: a legend
        // widened by a long name had pushed the north arrow over the inset's caption and frame).
        let isStacked = legendWidth + gap + need + gap + narrowest > width
        let besideLegend = isStacked ? 0 : legendWidth + gap
        widest = min(widest, max(narrowest, width - besideLegend - need - gap))
        let caption = captionHeight(width: widest)
        let scaleWidth = max(measures.minimumScaleAreaWidth, width - besideLegend - widest - gap)
        // Over the row, the legend's title sets on one line across the strip where it fits.
        let legendTitleWidth = isStacked ? width : titleWidth
        let legendHeight = legendHeight(columns: stripLegendColumns, titleWidth: legendTitleWidth)
        let lowerRowTop = isStacked ? legendHeight + measures.sideLegendGap : 0
        let text = max(isStacked ? 0 : legendHeight, scaleBlockHeight(width: scaleWidth))
        let insetHeight = min(measures.maximumInsetHeight, max(measures.minimumInsetHeight, text - caption))
        let insetWidth = min(widest, insetHeight / aspect)
        let inset = Size(width: insetWidth, height: insetWidth * aspect)
        return Strip(height: lowerRowTop + max(text, inset.height + caption), legendWidth: legendWidth, legendTitleWidth: legendTitleWidth,
                     scaleWidth: scaleWidth, inset: inset, column: widest, captionHeight: caption, lowerRowTop: lowerRowTop, scaleLeft: besideLegend)
    }

    private func stripHeight(width: Double) -> Double { underStrip(width: width).height }

    /// The width the scale bar and north arrow take under a map `width` wide at the scale its width gives it (the
    /// largest it can have: a national map's height seldom limits it), as `scaleAndOrientation` draws them.
    private func scaleBlockNeed(width: Double) -> Double {
        let extent = boundaries.extent, mapWidth = width - margins.left
        let projection = MapProjection(fitting: extent, into: (0, 0, mapWidth, Double.greatestFiniteMagnitude))
        let bar = ScaleBar(projection: projection, latitude: (extent.minY + extent.maxY) / 2, maximumPoints: mapWidth * measures.maximumScaleBarRatio)
        return bar.points + measures.northArrowWidth + measures.northArrowGap + Self.scaleBlockSlack
    }

    /// A point more than the scale block's exact need, so that rounding never shortens the bar a step.
    static let scaleBlockSlack = 1.0

    /// Where the parts of the body go: the map, then the legend, the scale block and the inset either in a strip
    /// under the map or in a column beside it, whichever lets the map be drawn larger.
    private struct Arrangement {
        var mapRect: Rect
        var legend: Point
        var legendColumns: Int
        var legendTitleWidth: Double?
        var scaleArea: Rect
        var insetRect: Rect
        /// The width the inset's caption sets in (the inset's own width unless said).
        var captionWidth: Double? = nil
        /// The legend, scale block and inset stand in a strip under the map, which follows the map when its frame is
        /// tightened to the data's extent.
        var isStrip = false
    }

    private func arrangements(in frame: Rect) -> [Arrangement] {
        let margins = self.margins
        // Under the map: the map the whole width, the strip one low row under it.
        let strip = underStrip(width: frame.width)
        let mapHeight = max(measures.minimumMapHeight, frame.height - strip.height - stripGap - margins.bottom)
        let stripMap = Rect(x: frame.x + margins.left, y: frame.y, width: frame.width - margins.left, height: mapHeight)
        let top = stripMap.maxY + margins.bottom + stripGap
        let lower = top + strip.lowerRowTop
        let stripInset = Rect(x: frame.maxX - strip.column, y: lower + strip.captionHeight, width: strip.inset.width, height: strip.inset.height)
        let under = Arrangement(mapRect: stripMap, legend: Point(x: frame.x, y: top), legendColumns: stripLegendColumns,
                                legendTitleWidth: strip.legendTitleWidth,
                                scaleArea: Rect(x: frame.x + strip.scaleLeft, y: lower, width: strip.scaleWidth, height: strip.height - strip.lowerRowTop),
                                insetRect: stripInset, captionWidth: strip.column, isStrip: true)
        var result = [under]
        // Beside the map, on the right: the legend, the scale block and the inset in one column …
        let column = max(legendWidth(), frame.width * measures.sideColumnRatio)
        let x = frame.maxX - column
        let sideMap = Rect(x: frame.x + margins.left, y: frame.y, width: frame.width - margins.left - column - measures.sideColumnGap,
                           height: frame.height - margins.bottom)
        let scaleTop = frame.y + legendHeight() + measures.sideLegendGap
        let scaleBottom = scaleTop + scaleBlockHeight(width: column)
        let caption = captionHeight(width: column)
        let room = frame.maxY - scaleBottom - measures.sideInsetGap - caption
        if room >= measures.minimumInsetRoom {
            let insetHeight = min(column * Self.aspect(boundaries.insetExtent), room)
            result.append(Arrangement(mapRect: sideMap, legend: Point(x: x, y: frame.y), legendColumns: 1, legendTitleWidth: nil,
                                      scaleArea: Rect(x: x, y: scaleTop, width: column, height: scaleBottom - scaleTop),
                                      insetRect: Rect(x: x, y: frame.maxY - insetHeight, width: column, height: insetHeight)))
        }
        // … or the legend and the inset beside the map and the scale block in a low strip under it, for short frames.
        let lowStrip = scaleBlockHeight(width: sideMap.width * measures.lowStripWidthRatio)
        let splitMap = Rect(x: sideMap.x, y: frame.y, width: sideMap.width, height: frame.height - margins.bottom - stripGap - lowStrip)
        let splitRoom = frame.maxY - (frame.y + legendHeight() + measures.sideLegendGap) - caption
        if splitRoom >= measures.minimumInsetRoom, splitMap.height >= measures.minimumMapHeight {
            let insetHeight = min(column * Self.aspect(boundaries.insetExtent), splitRoom)
            result.append(Arrangement(mapRect: splitMap, legend: Point(x: x, y: frame.y), legendColumns: 1, legendTitleWidth: nil,
                                      scaleArea: Rect(x: splitMap.x, y: splitMap.maxY + margins.bottom + stripGap, width: splitMap.width * measures.lowStripWidthRatio,
                                                      height: lowStrip),
                                      insetRect: Rect(x: x, y: frame.maxY - insetHeight, width: column, height: insetHeight)))
        }
        return result
    }

    // MARK: Items

    func items(in frame: Rect) -> (items: [SceneItem], warnings: [String]) {
        let body = laidOut(in: frame, heightIsFixed: true)
        return (body.items, body.warnings)
    }

    /// The map in `frame`; its notes name the regions left with neither a name nor a number
    /// and, in a figure of free height, hold the key to numbered regions the map has no room for.
    ///
    /// In a fixed height (a web graphic's `ukuran`, a map on an infographic page) a national map that leaves regions
    /// with neither a name nor a number writes the key to its numbers under the map, in the body's own room: the map
    /// is laid out again in the room the key leaves, and again with that layout's key, until the key drawn is the key
    /// written, if it loses no more than `MapMetrics.keyedScaleLoss` of its scale (the web map of 800 × 600 px keeps
    /// its scale, names 24 provinces and numbers the other 14; proof-reading 8, N6: it left 14 unnamed with no key).
    /// Otherwise the map is as it was with no key: its regions whose names fit nowhere unnamed, never numbered without
    /// their key. (The key in the note, given room by the figure, did not settle: a smaller map numbered more than a
    /// note's key may hold, and left a band empty.) A fixed-height map that identifies every region as it is (names,
    /// numbers keyed in the sea) stays as it is. A map of part of the country keys under it likewise where its sea has
    /// not room for its whole key (proof-reading 16, #3: the 800 × 600 px kabupaten/kota map of Jawa Barat left 12
    /// units unnamed, the highest and the lowest among them; now all 27 are named or numbered).
    func laidOut(in frame: Rect, heightIsFixed: Bool) -> LaidOutBody {
        guard heightIsFixed else {
            let plain = arranged(in: frame, keyMayGoToNote: true)
            return keyingUnderTheMap(plain, in: frame) ?? keyingUnderTheBody(plain, in: frame)
        }
        let plain = arranged(in: frame, keyMayGoToNote: false)
        guard let unkeyedPlacement = plain.placed, unkeyedPlacement.unidentified > 0 else { return plain.body }
        let left = unkeyedPlacement.unidentified
        // The key the map starts from: every region the map without a key left unnamed, numbered. (Laying the map out
        // once more in the whole frame with its key in the note, to start from that key, cost a fifth of the time of
        // a kabupaten/kota map of Jawa Barat, and most often gave the same height of key.)
        var key = unkeyedPlacement.keyForUnnamed
        // Whether `key` is one a layout drew (the first is only a guess): a guess that costs too much scale, or draws
        // no key, goes on with the key its layout drew rather than giving the key up.
        var keyWasDrawn = false
        func keyHeight(_ key: [(number: String, name: String)]) -> Double {
            typesetter.paragraph(words.numberedRegionsNote(key), style: keyStyle, in: (0, 0, frame.width)).height + style.gap
        }
        // What the user is told when the map stays without its key: how many regions a reader cannot tell, and the
        // height the key would take under the map (proof-reading 15: the bulletin's 800 × 500 maps left 17 unnamed).
        func unkeyed() -> LaidOutBody {
            var body = plain.body
            let height = keyHeight(unkeyedPlacement.keyForUnnamed)
            body.warnings.append("\(left) regions have neither a name nor a number, and the key to their numbers does not fit "
                                 + "under the map in this height: give the figure about \(Int(height.rounded(.up))) pt "
                                 + "(\(Int((height / ScreenPixel.points).rounded(.up))) px) more height in `ukuran:`")
            return body
        }
        // The last arrangement above a key: a new key of the same height leaves the same room, and so the same map.
        var last: (room: Rect, keyed: (body: LaidOutBody, placed: MapLabelPlacer.Placed?, scale: Double))?
        // The keys tried: two keys can each lead to the other (at 800 × 560 the web map's key of 13 drew one of 14, and
        // that one, in less room, drew the 13 again), and then a drawn key no taller than the room kept for it is taken.
        var tried: [[String]] = []
        for _ in 0..<measures.keyedRelayouts {
            tried.append(key.map(\.name))
            var above = frame
            above.height -= keyHeight(key)
            guard above.height > 0 else { break }
            let keyed = last.flatMap { $0.room == above ? $0.keyed : nil } ?? arranged(in: above, keyMayGoToNote: true)
            last = (above, keyed)
            guard let placed = keyed.placed, !placed.noteKey.isEmpty else { break }
            guard keyed.scale >= plain.scale * (1 - measures.keyedScaleLoss) else {
                guard !keyWasDrawn else { break }
                (key, keyWasDrawn) = (placed.noteKey, true)
                continue
            }
            let fitsAfterACycle = tried.contains(placed.noteKey.map(\.name)) && keyHeight(placed.noteKey) <= keyHeight(key)
            guard placed.noteKey.elementsEqual(key, by: { $0 == $1 }) || fitsAfterACycle else {
                (key, keyWasDrawn) = (placed.noteKey, true)
                continue
            }
            guard placed.unidentified < left else { break }
            return LaidOutBody(items: keyed.body.items + [keyParagraph(placed.noteKey, at: Point(x: frame.minX, y: above.maxY + style.gap), width: frame.width).item],
                               notes: placed.unlisted.isEmpty ? [] : [words.unnamedRegions(placed.unlisted)])
        }
        return unkeyed()
    }

    /// The key to numbered regions as a paragraph ("Nomor pada peta: …") from `origin`, and its height.
    private func keyParagraph(_ key: [(number: String, name: String)], at origin: Point, width: Double) -> (item: SceneItem, height: Double) {
        let lines = typesetter.paragraph(words.numberedRegionsNote(key), style: keyStyle, in: (origin.x, origin.y, width))
        return (.group(Group(role: "nomor pada peta", items: lines.runs.map(SceneItem.text))), lines.height)
    }

    /// A map of free height that names only its picks (a phone's, 400 px) and keys a few letters in its note: the key
    /// on a line right under the map, the legend and the strip under it moved down by its height (proof-reading 49, F2:
    /// as the figure's third note, "A Papua Pegunungan 1,32 (terendah)" stood 490 px under its "A"). The map keeps its
    /// size, so its names and letters are those of `plain`; otherwise `plain` as it is.
    private func keyingUnderTheMap(_ plain: (body: LaidOutBody, placed: MapLabelPlacer.Placed?, scale: Double), in frame: Rect) -> LaidOutBody? {
        guard map.namesOnlyItsPicks, let key = plain.placed?.noteKey, !key.isEmpty, key.count <= MapLabelMetrics.standard.nearKeyEntries
        else { return nil }
        let keyed = arranged(in: frame, keyMayGoToNote: true, keyUnderMap: key)
        guard let placed = keyed.placed, placed.noteKey.elementsEqual(key, by: { $0 == $1 }), keyed.body.grownHeight != nil else { return nil }
        return keyed.body
    }

    /// A map of free height whose key goes to its note: the key under the body instead, where a map of fixed height
    /// writes it, before the sumber, not after it among the catatan (proof-reading 51: the kabupaten/kota booklets'
    /// key moved there when the one-line coordinate clause let their map take its own height, 75 pt further from it).
    private func keyingUnderTheBody(_ plain: (body: LaidOutBody, placed: MapLabelPlacer.Placed?, scale: Double), in frame: Rect) -> LaidOutBody {
        guard let key = plain.placed?.noteKey, !key.isEmpty else { return plain.body }
        let paragraph = keyParagraph(key, at: Point(x: frame.minX, y: frame.maxY + style.gap), width: frame.width)
        var body = plain.body
        body.notes.removeAll { $0 == words.numberedRegionsNote(key) }
        body.items.append(paragraph.item)
        body.grownHeight = frame.height + style.gap + paragraph.height
        return body
    }

    /// The map arranged in `frame` (see `laidOut(in:heightIsFixed:)`), what its names' placer left for the note, and
    /// its scale (points a projected unit). `keyUnderMap`: the key to its letters, set under the map (in the strip
    /// arrangement only), its body grown by the key's height, not in its notes.
    private func arranged(in frame: Rect, keyMayGoToNote: Bool, keyUnderMap: [(number: String, name: String)]? = nil)
        -> (body: LaidOutBody, placed: MapLabelPlacer.Placed?, scale: Double) {
        let candidates = arrangements(in: frame).map { arrangement in
            (arrangement, MapProjection(fitting: boundaries.extent, into: (arrangement.mapRect.x, arrangement.mapRect.y,
                                                                           arrangement.mapRect.width, arrangement.mapRect.height)))
        }
        var (arrangement, chosen) = candidates.dropFirst().reduce(candidates[0]) { best, next in
            next.1.pointsPerUnit > best.1.pointsPerUnit ? next : best
        }
        var mapRect = Self.tightened(arrangement.mapRect, to: boundaries.extent, projection: chosen)
        // A map of the whole country lower than its room's width allows fills that width, more sea and neighbours
        // each side: the A4 and A3 sheets' map frame stopped 7,5 mm short of the tiles' right edge (proof-reading 42, I-10).
        if isWholeCountry { mapRect.width = arrangement.mapRect.width }
        // The key's lines under the map, the strip moved down under them.
        let keyTop = mapRect.maxY + margins.bottom + stripGap
        let keyLines = keyUnderMap.flatMap { arrangement.isStrip ? keyParagraph($0, at: Point(x: frame.minX, y: keyTop), width: frame.width) : nil }
        let keyRoom = keyLines.map { $0.height + stripGap } ?? 0
        var rise = 0.0
        if arrangement.isStrip {
            // A map lower than its room centred across the body with its degree labels, the strip right under it.
            mapRect.x += (arrangement.mapRect.width - mapRect.width) / 2
            rise = arrangement.mapRect.height - mapRect.height - keyRoom
            arrangement.legend.y -= rise
            arrangement.scaleArea.y -= rise
            arrangement.insetRect.y -= rise
        }
        // The land a little inside the frame: a highlighted region on the extent's edge keeps its whole outline (Papua
        // Pegunungan's, at 141° BT, was cut by the frame, proof-reading 6).
        let inset = measures.highlightWidth
        let projection = MapProjection(fitting: boundaries.extent, into: (mapRect.x + inset, mapRect.y + inset,
                                                                          mapRect.width - 2 * inset, mapRect.height - 2 * inset))
        let (content, placed, marksHighlight) = mapContent(projection: projection, in: mapRect, keyMayGoToNote: keyMayGoToNote)
        var items: [SceneItem] = []
        items.append(.group(Group(role: "isi peta", clip: mapRect, items: content)))
        items.append(.shape(Shape(path: .rectangle(mapRect), stroke: Stroke(color: style.ruleColor, width: measures.frameWidth))))
        items.append(.group(Group(role: "graticule labels", items: graticuleLabels(projection: projection, in: mapRect))))
        items.append(.group(Group(role: "legenda", items: legendItems(at: arrangement.legend, columns: arrangement.legendColumns,
                                                                      titleWidth: arrangement.legendTitleWidth,
                                                                      highlightIsMarker: marksHighlight))))
        items.append(.group(Group(role: "inset dan index peta", items: insetItems(in: arrangement.insetRect, captionWidth: arrangement.captionWidth))))
        items += scaleAndOrientation(projection: projection, mapRect: mapRect, in: arrangement.scaleArea)
        var notes: [String] = []
        var grownHeight: Double?
        if let keyLines {
            // Under the degree labels, a gap over it as over the strip.
            items.append(keyLines.item)
            grownHeight = frame.height - rise
        } else if let placed, !placed.noteKey.isEmpty {
            notes.append(words.numberedRegionsNote(placed.noteKey))
        }
        if let placed, !placed.unlisted.isEmpty { notes.append(words.unnamedRegions(placed.unlisted)) }
        return (LaidOutBody(items: items, notes: notes, grownHeight: grownHeight), placed, projection.pointsPerUnit)
    }


    /// The map's frame cut to the data's extent where the extent is narrower (or lower) than the room: a wide country
    /// in a taller frame would otherwise show sea and neighbours beyond it. The scale stays that of the room; the map
    /// keeps to the room's left and top, beside its degree labels and under the title.
    static func tightened(_ rect: Rect, to extent: BoundingBox, projection: MapProjection) -> Rect {
        let a = projection.project(GeoPoint(x: extent.minX, y: extent.maxY)), b = projection.project(GeoPoint(x: extent.maxX, y: extent.minY))
        return Rect(x: rect.minX, y: rect.minY, width: min(rect.width, b.x - a.x), height: min(rect.height, b.y - a.y))
    }

    /// Sea, muted neighbours, graticule, the coloured regions, the highlighted region's outline, region names.
    /// `obstacles`: boxes the names keep clear of (a compact map's scale and north arrow). And, on a map that numbers
    /// the regions whose names fit nowhere, what the placer leaves for the note (see `MapLabelPlacer.keyMayGoToNote`).
    func mapContent(projection: MapProjection, in rect: Rect, keepingClear obstacles: [Rect] = [],
                    keyMayGoToNote: Bool = false, isCompact: Bool = false)
        -> (items: [SceneItem], placed: MapLabelPlacer.Placed?, marksHighlight: Bool) {
        let margin = measures.clipMargin
        let visible = BoundingBox(minX: rect.minX - margin, minY: rect.minY - margin, maxX: rect.maxX + margin, maxY: rect.maxY + margin)
        var items: [SceneItem] = [.shape(Shape(path: .rectangle(rect), fill: MapColors.sea))]
        let tolerance = style.mapTolerance / projection.pointsPerUnit
        // The muted context is filled without outlines: three times the tolerance is plenty there.
        let context = boundaries.projectedContext.polygons(tolerance: measures.contextToleranceRatio * tolerance).compactMap {
            path($0, projection: projection, visible: visible)
        }
        // On a map of part of the country the provinces round it are parted by white lines, as its own units are:
        // one grey fill read as one province, named "Banten" where DKI Jakarta lies too (proof-reading 33).
        let isRegional = boundaries.insetFrame != nil
        if !context.isEmpty {
            // The lines in one path, stroked once (a stroke per province cost the kab/kota PNG a millisecond).
            let borders: [SceneItem] = isRegional
                ? [.shape(Shape(path: Path(context.flatMap(\.path.elements)), stroke: Stroke(color: .white, width: measures.contextBorderWidth, join: .round)))]
                : []
            items.append(.group(Group(role: "wilayah sekitar", items: context.map {
                .shape(Shape(path: $0.path, fill: MapColors.surroundingLand))
            } + borders)))
        }
        items.append(.group(Group(role: "graticule", items: graticuleLines(projection: projection, in: rect))))
        let colors = MapColors.ramp(map.ramp, count: map.classes.count, below: map.classesBelowMidpoint)
        var regionItems: [SceneItem] = []
        var highlight: [SceneItem] = []
        var drawnRegions: [DrawnRegion] = []
        // The regions as the names are placed against them: as drawn, or at `mapLabelTolerance` (a figure's own PDF
        // places its names as its PNG and SVG do).
        let labelTolerance = style.mapLabelTolerance.map { $0 / projection.pointsPerUnit }
        let labelShapes = labelTolerance.map { boundaries.projectedRegions.polygons(tolerance: $0) }
        var labelRings: [[[Point]]] = []
        for (index, (region, shape)) in zip(map.regions, boundaries.projectedRegions.polygons(tolerance: tolerance)).enumerated() {
            guard let drawn = path(shape, projection: projection, visible: visible, exteriors: region.isHighlighted) else { continue }
            labelRings.append(labelShapes.flatMap { path($0[index], projection: projection, visible: visible)?.rings } ?? drawn.rings)
            let fill = region.classIndex.map { colors[$0] } ?? Self.noDataFill
            var shapes: [SceneItem] = [.shape(Shape(path: drawn.path, fill: fill, stroke: Stroke(color: .white, width: measures.regionBorderWidth, join: .round)))]
            if region.classIndex == nil {
                shapes.append(.shape(Shape(path: Self.hatch(drawn.rings, spacing: measures.hatchSpacing),
                                           stroke: Stroke(color: Self.hatchColor, width: measures.hatchWidth))))
            }
            regionItems.append(.group(Group(role: "wilayah \(region.name)", items: shapes)))
            if region.isHighlighted {
                // A halo outside the fill: stroked twice as wide, its inner half covered by the region drawn again,
                // so a small island keeps its class colour (Kepri, Babel, NTT) instead of turning into outline. Round
                // its exterior only: round an enclave's hole it ringed the enclave (Kota Bogor in Kabupaten Bogor's
                // booklet) as though that were highlighted too (proof-reading 23).
                highlight += haloStrokes(drawn.outer)
                highlight += shapes
            }
            drawnRegions.append(DrawnRegion(region: region, rings: drawn.rings, fill: fill, isHatched: region.classIndex == nil, number: index + 1))
        }
        // … and its own area gets a coast: every unit stroked in grey twice `coastWidth` wide under the fills, which
        // cover the line's inner half and, between two units, all of it (proof-reading 33: the lightest class's coast
        // was lost against the pale sea and the grey land round it).
        if isRegional, !drawnRegions.isEmpty {
            items.append(.group(Group(role: "garis pantai dan batas", items: [
                .shape(Shape(path: Self.outerEdges(of: drawnRegions.map(\.rings)), stroke: Stroke(color: Self.coastColor, width: 2 * measures.coastWidth, join: .round))),
            ])))
        }
        items.append(.group(Group(role: "wilayah", items: regionItems)))
        if !highlight.isEmpty {
            highlight += smallNeighboursOverHalo(drawnRegions, shapes: regionItems)
            items.append(.group(Group(role: "sorot", items: highlight)))
        }
        let (markers, marksHighlight) = isCompact || map.namesOnlyItsPicks ? ([], false) : tinyRegionMarkers(drawnRegions)
        if map.showsRegionLabels || drawnRegions.contains(where: \.region.isAlwaysNamed) {
            // Every region's name when asked for; the highlighted region's always.
            let placedRegions = zip(drawnRegions, labelRings).map { drawn, rings in
                var placed = drawn
                placed.rings = rings
                return placed
            }
            let placedContext = labelTolerance.map { labelTolerance in
                boundaries.projectedContext.polygons(tolerance: measures.contextToleranceRatio * labelTolerance).compactMap {
                    path($0, projection: projection, visible: visible)
                }.flatMap(\.rings)
            } ?? context.flatMap(\.rings)
            var placer = MapLabelPlacer(typesetter: typesetter, style: style, labelStyle: regionLabelStyle, frame: rect,
                                        regions: placedRegions, namesEveryRegion: map.showsRegionLabels, context: placedContext, contextColor: MapColors.surroundingLand, seaColor: MapColors.sea,
                                        words: words)
            placer.obstacles = obstacles
            placer.keyMayGoToNote = keyMayGoToNote
            placer.forcedNamesKeepOffOtherLand = isCompact || !map.showsRegionLabels
            placer.measures.highlightOutlineReach = measures.highlightWidth
            if isWholeCountry { placer.measures.longestLeader = measures.longestNationalLeader }
            // Regions whose names fit nowhere are numbered whenever every region is to be named (a national map left
            // six provinces unnamed, Peta 2.1 of the bulletin). A map of part of the country (its inset outlines where
            // it lies) keys as many as it has room for and notes the rest; a national map numbers its provinces only
            // when the whole key fits.
            placer.keysPartly = isRegional
            // Keyed by letters on a national map, and always on a map that names only its picks, each with its value:
            // there a number ("38" in Papua Pegunungan next to "Jawa Barat 6,75" on the infographic) read as a value
            // (proof-reading 41–47). A booklet's national map too, now that it keys Papua Pegunungan rather than name
            // it across Papua (proof-reading 50, F7): "38" on a map of values 1,32 to 6,75 read as one there as well.
            placer.keysWithLetters = map.namesOnlyItsPicks || !isRegional
            let names = sameOnEveryBooklet(placer) ?? placer.items()
            // The graticule stops short of every name and number: one on the sea with no halo (a post's "Jawa Barat
            // 6,75") had its lines through the words (proof-reading 37).
            let nameBoxes = LabelKnockout.textBoxes(names.items)
            if !nameBoxes.isEmpty, let graticule = items.firstIndex(where: { if case .group(let group) = $0 { group.role == "graticule" } else { false } }),
               case .group(var group) = items[graticule] {
                group.items = LabelKnockout.clearing(group.items, alsoAround: nameBoxes)
                items[graticule] = .group(group)
            }
            // A kabupaten/kota map: a halo left on the highlighted unit's outline goes under it (proof-reading 13, Q-1).
            let subject = placer.keysPartly ? drawnRegions.first(where: \.region.isHighlighted) : nil
            items.append(.group(Group(role: "nama wilayah", items: subject.map {
                MapLabelPlacer.keepingOutline(names.items, rings: $0.rings, reach: measures.highlightWidth,
                                              stroke: Stroke(color: emphasisColor, width: measures.highlightWidth, join: .round))
            } ?? names.items)))
            // A map of part of the country names the provinces round it where they have room, after its own names.
            if isRegional && !isCompact && map.showsRegionLabels {
                items += contextNames(projection: projection, visible: visible, in: rect, regions: placedRegions.map(\.rings),
                                      labelTolerance: labelTolerance ?? tolerance, taken: LabelKnockout.textBoxes(names.items, margin: 0) + obstacles,
                                      leaders: names.leaders)
            }
            return (items + markers, names, marksHighlight)
        }
        return (items + markers, nil, marksHighlight)
    }

    /// The edges of `regions`' rings that no other ring shares (the area's coast and border), as runs of neighbouring
    /// edges: a shared border is drawn by both its units with the same points, so an edge met twice lies inside the
    /// area. Stroking only these, not every unit's outline, spares the PNG most of the line (3 ms of Jawa Barat's 18).
    static func outerEdges(of regions: [[[Point]]]) -> Path {
        struct Key: Hashable { let ax, ay, bx, by: Double }
        func key(_ a: Point, _ b: Point) -> Key {
            (a.x, a.y) < (b.x, b.y) ? Key(ax: a.x, ay: a.y, bx: b.x, by: b.y) : Key(ax: b.x, ay: b.y, bx: a.x, by: a.y)
        }
        var count: [Key: Int] = [:]
        for rings in regions { for ring in rings where ring.count > 1 {
            for index in ring.indices { count[key(ring[index], ring[(index + 1) % ring.count]), default: 0] += 1 }
        } }
        var elements: [Path.Element] = []
        for rings in regions { for ring in rings where ring.count > 1 {
            let outer = ring.indices.map { count[key(ring[$0], ring[($0 + 1) % ring.count])] == 1 }
            // A ring that is outer all round (an island) is closed; any other is walked from its first shared edge,
            // so that a run of outer edges across the ring's start is one line, not two with a gap between.
            guard let shared = outer.firstIndex(of: false) else {
                elements.append(.move(ring[0]))
                for point in ring.dropFirst() { elements.append(.line(point)) }
                elements.append(.close)
                continue
            }
            var drawing = false
            for step in 1...ring.count {
                let index = (shared + step) % ring.count
                guard outer[index] else { drawing = false; continue }
                if !drawing { elements.append(.move(ring[index])) }
                elements.append(.line(ring[(index + 1) % ring.count]))
                drawing = true
            }
        } }
        return Path(elements)
    }

    /// The names of the provinces round a map of part of the country (`MapContextNames`), on their land as the names
    /// are placed against it (`labelTolerance`).
    private func contextNames(projection: MapProjection, visible: BoundingBox, in rect: Rect, regions: [[[Point]]], labelTolerance: Double,
                              taken: [Rect], leaders: [(Point, Point)]) -> [SceneItem] {
        let polygons = boundaries.projectedContext.polygons(tolerance: measures.contextToleranceRatio * labelTolerance)
        let drawn = polygons.map { path($0, projection: projection, visible: visible) }
        // Not the mapped province's own outline, drawn under its kabupaten/kota: on the sea off its coast its name
        // stood beside DKI Jakarta and named that land.
        let shapes = zip(drawn, boundaries.contextNames).compactMap { drawn, name -> (name: String, rings: [[Point]])? in
            guard let name, let drawn, name != boundaries.insetHighlightName else { return nil }
            return (name, drawn.rings)
        }
        var nameStyle = regionLabelStyle
        nameStyle.isItalic = true
        nameStyle.color = style.mutedTextColor
        let namer = MapContextNames(typesetter: typesetter, style: nameStyle, frame: rect)
        let land = regions + drawn.compactMap { $0?.rings }
        let names = namer.items(for: shapes, regions: regions, land: land, taken: taken, leaders: leaders)
        // The seas in the frame, in the sea's own muted blue, clear of the names just placed.
        let seas = MapContextNames.seas.map { sea in
            (name: words.seaName(sea.name), areas: sea.boxes.compactMap { box -> Rect? in
                let a = projection.project(GeoPoint(x: box.minX, y: box.maxY)), b = projection.project(GeoPoint(x: box.maxX, y: box.minY))
                let area = Rect(x: max(rect.minX, min(a.x, b.x)), y: max(rect.minY, min(a.y, b.y)), width: 0, height: 0)
                let right = min(rect.maxX, max(a.x, b.x)), bottom = min(rect.maxY, max(a.y, b.y))
                return right > area.x && bottom > area.y ? Rect(x: area.x, y: area.y, width: right - area.x, height: bottom - area.y) : nil
            })
        }.filter { !$0.areas.isEmpty }
        var seaStyle = nameStyle
        seaStyle.color = Self.seaNameColor
        let placed = LabelKnockout.textBoxes(names, margin: 0)
        return names + namer.seaItems(for: seas, land: land, taken: taken + placed, leaders: leaders, seaStyle: seaStyle)
    }

    /// A circle in its class colour over each region too small for its fill to show (`tinyRegionSide`), over its
    /// leader's dot, ringed white, or in the highlight's colour where it is the highlighted region. (No note says so:
    /// its colour is a class's of the legend, and a note's line took the room of five names on a fixed-size map.) Not
    /// on a compact map (an infographic's), nor on any map that names only the regions its story picks (the A4 and
    /// A3 infographics', proof-reading 19): there an unnamed circle beside a named region's dot read as that region's.
    /// Also whether the highlighted region is among them (its legend entry is then the disc, not an outline).
    private func tinyRegionMarkers(_ drawn: [DrawnRegion]) -> (items: [SceneItem], marksHighlight: Bool) {
        var items: [SceneItem] = [], marksHighlight = false
        for region in drawn {
            let points = Array(region.rings.joined())
            // A region without data keeps its hatching: a white disc would read as the lightest class.
            guard !points.isEmpty, !region.isHatched else { continue }
            let box = BoundingBox2D(points)
            guard box.maxX - box.minX <= measures.tinyRegionSide, box.maxY - box.minY <= measures.tinyRegionSide else { continue }
            let center = Point(x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2)
            let disc: [SceneItem]
            if region.region.isHighlighted {
                marksHighlight = true
                disc = highlightDisc(center: center, fill: region.fill)
            } else {
                disc = [.shape(Shape(path: .circle(center: center, radius: measures.tinyRegionMarkerRadius), fill: region.fill,
                                     stroke: Stroke(color: .white, width: measures.tinyRegionMarkerRing)))]
            }
            items.append(.group(Group(role: "penanda \(region.region.name)", items: disc)))
        }
        return (items.isEmpty ? [] : [.group(Group(role: "penanda wilayah kecil", items: items))], marksHighlight)
    }

    /// The regions the highlighted region's halo would cover but for a sliver, drawn again over it: a region no
    /// wider and no taller than `smallNeighbourSide` within the halo's reach of the highlighted one. DKI Jakarta,
    /// about 3 pt across on a national map and enclosed by Jawa Barat, vanished under Jawa Barat's halo, its leader
    /// ending on the orange line (proof-reading 15); a kota inside a highlighted kabupaten is such a region too. The
    /// halo then stops at the small region's edge; along larger neighbours it stays as it was.
    private func smallNeighboursOverHalo(_ drawn: [DrawnRegion], shapes: [SceneItem]) -> [SceneItem] {
        let reach = measures.highlightWidth
        let halos = drawn.filter(\.region.isHighlighted).map { BoundingBox2D(Array($0.rings.joined())) }
        return zip(drawn, shapes).compactMap { region, shape in
            guard !region.region.isHighlighted else { return nil }
            let own = BoundingBox2D(Array(region.rings.joined()))
            guard own.maxX - own.minX <= measures.smallNeighbourSide, own.maxY - own.minY <= measures.smallNeighbourSide,
                  halos.contains(where: { own.minX <= $0.maxX + reach && own.maxX >= $0.minX - reach
                                          && own.minY <= $0.maxY + reach && own.maxY >= $0.minY - reach }) else { return nil }
            return shape
        }
    }

    /// On a map that names every region and highlights one (a booklet's: its own province or kabupaten/kota), the
    /// names as placed with none highlighted, the same on every booklet of the series, where that names the highlighted
    /// region by its name, runs no other region's leader across it and sets no name within its outline's width of its
    /// border; nil otherwise (the highlighted region is then placed first, as it must be named). Proof-reading 8, N10:
    /// readers who compare booklets saw Riau labelled north on one and south on the others, and numbers move.
    private func sameOnEveryBooklet(_ placer: MapLabelPlacer) -> MapLabelPlacer.Placed? {
        guard placer.namesEveryRegion, let subject = placer.regions.firstIndex(where: \.region.isHighlighted),
              placer.regions.filter(\.region.isHighlighted).count == 1 else { return nil }
        var plain = placer
        plain.regions[subject].region.isHighlighted = false
        let placed = plain.items()
        guard placed.named.contains(subject) else { return nil }
        // The subject's border, as segments, and the boxes of every name but its own.
        let rings = placer.regions[subject].rings
        var border: [(Point, Point)] = []
        for ring in rings where ring.count > 1 {
            for index in ring.indices { border.append((ring[index], ring[(index + 1) % ring.count])) }
        }
        let ownNames = Set(MapLabelPlacer.names(for: placer.regions.map(\.region.name), shortNames: placer.words.regionShortNames)[subject])
        let reach = measures.highlightWidth
        // A name's or number's bounds with the outline's width round them keep off the subject's border, its own name's
        // too unless it stands inside it, on its fill alone (proof-reading 12, Q-2, Q-4: "Sum. Utara"'s halo erased the
        // outline round Nias).
        let clearance = reach
        var boxes: [Rect] = [], ownBoxes: [Rect] = [], clear: [Rect] = []
        func collect(_ items: [SceneItem]) {
            for item in items {
                switch item {
                case .text(let run):
                    let bounds = run.bounds
                    let box = Rect(x: bounds.minX - reach, y: bounds.minY - reach, width: bounds.width + 2 * reach, height: bounds.height + 2 * reach)
                    let isOwn = ownNames.contains(run.text)
                    let inside = isOwn && run.style.halo == nil && MapLabelPlacer.evenOdd(rings, Point(x: bounds.midX, y: bounds.midY))
                    // Another region's name keeps farther (`otherNameOutlineGap`): just clear of the outline it read
                    // as the subject's ("Sulteng" under Maluku Utara's Sula Islands, proof-reading 28).
                    let margin = inside ? 0 : clearance + (isOwn || Int(run.text) != nil ? 0 : placer.measures.otherNameOutlineGap)
                    clear.append(Rect(x: bounds.minX - margin, y: bounds.minY - margin, width: bounds.width + 2 * margin,
                                      height: bounds.height + 2 * margin))
                    if isOwn { ownBoxes.append(box) } else { boxes.append(box) }
                case .group(let group): collect(group.items)
                default: break
                }
            }
        }
        collect(placed.items)
        // Every leader but the subject's own (the one ending at its name) keeps off the subject.
        func isOwn(_ end: Point) -> Bool {
            ownBoxes.contains { $0.distance(to: end) < 2 * reach }
        }
        // Its own name on itself or beside it, on a leader that does not reach far (proof-reading 11: Papua
        // Pegunungan's name, the lowest, ran 12 mm from its dot on its own booklet).
        for (start, end) in placed.leaders where isOwn(end) && hypot(end.x - start.x, end.y - start.y) > placer.measures.farLeaderLength + 0.5 {
            return nil
        }
        for (start, end) in placed.leaders where !isOwn(end) {
            // Nor starts on it (a neighbour's dot on land the boundary file gives both).
            if MapLabelPlacer.evenOdd(rings, start) || border.contains(where: { EdgeIndex.segments(start, end, $0.0, $0.1) }) { return nil }
        }
        for box in boxes + clear where border.contains(where: { EdgeIndex.segment($0.0, $0.1, crosses: box) }) { return nil }
        return placed
    }

    /// The longitude/latitude box the frame shows.
    private func geographicBox(projection: MapProjection, rect: Rect) -> BoundingBox {
        let a = projection.unproject(GeoPoint(x: rect.minX, y: rect.maxY)), b = projection.unproject(GeoPoint(x: rect.maxX, y: rect.minY))
        return BoundingBox(minX: a.x, minY: a.y, maxX: b.x, maxY: b.y)
    }

    /// A shape's polygons, projected and simplified once (`ProjectedGeometry`), placed on the page and clipped to
    /// what can be seen; nil when none of it can.
    /// `outer`, given `exteriors` (the highlighted region's halo): the polygons' exterior rings alone, without their
    /// holes (an enclave such as Kota Bogor in Kabupaten Bogor); else empty.
    private func path(_ polygons: [ProjectedGeometry.Polygon], projection: MapProjection, visible: BoundingBox, exteriors: Bool = false)
        -> (path: Path, rings: [[Point]], outer: Path)? {
        let window = projection.mercatorBox(of: visible)
        var elements: [Path.Element] = [], outerElements: [Path.Element] = []
        elements.reserveCapacity(polygons.reduce(0) { total, polygon in polygon.rings.reduce(total) { $0 + $1.count + 2 } })
        var rings: [[Point]] = []
        for polygon in polygons {
            let bounds = polygon.bounds
            guard bounds.intersects(window) else { continue }
            let whole = bounds.minX >= window.minX && bounds.maxX <= window.maxX && bounds.minY >= window.minY && bounds.maxY <= window.maxY
            for (index, ring) in polygon.rings.enumerated() {
                var points: [Point]
                if whole {
                    points = ring.map { let p = projection.place($0); return Point(x: p.x, y: p.y) }
                } else {
                    points = Clipping.clip(ring.map(projection.place), to: visible).map { Point(x: $0.x, y: $0.y) }
                    if points.isEmpty {
                        if index == 0 { break } else { continue }
                    }
                }
                let start = elements.count
                elements.append(.move(points[0]))
                for point in points.dropFirst() { elements.append(.line(point)) }
                elements.append(.close)
                if exteriors, index == 0 { outerElements += elements[start...] }
                rings.append(points)
            }
        }
        return elements.isEmpty ? nil : (Path(elements), rings, Path(outerElements))
    }

    // MARK: Graticule

    /// Whole-degree steps giving three to eight lines across the frame.
    private func graticuleStep(_ span: Double) -> Double {
        measures.graticuleSteps.first { span / $0 <= measures.maximumGraticuleLines } ?? measures.graticuleSteps[measures.graticuleSteps.count - 1]
    }

    private func graticuleValues(projection: MapProjection, in rect: Rect) -> (longitudes: [Double], latitudes: [Double]) {
        let box = geographicBox(projection: projection, rect: rect)
        let lonStep = graticuleStep(box.width), latStep = graticuleStep(box.height)
        return (Self.multiples(of: lonStep, from: box.minX, through: box.maxX), Self.multiples(of: latStep, from: box.minY, through: box.maxY))
    }

    /// The multiples of `step` from `lower` through `upper`: the graticule's lines one way. Bounded whatever the box:
    /// none when it is not finite, at most one per step around the globe (360° / `step` + 1), and it ends where a
    /// step no longer moves the value (far from zero, 30 added to 1e300 is 1e300).
    static func multiples(of step: Double, from lower: Double, through upper: Double) -> [Double] {
        guard step > 0, lower.isFinite, upper.isFinite else { return [] }
        let first = (lower / step).rounded(.up) * step
        let most = Int(360 / step) + 1
        var values: [Double] = []
        while values.count < most {
            let value = first + Double(values.count) * step
            guard value <= upper, values.last.map({ value > $0 }) ?? true else { break }
            values.append(value)
        }
        return values
    }

    private func graticuleLines(projection: MapProjection, in rect: Rect) -> [SceneItem] {
        let (longitudes, latitudes) = graticuleValues(projection: projection, in: rect)
        var elements: [Path.Element] = []
        for longitude in longitudes {
            let x = projection.project(GeoPoint(longitude: longitude, latitude: 0)).x
            elements += [.move(Point(x: x, y: rect.minY)), .line(Point(x: x, y: rect.maxY))]
        }
        for latitude in latitudes {
            let y = projection.project(GeoPoint(longitude: 0, latitude: latitude)).y
            elements += [.move(Point(x: rect.minX, y: y)), .line(Point(x: rect.maxX, y: y))]
        }
        return elements.isEmpty ? [] : [.shape(Shape(path: Path(elements), stroke: Stroke(color: Self.graticuleColor, width: measures.graticuleWidth)))]
    }


    private func graticuleLabels(projection: MapProjection, in rect: Rect) -> [SceneItem] {
        let (longitudes, latitudes) = graticuleValues(projection: projection, in: rect)
        let metrics = measurer.metrics(for: tinyStyle)
        var runs: [TextRun] = []
        for longitude in longitudes {
            let x = projection.project(GeoPoint(longitude: longitude, latitude: 0)).x
            let run = typesetter.line(MapLayoutLabels.degree(longitude, isLongitude: true, words: words), style: tinyStyle, x: x,
                                      baseline: rect.maxY + measures.longitudeLabelDrop + metrics.ascent, alignment: .center)
            if run.bounds.minX >= rect.minX - measures.longitudeLabelOverhang, run.bounds.maxX <= rect.maxX + measures.longitudeLabelOverhang,
               !runs.contains(where: { $0.bounds.intersects(run.bounds) }) {
                runs.append(run)
            }
        }
        for latitude in latitudes {
            let y = projection.project(GeoPoint(longitude: 0, latitude: latitude)).y
            let run = typesetter.line(MapLayoutLabels.degree(latitude, isLongitude: false, words: words), style: tinyStyle, x: rect.minX - measures.latitudeLabelGap,
                                      baseline: y + (metrics.ascent - metrics.descent) / 2, alignment: .right)
            if run.bounds.minY >= rect.minY - measures.latitudeLabelOverhang, run.bounds.maxY <= rect.maxY + measures.latitudeLabelOverhang { runs.append(run) }
        }
        return runs.map(SceneItem.text)
    }

    /// Diagonal hatching (45°) inside the rings (even-odd), `spacing` points apart: the *tidak ada data* pattern,
    /// which reads in greyscale print as well as in colour.
    static func hatch(_ rings: [[Point]], spacing: Double) -> Path {
        let root2 = 2.0.squareRoot()
        let rotated = rings.map { $0.map { (u: ($0.x + $0.y) / root2, v: ($0.y - $0.x) / root2) } }
        let vs = rotated.flatMap { $0.map(\.v) }
        guard let low = vs.min(), let high = vs.max() else { return Path([]) }
        var elements: [Path.Element] = []
        var v = (low / spacing).rounded(.up) * spacing
        while v <= high {
            var crossings: [Double] = []
            for ring in rotated where ring.count > 2 {
                var previous = ring[ring.count - 1]
                for point in ring {
                    if (previous.v > v) != (point.v > v) {
                        crossings.append(previous.u + (v - previous.v) * (point.u - previous.u) / (point.v - previous.v))
                    }
                    previous = point
                }
            }
            crossings.sort()
            var index = 0
            while index + 1 < crossings.count {
                let a = crossings[index], b = crossings[index + 1]
                elements.append(.move(Point(x: (a - v) / root2, y: (a + v) / root2)))
                elements.append(.line(Point(x: (b - v) / root2, y: (b + v) / root2)))
                index += 2
            }
            v += spacing
        }
        return Path(elements)
    }

    // MARK: Legend, scale, orientation, coordinate system, inset

    /// The role of the highlighted region's swatch in the legend.
    static let highlightSwatchRole = "contoh sorot"

    func legendItems(at origin: Point, columns: Int, titleWidth: Double? = nil, highlightIsMarker: Bool = false) -> [SceneItem] {
        let titleStyle = style.text(style.smallSize)
        // Balanced: "Tingkat Pengangguran Terbuka | (persen)" left the unit alone on its line (proof-reading 27).
        let title = typesetter.paragraph(legendTitle(columns: columns, titleWidth: titleWidth), style: titleStyle,
                                         in: (origin.x, origin.y, legendWidth(columns: columns, titleWidth: titleWidth)),
                                         balanced: true)
        var items = title.runs.map(SceneItem.text)
        let metrics = measurer.metrics(for: smallStyle)
        let top = origin.y + title.height + measures.legendTitleGap
        let parts = legendParts(columns: columns, highlightIsMarker: highlightIsMarker)
        let rows = max(1, legendRows(columns: columns).columned), columnWidth = legendColumnWidth(columns: columns)
        let row = metrics.lineHeight * measures.legendRowLines
        // Column by column: the classes read downwards, then on in the next column; the highlighted region under them.
        for (index, entry) in parts.columned.enumerated() {
            let x = origin.x + Double(index / rows) * (columnWidth + measures.legendColumnGap)
            items += legendEntryItems(entry, x: x, top: top + Double(index % rows) * row)
        }
        for (index, entry) in parts.across.enumerated() {
            items += legendEntryItems(entry, x: origin.x, top: top + Double(legendRows(columns: columns).columned + index) * row)
        }
        return items
    }

    /// One legend entry in a row of the legend that starts at `top`: the swatch (hatched for *tidak ada data*) and its label.
    func legendEntryItems(_ entry: LegendEntry, x: Double, top: Double) -> [SceneItem] {
        let metrics = measurer.metrics(for: smallStyle)
        var items: [SceneItem] = []
        let swatch = Rect(x: x, y: top + (metrics.lineHeight * measures.legendRowLines - measures.legendSwatchHeight) / 2,
                          width: measures.legendSwatchWidth, height: measures.legendSwatchHeight)
        switch entry.swatch {
        case .fill(let color):
            items.append(.shape(Shape(path: .rectangle(swatch), fill: color,
                                      stroke: Stroke(color: Self.hatchColor, width: measures.legendSwatchBorderWidth))))
        case .noData:
            items.append(.shape(Shape(path: .rectangle(swatch), fill: Self.noDataFill,
                                      stroke: Stroke(color: Self.hatchColor, width: measures.legendSwatchBorderWidth))))
        case .outline(let color):
            // The outline as it shows round the region (the outer half of its stroke), inside the swatch's box, with
            // its dark rim at the outer edge where the map's has one.
            func ring(inset: Double, width: Double, color: Color) -> SceneItem {
                let rect = Rect(x: swatch.minX + inset, y: swatch.minY + inset, width: swatch.width - 2 * inset, height: swatch.height - 2 * inset)
                return .shape(Shape(path: .rectangle(rect), stroke: Stroke(color: color, width: width, join: .round)))
            }
            let width = measures.highlightWidth, rim = haloHasRim && color == emphasisColor ? measures.highlightRimWidth : 0
            let rings = (rim > 0 ? [ring(inset: rim / 2, width: rim, color: style.textColor)] : [])
                + [ring(inset: (width + rim) / 2, width: width - rim, color: color)]
            items.append(.group(Group(role: Self.highlightSwatchRole, items: rings)))
        case .marker(let color):
            // The disc's ring as the map draws it, centred on the swatch; white inside, as the outline's swatch is
            // (on the map the disc takes the region's class colour, which the class entries above give).
            items.append(.group(Group(role: Self.highlightSwatchRole,
                                      items: highlightDisc(center: Point(x: swatch.midX, y: swatch.midY), fill: .white, color: color))))
        }
        if case .noData = entry.swatch {
            let ring = [Point(x: swatch.minX, y: swatch.minY), Point(x: swatch.maxX, y: swatch.minY),
                        Point(x: swatch.maxX, y: swatch.maxY), Point(x: swatch.minX, y: swatch.maxY)]
            items.append(.shape(Shape(path: Self.hatch([ring], spacing: measures.hatchSpacing),
                                      stroke: Stroke(color: Self.hatchColor, width: measures.hatchWidth))))
        }
        items.append(.text(typesetter.line(entry.label, style: smallStyle, x: swatch.maxX + measures.legendLabelGap,
                                           baseline: swatch.midY + (metrics.ascent - metrics.descent) / 2)))
        return items
    }

    /// `barRatio`: the longest the bar may be, as a fraction of the map's width; `arrowHeight`: the north arrow's height
    /// (its width and notch in proportion), else `northArrowHeight`.
    func scaleAndOrientation(projection: MapProjection, mapRect: Rect, in area: Rect, barRatio: Double? = nil, arrowHeight: Double? = nil) -> [SceneItem] {
        let center = projection.unproject(GeoPoint(x: mapRect.midX, y: mapRect.midY))
        let arrowScale = (arrowHeight ?? measures.northArrowHeight) / measures.northArrowHeight
        let arrowWidth = measures.northArrowWidth * arrowScale
        let bar = ScaleBar(projection: projection, latitude: center.y,
                           maximumPoints: min(area.width - arrowWidth - measures.northArrowGap, mapRect.width * (barRatio ?? measures.maximumScaleBarRatio)))
        let metrics = measurer.metrics(for: tinyStyle)
        var scaleItems: [SceneItem] = []
        let barTop = area.minY + metrics.lineHeight + measures.scaleBarDrop
        let segment = bar.points / Double(bar.segments)
        for index in 0..<bar.segments {
            let rect = Rect(x: area.minX + Double(index) * segment, y: barTop, width: segment, height: measures.scaleBarHeight)
            scaleItems.append(.shape(Shape(path: .rectangle(rect), fill: index % 2 == 0 ? style.textColor : .white,
                                           stroke: Stroke(color: style.textColor, width: measures.scaleBarStrokeWidth))))
        }
        let kilometres = NumberFormat(locale: map.format.locale, decimals: bar.kilometres < 1 ? 1 : 0)
        let zero = typesetter.line("0", style: tinyStyle, x: area.minX, baseline: barTop - measures.scaleLabelRise, alignment: .center)
        let middle = typesetter.line(kilometres.string(from: bar.kilometres / 2), style: tinyStyle, x: area.minX + bar.points / 2,
                                     baseline: barTop - measures.scaleLabelRise, alignment: .center)
        let endLabel = "\(kilometres.string(from: bar.kilometres)) km"
        let endLabelX = area.minX + bar.points - measurer.width(of: kilometres.string(from: bar.kilometres), style: tinyStyle) / 2
        let end = typesetter.line(endLabel, style: tinyStyle, x: endLabelX, baseline: barTop - measures.scaleLabelRise)
        // The middle number only where it stands clear of the two ends by a word space at least (a short bar at large type
        // has no room for it; proof-reading 48: "500 1.000 km" ran together on the phone map, 2 pt apart).
        let clear = { (a: Rect, b: Rect) in a.maxX + max(measures.scaleLabelRise, 0.5 * tinyStyle.size) <= b.minX }
        if clear(zero.bounds, end.bounds) { scaleItems.append(.text(zero)) }
        if clear(zero.bounds, middle.bounds), clear(middle.bounds, end.bounds) { scaleItems.append(.text(middle)) }
        scaleItems.append(.text(end))
        // North arrow: a split triangle under "U" (utara), right of the scale bar and clear of its last label.
        let arrowLeft = max(area.minX + bar.points + measures.northArrowGap,
                            endLabelX + measurer.width(of: endLabel, style: tinyStyle) + measures.northArrowLabelClearance)
        let arrowX = arrowLeft + arrowWidth / 2
        let arrowTop = area.minY + metrics.lineHeight + measures.northArrowDrop
        let tip = Point(x: arrowX, y: arrowTop), base = arrowTop + measures.northArrowHeight * arrowScale
        let notch = Point(x: arrowX, y: base - measures.northArrowNotch * arrowScale)
        let left = Path([.move(tip), .line(Point(x: arrowX - arrowWidth / 2, y: base)), .line(notch), .close])
        let right = Path([.move(tip), .line(Point(x: arrowX + arrowWidth / 2, y: base)), .line(notch), .close])
        let arrow: [SceneItem] = [
            .shape(Shape(path: left, fill: style.textColor, stroke: Stroke(color: style.textColor, width: measures.northArrowStrokeWidth, join: .round))),
            .shape(Shape(path: right, fill: .white, stroke: Stroke(color: style.textColor, width: measures.northArrowStrokeWidth, join: .round))),
            .text(typesetter.line(words.northArrow, style: style.text(style.smallSize), x: arrowX, baseline: arrowTop - measures.northLabelRise,
                                  alignment: .center)),
        ]
        // Sistem koordinat and how the classes were made, under the scale bar.
        let lines = typesetter.paragraph(map.coordinateSystemAndClassMethod, style: tinyStyle, in: (area.minX, base + measures.coordinateSystemGap, area.width))
        return [
            .group(Group(role: "skala", items: scaleItems)),
            .group(Group(role: "orientasi", items: arrow)),
            .group(Group(role: "sistem koordinat", items: lines.runs.map(SceneItem.text))),
        ]
    }

    /// `captionWidth`: the width the caption sets in from the inset's left (the inset's width unless said).
    /// `captionInside`: the caption in the map's top left corner, on a halo of the sea's colour, not over the map (the
    /// 1080 × 1080 post's index beside its legend's last row, where a caption over it read as a sixth class).
    func insetItems(in rect: Rect, captionWidth: Double? = nil, labelOnly: Bool = false, captionInside: Bool = false) -> [SceneItem] {
        let set = boundaries
        let hasHighlight = set.inset.contains { $0.emphasis == .highlighted }
        let caption = insetCaptionParagraph(x: rect.minX + (captionInside ? measures.insetCaptionGap : 0), width: captionWidth ?? rect.width,
                                            labelOnly: labelOnly)
        let lift = captionInside ? rect.minY + measures.insetCaptionGap : rect.minY - measures.insetCaptionGap - caption.height
        let captionItems: [SceneItem] = caption.runs.map { run in
            var moved = run
            moved.origin.y += lift
            if captionInside { moved.style.halo = TextStyle.Halo(color: MapColors.sea, width: measures.insetCaptionHaloWidth) }
            return .text(moved)
        }
        var items: [SceneItem] = captionInside ? [] : captionItems
        let projection = MapProjection(fitting: set.insetExtent, into: (rect.x, rect.y, rect.width, rect.height))
        let margin = measures.insetClipMargin
        let visible = BoundingBox(minX: rect.minX - margin, minY: rect.minY - margin, maxX: rect.maxX + margin, maxY: rect.maxY + margin)
        var content: [SceneItem] = [.shape(Shape(path: .rectangle(rect), fill: MapColors.sea))]
        // The inset is small and only locates the map, but its islands must stay recognisable: the main map's
        // tolerance (at three times it a 1x web inset drew Java and Sulawesi as triangles, proof-reading 6).
        let shapes = set.projectedInset.polygons(tolerance: style.mapTolerance / projection.pointsPerUnit)
        var marker: [SceneItem] = []
        for emphasis in [InsetShape.Emphasis.context, .indonesia, .highlighted] {
            let fill: Color
            switch emphasis {
            case .context: fill = MapColors.indexNeighbourLand
            case .indonesia: fill = hasHighlight ? Self.insetIndonesiaColor : insetEmphasisColor
            case .highlighted: fill = insetEmphasisColor
            }
            let paths = zip(set.inset, shapes).filter { $0.0.emphasis == emphasis }.compactMap { path($0.1, projection: projection, visible: visible) }
            guard !paths.isEmpty else { continue }
            content.append(.shape(Shape(path: Path(paths.flatMap(\.path.elements)), fill: fill)))
        }
        // A highlighted region a few points across (DKI Jakarta) would be a dot, or vanish: ring it.
        let highlighted = set.inset.filter { $0.emphasis == .highlighted }.reduce(BoundingBox.empty) { $0.union($1.shape.bounds) }
        if !highlighted.isEmpty {
            let a = projection.project(GeoPoint(x: highlighted.minX, y: highlighted.maxY))
            let b = projection.project(GeoPoint(x: highlighted.maxX, y: highlighted.minY))
            // Its land's share of the country's (in degrees squared: near the equator the projection keeps the ratio),
            // worked out only where its box is not tiny already.
            let landShare = {
                var highlightedLand = 0.0, country = 0.0
                for inset in set.inset where inset.emphasis != .context {
                    let land = inset.shape.polygons.reduce(0.0) { $0 + abs(Geometry.signedArea($1.exterior)) }
                    country += land
                    if inset.emphasis == .highlighted { highlightedLand += land }
                }
                return country > 0 ? highlightedLand / country : 1
            }
            if b.x - a.x < measures.insetMarkerThreshold && b.y - a.y < measures.insetMarkerThreshold || landShare() < measures.insetMarkerLandShare {
                let radius = max(measures.insetMarkerRadius, hypot(b.x - a.x, b.y - a.y) / 2 + measures.insetMarkerWidth)
                marker.append(.shape(Shape(path: .circle(center: Point(x: (a.x + b.x) / 2, y: (a.y + b.y) / 2), radius: radius),
                                           stroke: Stroke(color: insetEmphasisColor, width: measures.insetMarkerWidth))))
            }
        }
        content += marker
        if let frame = set.insetFrame {
            let a = projection.project(GeoPoint(x: frame.minX, y: frame.maxY)), b = projection.project(GeoPoint(x: frame.maxX, y: frame.minY))
            content.append(.shape(Shape(path: .rectangle(Rect(x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y)),
                                        stroke: Stroke(color: style.textColor, width: measures.insetExtentWidth))))
        }
        items.append(.group(Group(role: "inset isi", clip: rect, items: content)))
        items.append(.shape(Shape(path: .rectangle(rect), stroke: Stroke(color: style.ruleColor, width: measures.insetBorderWidth))))
        return items + (captionInside ? captionItems : [])
    }
}

/// The words a map prints at its edges.
public enum MapLayoutLabels {
    /// "100° BT" (bujur timur), "5° LS" (lintang selatan), "0°"; fractions with a decimal comma ("2,5° LU").
    public static func degree(_ value: Double, isLongitude: Bool, words: MapVocabulary = .indonesian) -> String {
        let magnitude = abs(value)
        let number = magnitude == magnitude.rounded() ? String(Int(magnitude)) : String(format: "%.2f", magnitude)
            .replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression).replacingOccurrences(of: ".", with: ",")
        if value == 0 { return "0°" }
        let text = words == .indonesian ? number : number.replacingOccurrences(of: ",", with: ".")
        return "\(text)° " + (isLongitude ? (value > 0 ? words.east : words.west) : (value > 0 ? words.north : words.south))
    }
}
