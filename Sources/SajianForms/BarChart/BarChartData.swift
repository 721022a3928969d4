import SajianModel

/// The body of a bar chart (*grafik batang/balok*): one series, or several per category. The two are different
/// types, so that no reader (layout, CSV, alt text) can take the wrong half.
public enum BarChartBody: Sendable {
    /// One bar per category.
    case single(BarChartData)
    /// Several series per category: grouped, stacked or 100 % stacked.
    case series(SeriesBarChartData)
}

/// Which way bars run.
public enum BarOrientation: Sendable { case horizontal, vertical }

/// A bar chart (*grafik batang/balok*) of one series: one bar per category.
public struct BarChartData: Sendable {
    public typealias Orientation = BarOrientation

    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: StatisticalValue
        /// Drawn in the accent colour (e.g. the national figure, or a booklet's own province).
        public var isHighlighted: Bool
        /// The region's code (*kode wilayah*) when the bars are regions of a code list; for the CSV, not drawn.
        public var code: String?

        public init(label: String, value: StatisticalValue, isHighlighted: Bool = false) {
            self.label = label
            self.value = value
            self.isHighlighted = isHighlighted
        }
    }

    public var bars: [Bar]
    public var orientation: Orientation
    /// The unit the values are shown in (after any scaling).
    public var unit: MeasureUnit
    public var format: NumberFormat
    /// Whether each bar carries its value as a label.
    public var showsValues: Bool
    /// A reference line across the bars (*garis acuan*), e.g. the national figure in a regional chart.
    public var reference: (value: Double, label: String)?
    /// Notes the data calls for (regions of the reference list not shown).
    public var notes: [String] = []
    /// The code list the bars' regions belong to, when every bar is one of its regions (the alt text counts them as
    /// provinces or kabupaten/kota).
    public var regionList: ReferenceCodeList?

    public init(bars: [Bar], orientation: Orientation, unit: MeasureUnit, format: NumberFormat, showsValues: Bool = true) {
        self.bars = bars
        self.orientation = orientation
        self.unit = unit
        self.format = format
        self.showsValues = showsValues
    }
}

/// A bar chart (*grafik batang/balok*) of several series per category (e.g. Laki-laki and Perempuan).
public struct SeriesBarChartData: Sendable {
    /// One category's bars.
    public struct Bar: Sendable, Hashable {
        public var label: String
        /// The category's total: the sum of its segments (100 in a 100 % chart); what a stacked bar's end shows.
        public var value: StatisticalValue
        public var isHighlighted: Bool
        /// One value per series, in the order of `seriesNames`, as drawn (shares in a 100 % chart).
        public var segments: [StatisticalValue]

        public init(label: String, value: StatisticalValue, isHighlighted: Bool = false, segments: [StatisticalValue]) {
            self.label = label
            self.value = value
            self.isHighlighted = isHighlighted
            self.segments = segments
        }
    }

    /// How several series share a category.
    public enum Stacking: Sendable, Hashable {
        /// Side by side.
        case grouped
        /// On top of each other, adding up to the category's total.
        case stacked
        /// On top of each other as shares of the category's total (100 %).
        case percent
    }

    public var bars: [Bar]
    /// The series (e.g. Laki-laki, Perempuan), in the order of each bar's segments.
    public var seriesNames: [String]
    public var stacking: Stacking
    public var orientation: BarOrientation
    /// The unit the values are shown in (percent in a 100 % chart).
    public var unit: MeasureUnit
    public var format: NumberFormat
    public var showsValues: Bool
    /// Notes the data calls for (regions of the reference list not shown).
    public var notes: [String] = []
    /// Whether the series are periods, in time order (`seri: periode`): drawn as shades of one hue, the earliest
    /// lightest, as a pyramid draws two periods; the palette's other hues mean groups (pernah / tidak pernah bekerja)
    /// in the charts beside it (proof-reading 20).
    public var seriesArePeriods = false

    /// The values the value axis runs over, as drawn: every segment side by side, each bar's total stacked
    /// (what is drawn where a total is withheld), shares up to 100 % in a 100 % chart.
    public var drawnValues: [Double] {
        switch stacking {
        case .grouped: bars.flatMap(\.segments).compactMap(\.number)
        case .stacked: bars.map { $0.value.number ?? $0.segments.compactMap(\.number).reduce(0, +) }
        case .percent: [0, 100]
        }
    }

    public init(bars: [Bar], seriesNames: [String], stacking: Stacking, orientation: BarOrientation, unit: MeasureUnit,
                format: NumberFormat, showsValues: Bool = true) {
        self.bars = bars
        self.seriesNames = seriesNames
        self.stacking = stacking
        self.orientation = orientation
        self.unit = unit
        self.format = format
        self.showsValues = showsValues
    }
}

