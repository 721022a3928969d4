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

    public init(rows: [Row], quantityPerIcon: Double, icon: String, unit: MeasureUnit, format: NumberFormat) {
        self.rows = rows
        self.quantityPerIcon = quantityPerIcon
        self.icon = icon
        self.unit = unit
        self.format = format
    }
}
