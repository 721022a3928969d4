import Foundation
import SajianModel
import SajianScene

/// A body layout drawn as a tile on an infographic (an *angka kunci*): without the figure's frame, in a row of tiles.
public protocol TileLayout: BodyLayout {
    /// The least height the tile is drawn in at `width` without a warning: without what it may leave out where room
    /// is short (a sparkline on a low canvas). Its words are the same at every height.
    func leastHeight(width: Double) -> Double
    /// The sizes the tile's number can take at `width`, alone in its row.
    func numberFit(width: Double) -> TileNumberFit
    /// The tile with its number set as the row's other tiles are (`TileNumberSetting.shared(by:)`).
    func settingNumber(_ setting: TileNumberSetting) -> any TileLayout
    /// The figure's `source` as the tile drawn in a frame `height` high at `width` bears it out: a tile left without its
    /// sparkline shows two periods, not the sparkline's span the source names.
    func source(_ source: String, height: Double, width: Double) -> String
    /// The tile under a title band that says the period `period`: a tile of that period leaves its own out, and its
    /// line goes to the sparkline (proof-reading 47, I5: "Agustus 2024" four times on 1200 × 675, where the row had no
    /// room for its sparklines).
    func underBand(saying period: String?) -> any TileLayout
    /// The tile set tight, for a row of tiles on a low canvas (1200 × 675) that has not the room for their
    /// sparklines otherwise: its number's box trimmed to the air its figures need and its sparkline's span said at the
    /// line's start, so that the sparkline is drawn (proof-reading 51: the row was 15 pt short of it).
    func tightened() -> any TileLayout
    /// Whether the tile's comparison ("dibanding Agustus 2023 (5,32 persen)") takes more than a line at `width`.
    func comparisonBreaks(width: Double) -> Bool
    /// The tile with its comparison broken before its bracket, as the row's other tiles break theirs ("dibanding
    /// Agustus 2023 | (5,32 persen)").
    func breakingComparison() -> any TileLayout
    /// The height the tile's change ("naik 4,79 juta orang (3,42 persen)") takes at `width`; 0 without one, or
    /// without a comparison under it.
    func changeHeight(width: Double) -> Double
    /// The tile with its change given at least `height`, so that the comparisons under a row's changes start on one
    /// line whichever of them wraps.
    func reservingChangeHeight(_ height: Double) -> any TileLayout
}

extension TileLayout {
    public func source(_ source: String, height: Double, width: Double) -> String { source }
    public func underBand(saying period: String?) -> any TileLayout { self }
    public func tightened() -> any TileLayout { self }
    public func comparisonBreaks(width: Double) -> Bool { false }
    public func breakingComparison() -> any TileLayout { self }
    public func changeHeight(width: Double) -> Double { 0 }
    public func reservingChangeHeight(_ height: Double) -> any TileLayout { self }
}

/// The sizes a tile's number can take in its width: the largest with its unit beside it (nil when even the smallest
/// size the tile allows leaves no room for the unit), and the largest with the unit on the line under it.
public struct TileNumberFit: Sendable, Equatable {
    public var sizeWithUnitBeside: Double?
    public var sizeWithUnitUnder: Double

    public init(sizeWithUnitBeside: Double?, sizeWithUnitUnder: Double) {
        self.sizeWithUnitBeside = sizeWithUnitBeside
        self.sizeWithUnitUnder = sizeWithUnitUnder
    }
}

/// How the numbers of a row of tiles are set: one type size and one place for the unit, so that tiles set side by
/// side read alike (proof-reading 15: on 1080 × 1350, "144,64" was set smaller than "4,91" beside it, its "juta orang"
/// under it while the others' "persen" stood beside).
public struct TileNumberSetting: Sendable, Equatable {
    public var size: Double
    public var unitBeside: Bool

    public init(size: Double, unitBeside: Bool) {
        self.size = size
        self.unitBeside = unitBeside
    }

    /// The setting every tile of a row can take: units beside their numbers where every tile has the room, at the
    /// smallest of their sizes; otherwise every unit under its number, at the smallest size a number alone needs.
    public static func shared(by fits: [TileNumberFit]) -> TileNumberSetting? {
        guard let under = fits.map(\.sizeWithUnitUnder).min() else { return nil }
        let beside = fits.map(\.sizeWithUnitBeside)
        if beside.allSatisfy({ $0 != nil }), let size = beside.compactMap({ $0 }).min() {
            return TileNumberSetting(size: size, unitBeside: true)
        }
        return TileNumberSetting(size: under, unitBeside: false)
    }
}

extension FigureLayout {
    /// `figure`'s body laid out with no caption over it (an infographic's tile or panel, a cover's tile): a tile prints
    /// its own label and period.
    func uncaptionedBodyLayout(for figure: BoundFigure) -> any BodyLayout {
        forms.bodyLayout(for: figure.body, in: BodyLayoutContext(style: style, typesetter: typesetter, locale: figure.locale, rowMarkers: [:],
                                                                 sharedValueRange: figure.sharedValueRange, isUncaptioned: true))
    }
}

