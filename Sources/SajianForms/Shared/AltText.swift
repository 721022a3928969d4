import SajianModel

// Alt text of each form, from its data, in the publication's language.

/// Writes a figure's alt text from its data when the template gives none.
enum AltText {
    static func describe(_ chart: PictogramData, title: String) -> String {
        "Grafik piktogram: \(title). Satu ikon = \(chart.format.string(from: chart.quantityPerIcon)) \(chart.unit.name). "
            + chart.rows.map { "\($0.label) \(chart.format.string(from: $0.value)) \(chart.unit.name)" }.joined(separator: "; ") + "."
    }

    /// Several series: the highest and lowest of each series (of the totals, when stacked).
    static func describe(_ chart: SeriesBarChartData, title: String) -> String {
        var text = "Grafik batang: \(title)."
        if chart.stacking == .stacked {
            text += extremes(chart.bars.map { ($0.label, $0.value) }, format: chart.format, unit: chart.unit)
        }
        for (index, name) in chart.seriesNames.enumerated() {
            let described = extremes(chart.bars.map { ($0.label, $0.segments[index]) }, format: chart.format, unit: chart.unit)
            if !described.isEmpty { text += " \(name): " + described.dropFirst().prefix(1).lowercased() + described.dropFirst(2) }
        }
        return text
    }

    static func describe(_ chart: BarChartData, title: String) -> String {
        "Grafik batang: \(title)." + extremes(chart.bars.map { ($0.label, $0.value) }, format: chart.format, unit: chart.unit)
    }

    static func describe(_ map: MapData, title: String) -> String {
        "Peta tematik: \(title)." + extremes(map.regions.map { ($0.name, $0.value) }, format: map.format, unit: map.unit)
            + " Kelas: " + map.classes.map(\.label).joined(separator: "; ") + "."
    }

    /// " Tertinggi A, 6,75 persen; terendah B, 1,79 persen." (empty with fewer than two numbers).
    private static func extremes(_ items: [(label: String, value: StatisticalValue)], format: NumberFormat, unit: MeasureUnit) -> String {
        let numbered = items.compactMap { item in item.value.number.map { (item.label, $0) } }
        guard let highest = numbered.max(by: { $0.1 < $1.1 }), let lowest = numbered.min(by: { $0.1 < $1.1 }), numbered.count > 1 else { return "" }
        return " Tertinggi \(highest.0), \(format.string(from: highest.1)) \(unit.name);"
            + " terendah \(lowest.0), \(format.string(from: lowest.1)) \(unit.name)."
    }

    static func describe(_ chart: LineChartData, title: String) -> String {
        var text = "Grafik garis: \(title)."
        for series in chart.series.prefix(4) {
            let points = zip(chart.periods, series.values).compactMap { period, value in value.number.map { (period, $0) } }
            guard let first = points.first, let last = points.last, points.count > 1 else { continue }
            text += " \(series.name): \(chart.format.string(from: first.1)) \(chart.unit.name) pada \(first.0), \(chart.format.string(from: last.1)) \(chart.unit.name) pada \(last.0)."
        }
        return text
    }

    static func describe(_ chart: PieChartData, title: String) -> String {
        let parts = chart.slices.sorted { $0.percent > $1.percent }.prefix(3)
            .map { "\($0.label) \(chart.percentFormat.string(from: $0.percent)) persen" }
        return "Grafik lingkaran: \(title). Bagian terbesar: \(parts.joined(separator: "; "))."
    }

    static func describe(_ table: TableData, title: String, locale: NumberLocale) -> String {
        let count = NumberFormat(locale: locale)
        return "Tabel: \(title). \(count.string(from: Double(table.rows.count))) baris menurut \(table.stubHead.lowercased()), \(count.string(from: Double(table.columns.count))) kolom nilai."
    }
}
