import Foundation
import SajianModel
import SajianTemplate

extension BindingContext {
    /// Lines over the axis dimension (periods in time order): one line per measure, or per value of `seri`.
    func bindLineChart(_ spec: LineChartSpec) -> LineChartData? {
        guard let axisName = spec.axis, let axis = dimension(axisName) else { return nil }
        let seriesIndex = spec.series.flatMap { dimension($0) }
        if spec.series != nil && seriesIndex == nil { return nil }
        let measures = spec.measures.compactMap { measure($0) }
        guard measures.count == spec.measures.count, let first = measures.first, let display = display(of: first) else { return nil }
        if measures.count > 1, seriesIndex != nil {
            problems.error(at: spec.measures[0].location, "a line chart shows several measures or a `seri`, not both",
                           hint: "Keep one measure with `seri:`, or drop `seri:` to draw one line per measure.")
            return nil
        }
        var lines: [(name: String, key: String, points: [String: StatisticalValue])] = []
        var axisKeys: [String] = []
        for measure in measures {
            guard let observations = selectedObservations(of: measure) else { return nil }
            for observation in observations {
                let x = observation.coordinates[axis]
                if !axisKeys.contains(x) { axisKeys.append(x) }
                let seriesKey = seriesIndex.map { observation.coordinates[$0] } ?? measure.name
                let name = seriesIndex.map { label(observation.coordinates[$0], dimension: $0) } ?? measure.label
                if let index = lines.firstIndex(where: { $0.key == seriesKey }) {
                    if lines[index].points[x] != nil {
                        problems.error(at: axisName.location, "`\(name)` has two values at `\(x)`",
                                       hint: "Narrow the data with `saring:` or name the dimension that tells them apart with `seri:`.")
                        return nil
                    }
                    lines[index].points[x] = observation.value.scaled(by: display.factor)
                } else {
                    lines.append((name, seriesKey, [x: observation.value.scaled(by: display.factor)]))
                }
            }
        }
        let periods = axisKeys.compactMap(Period.init(code:))
        if periods.count == axisKeys.count {
            axisKeys = zip(axisKeys, periods).sorted { $0.1 < $1.1 }.map(\.0)
        }
        let labels = axisKeys.map { key in Period(code: key).map { $0.label(in: vocabulary, abbreviated: true) } ?? key }
        let series = lines.map { line in
            LineChartData.Series(name: line.name, values: axisKeys.map { line.points[$0] ?? .notAvailable },
                                 isHighlighted: spec.highlighted.contains(line.key) || spec.highlighted.contains(line.name))
        }
        var chart = LineChartData(periods: labels, series: series, unit: display.unit, format: display.format, reference: spec.reference)
        chart.band = spec.band
        return chart
    }

    /// Slices of a whole, with shares that add up to 100 after rounding (largest remainder), small slices
    /// grouped as "Lainnya". Negative values and an all-zero whole are refused.
    func bindPieChart(_ spec: PieChartSpec) -> PieChartData? {
        guard let categoryName = spec.category, let measureName = spec.measure, let category = dimension(categoryName),
              let measure = measure(measureName), let observations = selectedObservations(of: measure) else { return nil }
        var values: [(label: String, value: Double)] = []
        for observation in observations {
            guard let number = observation.value.number else { continue }
            if number < 0 {
                problems.error(at: measureName.location, "`\(observation.coordinates[category])` is negative (\(number)); a pie shows parts of a whole",
                               hint: "Use a bar chart for values that can be negative.")
                return nil
            }
            values.append((label(observation.coordinates[category], dimension: category), number))
        }
        // Percentages of a whole that the data lists only in part (the three largest sectors) are not
        // stretched to fill the circle: the rest to 100 is a slice of its own.
        if measure.unit == .percent, case let listed = values.map(\.value).reduce(0, +), listed < 99.5 {
            if listed > 100.5 {
                problems.error(at: measureName.location, "the percentages of `\(measure.name)` add up to more than 100 (\(listed))",
                               hint: "Filter one period and one breakdown under `saring:`.")
                return nil
            }
            values.append((vocabulary.other, 100 - listed))
        }
        let whole = values.map(\.value).reduce(0, +)
        guard whole > 0 else {
            problems.error(at: measureName.location, "every value of `\(measure.name)` is zero or missing, so there is no whole to divide",
                           hint: "Check the filter under `saring:`.")
            return nil
        }
        if spec.groupBelow > 0 {
            let small = values.filter { $0.value / whole * 100 < spec.groupBelow }
            if small.count > 1 {
                values = values.filter { $0.value / whole * 100 >= spec.groupBelow } + [(vocabulary.other, small.map(\.value).reduce(0, +))]
            }
        }
        let decimals = 1
        let percents = PieShares.largestRemainder(values.map { $0.value / whole * 100 }, decimals: decimals)
        return PieChartData(slices: zip(values, percents).map { PieChartData.Slice(label: $0.label, value: $0.value, percent: $1) },
                            isDonut: spec.isDonut, percentFormat: NumberFormat(locale: locale, decimals: decimals))
    }
}

