import SajianModel

/// What the forms' alt text shares: the highest and the lowest of a set of values, as the figure prints them.
/// Each form writes its own alt text (its body's `altText(title:locale:)`) from ``AltTextVocabulary``'s sentences.
enum AltText {
    /// The highest and the lowest numbered item, each with its value and unit as printed ("6,75 persen"); nil with
    /// fewer than two numbers.
    static func extremes(_ items: [(label: String, value: StatisticalValue)], format: NumberFormat, unit: MeasureUnit,
                         locale: NumberLocale) -> (highest: (name: String, value: String), lowest: (name: String, value: String))? {
        let numbered = items.compactMap { item in item.value.number.map { (item.label, $0) } }
        guard let highest = numbered.max(by: { $0.1 < $1.1 }), let lowest = numbered.min(by: { $0.1 < $1.1 }), numbered.count > 1 else { return nil }
        let unitName = unit.name(in: .forLocale(locale))
        return ((highest.0, "\(format.string(from: highest.1)) \(unitName)"), (lowest.0, "\(format.string(from: lowest.1)) \(unitName)"))
    }

    /// The most items an alt text reads out one by one rather than by their ends: of two or three, "tertinggi" and
    /// "terendah" say less than the values themselves ("Perempuan 4,92 persen; Laki-laki 4,90 persen").
    static let itemsReadOut = 3

    /// " Tertinggi A, 6,75 persen; terendah B, 1,79 persen." (empty with fewer than two numbers); of up to
    /// ``itemsReadOut`` items each with its value: " Perempuan 4,92 persen; Laki-laki 4,90 persen."
    static func extremesSentence(_ items: [(label: String, value: StatisticalValue)], format: NumberFormat, unit: MeasureUnit,
                                 locale: NumberLocale) -> String {
        if items.count > 1, items.count <= itemsReadOut, items.allSatisfy({ $0.value.number != nil }) {
            let unitName = unit.name(in: .forLocale(locale))
            return " " + items.map { "\($0.label) \(format.string(from: $0.value)) \(unitName)" }.joined(separator: "; ") + "."
        }
        return extremes(items, format: format, unit: unit, locale: locale).map {
            AltTextVocabulary.forLocale(locale).extremes(highest: $0.highest, lowest: $0.lowest)
        } ?? ""
    }
}
