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
        if let index = dataset.dimensionIndex(name.value) { return index }
        problems.error(at: name.location, "dataset `\(dataset.metadata.id)` has no dimension `\(name.value)`",
                       hint: nearest(name.value, in: dataset.metadata.dimensions).map { "Did you mean `\($0)`?" }
                           ?? "Its dimensions: \(dataset.metadata.dimensions.joined(separator: ", ")).")
        return nil
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
        var conditions: [(index: Int, values: Set<String>)] = []
        for filter in figure.filters {
            guard let index = dimension(filter.dimension) else { return nil }
            conditions.append((index, Set(filter.values)))
        }
        // A period span ("2015-02 s.d. 2024-08") keeps every period within it.
        let spans: [Int: [(from: Period, through: Period)]] = Dictionary(grouping: conditions.flatMap { condition in
            condition.values.compactMap { value -> (Int, (Period, Period))? in
                guard case .span(let from, let through)? = Period(code: value) else { return nil }
                return (condition.index, (from, through))
            }
        }, by: \.0).mapValues { $0.map { (from: $0.1.0, through: $0.1.1) } }
        func matches(_ code: String, _ condition: (index: Int, values: Set<String>)) -> Bool {
            if condition.values.contains(code) { return true }
            guard let ranges = spans[condition.index], let period = Period(code: code) else { return false }
            return ranges.contains { !(period < $0.from) && !($0.through < period) }
        }
        let selected = dataset.observations.filter { observation in
            observation.measure == measure.name && conditions.allSatisfy { matches(observation.coordinates[$0.index], $0) }
        }
        if selected.isEmpty {
            let filterText = figure.filters.map { "\($0.dimension.value) = \($0.values.joined(separator: " | "))" }.joined(separator: ", ")
            problems.error(at: figure.filters.first?.dimension.location ?? figure.location,
                           "no observation of `\(measure.name)` in dataset `\(dataset.metadata.id)` matches the filter\(filterText.isEmpty ? "" : " (\(filterText))")",
                           hint: "Check the values under `saring:` against the dataset's CSV.")
            return nil
        }
        return selected
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
