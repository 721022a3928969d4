import SajianModel

/// A population pyramid (*piramida penduduk*) bound to its data: the rows from the foot up, and two sides of one
/// scale. Numbers and words; no geometry.
public struct PopulationPyramidData: Sendable {
    /// One side of the pyramid: its name ("Laki-laki") and one value per row, in the order of `rows`.
    public struct Side: Sendable, Hashable {
        public var name: String
        public var values: [StatisticalValue]

        public init(name: String, values: [StatisticalValue]) {
            self.name = name
            self.values = values
        }
    }

    /// The rows' labels (age groups), the youngest first: drawn from the foot up.
    public var rows: [String]
    public var left: Side
    public var right: Side
    /// The unit the values are shown in (after any scaling).
    public var unit: MeasureUnit
    public var format: NumberFormat
    public var showsValues: Bool
    /// Where the sides are two periods of one measure (`seri: periode`), the side that shows the earlier: both are
    /// drawn in shades of one hue, the earlier lighter, so that they read as one measure at two times and not as
    /// two groups (contoh-inti's Grafik 5 drew Agustus 2022 and Agustus 2024 in the blue and orange with which
    /// Grafik 4 above it drew *pernah* and *tidak pernah bekerja*, proof-reading 18). Nil for any other pair.
    public var earlierPeriod: HorizontalSide?

    public enum HorizontalSide: Sendable, Hashable { case left, right }

    public init(rows: [String], left: Side, right: Side, unit: MeasureUnit, format: NumberFormat, showsValues: Bool = true) {
        self.rows = rows
        self.left = left
        self.right = right
        self.unit = unit
        self.format = format
        self.showsValues = showsValues
    }
}

extension PopulationPyramidData: FigureBody {
    public var values: [StatisticalValue] { left.values + right.values }

    /// One record per row: the left side's value, then the right side's.
    public func dataTable() -> DataTable {
        let unit = unit.name.isEmpty ? "" : " (\(unit.name))"
        var table = DataTable(headings: ["kategori", left.name + unit, right.name + unit])
        table.records = rows.indices.map { index in
            [.text(rows[index]), .value(left.values[index], decimals: format.decimals), .value(right.values[index], decimals: format.decimals)]
        }
        return table
    }

    /// The largest row of each side, and the side's total.
    public func altText(title: String, locale: NumberLocale) -> String {
        let vocabulary = Vocabulary.forLocale(locale)
        func written(_ value: Double) -> String { "\(format.string(from: value)) \(unit.name(in: vocabulary))" }
        let sides = [left, right].compactMap { side -> (name: String, largest: (row: String, value: String), total: String)? in
            let numbered = zip(rows, side.values).compactMap { row, value in value.number.map { (row, $0) } }
            guard let largest = numbered.max(by: { $0.1 < $1.1 }) else { return nil }
            return (side.name, (largest.0, written(largest.1)), written(numbered.map(\.1).reduce(0, +)))
        }
        return AltTextVocabulary.forLocale(locale).pyramid(title, sides: sides)
    }
}

extension AltTextVocabulary {
    /// "Piramida: …. Laki-laki: terbanyak 20-24, 1.220 ribu orang; jumlah 4.400 ribu orang. …" /
    /// "Pyramid: …. Male: largest group 20-24, 1,220 thousand persons; total 4,400 thousand persons. …"
    func pyramid(_ title: String, sides: [(name: String, largest: (row: String, value: String), total: String)]) -> String {
        switch language {
        case .indonesian:
            "Piramida: \(title)." + sides.map { " \($0.name): terbanyak \($0.largest.row), \($0.largest.value); jumlah \($0.total)." }.joined()
        case .english:
            "Pyramid: \(title)." + sides.map { " \($0.name): largest group \($0.largest.row), \($0.largest.value); total \($0.total)." }.joined()
        }
    }
}