/// Tiles set side by side (an infographic's row or column, a cover's row): their numbers at one size, their units in one
/// place; their comparisons broken alike, where one breaks each before its bracket (proof-reading 54: on A3 the first
/// tile's "(5,32 persen)" ran on while its neighbours' stood on a line of their own).
/// `aligningChanges`: every change given the room of the tallest, so that the comparisons under them start on one line
/// (a cover's row, proof-reading 58: the UMP tile's wrapped change set its "dibanding" 3,8 mm under the TPT tile's).
enum TileRowSetting {
    static func settingAlike(_ tiles: [(BoundFigure, any TileLayout)], width: Double, aligningChanges: Bool = false) -> [(BoundFigure, any TileLayout)] {
        var set = TileNumberSetting.shared(by: tiles.map { $0.1.numberFit(width: width) })
            .map { setting in tiles.map { ($0.0, $0.1.settingNumber(setting)) } } ?? tiles
        if set.count > 1, set.contains(where: { $0.1.comparisonBreaks(width: width) }) { set = set.map { ($0.0, $0.1.breakingComparison()) } }
        guard aligningChanges, set.count > 1, let tallest = set.map({ $0.1.changeHeight(width: width) }).max() else { return set }
        return set.map { ($0.0, $0.1.reservingChangeHeight(tallest)) }
    }
}

/// How much of itself a tile shows: all of it, or without its sparkline.
enum TileFit: CaseIterable {
    case whole, least

    func height(of tile: any TileLayout, width: Double) -> Double {
        switch self {
        case .whole: tile.preferredHeight(width: width)
        case .least: tile.leastHeight(width: width)
        }
    }
}

/// What an infographic shows: the publication's title lines and its figures, in the template's order.
public struct InfographicContent: Sendable {
    public var title: String
    public var subtitle: String?
    public var period: String?
    public var publisher: String?
    public var figures: [BoundFigure]
    public var locale: NumberLocale

    public init(title: String, subtitle: String? = nil, period: String? = nil, publisher: String? = nil,
                figures: [BoundFigure], locale: NumberLocale) {
        self.title = title
        self.subtitle = subtitle
        self.period = period
        self.publisher = publisher
        self.figures = figures
        self.locale = locale
    }
}

/// The canvas of an infographic: its size in points and how much larger than the house style its type is set.
public struct InfographicCanvas: Sendable, Hashable {
    /// The page in points (a 1080 px canvas is 810 pt at 4/3 px a point).
    public var size: Size
    /// The factor the whole layout is drawn at: the house style's sizes times this. A 1080 px canvas has 2.57, so
    /// that the smallest type (the house style's 7 pt) is 18 pt, 24 px.
    public var scale: Double

    /// The canvas as the template names it ("1080x1350", "A4"), for messages.
    public var name: String
    /// A screen canvas (a post, in pixels), read at a glance: its foot leaves out the notes on how a figure is drawn
    /// (`FigureBody.drawingNotes`), which paper keeps.
    public var isScreen = false
    /// The least margin round the canvas, in its points: on paper, the 10 mm an office printer leaves unprinted
    /// (proof-reading 36: the A4 leaflet's text ran to 4,4 mm of the edge).
    public var leastMargin = 0.0

    public init(size: Size, scale: Double, name: String = "") {
        self.size = size
        self.scale = scale
        self.name = name
    }

    /// The least type size on an infographic 1080 px wide: 24 px (issue 14).
    public static let minimumPixelType = 24.0

    /// A canvas `width` × `height` px (at 4/3 px a point), its type scaled so that the smallest is `minimumPixelType`
    /// at 1080 px wide and grows with the narrower side beyond it.
    public static func pixels(width: Double, height: Double, smallestType: Double) -> InfographicCanvas {
        let pointsPerPixel = ScreenPixel.points
        let reference = 1080.0
        let scale = minimumPixelType * pointsPerPixel / smallestType * max(1, min(width, height * 1.25) / reference)
        var canvas = InfographicCanvas(size: Size(width: width * pointsPerPixel, height: height * pointsPerPixel), scale: scale,
                                       name: "\(Int(width))x\(Int(height))")
        canvas.isScreen = true
        return canvas
    }

    /// The least margin of a paper canvas: 10 mm, in points.
    public static let paperMargin = 10 / 25.4 * 72

    /// The least type size on an A4 infographic (a leaflet read in the hand), in points.
    public static let minimumPaperType = 9.0

