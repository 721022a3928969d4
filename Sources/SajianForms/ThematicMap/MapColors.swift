import SajianLayout
import SajianModel
import SajianScene

/// Class colours of a thematic map that also read in greyscale print: every class has its own grey.
///
/// Colours are mixed from one hue with white or black to an exact luma (0.299 R + 0.587 G + 0.114 B, the grey a
/// printer or a greyscale conversion gives). A sequential ramp runs evenly from light to dark. A diverging ramp
/// runs from a dark blue through a light middle to a dark orange, the orange side offset by half a step, so that
/// no two classes share a grey even though the two sides mirror each other in colour; one that turns at a value
/// (`titik-tengah`) keeps its sides balanced, the blue a little darker (``turning(count:below:)``).
public enum MapColors {
    /// Well below the sea's grey (about 0.96) and the land round the map (0.92), so that the lightest class stands
    /// apart from both in print: at 0,86 Kalimantan Barat's lowest class read as a part of Sarawak and Papua
    /// Pegunungan's as Papua New Guinea (proof-reading 41 and 44). (At 0,83 a mid class's names turned white at 3,8 : 1
    /// by a threshold on grey; names now take the colour of more contrast, `HouseStyle.textColor(on:)`.)
    static let lightest = 0.80
    static let darkest = 0.15
    /// The sea: a very pale cool blue.
    public static let sea = Color(hex: 0xF2F6F9)
    /// The land round the map (neighbouring countries, the provinces around a province's map): a light warm grey, so
    /// that the lightest class stands apart from it in hue and grey (a neutral 0xE6E6E6 had Kalimantan Barat's lowest
    /// class read as a part of Sarawak, proof-reading 41 and 44), and apart from the cool sea in hue.
    public static let surroundingLand = Color(hex: 0xEDEBE6)
    /// The land round the country in an index map: a mid warm grey. The main map's pale one, set a few points across on
    /// the index map's sea, left mainland Asia and Australia unread, Indonesia standing "on nothing" (proof-reading 56).
    /// Lighter than the grey Indonesia takes when the index marks a province (`MapLayout.insetIndonesiaColor`).
    public static let indexNeighbourLand = Color(hex: 0xD3D0C9)
    /// "Here" on a diverging map's index map: darker than Indonesia's grey round a province, in neither side's hue.
    public static let indexDivergingMark = Color(hex: 0x4D4D4D)
    /// The grey of the only class of a map with one.
    static let single = 0.55
    /// The hue of a diverging ramp's neutral middle class (a mid grey, lightened to `lightest`).
    static let neutralHue = Color(hex: 0x8C8C8C)
    static let blue = Color(hex: 0x2166AC)
    static let orangeHue = Color(hex: 0xE08214)

    /// The grey a colour prints as.
    public static func luma(_ color: Color) -> Double { 0.299 * color.red + 0.587 * color.green + 0.114 * color.blue }

    /// `count` class colours, lightest (lowest) first for a sequential ramp. A diverging ramp with `below` set turns
    /// between class `below − 1` (blue) and class `below` (orange) instead of at a neutral middle class.
    /// `lightestGrey`: the grey a sequential ramp starts at (a pie's slices on white start darker than a map's classes
    /// beside the sea).
    public static func ramp(_ ramp: MapData.Ramp, count: Int, below: Int? = nil, lightestGrey: Double? = nil) -> [Color] {
        guard count > 0 else { return [] }
        if ramp == .diverging, let below, below > 0, below < count { return turning(count: count, below: below) }
        switch ramp {
        case .sequential:
            let lightest = lightestGrey ?? Self.lightest
            let step = count > 1 ? (lightest - darkest) / Double(count - 1) : 0
            return (0..<count).map { tinted(blue, luma: count == 1 ? single : lightest - step * Double($0)) }
        case .diverging:
            let middle = Double(count - 1) / 2
            guard middle > 0 else { return [tinted(blue, luma: single)] }
            let step = (lightest - darkest) / middle
            return (0..<count).map { index in
                let distance = abs(Double(index) - middle) / middle
                let luma = lightest - (lightest - darkest) * distance
                if Double(index) < middle { return tinted(blue, luma: luma) }
                if Double(index) == middle { return tinted(neutralHue, luma: lightest) }
                return tinted(orangeHue, luma: min(lightest, luma + step / 2))
            }
        }
    }

