import SajianModel
import SajianTemplate

/// What binding one figure needs: its spec, its dataset, the locale, and where problems go.
struct BindingContext {
    let figure: FigureSpec
    let dataset: Dataset
    let locale: NumberLocale
    let problems: DiagnosticCollector
    /// The template, against whose folder a map's `batas:` file is resolved.
    var templateFile = ""
    /// Where the bundled boundaries are (nil: found from the template's folder).
    var boundariesDirectory: String?

    var vocabulary: Vocabulary { .forLocale(locale) }

    func bindBody() -> FigureBody? {
        switch figure.form {
        case .barChart(let chart): bindBarChart(chart).map(FigureBody.barChart)
        case .lineChart(let chart): bindLineChart(chart).map(FigureBody.lineChart)
        case .pieChart(let chart): bindPieChart(chart).map(FigureBody.pieChart)
        case .pictogram(let chart): bindPictogram(chart).map(FigureBody.pictogram)
        case .table(let table): bindTable(table).map(FigureBody.table)
        case .map(let map): bindMap(map).map(FigureBody.map)
        }
    }

    // MARK: Selection shared by the forms

    /// The index of a dimension the template names, or a problem naming the dataset's dimensions.
    func dimension(_ name: Located<String>) -> Int? {
        DataSelection(dataset: dataset, problems: problems).dimension(name)
    }

    /// The measure the template names, or a problem naming the dataset's measures.
    func measure(_ name: Located<String>) -> Measure? {
        if let measure = dataset.metadata.measure(named: name.value) { return measure }
        let names = dataset.metadata.measures.map(\.name)
        problems.error(at: name.location, "dataset `\(dataset.metadata.id)` has no measure `\(name.value)`",
                       hint: nearest(name.value, in: names).map { "Did you mean `nilai: \($0)`?" }
                           ?? "Its measures: \(names.joined(separator: ", ")).")
        return nil
    }

    /// The observations of `measure` that pass every `saring` filter.
    func selectedObservations(of measure: Measure) -> [Observation]? {
        DataSelection(dataset: dataset, problems: problems).observations(of: measure, filters: figure.filters, at: figure.location)
    }

    /// The unit values are shown in, the factor from the data's unit, and the number format.
    func display(of measure: Measure) -> (unit: MeasureUnit, factor: Double, format: NumberFormat)? {
        var unit = measure.unit
        var factor = 1.0
        var decimals = measure.decimals
        if let wanted = figure.unit {
            guard let conversion = measure.unit.factor(to: wanted.value) else {
                problems.error(at: wanted.location, "`satuan: \(wanted.value.name)` cannot show `\(measure.name)`, which is counted in \(measure.unit.name)",
                               hint: "Leave `satuan` out, or choose a unit of the same kind (orang, ribu orang, juta orang).")
                return nil
            }
            unit = wanted.value
            factor = conversion
            if conversion < 1 { decimals = conversion <= 1e-6 ? 2 : 1 }
        }
        return (unit, factor, NumberFormat(locale: locale, decimals: figure.decimals ?? decimals))
    }

    /// A dimension value as printed: periods by name ("Agustus 2024"), everything else as written.
    func label(_ value: String, dimension index: Int) -> String {
        if let label = dataset.metadata.valueLabels[dataset.metadata.dimensions[index]]?[value] { return label }
        if dataset.metadata.dimensions[index] == "periode", let period = Period(code: value) {
            return period.label(in: vocabulary)
        }
        return value
    }

    /// `items` in the order `urut:` asks for, by `value`: items without a number go last, ties keep data order.
    /// The one sort of bars, stacks and table rows.
    func sorted<Item>(_ items: [Item], by order: SajianTemplate.SortOrder, value: (Item) -> Double?) -> [Item] {
        guard order != .none else { return items }
        return items.enumerated().sorted { a, b in
            switch (value(a.element), value(b.element)) {
            case let (x?, y?): x == y ? a.offset < b.offset : (order == .descending ? x > y : x < y)
            case (nil, nil): a.offset < b.offset
            case (nil, _): false
            case (_, nil): true
            }
        }.map(\.element)
    }

    /// A dimension's name as a heading: "golongan_umur" → "Golongan umur".
    func heading(forDimension name: String) -> String {
        name.asHeading
    }
}

extension StatisticalValue {
    func scaled(by factor: Double) -> StatisticalValue {
        if case .number(let value) = self { return .number(value * factor) }
        return self
    }
}

import Foundation

extension BindingContext {
    private static let markers = ["¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    /// Marks each footnote's row with ¹ ² ³ … and returns the notes to print, marker first.
    func mark(_ footnotes: [Footnote], in body: FigureBody) -> (FigureBody, [String]) {
        guard !footnotes.isEmpty else { return (body, []) }
        guard case .table(var table) = body else {
            problems.error(at: footnotes[0].row.location, "notes marked on a row (`baris:` in `catatan`) are for tables",
                           hint: "Write the note as plain text: `catatan: …`.")
            return (body, [])
        }
        var notes: [String] = []
        for (index, footnote) in footnotes.prefix(Self.markers.count).enumerated() {
            let wanted = footnote.row.value
            let shown = dataset.metadata.valueLabels.values.compactMap { $0[wanted] }.first ?? wanted
            guard let row = table.rows.firstIndex(where: { $0.label == wanted || $0.label == shown }) else {
                problems.error(at: footnote.row.location, "no row of the table is `\(wanted)`",
                               hint: nearestMatches(wanted, in: table.rows.map(\.label)).first.map { "Did you mean `\($0)`?" })
                continue
            }
            table.rows[row].label += Self.markers[index]
            notes.append("\(Self.markers[index]) \(footnote.text)")
        }
        return (.table(table), notes)
    }
}
