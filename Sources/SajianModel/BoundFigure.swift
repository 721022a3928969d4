/// The three presentation forms of PER.03/MEN/II/2009 that carry a number: tabel, grafik, peta.
public enum FigureKind: String, Sendable, CaseIterable {
    case table, chart, map

    /// The word before the number: "Tabel", "Grafik", "Peta".
    public func word(in vocabulary: Vocabulary) -> String {
        switch self {
        case .table: vocabulary.table
        case .chart: vocabulary.chart
        case .map: vocabulary.map
        }
    }
}

/// The mandatory parts every numbered figure carries around its body: nomor, judul, sumber data,
/// and the notes below it.
public struct FigureComponents: Sendable, Hashable {
    public var kind: FigureKind
    /// The number without the word: "1", or "2.3" when numbered by chapter.
    public var number: String
    /// *Judul*: what, where, when.
    public var title: String
    /// *Sumber data*.
    public var source: String
    /// *Catatan*: notes printed under the source.
    public var notes: [String]
    /// The alt text (for SVG `<desc>` and the web manifest).
    public var altText: String
    /// A part of a figure split over pages after the first: its title is marked "(lanjutan)".
    public var isContinuation = false
    /// Whether the source line and notes are printed (only under the last part of a split figure).
    public var showsComponentsBelow = true

    public init(kind: FigureKind, number: String, title: String, source: String, notes: [String] = [], altText: String) {
        self.kind = kind
        self.number = number
        self.title = title
        self.source = source
        self.notes = notes
        self.altText = altText
    }

    /// "Grafik 1", "Tabel 2.3".
    public func label(in vocabulary: Vocabulary) -> String { "\(kind.word(in: vocabulary)) \(number)" }
}

/// A figure with its data bound and its words chosen, ready for layout; it holds no geometry.
public struct BoundFigure: Sendable {
    /// The id the template gave, used for file names.
    public var id: String
    public var components: FigureComponents
    public var body: FigureBody
    /// The locale numbers are written in; the vocabulary follows it.
    public var locale: NumberLocale
    /// The catalog versions the figure was built from, recorded in every output's metadata.
    public var datasetVersions: [DatasetVersion] = []

    public init(id: String, components: FigureComponents, body: FigureBody, locale: NumberLocale) {
        self.id = id
        self.components = components
        self.body = body
        self.locale = locale
    }

    public var vocabulary: Vocabulary { .forLocale(locale) }

    /// The symbols ('-', '...', 'x') that appear in the body, whose legend goes in the notes.
    public var symbolsUsed: [StatisticalSymbol] {
        Set(body.values.compactMap(\.symbol)).sorted()
    }
}

/// The body of a figure: what sits between its title and its source line.
public enum FigureBody: Sendable {
    case barChart(BarChartData)
    case lineChart(LineChartData)
    case pieChart(PieChartData)
    case pictogram(PictogramData)
    case table(TableData)
    /// *Peta tematik*.
    case map(MapData)

    /// Every value shown, for the legend of symbols and for checks.
    public var values: [StatisticalValue] {
        switch self {
        case .barChart(let chart): chart.seriesNames.isEmpty ? chart.bars.map(\.value) : chart.bars.flatMap(\.segments)
        case .lineChart(let chart): chart.series.flatMap(\.values)
        case .pieChart(let chart): chart.slices.map { .number($0.value) }
        case .pictogram(let chart): chart.rows.map(\.value)
        case .table(let table): table.rows.flatMap(\.cells)
        case .map(let map): map.regions.map(\.value).filter { $0 != .notAvailable }
        }
    }
}

/// A line chart (*grafik garis*): one or more series over periods; a missing value is a gap, never zero.
public struct LineChartData: Sendable {
    public struct Series: Sendable, Hashable {
        public var name: String
        /// One value per period, in the order of `periods`.
        public var values: [StatisticalValue]
        public var isHighlighted: Bool

        public init(name: String, values: [StatisticalValue], isHighlighted: Bool = false) {
            self.name = name
            self.values = values
            self.isHighlighted = isHighlighted
        }
    }

    /// The labels along the horizontal axis, e.g. "Feb 2015" … "Agu 2024".
    public var periods: [String]
    public var series: [Series]
    public var unit: MeasureUnit
    public var format: NumberFormat
    /// A reference line (*garis acuan*), e.g. a target, with its label.
    public var reference: (value: Double, label: String)?
    /// A reference band (*pita acuan*), e.g. a target range, with its label.
    public var band: (from: Double, to: Double, label: String)?

    public init(periods: [String], series: [Series], unit: MeasureUnit, format: NumberFormat,
                reference: (value: Double, label: String)? = nil) {
        self.periods = periods
        self.series = series
        self.unit = unit
        self.format = format
        self.reference = reference
    }
}

/// A pictogram (*grafik piktogram*), in the ISOTYPE manner: one icon stands for a stated quantity.
public struct PictogramData: Sendable {
    public struct Row: Sendable, Hashable {
        public var label: String
        public var value: StatisticalValue

