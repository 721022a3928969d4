import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Grafik garis*, PER.03/MEN/II/2009 Pasal 7: lines over periods (or another axis), one per measure or per value
/// of `seri`, a missing value a gap; with an optional reference line and band.
public enum LineChartForm: PresentationForm {
    public static let words = ["grafik-garis"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> LineChartSpec? {
        var reference: (Double, String)?
        if case .value(let value, let label)? = item.reference(allowsCategory: false) { reference = (value, label) }
        var line = LineChartSpec(axis: item.string("sumbu-x"),
                                 measures: item.locatedStrings("nilai"), series: item.string("seri"),
                                 highlighted: item.strings("sorot"), reference: reference)
        if let pita = item.mapping("pita-acuan") {
            if let from = pita.string("dari").flatMap({ Double($0.value) }), let to = pita.string("sampai").flatMap({ Double($0.value) }), from < to {
                line.band = (from, to, pita.string("label")?.value ?? "")
            } else {
                item.collector.error(at: pita.location, "`pita-acuan` needs `dari:` and `sampai:` as numbers, `dari` below `sampai`",
                                     hint: "Write `pita-acuan: { dari: 4, sampai: 6, label: Kisaran target }`.")
            }
            pita.rejectUnknownKeys(context: "`pita-acuan`")
        }
        return line
    }

    public static func bind(_ spec: LineChartSpec, in context: BindingContext) -> LineChartData? {
        context.bindLineChart(spec)
    }

    public static func layout(_ body: LineChartData, in context: BodyLayoutContext) -> any BodyLayout {
        LineChartLayout(chart: body, style: context.style, typesetter: context.typesetter, vocabulary: context.vocabulary,
                        sharedRange: context.sharedValueRange)
    }
}

public struct LineChartSpec: Sendable {
    /// The dimension along the horizontal axis (*sumbu-x*); nil: the dataset's period dimension
    /// (``DatasetMetadata/periodDimension``), found when the chart is bound.
    public var axis: Located<String>?
    /// The measures (*nilai*): several measures are several lines.
    public var measures: [Located<String>]
    /// A dimension whose values are the lines (*seri*), e.g. wilayah.
    public var series: Located<String>?
    public var highlighted: [String]
    /// A reference line (*garis-acuan*): a value and its label.
    public var reference: (value: Double, label: String)?
    /// A reference band (*pita-acuan*): from, to and a label.
    public var band: (from: Double, to: Double, label: String)?

    public init(axis: Located<String>?, measures: [Located<String>], series: Located<String>? = nil,
                highlighted: [String] = [], reference: (value: Double, label: String)? = nil) {
        self.axis = axis
        self.measures = measures
        self.series = series
        self.highlighted = highlighted
        self.reference = reference
    }
}

extension LineChartSpec: FigureFormSpec {
    public var kind: FigureKind { .chart }
    public var word: String { "grafik-garis" }
    public var printedMeasures: [String] { measures.map(\.value) }

    public func missingComponents() -> [MissingComponent] {
        measures.isEmpty ? [MissingComponent("grafik (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the lines show.")] : []
    }
}

extension LineChartData: FigureBody {
    /// The values drawn: a period without data is a gap in its line, not a '...', so it asks for no symbol's legend
    /// (neither does a doubtful value withdrawn).
    public var values: [StatisticalValue] { series.flatMap(\.values).filter { !$0.isNotAvailable } }

    public var dataNotes: [String] { notes }

    /// One record per period, one column per line. A period is given as the data codes it ("2015-08") with its label
    /// beside it ("Agu 2015"): a pipeline sorts and joins on the code (proof-reading 20).
    public func dataTable() -> DataTable {
        // Each line's column names its unit, as the bar and map CSVs do ("Tingkat Pengangguran Terbuka (persen)").
        let coded = periodCodes.count == periods.count
        var table = DataTable(headings: ["periode"] + (coded ? ["label_periode"] : []) + series.map { unit.name.isEmpty ? $0.name : "\($0.name) (\(unit.name))" })
        table.records = periods.indices.map { index in
            (coded ? [.text(periodCodes[index]), .text(periods[index])] : [.text(periods[index])])
                + series.map { .value($0.values[index], decimals: format.decimals) }
        }
        table.appendReference(reference, unit: unit, decimals: format.decimals)
        return table
    }

    /// The values, the reference line and the band: what the value axis spans.
    public var valueExtent: ValueExtent? {
        ValueExtent(series.flatMap(\.values).compactMap(\.number) + (reference.map { [$0.value] } ?? []) + (band.map { [$0.from, $0.to] } ?? []),
                    unit: unit)
    }

    /// The first and last value of each of the first four lines, and its peak and its low when they lie between them; periods
    /// with their months written out ("Agustus 2020", not the axis's "Agu 2020").
    public func altText(title: String, locale: NumberLocale) -> String {
        let words = AltTextVocabulary.forLocale(locale)
        let unitName = unit.name(in: .forLocale(locale))
        var text = words.lineChart(title)
        for line in series.prefix(4) {
            let points = zip(periods, line.values).compactMap { period, value in value.number.map { (words.spelledOut(period), $0) } }
            guard let first = points.first, let last = points.last, points.count > 1 else { continue }
            text += words.series(line.name, first: ("\(format.string(from: first.1)) \(unitName)", first.0),
                                 last: ("\(format.string(from: last.1)) \(unitName)", last.0))
            if let peak = points.dropFirst().dropLast().max(by: { $0.1 < $1.1 }), peak.1 > max(first.1, last.1) {
                text += words.peak("\(format.string(from: peak.1)) \(unitName)", period: peak.0)
            }
            // The low between the ends too: the national TPT's 4,82 in Februari 2024 (proof-reading 24).
            if let low = points.dropFirst().dropLast().min(by: { $0.1 < $1.1 }), low.1 < min(first.1, last.1) {
                text += words.trough("\(format.string(from: low.1)) \(unitName)", period: low.0)
            }
        }
        return text
    }
}