    /// The least difference in grey between any two classes of a map.
    static let leastGreyStep = 0.1
    /// The lightest a ramp of many classes that turns at a value may start, to keep `leastGreyStep` between its
    /// classes: above it the lightest class would fade into the land round the map (0,92; eight classes).
    static let lightestOfMany = 0.86
    /// The least difference in grey between the two sides' classes of a diverging ramp that turns at a value.
    static let sideOffset = 0.12
    /// The darkest grey of a diverging ramp that turns at a value, the blue's: at `darkest` (0,15) a class read as
    /// black, whichever hue was taken down to it (proof-reading 24); the orange's is `sideOffset` lighter.
    static let turningDarkest = 0.22

    /// A diverging ramp that turns at a value: the classes nearest it are lightest, each side darker away from it in
    /// equal steps, the blue side a little darker than the orange (`sideOffset`) so that every class keeps its own
    /// grey while the two sides stay balanced: with 2 + 2 classes, greys 0,68 and 0,22 blue, 0,80 and 0,34 orange. An
    /// offset of half a step left the class just above the national figure 21 L* darker than the one just below, and
    /// above-national provinces looked far more extreme (proof-reading 23); an orange taken down to the darkest grey
    /// is a brown near black, and a pale orange already looks more vivid than a blue of its grey, so the orange side
    /// is the lighter one (as ColorBrewer's PuOr, whose darkest orange is about 0,29; proof-reading 24). Where the
    /// steps are too small for such an offset (many classes), the sides alternate through `count` evenly spaced greys.
    static func turning(count: Int, below: Int) -> [Color] {
        let above = count - below
        // One class either side (above or below the national figure): two mid greys a side offset apart, neither
        // side the darker by far.
        if below == 1, above == 1 {
            return [tinted(blue, luma: single - sideOffset / 2), tinted(orangeHue, luma: single + sideOffset / 2)]
        }
        // Every class a tenth of grey from the next: seven classes start lighter than `lightest` (0,82), but none
        // above `lightestOfMany`.
        let lightest = min(lightestOfMany, max(Self.lightest, turningDarkest + leastGreyStep * Double(count - 1)))
        let span = lightest - turningDarkest
        // The side of more classes reaches `turningDarkest` if it is the blue; the orange, offset, stops `sideOffset`
        // above it, so that it is never the brown near black (proof-reading 24). (One class on the side of more
        // classes means one on each, returned above.)
        let sideStep = (span - sideOffset) / Double(max(below, above) - 1)
        // Offset, the two sides interleave: each class stays `leastGreyStep` from its neighbours in grey.
        if sideStep - sideOffset >= leastGreyStep - 1e-9 {
            return (0..<count).map { index in
                index < below ? tinted(blue, luma: lightest - sideOffset - sideStep * Double(below - 1 - index))
                    : tinted(orangeHue, luma: lightest - sideStep * Double(index - below))
            }
        }
        var order: [Int] = []
        var down = below - 1, up = below
        while order.count < count {
            // The orange first at each rank: the lighter of the two.
            if up < count { order.append(up); up += 1 }
            if down >= 0 { order.append(down); down -= 1 }
        }
        var colors = [Color](repeating: .white, count: count)
        let step = (lightest - turningDarkest) / Double(count - 1)
        for (rank, index) in order.enumerated() {
            colors[index] = tinted(index < below ? blue : orangeHue, luma: lightest - step * Double(rank))
        }
        return colors
    }

    /// Whether the darkest class above the turn of `turning(count:below:)` prints brown: darker than the orange hue
    /// by more than a tenth of grey (2 + 2 classes: 0,34 against the hue's; 3 + 2: a mid orange).
    public static func darkestAbovePrintsBrown(count: Int, below: Int) -> Bool {
        guard count - below > 1, let darkest = turning(count: count, below: below).last else { return false }
        return luma(darkest) < luma(orangeHue) - 0.1
    }

    /// `hue` mixed with white (lighter) or black (darker) to give exactly `luma`.
    static func tinted(_ hue: Color, luma target: Double) -> Color {
        let base = luma(hue)
        if target >= base {
            let t = (target - base) / (1 - base)
            return Color(red: hue.red + (1 - hue.red) * t, green: hue.green + (1 - hue.green) * t, blue: hue.blue + (1 - hue.blue) * t)
        }
        let t = target / base
        return Color(red: hue.red * t, green: hue.green * t, blue: hue.blue * t)
    }
}
