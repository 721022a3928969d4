import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// One row per value of the category dimension (in data order, the youngest first), the two values of the side
    /// dimension left and right. Small counts are withheld as on bars; a negative count is refused.
    func bindPopulationPyramid(_ spec: PopulationPyramidSpec) -> PopulationPyramidData? {
        guard let categoryName = spec.category, let sideName = spec.sides, let measureName = spec.measure,
              let category = dimension(categoryName), let side = dimension(sideName), let measure = measure(measureName),
              let observations = selectedObservations(of: measure), let display = display(of: measure) else { return nil }
        var rows: [String] = [], sides: [String] = []
        var values: [DimensionKey: StatisticalValue] = [:]
        for observation in observations {
            let row = observation.coordinates[category], column = observation.coordinates[side]
            if !rows.contains(row) { rows.append(row) }
            if !sides.contains(column) { sides.append(column) }
            guard values.updateValue(observation.value.scaled(by: display.factor), forKey: DimensionKey(row, column)) == nil else {
                problems.error(at: categoryName.location, "`\(row)` × `\(column)` has more than one value after the filter",
                               hint: "Narrow the data with `saring:`, e.g. `saring: { periode: 2024-08 }`.")
                return nil
            }
            if let number = observation.value.number, number < 0 {
                problems.error(at: measureName.location, "a pyramid's bars are counts or shares; `\(row)` × `\(column)` is negative (\(number))",
                               hint: "Draw signed values as a `grafik-batang`.")
                return nil
            }
        }
        guard sides.count == 2 else {
            problems.error(at: sideName.location, "a pyramid has two sides, but `seri: \(sideName.value)` has \(sides.count) value\(sides.count == 1 ? "" : "s") after the filter: \(sides.joined(separator: ", "))",
                           hint: "Keep two values with `saring:`, e.g. `saring: { \(sideName.value): [\(sides.prefix(2).joined(separator: ", "))] }`.")
            return nil
        }
        if let wanted = spec.left {
            guard let index = sides.firstIndex(where: { $0 == wanted.value || label($0, dimension: side) == wanted.value }) else {
                problems.error(at: wanted.location, "`kiri: \(wanted.value)` is neither side of the pyramid",
                               hint: "Write one of \(sides.map { "`\(label($0, dimension: side))`" }.joined(separator: ", ")).")
                return nil
            }
            if index == 1 { sides.reverse() }
        }
        var columns = sides.map { column in rows.map { values[DimensionKey($0, column)] ?? .notAvailable } }
        if let threshold = smallCellThreshold(of: measure, factor: display.factor) {
            let protected = SmallCellSuppression.apply(to: rows.indices.map { row in columns.map { $0[row] } }, threshold: threshold)
            columns = columns.indices.map { column in rows.indices.map { protected[$0][column] } }
        }
        var pyramid = PopulationPyramidData(
            rows: rows.map { label($0, dimension: category) },
            left: PopulationPyramidData.Side(name: label(sides[0], dimension: side), values: columns[0]),
            right: PopulationPyramidData.Side(name: label(sides[1], dimension: side), values: columns[1]),
            unit: display.unit, format: display.format, showsValues: spec.showsValues)
        if side == dataset.periodDimensionIndex, let left = Period(code: sides[0]), let right = Period(code: sides[1]) {
            pyramid.earlierPeriod = left < right ? .left : .right
        }
        return pyramid
    }
}
