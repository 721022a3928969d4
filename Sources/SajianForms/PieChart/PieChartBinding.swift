import Foundation
import SajianBind
import SajianModel
import SajianTemplate

extension BindingContext {
    /// Slices of a whole, with shares that add up to 100 after rounding (largest remainder), small slices
    /// grouped as "Lainnya". Negative values and an all-zero whole are refused. An aggregate of the category
    /// (Indonesia, Jumlah) is no slice; counts that fall short of it gain a "Lainnya" slice for the rest, with a note.
    ///
    /// A slice that is a count below the dataset's small-cell threshold (*ambang sel kecil*) is refused too, naming
    /// the threshold and the slices: a slice cannot be drawn as 'x' (its angle is its value), and its share is 100
    /// less the others', so withholding it means withholding every share, which leaves no pie. A statistical agency
    /// (BPS) does not publish a pie with a suppressed slice; the author merges the small slices into *Lainnya*
    /// (`gabung-di-bawah:`), leaves them out, or draws bars, where a withheld value is an 'x'.
    func bindPieChart(_ spec: PieChartSpec) -> PieChartData? {
        guard let categoryName = spec.category, let measureName = spec.measure, let category = dimension(categoryName),
              let measure = measure(measureName), let observations = selectedObservations(of: measure) else { return nil }
        var values: [(label: String, value: Double)] = []
        var withheld: [String] = []
        var notes: [String] = []
        // The whole the data gives itself (Indonesia, Jumlah) is no slice: it is what the slices are parts of.
        let aggregateValues = aggregates(ofDimension: category)
        let wholes = observations.filter { aggregateValues.contains($0.coordinates[category]) }
        let dataWhole = wholes.count == 1 ? wholes[0] : nil
        let parts = observations.filter { !aggregateValues.contains($0.coordinates[category]) }
        for observation in parts {
            if observation.value == .withheld { withheld.append(label(observation.coordinates[category], dimension: category)) }
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
        // Counts listed in part (the largest provinces) fall short of the data's whole: the rest is a slice of its
        // own, and a note says so; parts that exceed the whole are drawn as they are, with a note.
        if measure.isAdditive, let dataWhole, let total = dataWhole.value.number {
            let listed = values.map(\.value).reduce(0, +)
            if partsDisagree(listed, whole: total, count: values.count, decimals: measure.decimals) {
                let format = NumberFormat(locale: locale, decimals: measure.decimals)
                let name = label(dataWhole.coordinates[category], dimension: category)
                let words = AggregateVocabulary.forLocale(locale)
                if listed < total {
                    values.append((vocabulary.other, total - listed))
                    notes.append(words.partsShortShownAsOther(parts: format.string(from: listed), whole: format.string(from: total),
                                                              wholeName: name, other: vocabulary.other))
                } else {
                    notes.append(words.partsExceed(parts: format.string(from: listed), whole: format.string(from: total), wholeName: name))
                }
            }
        }
        if let note = missingRegionsNote(shown: parts.map { $0.coordinates[category] }, dimension: category) { notes.append(note) }
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
        // One "Lainnya" slice, however many reasons made one.
        if values.filter({ $0.label == vocabulary.other }).count > 1 {
            values = values.filter { $0.label != vocabulary.other }
                + [(vocabulary.other, values.filter { $0.label == vocabulary.other }.map(\.value).reduce(0, +))]
        }
        if let threshold = smallCellThreshold(of: measure, factor: 1) {
            let small = withheld + values.filter { $0.value > 0 && $0.value < threshold }.map(\.label)
            guard small.isEmpty else {
                problems.error(at: measureName.location, "\(small.map { "`\($0)`" }.joined(separator: ", ")) of `\(measure.name)` \(small.count == 1 ? "is" : "are") withheld by the small-cell protection of `\(dataset.metadata.id)` (`ambang-sel-kecil: \(Int(threshold))`), and a pie cannot withhold a slice",
                               hint: "A slice's share is 100 less the others', so it cannot be hidden as x. Merge small slices into Lainnya with `gabung-di-bawah:` (a Lainnya of at least \(Int(threshold))), leave them out with `saring:`, or draw a `grafik-batang`, which shows them as x.")
                return nil
            }
        }
        let decimals = PieShares.decimals
        let percents = PieShares.largestRemainder(values.map { $0.value / whole * 100 }, decimals: decimals)
        var chart = PieChartData(slices: zip(values, percents).map { PieChartData.Slice(label: $0.label, value: $0.value, percent: $1) },
                                 isDonut: spec.isDonut, percentFormat: NumberFormat(locale: locale, decimals: decimals))
        chart.notes = notes
        chart.colorsInOrder = spec.colorsInOrder
        (chart.unit, chart.valueDecimals) = (measure.unit, measure.decimals)
        return chart
    }
}

/// Rounding shares so that what is printed adds up to exactly 100.
public enum PieShares {
    /// The decimals every pie writes its shares with: "35,8%".
    public static let decimals = 1

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
