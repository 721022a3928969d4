import Foundation
import SajianScene

// Measures of layout have names: a length, ratio or count that decides where something goes is a field here (when
// the forms share it), in a form's own metrics (`BarChartMetrics.standard` …, kept in that form's layout file) or in
// the publication pages' (`PublicationMetrics`), with a doc comment saying what it controls and in what unit
// (points unless said). A bare number is left only where its meaning is plain at the use: 0 and 1, 2 in `/ 2` or
// `2 * padding` (two sides), 0.5 for a half-pixel or a centre, 100 for percent, the geometry of a circle or
// centroid (`2 * .pi`, `3 * twiceArea`), a guard against dividing by zero (`1e-9`), and degrees of longitude and
// latitude.

/// The look of a publication: fonts, sizes, colours, spacing. A value passed down, never a global.
public struct HouseStyle: Sendable, Hashable {
    public var fontFamily: String
    /// Figure number ("Grafik 1"), set bold.
    public var labelSize: Double
    public var titleSize: Double
    public var bodySize: Double
    /// Source line, notes, axis labels.
    public var smallSize: Double
    public var textColor: Color
    public var mutedTextColor: Color
    public var ruleColor: Color
    public var gridColor: Color
    /// Series colours: Okabe–Ito, distinguishable with the common colour-vision deficiencies.
    public var palette: [Color]
    /// The colour of a highlighted bar (a booklet's own province, the national figure).
    public var accent: Color

    /// How much of the palette's first colour the earliest of several periods takes, and how many periods at most are
    /// told apart by shades rather than hues.
    public static let earliestPeriodShare = 0.5, periodShadesAtMost = 3

    /// `count` periods drawn as one measure over time, earliest first: tints of the palette's first colour, the
    /// earliest lightest (also in greyscale), the latest the colour itself; nil for one period or more than
    /// `periodShadesAtMost` (then the palette's hues). A pyramid's two periods and grouped bars of periods alike, so
    /// that the palette's other hues keep meaning groups (pernah / tidak pernah bekerja) in the charts beside them.
    public func periodShades(_ count: Int) -> [Color]? {
        guard count > 1, count <= Self.periodShadesAtMost else { return nil }
        return (0..<count).map { index in
            index == count - 1 ? palette[0] : palette[0].tint(1 - (1 - Self.earliestPeriodShare) * Double(count - 1 - index) / Double(count - 1))
        }
    }
    /// Space between parts of a figure (title, body, source).
    public var gap: Double
    /// Inner margin of a figure that stands alone (PNG, SVG).
    public var figureMargin: Double
    /// The publisher's logo (PNG) and its size in points, set at the foot of a figure that stands alone.
    public var logo: Logo?
    /// How far (points) a map's simplified boundaries may stray from the file's: a fraction of a device pixel.
    /// `screen` keeps PNG and SVG small; `print` keeps a PDF precise.
    public var mapTolerance = HouseStyle.screenMapTolerance
    /// The tolerance of the boundaries a map's names and numbers are placed against, where it differs from
    /// `mapTolerance`: a figure's own PDF draws print boundaries but places its names as its PNG and SVG do, so that
    /// the three name and number the same regions (proof-reading 27: the PDF named Maluku where the PNG keyed "31").
    public var mapLabelTolerance: Double?

    // MARK: The frame of a figure (nomor, judul, sumber, catatan)

    /// The space between the figure's number and its title beside it, as a fraction of `titleSize`.
    public var titleIndentRatio: Double = 0.6
    /// The title stands beside the number while number and space take less than this fraction of the figure's
    /// width; wider, it goes under the number.
    public var titleBesideNumberLimit: Double = 0.3
    /// The most lines a figure's title may take; the rest is cut with an ellipsis.
    public var titleMaxLines: Int = 3
    /// Space between the paragraphs under a figure (source line, notes, legend of symbols), as a fraction of `smallSize`.
    public var footerParagraphSpacing: Double = 0.35
    /// The least height a figure's body (chart, table, map) is given, however little room the page leaves.
    public var minimumBodyHeight: Double = 40
    /// Space between the source line of a figure that stands alone and the logo at its right.
    public var logoGap: Double = 8
    /// The fewest table rows a part of a split table holds at a page's foot (no widows) or head (no orphans).
    public var minimumRowsPerPart: Int = 4

    // MARK: Charts (batang, garis, lingkaran, piktogram)

