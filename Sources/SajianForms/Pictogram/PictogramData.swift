import SajianModel

/// A pictogram (*grafik piktogram*), in the ISOTYPE manner: one icon stands for a stated quantity.
public struct PictogramData: Sendable {
    public struct Row: Sendable, Hashable {
        public var label: String
        public var value: StatisticalValue

        public init(label: String, value: StatisticalValue) {
            self.label = label
            self.value = value
        }
    }

    public var rows: [Row]
    /// How much one icon stands for, in the unit shown.
    public var quantityPerIcon: Double
    /// The icon, by name of a built-in one ("orang", "pabrik" …) or as SVG path data in a 100 × 100 box.
    public var icon: String
    public var unit: MeasureUnit
    public var format: NumberFormat
    /// Notes the data calls for (regions of the reference list not shown).
    public var notes: [String] = []

    /// The share of an icon a row's remainder is drawn as: one under a fifth is not drawn (a sliver reads as a
    /// fault), one over four fifths is drawn whole (a nearly full icon reads as shrunk); the value after the icons
    /// states it exactly, and the figure's note says so.
    public static let drawnRemainders = 0.2...0.8

    /// The icons `value` is drawn as: whole icons and the share of one more (0 when none is drawn).
    public func icons(for value: Double) -> (whole: Int, part: Double) {
        let count = value / quantityPerIcon, remainder = count - count.rounded(.down)
        if remainder > Self.drawnRemainders.upperBound { return (Int(count.rounded(.up)), 0) }
        return (Int(count.rounded(.down)), remainder >= Self.drawnRemainders.lowerBound ? remainder : 0)
    }

    /// Whether some row's last icon is drawn otherwise than its value says (left out, or drawn whole).
    public var roundsARemainder: Bool {
        rows.contains { row in
            guard let value = row.value.number else { return false }
            let drawn = icons(for: value)
            return abs(Double(drawn.whole) + drawn.part - value / quantityPerIcon) > 1e-9
        }
    }

    /// How the quantity one icon stands for is written: a whole quantity without decimals ("5 ribu orang", not "5,0").
    public var quantityFormat: NumberFormat {
        var quantityFormat = format
        if quantityPerIcon == quantityPerIcon.rounded() { quantityFormat.decimals = 0 }
        return quantityFormat
    }

    /// A row's value as printed after its icons, with its unit: "83,2 ribu" (the scale line names the persons),
    /// "1.250 orang", "4,91 persen".
    public func valueLabel(_ value: StatisticalValue, in vocabulary: Vocabulary) -> String {
        let number = format.string(from: value)
        guard value.number != nil else { return number }
        let name = unit.name(in: vocabulary)
        let short = unit == .thousandPersons || unit == .millionPersons ? name.split(separator: " ").first.map(String.init) ?? name : name
        return short.isEmpty ? number : "\(number) \(short)"
    }

    public init(rows: [Row], quantityPerIcon: Double, icon: String, unit: MeasureUnit, format: NumberFormat) {
        self.rows = rows
        self.quantityPerIcon = quantityPerIcon
        self.icon = icon
        self.unit = unit
        self.format = format
    }
}
