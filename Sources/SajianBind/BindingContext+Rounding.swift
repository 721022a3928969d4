import SajianModel

extension BindingContext {
    /// The note a figure needs when it prints amounts of money (`unit`) to the whole rupiah that the data gives with
    /// sen (`values`, as the figure holds them): wages set by decree carry sen, and a reader who subtracts two printed
    /// wages is told why a change may differ by a rupiah from what the source's own figures give (proof-reading 20).
    /// Called with the values the figure prints, and added by the figure's binding (`*Binding.swift`) to its notes;
    /// `amountsAreRead` for a figure that prints the amounts themselves (a table, bars), whose note also says how
    /// differences are taken (``AggregateVocabulary/currencyRoundedWithDifferences``).
    public func currencyRoundingNote(_ values: [Double], unit: MeasureUnit, format: NumberFormat, amountsAreRead: Bool = true) -> [String] {
        guard unit == .rupiah || unit == .rupiahPerMonth, format.decimals == 0,
              values.contains(where: { $0.isFinite && format.printedValue(of: $0) != $0 }) else { return [] }
        let words = AggregateVocabulary.forLocale(locale)
        return [amountsAreRead ? words.currencyRoundedWithDifferences : words.currencyRounded]
    }
}