    /// How much larger than `smallSize` category labels, series names and slice labels are set.
    public var chartLabelSizeStep: Double = 0.5
    /// The halo around value labels and reference labels (`haloed(_:)`): the page's white, 2.5 pt wide, so that a
    /// reference line or gridline behind a label stops short of its glyphs.
    public var labelHalo: TextStyle.Halo? = TextStyle.Halo(color: .white, width: 2.5)
    /// Stroke width of the light gridlines at a value axis's ticks.
    public var gridLineWidth: Double = 0.5
    /// Stroke width of a chart's zero line or axis rule.
    public var axisLineWidth: Double = 0.75
    /// Space between a value axis at the plot's left and its tick labels (and the room kept beside the widest).
    public var tickLabelGap: Double = 5
    /// Space between the foot of a horizontal chart's plot and the tick labels under it.
    public var tickLabelDrop: Double = 3
    /// Height of a horizontal chart's value axis under the plot (tick labels, then the unit), in lines of tick type.
    public var valueAxisLines: Double = 2.4
    /// How far the unit's baseline stands under the tick labels' of a horizontal chart, in lines of tick type.
    public var unitLineSpacing: Double = 1.15
    /// Height kept above a vertical chart's plot for the unit, in lines of tick type.
    public var unitLines: Double = 1.3
    /// Space between a category label and the plot beside it (horizontal bars).
    public var categoryLabelGap: Double = 6
    /// Space between the foot of a vertical chart's plot and the category or period labels under it.
    public var categoryLabelDrop: Double = 4
    /// Space between the end of a horizontal bar and its value.
    public var valueLabelGap: Double = 3
    /// Space between the top (or foot, when negative) of a vertical bar and its value.
    public var valueLabelRise: Double = 2
    /// About how many ticks a value axis gets (`NiceScale` picks round ones near it).
    public var valueAxisTicks: Int = 5

    /// The smallest type size (points) any text is set in, whatever size a form or its metrics ask for: 9 pt (12 px at
    /// 1x) for screens (PNG, SVG), the canvas's least size for an infographic; nil for print, which keeps its sizes.
    /// The layout is made at the raised size, so nothing is scaled down afterwards.
    public var minimumTextSize: Double?
    /// The thinnest a fine line that must be seen (a map's leader) is drawn: 0,75 pt (1 px at 1x) on screens, where a
    /// 0,45 pt leader rasterised at 0,6 px and read as a pale grey zipper over the navy classes (proof-reading 55);
    /// nil for print, which keeps its widths.
    public var leastLineWidth: Double?

    /// 12 px at 1x (9 pt at 4/3 px a point): the least type size on screens (issue 14).
    public static let screenMinimumTextSize = 9.0
    /// 16 px at 1x: a figure's title on screens, a step over its 12 px labels (proof-reading 39: at 13,3 px over 12 px
    /// the title barely stood out).
    public static let screenTitleSize = 12.0

    public static let screenMapTolerance = 0.45
    /// Paper: 0.1 pt (0.035 mm, under one dot of a 600 dpi printer); 0.04 pt wrote 16 % more PDF for no visible line.
    public static let printMapTolerance = 0.1

    /// A publisher's logo: the PNG file's bytes and the size (points) it is drawn at.
    public struct Logo: Sendable, Hashable {
        public var png: Data
        public var size: Size

        public init(png: Data, size: Size) {
            self.png = png
            self.size = size
        }
    }

    public static let standard = HouseStyle(
        fontFamily: "Noto Sans", labelSize: 10, titleSize: 10, bodySize: 8, smallSize: 7,
        textColor: Color(hex: 0x1A1A1A), mutedTextColor: Color(hex: 0x555555), ruleColor: Color(hex: 0x1A1A1A),
        gridColor: Color(hex: 0xDDDDDD),
        palette: [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000].map { Color(hex: $0) },
        accent: Color(hex: 0xD55E00), gap: 8, figureMargin: 16, logo: nil)

    /// The text colour that reads on `fill`: the house's dark text or white, whichever contrasts more with it by
    /// WCAG 2's contrast ratio, and black on a mid colour where neither reaches `leastTextContrast` (on #4C83BC the dark
    /// text gives 4,4 : 1, black 5,3 : 1). A threshold on the gamma-encoded grey had set white at 3,8 : 1 on a mid blue,
    /// #5187BE, where the dark text gives 4,6 : 1 (proof-reading 44).
    public func textColor(on fill: Color) -> Color {
        let dark = fill.contrastRatio(with: textColor), light = fill.contrastRatio(with: .white)
        if max(dark, light) < Self.leastTextContrast { return fill.contrastRatio(with: .black) > light ? .black : .white }
        return dark >= light ? textColor : .white
    }

    /// WCAG 2's 4,5 : 1 for text, with a margin for a printer's conversion to CMYK: the accent's bar label in the booklets
    /// passed with the dark text at 4,5004 : 1 (proof-reading 45); black gives it 5,4 : 1.
    public static let leastTextContrast = 4.6

    /// `textStyle` with the label halo: for labels that lines may pass behind (values at bar ends, reference lines'
    /// labels), so that no reference line or gridline strikes through them.
    public func haloed(_ textStyle: TextStyle) -> TextStyle {
        var haloed = textStyle
        haloed.halo = labelHalo
        return haloed
    }

    public func text(_ size: Double, weight: TextStyle.Weight = .regular, italic: Bool = false, color: Color? = nil) -> TextStyle {
        TextStyle(family: fontFamily, size: max(size, minimumTextSize ?? 0), weight: weight, isItalic: italic, color: color ?? textColor)
    }
}