        public init(label: String, value: StatisticalValue) {
            self.label = label
            self.value = value
        }
    }

    public var rows: [Row]
    /// How much one icon stands for, in the unit shown.
    public var quantityPerIcon: Double
    /// The icon, by name of a built-in one ("orang", "pabrik" …) or as SVG path data in a 100 × 100 box.
    public var icon: String
    public var unit: MeasureUnit
    public var format: NumberFormat

    public init(rows: [Row], quantityPerIcon: Double, icon: String, unit: MeasureUnit, format: NumberFormat) {
        self.rows = rows
        self.quantityPerIcon = quantityPerIcon
        self.icon = icon
        self.unit = unit
        self.format = format
    }
}

/// A pie or donut chart (*grafik lingkaran*): shares of a whole.
public struct PieChartData: Sendable {
    public struct Slice: Sendable, Hashable {
        public var label: String
        public var value: Double
        /// The share in percent, rounded so that the shares shown add up to 100.
        public var percent: Double

        public init(label: String, value: Double, percent: Double) {
            self.label = label
            self.value = value
            self.percent = percent
        }
    }

    public var slices: [Slice]
    public var isDonut: Bool
    /// How percentages are written (decimals of the shares).
    public var percentFormat: NumberFormat

    public init(slices: [Slice], isDonut: Bool, percentFormat: NumberFormat) {
        self.slices = slices
        self.isDonut = isDonut
        self.percentFormat = percentFormat
    }
}

/// A bar chart (*grafik batang/balok*) with its numbers.
public struct BarChartData: Sendable {
    public enum Orientation: Sendable { case horizontal, vertical }

    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: StatisticalValue
        /// Drawn in the accent colour (e.g. the national figure, or a booklet's own province).
        public var isHighlighted: Bool
        /// With several series: one value per series, in the order of `seriesNames`.
        public var segments: [StatisticalValue] = []

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
    /// The series of a grouped or stacked chart (e.g. Laki-laki, Perempuan); empty for one series.
    public var seriesNames: [String] = []
    public var stacking: Stacking = .grouped

    /// How several series share a category.
    public enum Stacking: Sendable, Hashable {
        /// Side by side.
        case grouped
        /// On top of each other, adding up to the category's total.
        case stacked
        /// On top of each other as shares of the category's total (100 %).
        case percent
    }

    public init(bars: [Bar], orientation: Orientation, unit: MeasureUnit, format: NumberFormat, showsValues: Bool = true) {
        self.bars = bars
        self.orientation = orientation
        self.unit = unit
        self.format = format
        self.showsValues = showsValues
    }
}

/// A table (*tabel tunggal* or *tabel silang*) with its cells.
public struct TableData: Sendable {
    public struct Column: Sendable, Hashable {
        /// The spanning headings above this column, outermost first (e.g. ["Agustus 2024"] over "Laki-laki").
        public var groups: [String]
        /// The column's own heading.
        public var heading: String
        public var format: NumberFormat

        public init(groups: [String] = [], heading: String, format: NumberFormat) {
            self.groups = groups
            self.heading = heading
            self.format = format
        }
    }

    public struct Row: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            case data
            /// The heading of a row group: a label without cells.
            case groupHeading
            /// A *Jumlah* row, of a group or of the whole table, set in bold.
            case total
        }

        public var label: String
        public var cells: [StatisticalValue]
        public var kind: Kind
        /// Indentation level in the stub (0 for top-level rows).
        public var indent: Int

        public init(label: String, cells: [StatisticalValue], kind: Kind = .data, indent: Int = 0) {
            self.label = label
            self.cells = cells
            self.kind = kind
            self.indent = indent
        }

        public init(label: String, cells: [StatisticalValue], isTotal: Bool, indent: Int = 0) {
            self.init(label: label, cells: cells, kind: isTotal ? .total : .data, indent: indent)
        }

        public var isTotal: Bool { kind == .total }
    }

    /// The heading of the stub column (the row variable), e.g. "Provinsi".
    public var stubHead: String
    /// A heading spanning all value columns, e.g. "Tingkat Pengangguran Terbuka (persen)".
    public var spanner: String?
    public var columns: [Column]
    public var rows: [Row]
    /// Whether the BPS column-number row "(1) (2) (3) …" is printed under the headings.
    public var showsColumnNumbers: Bool
    /// Alternate data rows shaded.
    public var zebra: Bool
    /// Notes the data calls for, printed with the figure's own (e.g. on rounding).
    public var notes: [String] = []

    public init(stubHead: String, spanner: String? = nil, columns: [Column], rows: [Row], showsColumnNumbers: Bool = true,
                zebra: Bool = false) {
        self.stubHead = stubHead
        self.spanner = spanner
        self.columns = columns
        self.rows = rows
        self.showsColumnNumbers = showsColumnNumbers
        self.zebra = zebra
    }

    /// How many heading levels the columns have (1 without spanning groups).
    public var headingLevels: Int { 1 + (columns.map(\.groups.count).max() ?? 0) }
}