    /// A paper canvas, its type scaled with its width from `minimumPaperType` on A4.
    public static func paper(_ size: Size, smallestType: Double, name: String = "") -> InfographicCanvas {
        let scale = minimumPaperType / smallestType * size.width / PaperSize.a4.size.width
        var canvas = InfographicCanvas(size: size, scale: scale, name: name)
        canvas.leastMargin = paperMargin
        return canvas
    }
}

/// The measures of an infographic, in points of the house style (before the canvas's scale).
struct InfographicMetrics {
    /// The margin round the canvas and the space between panels.
    var margin = 10.0
    var gap = 6.0
    /// The title band: its colour, the title's size as a multiple of `titleSize`, and its inner padding.
    var bandColor = Color(hex: 0x003F66)
    var bandTitleRatio = 1.5
    var bandPadding = 8.0
    /// Whether the band runs to the canvas's edges (a post); on paper it stands within the margin, its text its
    /// padding inside it (proof-reading 36: the A4 title 3,6 mm from the top, where a printer leaves 5).
    var bandBleeds = true
    /// A canvas lower than this fraction of its width (1200 × 675) has a band of one line: its padding, and the least
    /// space between the title and the period at its right.
    var lowCanvasRatio = 0.6
    var lowBandPadding = 4.0
    var lowBandPeriodGap = 12.0
    /// Between the subtitle and the period when they share a line.
    var bandSeparator = " · "
    /// The least height of a row of charts, and of a map with its legend, scale, north arrow and inset (Pasal 8).
    var minimumChartRowHeight = 84.0
    var minimumMapRowHeight = 235.0
    /// The share of the height left over that rows of charts take when there is a map (which takes the rest).
    var chartShareOfSpare = 0.6
    /// The tiles: their background and inner padding, and the most in one row.
    var tileColor = Color(hex: 0xEEF3F7)
    var tilePadding = 6.0
    var tilesPerRow = 3
    /// A canvas lower than this multiple of its width (1080 × 1080, 1200 × 675) sets its tiles in a column at the left
    /// of the map, a tile's width as in a row of `tilesPerRow`, and the map at their right the height of the canvas.
    var tileColumnRatio = 1.1
    /// The rule over the sources at the foot.
    var footRuleWidth = 0.5

    static let standard = InfographicMetrics()
}

/// Lays out an infographic: one page of a canvas for social media or print (Pasal 12 of PER.03/MEN/II/2009 names
/// both), with a title band, a row of key-figure tiles, small charts two to a row, maps the width of the page, and
/// every figure's source at the foot. On a canvas about as low as it is wide (1080 × 1080, 1200 × 675) with tiles and a
/// map, the tiles stand in a column at the left and the map (with any charts) beside them. Figures keep their judul but not their nomor; the sources stand together.
///
/// The layout is made in the house style's points on a canvas `1 / scale` as large, then drawn at `scale`, so that
/// every text grows with the canvas (none smaller than the style's `minimumTextSize` times the scale).
public struct InfographicLayout {
    public let figureLayout: FigureLayout
    private var measures = InfographicMetrics.standard
    private var style: HouseStyle { figureLayout.style }
    private var typesetter: Typesetter { figureLayout.typesetter }

    public init(figureLayout: FigureLayout) { self.figureLayout = figureLayout }

    public func layout(_ content: InfographicContent, canvas: InfographicCanvas) -> (scene: Scene, warnings: [Diagnostic]) {
        var layout = self
        // On paper the printer's margin, and the title band within it rather than bled off the edge.
        if canvas.leastMargin > 0 {
            layout.measures.margin = max(measures.margin, canvas.leastMargin / canvas.scale)
            layout.measures.bandBleeds = false
        }
        return layout.laidOut(content, canvas: canvas)
    }

