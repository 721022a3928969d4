import Foundation
import SajianBind
import SajianModel
import SajianTemplate

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
        // The whole (Indonesia, Jumlah) is not counted in icons beside its parts.
        let leftOut = aggregatesLeftOut(ofDimension: category, categories: observations.map { $0.coordinates[category] })
        let parts = observations.filter { !leftOut.contains($0.coordinates[category]) }
        var rows = parts.map { PictogramData.Row(label: label($0.coordinates[category], dimension: category), value: $0.value.scaled(by: display.factor)) }
        if let threshold = smallCellThreshold(of: measure, factor: display.factor) {
            // A withheld row draws no icons, only its 'x'.
            let values = protected(rows.map(\.value), codes: parts.map { $0.coordinates[category] }, dimension: category, threshold: threshold)
            for index in rows.indices { rows[index].value = values[index] }
        }
        let largest = rows.compactMap(\.value.number).max() ?? 1
        if rows.contains(where: { ($0.value.number ?? 0) < 0 }) {
            problems.error(at: measureName.location, "a pictogram counts things and cannot show negative values", hint: "Use a bar chart.")
            return nil
        }
        let values = rows.compactMap(\.value.number)
        var quantity = spec.quantityPerIcon?.value ?? NiceQuantity.perIcon(largest: largest, maximumIcons: 20)
        if !PictogramLimits.fits(values, perIcon: quantity) {
            let smallest = NiceQuantity.smallestFitting(values)
            if let given = spec.quantityPerIcon {
                let count = PictogramLimits.iconCount(values, perIcon: given.value)
                problems.error(at: given.location, "`satu-ikon: \(PictogramLimits.plain(given.value))` would draw \(count.isFinite ? String(format: "%.0f", count) : "too many") icons; a pictogram draws at most \(PictogramLimits.maximumIcons)",
                               hint: smallest.map { "Make one icon stand for more: the smallest round `satu-ikon:` that fits is \(PictogramLimits.plain($0))." }
                                   ?? "The values are too large to count in icons; use a bar chart.")
                return nil
            }
            guard let smallest else {
                problems.error(at: measureName.location, "the values are too large to count in at most \(PictogramLimits.maximumIcons) icons",
                               hint: "Use a bar chart.")
                return nil
            }
            quantity = smallest
        }
        if largest / quantity > 40 {
            problems.warning(at: spec.icon.location, "the longest row needs \(Int(largest / quantity)) icons",
                             hint: "Make one icon stand for more with `satu-ikon:`.")
        }
        var chart = PictogramData(rows: rows, quantityPerIcon: quantity, icon: spec.icon.value, unit: display.unit, format: display.format)
        chart.notes = missingRegionsNote(shown: parts.map { $0.coordinates[category] }, dimension: category).map { [$0] } ?? []
        if chart.roundsARemainder { chart.notes.append(vocabulary.roundedIcons) }
        return chart
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

    /// The smallest round quantity per icon that draws `values` in at most `PictogramLimits.maximumIcons` icons;
    /// nil when the values are not finite.
    static func smallestFitting(_ values: [Double]) -> Double? {
        // At least one icon per row that has a value: more such rows than the limit never fit.
        guard values.allSatisfy(\.isFinite), values.filter({ $0 > 0 }).count <= PictogramLimits.maximumIcons else { return nil }
        // Every row rounds up by less than one icon, so the count exceeds total / quantity by less than the rows.
        var quantity = perIcon(largest: values.reduce(0, +), maximumIcons: Double(PictogramLimits.maximumIcons))
        while !PictogramLimits.fits(values, perIcon: quantity) {
            quantity = perIcon(largest: quantity * 1.5, maximumIcons: 1)
        }
        return quantity
    }
}

/// How many icons a pictogram may draw, all rows together: each icon is a path in the scene, and a `satu-ikon` far
/// too small for the data (0.0001 for millions) would otherwise ask for billions of them.
enum PictogramLimits {
    static let maximumIcons = 500

    /// The icons `values` need at `quantity` each: every row's whole icons and its partial one.
    static func iconCount(_ values: [Double], perIcon quantity: Double) -> Double {
        values.reduce(0) { $0 + ($1 / quantity).rounded(.up) }
    }

    static func fits(_ values: [Double], perIcon quantity: Double) -> Bool {
        iconCount(values, perIcon: quantity) <= Double(maximumIcons)  // false for NaN and infinity too
    }

    /// A quantity as a template writes it: 2000000, 0.5, 1e-05.
    static func plain(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    }
}
