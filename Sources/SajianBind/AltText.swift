import SajianModel

/// Writes a figure's alt text from its data when the template gives none.
enum AltText {
    static func describe(_ body: FigureBody, title: String, locale: NumberLocale) -> String {
        switch body {
        case .barChart(let chart): describe(chart, title: title)
        case .lineChart(let chart): describe(chart, title: title)
        case .pieChart(let chart): describe(chart, title: title)
        case .pictogram(let chart):
            "Grafik piktogram: \(title). Satu ikon = \(chart.format.string(from: chart.quantityPerIcon)) \(chart.unit.name). "
                + chart.rows.map { "\($0.label) \(chart.format.string(from: $0.value)) \(chart.unit.name)" }.joined(separator: "; ") + "."
        case .table(let table): describe(table, title: title, locale: locale)
        case .map(let map): describe(map, title: title)
        }
    }

    private static func describe(_ chart: BarChartData, title: String) -> String {
        let numbered = chart.bars.compactMap { bar in bar.value.number.map { (bar.label, $0) } }
        var text = "Grafik batang: \(title)."
        if let highest = numbered.max(by: { $0.1 < $1.1 }), let lowest = numbered.min(by: { $0.1 < $1.1 }), numbered.count > 1 {
            text += " Tertinggi \(highest.0), \(chart.format.string(from: highest.1)) \(chart.unit.name);"
            text += " terendah \(lowest.0), \(chart.format.string(from: lowest.1)) \(chart.unit.name)."
        }
        return text
    }

    private static func describe(_ map: MapData, title: String) -> String {
        let numbered = map.regions.compactMap { region in region.value.number.map { (region.name, $0) } }
        var text = "Peta tematik: \(title)."
        if let highest = numbered.max(by: { $0.1 < $1.1 }), let lowest = numbered.min(by: { $0.1 < $1.1 }), numbered.count > 1 {
            text += " Tertinggi \(highest.0), \(map.format.string(from: highest.1)) \(map.unit.name);"
            text += " terendah \(lowest.0), \(map.format.string(from: lowest.1)) \(map.unit.name)."
        }
        return text + " Kelas: " + map.classes.map(\.label).joined(separator: "; ") + "."
    }

    private static func describe(_ chart: LineChartData, title: String) -> String {
        var text = "Grafik garis: \(title)."
        for series in chart.series.prefix(4) {
            let points = zip(chart.periods, series.values).compactMap { period, value in value.number.map { (period, $0) } }
            guard let first = points.first, let last = points.last, points.count > 1 else { continue }
            text += " \(series.name): \(chart.format.string(from: first.1)) \(chart.unit.name) pada \(first.0), \(chart.format.string(from: last.1)) \(chart.unit.name) pada \(last.0)."
        }
        return text
    }

    private static func describe(_ chart: PieChartData, title: String) -> String {
        let parts = chart.slices.sorted { $0.percent > $1.percent }.prefix(3)
            .map { "\($0.label) \(chart.percentFormat.string(from: $0.percent)) persen" }
        return "Grafik lingkaran: \(title). Bagian terbesar: \(parts.joined(separator: "; "))."
    }

    private static func describe(_ table: TableData, title: String, locale: NumberLocale) -> String {
        let count = NumberFormat(locale: locale)
        return "Tabel: \(title). \(count.string(from: Double(table.rows.count))) baris menurut \(table.stubHead.lowercased()), \(count.string(from: Double(table.columns.count))) kolom nilai."
    }
}
