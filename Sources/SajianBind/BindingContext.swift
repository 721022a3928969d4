import SajianCatalog
import SajianModel
import SajianTemplate

/// How the binder binds a figure's form: the forms register one (`SajianForms`); the binder knows no form by name.
public protocol FigureFormBinding: Sendable {
    /// The body of the figure `context` describes, from `spec` (the figure's own form spec); nil when a problem
    /// was reported to `context.problems`.
    func bind(_ spec: any FigureFormSpec, in context: BindingContext) -> (any FigureBody)?
}

/// What binding one figure needs: its spec, its dataset, the locale, and where problems go; with the selection
/// every form shares (dimensions, measures, filters, units, labels, sorting).
public struct BindingContext {
    public let figure: FigureSpec
    public let dataset: Dataset
    public let locale: NumberLocale
    public let problems: DiagnosticCollector
    /// The template, against whose folder a map's `batas:` file is resolved.
    public var templateFile = ""
    /// Where the bundled boundaries are (nil: found from the template's folder).
    public var boundariesDirectory: String?
    /// The other datasets a figure may read a value from (a table's `baris-agregat`), and the publication's
    /// audience, which may read only *publik* data when it is public.
    public var datasets: (any DatasetSource)?
    public var audience: Audience = .publik
    /// Whether a narasi of the publication writes a change of this figure's dataset's values (`{{ perubahan }}`),
    /// computed from the amounts as printed: the figure's rounding note then says so (proof-reading 45, F2; 46, C4:
    /// a note on differences under a web table that has none pointed at nothing).
    public var changesAreWritten = false

    public init(figure: FigureSpec, dataset: Dataset, locale: NumberLocale, problems: DiagnosticCollector) {
        self.figure = figure
        self.dataset = dataset
        self.locale = locale
        self.problems = problems
    }

    public var vocabulary: Vocabulary { .forLocale(locale) }

    // MARK: Selection shared by the forms

    /// The index of a dimension the template names, or a problem naming the dataset's dimensions.
    public func dimension(_ name: Located<String>) -> Int? {
        DataSelection(dataset: dataset, problems: problems).dimension(name)
    }

    /// The measure the template names, or a problem naming the dataset's measures.
    public func measure(_ name: Located<String>) -> Measure? {
        if let measure = dataset.metadata.measure(named: name.value) { return measure }
        let names = dataset.metadata.measures.map(\.name)
        problems.error(at: name.location, "dataset `\(dataset.metadata.id)` has no measure `\(name.value)`",
                       hint: nearest(name.value, in: names).map { "Did you mean `nilai: \($0)`?" }
                           ?? "Its measures: \(names.joined(separator: ", ")).")
        return nil
    }

    /// The observations of `measure` that pass every `saring` filter, with the counts the dataset withholds as
    /// `.withheld` (the same in every figure); with `protected: false` as stored, for a table's totals. A value the
    /// dataset marks as doubtful (`diragukan:`) is `.notPresentable` either way (``withoutDoubtfulValues(_:)``).
    public func selectedObservations(of measure: Measure, protected: Bool = true) -> [Observation]? {
        DataSelection(dataset: dataset, problems: problems).observations(of: measure, filters: figure.filters, at: figure.location,
                                                                         protected: protected).map { withoutDoubtfulValues($0) }
    }

    /// The coordinates of the observations of `measure` the dataset withholds.
    public func withheldObservations(of measure: Measure) -> Set<[String]> {
        SmallCellSuppression.withheldObservations(of: measure, in: dataset)
    }

    /// The unit values are shown in, the factor from the data's unit, and the number format.
    public func display(of measure: Measure) -> (unit: MeasureUnit, factor: Double, format: NumberFormat)? {
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

    /// A dimension value as printed: its label from the metadata, else a value of the period dimension by name
    /// ("Agustus 2024"; a year of data observed in one month, `bulan-survei:`, by that month: "Agustus 2024", not
    /// "2024"), else a kabupaten/kota code by its name in the reference list, else as written.
    public func label(_ value: String, dimension index: Int) -> String {
        if let label = dataset.metadata.valueLabels[dataset.metadata.dimensions[index]]?[value] { return label }
        if let list = dataset.metadata.codeLists[dataset.metadata.dimensions[index]], list.isRegency {
            return RegionFaces(dataset).label(value, dimension: index)
        }
        if index == dataset.periodDimensionIndex, let period = Period(code: value) {
            return period.label(in: vocabulary, surveyMonth: dataset.metadata.surveyMonth)
        }
        return value
    }

    /// `items` in the order `urut:` asks for, by `value`: items without a number go last, ties keep data order.
    /// The one sort of bars, stacks and table rows.
    public func sorted<Item>(_ items: [Item], by order: SajianTemplate.SortOrder, value: (Item) -> Double?) -> [Item] {
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

    /// The small-cell threshold of the dataset in the unit shown (`factor` from ``display(of:)``), when `measure`
    /// is a count the dataset protects; nil when nothing is withheld.
    public func smallCellThreshold(of measure: Measure, factor: Double) -> Double? {
        guard measure.isAdditive, let threshold = dataset.metadata.smallCellThreshold else { return nil }
        return threshold * factor
    }

    /// `values` (the categories of one measure, by dimension value `codes` of dimension `index`) with small counts
    /// withheld and, when one of them is the data's own total (an aggregate), secondary suppression against it.
    public func protected(_ values: [StatisticalValue], codes: [String], dimension index: Int, threshold: Double) -> [StatisticalValue] {
        let wholes = aggregates(ofDimension: index)
        let totals = codes.indices.filter { wholes.contains(codes[$0]) }
        let lines = totals.map { total in
            SmallCellSuppression.Line(parts: codes.indices.filter { !totals.contains($0) }.map { SmallCellSuppression.Cell($0, 0) },
                                      total: SmallCellSuppression.Cell(total, 0))
        }
        return SmallCellSuppression.apply(to: values.map { [$0] }, threshold: threshold, lines: lines).map { $0[0] }
    }

    /// A dimension's name as a heading: "golongan_umur" → "Golongan umur".
    public func heading(forDimension name: String) -> String {
        name.asHeading
    }
}

extension StatisticalValue {
    public func scaled(by factor: Double) -> StatisticalValue {
        if case .number(let value) = self { return .number(value * factor) }
        return self
    }
}
