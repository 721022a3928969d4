import SajianCatalog
import SajianModel
import SajianTemplate

/// One rounding per measure in a chapter: a percentage the chapter's figures would print with different decimals
/// ("28,18" in Grafik 3.1 beside the donut's "35,8" in Grafik 3.2, proof-reading 6) is printed by all of them with
/// the fewest, and the narasi beside them follows the figures. A figure that fixes its own rounding (`desimal:`,
/// `satuan:`, a pie's shares) keeps it and sets the chapter's; two that fix different roundings of one measure in
/// one unit are the template's to mend, and a warning says so.
enum ChapterRounding {
    /// One figure printing a measure: where it stands in `spec.figures`, and with how many decimals.
    private struct Printed {
        var index: Int
        var location: SourceLocation
        var id: String
        var decimals: Int
        /// Whether the chapter may round it: a percentage whose figure fixes no rounding of its own.
        var isFree: Bool
    }

    /// The decimals each figure of `spec` is to print with, by its index in `spec.figures`, where the chapter's
    /// rounding is fewer than its own; `datasets` are the figures' datasets, by the same index, as they were read.
    static func decimals(for spec: PublicationSpec, datasets: [Int: Dataset], problems: DiagnosticCollector) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var index = 0
        for chapter in spec.chapters {
            // By measure and the unit it is shown in.
            var printed: [String: [Printed]] = [:]
            for figure in chapter.figures {
                defer { index += 1 }
                guard let dataset = datasets[index] else { continue }
                for name in Set(figure.form.printedMeasures) {
                    guard let measure = dataset.metadata.measure(named: name) else { continue }
                    let isPercent = measure.unit == .percent
                    // A pie of counts prints their shares, not the counts.
                    if !isPercent && figure.form.ownPercentDecimals != nil { continue }
                    let own = isPercent ? figure.form.ownPercentDecimals : nil
                    // A count shown in another unit is rounded for that unit (``BindingContext/display(of:)``).
                    guard let decimals = figure.decimals ?? own ?? (figure.unit == nil ? measure.decimals : nil) else { continue }
                    let unit = figure.unit?.value ?? measure.unit
                    printed["\(name) (\(unit.name))", default: []].append(
                        Printed(index: index, location: figure.location, id: figure.id, decimals: decimals,
                                isFree: isPercent && figure.decimals == nil && figure.unit == nil && own == nil))
                }
            }
            for (measure, figures) in printed.sorted(by: { $0.key < $1.key }) {
                guard let fewest = figures.map(\.decimals).min() else { continue }
                for figure in figures where figure.isFree && figure.decimals > fewest {
                    result[figure.index] = min(result[figure.index] ?? fewest, fewest)
                }
                let fixed = figures.filter { !$0.isFree }
                if let first = fixed.first, let other = fixed.first(where: { $0.decimals != first.decimals }) {
                    let places = { (count: Int) in count == 1 ? "1 decimal" : "\(count) decimals" }
                    problems.warning(at: other.location,
                                     "`\(other.id)` prints \(measure) with \(places(other.decimals)), `\(first.id)` in the same chapter with \(places(first.decimals))",
                                     hint: "One rounding per measure in a chapter: give both the same `desimal:`.")
                }
            }
        }
        return result
    }
}
