import Foundation
import SajianScene

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
    /// Space between parts of a figure (title, body, source).
    public var gap: Double
    /// Inner margin of a figure that stands alone (PNG, SVG).
    public var figureMargin: Double
    /// The publisher's logo (PNG) and its size in points, set at the foot of a figure that stands alone.
    public var logo: (png: Data, size: Size)?
    /// How far (points) a map's simplified boundaries may stray from the file's: a fraction of a device pixel.
    /// `screen` keeps PNG and SVG small; `print` keeps a PDF precise.
    public var mapTolerance = HouseStyle.screenMapTolerance

    public static let screenMapTolerance = 0.45
    public static let printMapTolerance = 0.04

    public static func == (lhs: HouseStyle, rhs: HouseStyle) -> Bool {
        lhs.fontFamily == rhs.fontFamily && lhs.palette == rhs.palette && lhs.accent == rhs.accent
            && lhs.labelSize == rhs.labelSize && lhs.bodySize == rhs.bodySize && lhs.logo?.png == rhs.logo?.png
            && lhs.mapTolerance == rhs.mapTolerance
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(fontFamily)
        hasher.combine(palette)
        hasher.combine(logo?.png)
    }

    public static let standard = HouseStyle(
        fontFamily: "Noto Sans", labelSize: 10, titleSize: 10, bodySize: 8, smallSize: 7,
        textColor: Color(hex: 0x1A1A1A), mutedTextColor: Color(hex: 0x555555), ruleColor: Color(hex: 0x1A1A1A),
        gridColor: Color(hex: 0xDDDDDD),
        palette: [0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7, 0x56B4E9, 0xD55E00, 0xF0E442, 0x000000].map { Color(hex: $0) },
        accent: Color(hex: 0xD55E00), gap: 8, figureMargin: 16, logo: nil)

    /// The text colour that reads on `fill`: dark on light colours, white on dark ones.
    public func textColor(on fill: Color) -> Color {
        let luminance = 0.2126 * fill.red + 0.7152 * fill.green + 0.0722 * fill.blue
        return luminance > 0.5 ? textColor : .white
    }

    public func text(_ size: Double, weight: TextStyle.Weight = .regular, italic: Bool = false, color: Color? = nil) -> TextStyle {
        TextStyle(family: fontFamily, size: size, weight: weight, isItalic: italic, color: color ?? textColor)
    }
}
