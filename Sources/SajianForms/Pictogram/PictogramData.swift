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
