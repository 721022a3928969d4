import SajianModel

/// Writes a figure's alt text from its data when the template gives none, in the publication's language: the
/// sentences are ``AltTextVocabulary``'s, the units ``Vocabulary``'s.
enum AltText {
    static func describe(_ body: FigureBody, title: String, locale: NumberLocale) -> String {
        let words = AltTextVocabulary.forLocale(locale), vocabulary = Vocabulary.forLocale(locale)
        return switch body {
        case .barChart(let chart): describe(chart, title: title, words: words, vocabulary: vocabulary)
        case .lineChart(let chart): describe(chart, title: title, words: words, vocabulary: vocabulary)
        case .pieChart(let chart): describe(chart, title: title, words: words, vocabulary: vocabulary)
        case .pictogram(let chart):
            words.pictogram(title, perIcon: "\(chart.format.string(from: chart.quantityPerIcon)) \(chart.unit.name(in: vocabulary))",
                            rows: chart.rows.map { "\($0.label) \(chart.format.string(from: $0.value)) \(chart.unit.name(in: vocabulary))" })
        case .table(let table): words.table(title, rows: table.rows.count, by: table.stubHead.lowercased(), columns: table.columns.count)
        case .map(let map): describe(map, title: title, words: words, vocabulary: vocabulary)
        }
    }

    private static func describe(_ chart: BarChartData, title: String, words: AltTextVocabulary, vocabulary: Vocabulary) -> String {
        words.barChart(title) + extremes(chart.bars.map { ($0.label, $0.value) }, format: chart.format, unit: chart.unit,
                                         words: words, vocabulary: vocabulary)
    }

    private static func describe(_ map: MapData, title: String, words: AltTextVocabulary, vocabulary: Vocabulary) -> String {
        words.map(title) + extremes(map.regions.map { ($0.name, $0.value) }, format: map.format, unit: map.unit, words: words, vocabulary: vocabulary)
            + words.classes(map.classes.map(\.label))
    }

    /// " Tertinggi A, 6,75 persen; terendah B, 1,79 persen." (empty with fewer than two numbers).
    private static func extremes(_ items: [(label: String, value: StatisticalValue)], format: NumberFormat, unit: MeasureUnit,
                                 words: AltTextVocabulary, vocabulary: Vocabulary) -> String {
        let numbered = items.compactMap { item in item.value.number.map { (item.label, $0) } }
        guard let highest = numbered.max(by: { $0.1 < $1.1 }), let lowest = numbered.min(by: { $0.1 < $1.1 }), numbered.count > 1 else { return "" }
        return words.extremes(highest: (highest.0, "\(format.string(from: highest.1)) \(unit.name(in: vocabulary))"),
                              lowest: (lowest.0, "\(format.string(from: lowest.1)) \(unit.name(in: vocabulary))"))
    }

    private static func describe(_ chart: LineChartData, title: String, words: AltTextVocabulary, vocabulary: Vocabulary) -> String {
        let unit = chart.unit.name(in: vocabulary)
        var text = words.lineChart(title)
        for series in chart.series.prefix(4) {
            let points = zip(chart.periods, series.values).compactMap { period, value in value.number.map { (period, $0) } }
            guard let first = points.first, let last = points.last, points.count > 1 else { continue }
            text += words.series(series.name, first: ("\(chart.format.string(from: first.1)) \(unit)", first.0),
                                 last: ("\(chart.format.string(from: last.1)) \(unit)", last.0))
        }
        return text
    }

    private static func describe(_ chart: PieChartData, title: String, words: AltTextVocabulary, vocabulary: Vocabulary) -> String {
        let parts = chart.slices.sorted { $0.percent > $1.percent }.prefix(3)
            .map { "\($0.label) \(chart.percentFormat.string(from: $0.percent)) \(MeasureUnit.percent.name(in: vocabulary))" }
        return words.pieChart(title, largest: Array(parts))
    }
}
