import SajianModel

extension BindingContext {
    /// The note a figure needs when it prints amounts of money (`unit`) to the whole rupiah that the data gives with
    /// sen (`values`, as the figure holds them): wages set by decree carry sen, and a reader who subtracts two printed
    /// wages is told why a change may differ by a rupiah from what the source's own figures give (proof-reading 20).
    /// Called with the values the figure prints, and added by the figure's binding (`*Binding.swift`) to its notes;
    /// `amountsAreRead` for a figure that prints the amounts themselves (a table, bars), whose note also says how the
    /// differences the publication's narasi writes are taken, where it writes some (`changesAreWritten`) and the figure
    /// shows more than one period, between which they are taken (``AggregateVocabulary/currencyRoundedWithDifferences``;
    /// proof-reading 46: not under a chart of one year's wages).
    public func currencyRoundingNote(_ values: [Double], unit: MeasureUnit, format: NumberFormat, amountsAreRead: Bool = true) -> [String] {
        guard unit == .rupiah || unit == .rupiahPerMonth, format.decimals == 0,
              values.contains(where: { $0.isFinite && format.printedValue(of: $0) != $0 }) else { return [] }
        let words = AggregateVocabulary.forLocale(locale)
        return [amountsAreRead && changesAreWritten && selectsSeveralPeriods ? words.currencyRoundedWithDifferences : words.currencyRounded]
    }

    /// Whether the figure's selection (`saring:`) keeps more than one period of its dataset.
    var selectsSeveralPeriods: Bool {
        guard let index = dataset.periodDimensionIndex,
              let passes = DataSelection(dataset: dataset, problems: DiagnosticCollector()).passing(figure.filters) else { return false }
        var periods: Set<String> = []
        for observation in dataset.observations where passes(observation) {
            periods.insert(observation.coordinates[index])
            if periods.count > 1 { return true }
        }
        return false
    }
}
