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