    private func laidOut(_ content: InfographicContent, canvas: InfographicCanvas) -> (scene: Scene, warnings: [Diagnostic]) {
        // The foot credits the figures shown, and what is shown depends on the room the foot leaves: start by crediting
        // every figure, then credit only those shown while that admits no figure the foot does not credit.
        var arranged = arrange(content, canvas: canvas, credited: content.figures.map(\.id))
        var credited = arranged.shown
        for _ in 0..<3 where arranged.shown.count < content.figures.count {
            // A smaller foot may admit more figures; it is taken only when the foot credits every figure it shows.
            let next = arrange(content, canvas: canvas, credited: credited)
            if Set(next.shown).isSubset(of: credited), next.shown.count >= arranged.shown.count { arranged = next }
            if next.shown == credited { break }
            credited = next.shown
        }
        // Tiles drawn without their sparklines (1080 × 1350, 1200 × 675) cite the periods they show, not the
        // sparklines' span (proof-reading 24: "Sakernas Februari 2015 – Agustus 2024" on posts with no series drawn);
        // taken where the foot so written leaves the same figures shown with the same sources, and grows no taller
        // (a taller foot shrank the map, and Jawa Barat's callout became a number).
        if !arranged.sources.isEmpty {
            let next = arrange(content, canvas: canvas, credited: arranged.shown, sources: arranged.sources)
            if next.shown == arranged.shown, next.sources == arranged.sources, next.footHeight <= arranged.footHeight { arranged = next }
        }
        let page = Page(size: canvas.size, items: [
            .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: canvas.size.width, height: canvas.size.height)), fill: .white)),
            .group(Group(role: "infographic", transform: .scale(canvas.scale), items: arranged.items)),
        ])
        let info = DocumentInfo(title: content.title, author: content.publisher, subject: content.subtitle,
                                description: content.figures.filter { arranged.shown.contains($0.id) }
                                    .map { "\($0.components.title): \($0.components.altText)" }.joined(separator: " "),
                                language: content.locale.rawValue)
        return (Scene(info: info, pages: [page]), arranged.warnings)
    }

    /// The page's items at the layout's size, with the foot crediting the figures `credited` (with the `sources`
    /// given for some by id), the ids shown, and the sources their tiles as drawn call for where not their figures'.
    private func arrange(_ content: InfographicContent, canvas: InfographicCanvas, credited: [String], sources: [String: String] = [:])
        -> (items: [SceneItem], warnings: [Diagnostic], shown: [String], sources: [String: String], footHeight: Double) {
        let width = canvas.size.width / canvas.scale, height = canvas.size.height / canvas.scale
        let inner = width - 2 * measures.margin
        var items: [SceneItem] = []
        var warnings: [Diagnostic] = []

        // The title band.
        let band = titleBand(content, width: width, isLow: height < width * measures.lowCanvasRatio)
        items += band.items
        var top = band.height + measures.gap

        // Key-figure tiles, then the other figures.
        var tiles: [(BoundFigure, any TileLayout)] = []
        var panels: [BoundFigure] = []
        for figure in content.figures {
            let body = figureLayout.uncaptionedBodyLayout(for: figure)
            if let tile = body as? any TileLayout { tiles.append((figure, tile.underBand(saying: content.period))) } else { panels.append(figure) }
        }
        // Charts two to a row, maps alone.
        var rows: [[BoundFigure]] = []
        var pending: [BoundFigure] = []
        for figure in panels {
            if figure.components.kind == .map {
                if !pending.isEmpty { rows.append(pending); pending = [] }
                rows.append([figure])
            } else {
                pending.append(figure)
                if pending.count == 2 { rows.append(pending); pending = [] }
            }
        }
        if !pending.isEmpty { rows.append(pending) }
        // The arrangement follows the canvas's shape: tiles in a column beside a map where the canvas is low.
        let tilesBeside = height < width * measures.tileColumnRatio && !tiles.isEmpty
            && panels.contains { $0.components.kind == .map }
        let tileColumnWidth = (inner - Double(measures.tilesPerRow - 1) * measures.gap) / Double(measures.tilesPerRow)
        let panelLeft = measures.margin + (tilesBeside ? tileColumnWidth + measures.gap : 0)
        let panelInner = inner - (tilesBeside ? tileColumnWidth + measures.gap : 0)
        func panelWidth(_ row: [BoundFigure]) -> Double { (panelInner - Double(row.count - 1) * measures.gap) / Double(row.count) }
        func fullLeast(_ row: [BoundFigure]) -> Double {
            row.first!.components.kind == .map ? measures.minimumMapRowHeight : measures.minimumChartRowHeight
        }
        // A map's compact arrangement: its least and natural heights (nil for other figures).
        let compactHeights = rows.map { row in
            figureLayout.compactHeights(of: Self.part(row[0], compact: true), width: panelWidth(row))
        }
        let compactNatural = compactHeights.map { $0?.natural }
        func compactLeast(_ index: Int) -> Double {
            compactHeights[index].map { min(fullLeast(rows[index]), $0.least) } ?? fullLeast(rows[index])
        }

        // The foot: every source once, the notes, then the publisher.
        let foot = footer(content, figures: content.figures.filter { credited.contains($0.id) }, sources: sources, width: inner, isScreen: canvas.isScreen)
        let footTop = height - measures.margin - foot.height - measures.gap
        // A panel's last gap, before the source line it leaves to the foot, stands empty: the last row takes it.
        let panelsFoot = footTop + style.gap
        var shownTiles: [String] = []
        var tileSources: [String: String] = [:]
        let panelTop = top
        let perRow = tilesBeside ? 1 : max(1, min(measures.tilesPerRow, tiles.count))
        let tileWidth = tilesBeside ? tileColumnWidth : (inner - Double(perRow - 1) * measures.gap) / Double(perRow)
        let contentWidth = tileWidth - 2 * measures.tilePadding
        // Each row's numbers at one size, their units in one place; a column beside the map reads as one row. Its
        // comparisons break alike: where one breaks, each breaks before its bracket (proof-reading 54: on A3 the first
        // tile's "(5,32 persen)" ran on while its neighbours' stood on a line of their own).
        func settingAlike(_ group: ArraySlice<(BoundFigure, any TileLayout)>) -> ArraySlice<(BoundFigure, any TileLayout)> {
            ArraySlice(TileRowSetting.settingAlike(Array(group), width: contentWidth))
        }
        let setTiles = tilesBeside ? Array(settingAlike(tiles[...])) : tiles
        var tileRows = stride(from: 0, to: setTiles.count, by: perRow).map { start -> ArraySlice<(BoundFigure, any TileLayout)> in
            let row = setTiles[start..<min(start + perRow, setTiles.count)]
            return tilesBeside ? row : settingAlike(row)
        }
        func rowHeight(_ members: ArraySlice<(BoundFigure, any TileLayout)>, fit: TileFit) -> Double {
            members.map { fit.height(of: $0.1, width: contentWidth) }.max()! + 2 * measures.tilePadding
        }
        /// The rows of tiles (the first `rows` of `set`, else of `tileRows`) with the gaps between them (the gap under
        /// the last is the foot's or the panels').
        func stackHeight(_ fit: TileFit, rows: Int? = nil, of set: [ArraySlice<(BoundFigure, any TileLayout)>]? = nil) -> Double {
            let stacked = set ?? tileRows
            return stacked.prefix(rows ?? stacked.count).reduce(0) { $0 + rowHeight($1, fit: fit) + measures.gap } - measures.gap
        }
        // The tiles whole (the comparison has one wording, with its earlier value, on every canvas). In a column beside
        // the map the tiles have the height of the canvas: as many as fit in the template's order, each with the most
        // of itself that lets them all fit (the first tile at least, which warns if it does not).
        var fit: TileFit = .whole
        // Tiles in rows on a canvas too low for them whole (1200 × 675 without a map): without their sparklines, rather
        // than left off.
        if !tilesBeside, stackHeight(fit) > footTop - top, stackHeight(.least) <= footTop - top { fit = .least }
        // Tiles in rows with nothing under them (1200 × 675) that have not the room for their sparklines are set tight
        // where that gives it: a sparkline drawn says more than the band of space a row stretched to the foot keeps.
        if !tilesBeside, fit == .least, panels.isEmpty {
            let tight = tileRows.map { ArraySlice($0.map { ($0.0, $0.1.tightened()) }) }
            if stackHeight(.whole, of: tight) <= footTop - top { (tileRows, fit) = (tight, .whole) }
        }
        // Tiles in rows over maps (and no chart) that have not the room for their natural size leave out their
        // sparklines, so that the maps grow (proof-reading 8: on 1080 × 1350 the map was 45 % of the canvas's width; a
        // map read at a glance weighs more than three small lines). Charts are not let in that way: at their least
        // height beside a compact map their axis labels would touch.
        if !tilesBeside, fit == .whole, !rows.isEmpty, rows.allSatisfy({ $0[0].components.kind == .map }) {
            let left = panelsFoot - (top + stackHeight(.whole) + measures.gap)
            let fullNeeds = rows.reduce(0) { $0 + fullLeast($1) + measures.gap }
            let naturalNeeds = rows.indices.reduce(0) { $0 + (compactNatural[$1] ?? fullLeast(rows[$1])) + measures.gap }
            if fullNeeds > left, naturalNeeds > left { fit = .least }
        }
        var columnRows = tileRows.count
        if tilesBeside {
            let choice = (1...tileRows.count).reversed().lazy.compactMap { rows in
                TileFit.allCases.first { stackHeight($0, rows: rows) <= footTop - top }.map { (rows, $0) }
            }.first ?? (1, .least)
            (columnRows, fit) = choice
        }
        // Tiles with nothing under them (1200 × 675) share the height down to the foot, so that no band stands empty
        // over it (proof-reading 8: 95 px); a tile that room lets have its sparkline draws it.
        // The tiles in a column beside the map share its height down to the foot likewise (proof-reading 8, N7: on
        // 1080 × 1080 the column stood empty from 690 to 870 px); the room goes to the sparkline.
        let tileStretch = !tilesBeside && panels.isEmpty && !tileRows.isEmpty
            ? max(0, footTop - top - stackHeight(fit)) / Double(tileRows.count)
            : (tilesBeside ? max(0, footTop - top - stackHeight(fit, rows: columnRows)) / Double(columnRows) : 0)
        for (index, members) in tileRows.enumerated() {
            let tileHeight = rowHeight(members, fit: fit) + tileStretch
            // A row stretched to the foot whose tiles have not the room for their sparklines holds its content in the
            // middle, not at the top over an empty band (proof-reading 41: on 1200 × 675 the tiles stood 30 px under
            // their tops and 81 px over their feet). One offset for the row: its numbers stay on one line.
            let showsNoSparkline = members.allSatisfy { $0.1.preferredHeight(width: contentWidth) > tileHeight - 2 * measures.tilePadding + 0.01 }
            let middling = !tilesBeside && fit == .least && showsNoSparkline ? tileStretch / 2 : 0
            guard index < columnRows, top + tileHeight <= footTop + 0.01 else {
                for member in members { warnings.append(notFitting(member.0, canvas: canvas, needs: tileHeight, left: footTop - top)) }
                continue
            }
            for (column, member) in members.enumerated() {
                shownTiles.append(member.0.id)
                let source = member.0.components.source
                let drawn = member.1.source(source, height: tileHeight - 2 * measures.tilePadding, width: contentWidth)
                if drawn != source { tileSources[member.0.id] = drawn }
                let frame = Rect(x: measures.margin + Double(column) * (tileWidth + measures.gap), y: top, width: tileWidth, height: tileHeight)
                items.append(.shape(Shape(path: .rectangle(frame), fill: measures.tileColor)))
                let placed = member.1.items(in: Rect(x: frame.minX + measures.tilePadding, y: frame.minY + measures.tilePadding + middling,
                                                     width: contentWidth, height: tileHeight - 2 * measures.tilePadding - 2 * middling))
                items.append(.group(Group(role: "tile \(member.0.id)", items: placed.items)))
                warnings += placed.warnings.map { Diagnostic(.warning, at: member.0.location, "figure `\(member.0.id)`: \($0)") }
            }
            top += tileHeight + measures.gap
        }

        if tilesBeside { top = panelTop }
        // Each row at least its least height; a row the canvas cannot hold is left off with a warning (charts are kept
        // before maps), never squeezed until its text overlaps. Maps take their full arrangement where every row fits
        // with it, else their compact one.
        let available = panelsFoot - top
        let mapsCompact = rows.reduce(0) { $0 + fullLeast($1) + measures.gap } > available && compactNatural.contains { $0 != nil }
        func least(_ index: Int) -> Double { mapsCompact ? compactLeast(index) : fullLeast(rows[index]) }
        func cap(_ index: Int) -> Double { mapsCompact ? compactNatural[index] ?? .infinity : .infinity }
        var kept = Set<Int>()
        var used = 0.0
        for index in rows.indices.sorted(by: { least($0) < least($1) || (least($0) == least($1) && $0 < $1) }) {
            if used + least(index) + measures.gap <= available {
                kept.insert(index)
                used += least(index) + measures.gap
            } else {
                for figure in rows[index] { warnings.append(notFitting(figure, canvas: canvas, needs: least(index), left: available - used)) }
            }
        }
        // What is left over is shared: charts take `chartShareOfSpare` of it when there is a map, all of it when not.
        let spare = max(0, available - used)
        let keptMaps = kept.filter { rows[$0].first!.components.kind == .map }
        let keptCharts = kept.subtracting(keptMaps)
        var chartSpare = keptMaps.isEmpty ? spare : (keptCharts.isEmpty ? 0 : spare * measures.chartShareOfSpare)
        // A map arranged compactly (`CompactBodyLayout`, where the full arrangement leaves a row off) grows from its
        // least height to its natural height; what it leaves goes to the charts or, when there are none, to the maps
        // again, whose frames grow round the country (more sea) so that the canvas has no empty band.
        var mapExtra: [Int: Double] = [:]
        for index in keptMaps { mapExtra[index] = min(cap(index) - least(index), (spare - chartSpare) / Double(keptMaps.count)) }
        let unused = spare - chartSpare - mapExtra.values.reduce(0, +)
        if !keptCharts.isEmpty {
            chartSpare += unused
        } else {
            for index in keptMaps { mapExtra[index, default: 0] += unused / Double(keptMaps.count) }
        }
        func extra(_ index: Int) -> Double {
            mapExtra[index] ?? chartSpare / Double(max(1, keptCharts.count))
        }
        for index in rows.indices where kept.contains(index) {
            let row = rows[index]
            let rowHeight = least(index) + extra(index)
            let columnWidth = panelWidth(row)
            for (column, figure) in row.enumerated() {
                let part = Self.part(figure, compact: mapsCompact)
                let laid = figureLayout.layout(part, width: columnWidth, height: rowHeight)
                let x = panelLeft + Double(column) * (columnWidth + measures.gap)
                items.append(.group(Group(role: "figure \(figure.id)", transform: .translation(x: x, y: top),
                                          clip: Rect(x: 0, y: 0, width: columnWidth, height: rowHeight), items: laid.items)))
                warnings += laid.warnings
            }
            top += rowHeight + measures.gap
        }
        let shown = content.figures.map(\.id).filter { id in shownTiles.contains(id) || kept.contains { rows[$0].contains { $0.id == id } } }
        items.append(.group(Group(role: "sources", transform: .translation(x: measures.margin, y: footTop + measures.gap), items: foot.items)))
        return (items, warnings, shown, tileSources, foot.height)
    }

    /// A figure as a panel of the infographic: without its number (sumber stands at the foot), its body arranged
    /// compactly when `compact`.
    private static func part(_ figure: BoundFigure, compact: Bool) -> FigurePart {
        var part = FigurePart(figure)
        part.showsNumber = false
        part.showsComponentsBelow = false
        part.isCompact = compact
        return part
    }

    /// The warning for a figure the canvas has no room for at its type size.
    private func notFitting(_ figure: BoundFigure, canvas: InfographicCanvas, needs: Double, left: Double) -> Diagnostic {
        Diagnostic(.warning, at: figure.location,
                   "figure `\(figure.id)` does not fit the \(canvas.name) infographic canvas at its type size (it needs \(Int(needs.rounded())) pt of the layout, \(Int(max(0, left).rounded())) are left); it is left off this canvas",
                   hint: "Draw it on a taller canvas (A4, A3), or leave out a tile or a chart.")
    }

    /// The band across the top: the title in large white type, the subtitle and period under it. On a low canvas
    /// (1200 × 675) the band is one line: the title with the period at its right, the subtitle left to the sources.
    private func titleBand(_ content: InfographicContent, width: Double, isLow: Bool) -> (items: [SceneItem], height: Double) {
        // Within the margin on paper the band keeps the low band's padding: the margin above it already gives it air,
        // and the map under it keeps its height (with the full padding the A4 map keyed Papua Pegunungan as "38").
        let padding = isLow || !measures.bandBleeds ? measures.lowBandPadding : measures.bandPadding
        // The band's edge (0 where it bleeds) and its text's left, the margin either way, and its padding more inside
        // a band within the margin.
        let inset = measures.bandBleeds ? 0 : measures.margin
        let textLeft = measures.bandBleeds ? measures.margin : inset + measures.lowBandPadding * 2
        let textWidth = width - 2 * textLeft
        let band = { (bottom: Double) in
            SceneItem.shape(Shape(path: .rectangle(Rect(x: inset, y: inset, width: width - 2 * inset, height: bottom - inset)), fill: measures.bandColor))
        }
        let titleStyle = style.text(style.titleSize * measures.bandTitleRatio, weight: .bold, color: .white)
        let lineStyle = style.text(style.bodySize, color: .white)
        var runs: [TextRun] = []
        let title = typesetter.paragraph(content.title, style: titleStyle, in: (textLeft, inset + padding, textWidth), maxLines: 3)
        runs += title.runs
        var top = inset + padding + title.height
        if isLow, let period = content.period, title.runs.count == 1,
           title.runs[0].width + measures.lowBandPeriodGap + typesetter.measurer.width(of: period, style: lineStyle) <= textWidth {
            runs.append(typesetter.line(period, style: lineStyle, x: textLeft + textWidth, baseline: title.runs[0].origin.y, alignment: .right))
            return ([band(top + padding)] + runs.map(SceneItem.text), top + padding)
        }
        // Subtitle and period on one line when they fit, else each on its own.
        var lines = [content.subtitle, content.period].compactMap { $0 }
        if lines.count == 2, typesetter.measurer.width(of: lines.joined(separator: measures.bandSeparator), style: lineStyle) <= textWidth {
            lines = [lines.joined(separator: measures.bandSeparator)]
        }
        for line in lines {
            top += measures.gap / 2
            let set = typesetter.paragraph(line, style: lineStyle, in: (textLeft, top, textWidth), maxLines: 2)
            runs += set.runs
            top += set.height
        }
        let height = top + padding
        return ([band(height)] + runs.map(SceneItem.text), height)
    }

    /// The words that open a closing bracket naming who is cited: "(dikutip rmol.id)", "(cited by …)".
    static let citingWords: Set<String> = ["dikutip", "melalui", "via", "cited", "quoted"]

    /// Sources that differ only in who is cited in their closing bracket as one, in the order first met:
    /// "BPS, Berita Resmi Statistik … Agustus 2024 (dikutip Pasker.id Kemnaker)" and "… (dikutip rmol.id)" become
    /// "… (dikutip Pasker.id Kemnaker dan rmol.id)" (proof-reading 23: the A4 leaflet named one release twice). Only a
    /// bracket opened by a citing word (`citingWords`) is merged ("(data 2023)" and "(data 2024)" are two sources), and
    /// a list already in a bracket ("CNBC Indonesia dan goodstats.id") is read as its names.
    /// "Sumber: " and `sources` merged (`merged(_:and:)`), one after another: the foot of an infographic, the line
    /// under a cover's tiles.
    static func sourceLine(_ sources: [String], locale: NumberLocale) -> String {
        "\(KeyFigureVocabulary.forLocale(locale).sources): " + merged(sources, and: Vocabulary.forLocale(locale).and).joined(separator: "; ")
    }

    public static func merged(_ sources: [String], and word: String) -> [String] {
        var order: [String] = []
        var cited: [String: (base: String, verb: String, whom: [String])] = [:]
        var plain: Set<String> = []
        for source in sources {
            if source.hasSuffix(")"), let open = source.range(of: " (", options: .backwards) {
                let inner = source[open.upperBound..<source.index(before: source.endIndex)]
                if let space = inner.firstIndex(of: " "), citingWords.contains(inner[..<space].lowercased()) {
                    let base = String(source[..<open.lowerBound]), verb = String(inner[..<space])
                    let names = inner[inner.index(after: space)...].replacingOccurrences(of: " \(word) ", with: ", ")
                        .components(separatedBy: ", ").filter { !$0.isEmpty }
                    let key = base + "\u{0}" + verb
                    if cited[key] == nil {
                        cited[key] = (base, verb, [])
                        order.append(key)
                    }
                    for name in names where !cited[key]!.whom.contains(name) { cited[key]!.whom.append(name) }
                    continue
                }
            }
            if plain.insert(source).inserted { order.append(source) }
        }
        let written = order.map { key in
            guard let entry = cited[key] else { return key }
            return "\(entry.base) (\(entry.verb) \(NarrativeVocabulary.list(entry.whom, and: word)))"
        }
        // A source for one period that another names over a span ending with it ("… (Sakernas) Agustus 2024" beside
        // "… (Sakernas) Februari 2015 – Agustus 2024", the tiles' sparklines), or with the period before it ("…
        // Agustus 2023 dan Agustus 2024", the tiles without them), is said once, by the other.
        return written.filter { source in !written.contains { $0 != source && spans($0, ending: source, and: word) } }
    }

    /// Whether `wide` is `narrow` with a span for its closing period, or two periods: "X Februari 2015 – Agustus 2024"
    /// or "X Agustus 2023 dan Agustus 2024" over "X Agustus 2024" (the first period one or two words: a year, or a
    /// month and a year).
    static func spans(_ wide: String, ending narrow: String, and word: String) -> Bool {
        [" – ", " \(word) "].contains { separator in
            guard let dash = wide.range(of: separator, options: .backwards) else { return false }
            let head = wide[..<dash.lowerBound].split(separator: " ", omittingEmptySubsequences: false)
            let tail = wide[dash.upperBound...]
            return (1...2).contains { words in
                head.count > words && (head.dropLast(words).joined(separator: " ") + " " + tail) == narrow
            }
        }
    }

    /// "Sumber: …" with the source of every figure shown once, in the order of the figures, their notes (a map's
    /// boundary licence among them) once each, but on a screen canvas those on how a figure is drawn, and the publisher.
    private func footer(_ content: InfographicContent, figures: [BoundFigure], sources given: [String: String], width: Double,
                        isScreen: Bool) -> (items: [SceneItem], height: Double) {
        var sources: [String] = [], notes: [String] = []
        for figure in figures {
            let source = given[figure.id] ?? figure.components.source
            if !sources.contains(source) { sources.append(source) }
        }
        for figure in figures {
            let drawing = isScreen ? Set(figure.body.drawingNotes) : []
            for note in FigureNote.listed(figure.components.notes) where note.marker == nil && !notes.contains(note.text) && !drawing.contains(note.text) {
                notes.append(note.text)
            }
        }
        let words = KeyFigureVocabulary.forLocale(content.locale)
        let textStyle = style.text(style.smallSize, color: style.mutedTextColor)
        var items: [SceneItem] = [.shape(Shape(path: .line(from: Point(x: 0, y: 0), to: Point(x: width, y: 0)),
                                               stroke: Stroke(color: style.ruleColor, width: measures.footRuleWidth)))]
        var top = measures.gap / 2
        let vocabulary = Vocabulary.forLocale(content.locale)
        var paragraphs = [Self.sourceLine(sources, locale: content.locale)]
        if !notes.isEmpty { paragraphs.append("\(vocabulary.note): " + notes.joined(separator: " ")) }
        if let publisher = content.publisher { paragraphs.append(words.publishedBy(publisher)) }
        for (index, paragraph) in paragraphs.enumerated() {
            let set = typesetter.paragraph(paragraph, style: textStyle, in: (0, top, width))
            items += set.runs.map(SceneItem.text)
            // Space between paragraphs, none after the last: the canvas's margin is the space under it (proof-reading
            // 11, P-22: 1200 × 675 stood empty at its foot for the margin and a paragraph's space more).
            top += set.height + (index == paragraphs.count - 1 ? 0 : style.smallSize * style.footerParagraphSpacing)
        }
        return (items, top)
    }
}