extension BarChartBody: FigureBody {
    /// A single series' bars and reference line; several series' values as they are drawn (side by side or stacked).
    public var valueExtent: ValueExtent? {
        switch self {
        case .single(let chart): ValueExtent(chart.bars.compactMap(\.value.number) + (chart.reference.map { [$0.value] } ?? []), unit: chart.unit)
        case .series(let chart): ValueExtent(chart.drawnValues, unit: chart.unit)
        }
    }

    public var dataNotes: [String] {
        switch self {
        case .single(let chart): chart.notes
        case .series(let chart): chart.notes
        }
    }

    /// Whether a highlighted bar is drawn: one with a value.
    public var drawsHighlight: Bool {
        switch self {
        case .single(let chart): chart.bars.contains { $0.isHighlighted && $0.value.number != nil }
        case .series(let chart): chart.bars.contains { $0.isHighlighted && $0.segments.contains { $0.number != nil } }
        }
    }

    public var values: [StatisticalValue] {
        switch self {
        case .single(let chart): chart.bars.map(\.value)
        case .series(let chart): chart.bars.flatMap(\.segments)
        }
    }

    /// One record per bar; with several series, one column per series (the shares in a 100 % chart) and, when
    /// stacked, the total a bar's end shows.
    public func dataTable() -> DataTable {
        switch self {
        case .single(let chart):
            // Regions with their codes, as a map's CSV gives them: a pipeline joins on the code (proof-reading 20), and
            // reads their names under the map's heading, "wilayah" (proof-reading 22: "kategori" here, "wilayah" there).
            let coded = chart.bars.contains { $0.code != nil }
            var table = DataTable(headings: (coded ? ["kode_wilayah", "wilayah"] : ["kategori"]) + [chart.unit.name.isEmpty ? "nilai" : "nilai (\(chart.unit.name))"])
            table.records = chart.bars.map { bar in
                (coded ? [.text(bar.code ?? "")] : []) + [.text(bar.label), .value(bar.value, decimals: chart.format.decimals)]
            }
            table.appendReference(chart.reference, unit: chart.unit, decimals: chart.format.decimals)
            return table
        case .series(let chart):
            let unit = chart.unit.name.isEmpty ? "" : " (\(chart.unit.name))"
            var table = DataTable(headings: ["kategori"] + chart.seriesNames.map { $0 + unit } + (chart.stacking == .stacked ? ["jumlah" + unit] : []))
            table.records = chart.bars.map { bar in
                // A 100 % stack's segments are shares the chart computes, given as printed.
                [.text(bar.label)] + bar.segments.map { chart.stacking == .percent ? .computed($0, decimals: chart.format.decimals) : .value($0, decimals: chart.format.decimals) }
                    + (chart.stacking == .stacked ? [.value(bar.value, decimals: chart.format.decimals)] : [])
            }
            return table
        }
    }

    public func altText(title: String, locale: NumberLocale) -> String {
        let words = AltTextVocabulary.forLocale(locale)
        switch self {
        case .single(let chart):
            var text = words.barChart(title) + AltText.extremesSentence(chart.bars.map { ($0.label, $0.value) }, format: chart.format,
                                                                        unit: chart.unit, locale: locale)
            // The reference line the chart and its note rest on (the national figure), with the bars past it as
            // printed (proof-reading 21: the web's alt text of Grafik 2 had left it out).
            if let reference = chart.reference {
                let printed = chart.format.printedValue(of: reference.value)
                let numbers = chart.bars.compactMap(\.value.number)
                let above = numbers.filter { chart.format.printedValue(of: $0) > printed }.count
                text += words.referenceLine(reference.label, value: "\(chart.format.string(from: reference.value)) \(chart.unit.name(in: .forLocale(locale)))",
                                            above: above, of: numbers.count, regions: chart.regionList)
            }
            return text
        case .series(let chart):
            // A stacked chart's totals, then the highest and lowest of each series as drawn (shares in a 100 % chart).
            var text = words.barChart(title)
            if chart.stacking == .stacked {
                text += AltText.extremesSentence(chart.bars.map { ($0.label, $0.value) }, format: chart.format, unit: chart.unit, locale: locale)
            }
            for (index, name) in chart.seriesNames.enumerated() {
                guard let extremes = AltText.extremes(chart.bars.map { ($0.label, $0.segments[index]) }, format: chart.format,
                                                      unit: chart.unit, locale: locale) else { continue }
                text += words.seriesExtremes(name, highest: extremes.highest, lowest: extremes.lowest)
            }
            return text
        }
    }
}