extension BindingContext {
    /// One row of icons per category; one icon stands for `satu-ikon` (or a round quantity giving at most
    /// about twenty icons in the longest row).
    func bindPictogram(_ spec: PictogramSpec) -> PictogramData? {
        guard let categoryName = spec.category, let measureName = spec.measure, let category = dimension(categoryName),
              let measure = measure(measureName), let observations = selectedObservations(of: measure),
              let display = display(of: measure) else { return nil }
        guard IconLibrary.isKnown(spec.icon.value) else {
            problems.error(at: spec.icon.location, "`ikon: \(spec.icon.value)` is neither a built-in icon nor SVG path data",
                           hint: "Built-in icons: \(IconLibrary.names.joined(separator: ", ")); or SVG path data in a 100 × 100 box, e.g. \"M10 10 L90 10 L50 90 Z\".")
            return nil
        }
        let rows = observations.map { PictogramData.Row(label: label($0.coordinates[category], dimension: category), value: $0.value.scaled(by: display.factor)) }
        let largest = rows.compactMap(\.value.number).max() ?? 1
        if rows.contains(where: { ($0.value.number ?? 0) < 0 }) {
            problems.error(at: measureName.location, "a pictogram counts things and cannot show negative values", hint: "Use a bar chart.")
            return nil
        }
        let quantity = spec.quantityPerIcon ?? NiceQuantity.perIcon(largest: largest, maximumIcons: 20)
        if largest / quantity > 40 {
            problems.warning(at: spec.icon.location, "the longest row needs \(Int(largest / quantity)) icons",
                             hint: "Make one icon stand for more with `satu-ikon:`.")
        }
        return PictogramData(rows: rows, quantityPerIcon: quantity, icon: spec.icon.value, unit: display.unit, format: display.format)
    }
}

/// A round quantity per icon: 1, 2 or 5 times a power of ten.
enum NiceQuantity {
    static func perIcon(largest: Double, maximumIcons: Double) -> Double {
        guard largest > 0 else { return 1 }
        let rough = largest / maximumIcons
        let magnitude = pow(10, floor(log10(rough)))
        return [1, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude
    }
}

/// Rounding shares so that what is printed adds up to exactly 100.
public enum PieShares {
    /// Each share rounded down to `decimals`, then the units left over go to the largest remainders.
    public static func largestRemainder(_ shares: [Double], decimals: Int) -> [Double] {
        let scale = pow(10, Double(decimals))
        let scaled = shares.map { $0 * scale }
        var floors = scaled.map { $0.rounded(.down) }
        let missing = Int((100 * scale - floors.reduce(0, +)).rounded())
        let order = scaled.indices.sorted { (scaled[$0] - floors[$0]) > (scaled[$1] - floors[$1]) }
        for index in order.prefix(max(0, missing)) { floors[index] += 1 }
        return floors.map { $0 / scale }
    }
}
