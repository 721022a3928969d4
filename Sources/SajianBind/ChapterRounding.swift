import SajianCatalog
import SajianModel
import SajianTemplate

/// One rounding per measure in a chapter: a percentage the chapter's figures would print with different decimals
/// ("28,18" in Grafik 3.1 beside the donut's "35,8" in Grafik 3.2, proof-reading 6) is printed by all of them with
/// the fewest, and the narasi beside them follows the figures. A figure that fixes its own rounding (`desimal:`,
/// `satuan:`, a pie's shares) keeps it and sets the chapter's.
enum ChapterRounding {
    /// The decimals each figure of `spec` is to print with, by its index in `spec.figures`, where the chapter's
    /// rounding is fewer than its own; `datasets` are the figures' datasets, by the same index, as they were read.
    static func decimals(for spec: PublicationSpec, datasets: [Int: Dataset]) -> [Int: Int] {
        var result: [Int: Int] = [:]
        var index = 0
        for chapter in spec.chapters {
            var printed: [String: [(id: Int, decimals: Int, isFree: Bool)]] = [:]
            for figure in chapter.figures {
                defer { index += 1 }
                guard let dataset = datasets[index] else { continue }
                for name in Set(figure.form.printedMeasures) {
                    guard let measure = dataset.metadata.measure(named: name), measure.unit == .percent else { continue }
                    let isFree = figure.decimals == nil && figure.unit == nil && figure.form.ownPercentDecimals == nil
                    printed[name, default: []].append((index, figure.decimals ?? figure.form.ownPercentDecimals ?? measure.decimals, isFree))
                }
            }
            for figures in printed.values {
                guard let fewest = figures.map(\.decimals).min() else { continue }
                for figure in figures where figure.isFree && figure.decimals > fewest {
                    result[figure.id] = min(result[figure.id] ?? fewest, fewest)
                }
            }
        }
        return result
    }
}
