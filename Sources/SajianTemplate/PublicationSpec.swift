import SajianModel

/// Who a publication is for. Pasal 2(2): *rahasia* data never reaches a public publication.
public enum Audience: String, Sendable, CaseIterable {
    case publik
    case `internal` = "internal"
}

/// How figures are numbered: running through the publication ("Tabel 7") or by chapter ("Tabel 2.3").
public enum Numbering: String, Sendable, CaseIterable {
    case running = "berurutan"
    case perChapter = "per-bab"
}

/// A publication as its template describes it: typed and checked once, after which no YAML travels.
public struct PublicationSpec: Sendable {
    /// The template file, as the user named it.
    public var file: String
    public var title: Located<String>?
    public var publisher: String?
    public var author: String?
    public var subject: String?
    public var locale: NumberLocale
    public var audience: Audience
    public var numbering: Numbering
    public var chapters: [ChapterSpec]
    /// The house style (*gaya*): font and colours, overriding the defaults.
    public var style = StyleSpec()
    /// The period the publication covers (*periode*), as printed on the cover: "Triwulan III 2024".
    public var period: String?
    /// A line under the title on the cover (*subjudul*).
    public var subtitle: String?
    /// Paper, orientation and margins (*kertas*, *orientasi*, *tepi*).
    public var page = PageSpec()
    /// *Kata pengantar*, printed after the cover when given.
    public var foreword: ForewordSpec?
    /// The lists at the front (*daftar*): contents, tables, charts, maps; those with no entries are skipped.
    public var frontLists: [FrontList] = FrontList.allCases
    /// Whether the publication has a cover page (*sampul*).
    public var hasCover = true
    /// The back page's text (*halaman-belakang*): address, contact; nil: no back page.
    public var backPage: [String]?
    /// What a run writes (*keluaran*).
    public var outputs: [OutputKind] = [.publication, .figures]
    /// One publication per region of this level (*per-wilayah*), e.g. the provincial booklets.
    public var regionLevel: RegionLevel?
    /// The region this spec was read for, when `regionLevel` is set.
    public var region: RegionParameter?

    public init(file: String, title: Located<String>?, publisher: String? = nil, author: String? = nil,
                subject: String? = nil, locale: NumberLocale = .indonesian, audience: Audience = .publik,
                numbering: Numbering = .running, chapters: [ChapterSpec]) {
        self.file = file
        self.title = title
        self.publisher = publisher
        self.author = author
        self.subject = subject
        self.locale = locale
        self.audience = audience
        self.numbering = numbering
        self.chapters = chapters
    }

    /// Every figure, in reading order.
    public var figures: [FigureSpec] { chapters.flatMap(\.figures) }

    /// Every narasi, in reading order.
    public var narratives: [NarrativeSpec] { chapters.flatMap { $0.blocks.compactMap(\.narrative) } }
}

/// `gaya:` a publication's font and colours. Colours are 0xRRGGBB.
public struct StyleSpec: Sendable {
    public var fontFamily: String?
    public var palette: [UInt32] = []
    public var accent: UInt32?
    /// The publisher's logo (PNG), as the template names it, resolved against the template's folder.
    public var logo: Located<String>?

    public init() {}
}

/// A chapter (*bab*): a heading and the figures and narasi under it.
public struct ChapterSpec: Sendable {
    public var title: String?
    public var blocks: [ChapterBlock]

    public init(title: String?, blocks: [ChapterBlock]) {
        self.title = title
        self.blocks = blocks
    }

    public init(title: String?, figures: [FigureSpec]) {
        self.init(title: title, blocks: figures.map(ChapterBlock.figure))
    }

    /// The chapter's numbered figures, in order.
    public var figures: [FigureSpec] { blocks.compactMap(\.figure) }
}

/// One numbered figure of a template.
public struct FigureSpec: Sendable {
    /// The figure's id: given as `id`, or derived from its kind and position.
    public var id: String
    /// Where the figure starts in the template.
    public var location: SourceLocation
    public var form: FigureForm
    /// A number the template fixes (*nomor*); otherwise numbering is automatic.
    public var number: Located<String>?
    /// *Judul*.
    public var title: Located<String>?
    /// *Sumber data*.
    public var source: Located<String>?
    /// *Catatan*.
    public var notes: [String]
    /// Notes tied to one row of a table, marked ¹ ² ³ beside its label.
    public var footnotes: [Footnote] = []
    /// Alt text (*teks alternatif*); written from the data when absent.
    public var altText: String?
    /// The dataset id (*data*).
    public var dataset: Located<String>?
    /// A fixed catalog version of the dataset (*versi*); nil: the latest.
    public var datasetVersion: Int?
    /// Which observations to keep (*saring*): dimension = value.
    public var filters: [Filter]
    /// The size of the figure when it stands alone (PNG, SVG, single-figure PDF).
    public var size: FigureSize
    /// Decimals shown, overriding the measure's own.
    public var decimals: Int?
    /// The unit values are shown in (*satuan*), e.g. "ribu orang" for data counted in orang.
    public var unit: Located<MeasureUnit>?

    public init(id: String, location: SourceLocation, form: FigureForm, number: Located<String>? = nil,
                title: Located<String>?, source: Located<String>?, notes: [String] = [], altText: String? = nil,
                dataset: Located<String>?, filters: [Filter] = [], size: FigureSize = FigureSize(),
                decimals: Int? = nil, unit: Located<MeasureUnit>? = nil) {
        self.id = id
        self.location = location
        self.form = form
        self.number = number
        self.title = title
        self.source = source
        self.notes = notes
        self.altText = altText
        self.dataset = dataset
        self.filters = filters
        self.size = size
        self.decimals = decimals
        self.unit = unit
    }

    /// "Grafik", "Tabel" …: the kind of number this figure carries.
    public var kind: FigureKind { form.kind }
}

/// `catatan: [{ teks: …, baris: … }]`: a note marked on one row.
public struct Footnote: Sendable {
    public var text: String
    /// The row's code or label.
    public var row: Located<String>

    public init(text: String, row: Located<String>) {
        self.text = text
        self.row = row
    }
}

/// `saring:` one dimension equal to one value, or to one of a list (`periode: [2024-02, 2024-08]`).
public struct Filter: Sendable {
    public var dimension: Located<String>
    public var values: [String]
    /// `kecuali:` keeps the observations that do *not* have these values.
    public var excludes = false

    public init(dimension: Located<String>, values: [String]) {
        self.dimension = dimension
        self.values = values
    }

    public init(dimension: Located<String>, value: String) {
        self.init(dimension: dimension, values: [value])
    }

    /// The first value (most filters have one).
    public var value: String { values.first ?? "" }
}

/// A figure's size in points (1/72 inch). Screen sizes are written in px (1 px = 0.75 pt), print sizes in mm.
public struct FigureSize: Sendable, Hashable {
    public var width: Double
    /// Nil: as tall as the content needs.
    public var height: Double?

    public static let defaultWidth = 600.0  // 800 px

    public init(width: Double = FigureSize.defaultWidth, height: Double? = nil) {
        self.width = width
        self.height = height
    }
}

/// The form of a figure and what only that form needs.
public enum FigureForm: Sendable {
    /// *Grafik batang/balok*.
    case barChart(BarChartSpec)
    /// *Grafik garis*.
    case lineChart(LineChartSpec)
    /// *Grafik lingkaran*.
    case pieChart(PieChartSpec)
    /// *Grafik piktogram*.
    case pictogram(PictogramSpec)
    /// *Tabel tunggal* (one variable) or *tabel silang* (two), by `kolom` being present.
    case table(TableSpec)
    /// *Peta tematik*.
    case map(MapSpec)

    public var kind: FigureKind {
        switch self {
        case .barChart, .lineChart, .pieChart, .pictogram: .chart
        case .table: .table
        case .map: .map
        }
    }

    /// The `jenis:` word for this form, as users write it.
    public var name: String {
        switch self {
        case .barChart: "grafik-batang"
        case .lineChart: "grafik-garis"
        case .pieChart(let pie): pie.isDonut ? "grafik-donat" : "grafik-lingkaran"
        case .pictogram: "grafik-piktogram"
        case .table(let table): table.columns.isEmpty && table.rows.count < 2 ? "tabel-tunggal" : "tabel-silang"
        case .map: "peta-tematik"
        }
    }
}

public struct LineChartSpec: Sendable {
    /// The dimension along the horizontal axis (*sumbu-x*), normally `periode`.
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

public struct PictogramSpec: Sendable {
    public var category: Located<String>?
    public var measure: Located<String>?
    /// A built-in icon (*ikon*: orang, laki-laki, perempuan, pekerja, pabrik, koper, buku, uang) or SVG path data.
    public var icon: Located<String>
    /// How much one icon stands for (*satu-ikon*), in the unit shown; nil: chosen from the data.
    public var quantityPerIcon: Double?

    public init(category: Located<String>?, measure: Located<String>?, icon: Located<String>, quantityPerIcon: Double? = nil) {
        self.category = category
        self.measure = measure
        self.icon = icon
        self.quantityPerIcon = quantityPerIcon
    }
}

public struct PieChartSpec: Sendable {
    public var category: Located<String>?
    public var measure: Located<String>?
    public var isDonut: Bool
    /// Slices under this share (percent) are grouped as "Lainnya" (*gabung-di-bawah*).
    public var groupBelow: Double

    public init(category: Located<String>?, measure: Located<String>?, isDonut: Bool, groupBelow: Double = 0) {
        self.category = category
        self.measure = measure
        self.isDonut = isDonut
        self.groupBelow = groupBelow
    }
}

/// `susun:` as users write it.
public enum StackingWord: String, Sendable, CaseIterable {
    case grouped = "kelompok"
    case stacked = "tumpuk"
    case percent = "persen"
}

/// `garis-acuan:` a value with its label, or a category whose value is drawn as a line.
public enum ReferenceSpec: Sendable {
    case value(Double, label: String)
    case category(Located<String>, label: String?)
}

/// Sort order (*urut*).
public enum SortOrder: String, Sendable, CaseIterable {
    case none = "data"
    case descending = "menurun"
    case ascending = "menaik"
}

public struct BarChartSpec: Sendable {
    /// The dimension whose values are the bars (*kategori*).
    public var category: Located<String>?
    /// The measure the bars show (*nilai*).
    public var measure: Located<String>?
    public var orientation: BarChartData.Orientation
    public var sort: SortOrder
    /// Categories drawn in the accent colour (*sorot*).
    public var highlighted: [String]
    public var showsValues: Bool
    /// A reference line: a fixed value, or the value of one category (which then leaves the bars).
    public var reference: ReferenceSpec?
    /// A dimension whose values are series within each category (*seri*), e.g. jenis kelamin.
    public var series: Located<String>?
    /// How series share a category (*susun*).
    public var stacking: StackingWord = .grouped

    public init(category: Located<String>?, measure: Located<String>?, orientation: BarChartData.Orientation = .vertical,
                sort: SortOrder = .none, highlighted: [String] = [], showsValues: Bool = true) {
        self.category = category
        self.measure = measure
        self.orientation = orientation
        self.sort = sort
        self.highlighted = highlighted
        self.showsValues = showsValues
    }
}

/// Shares (*persentase*) shown instead of values.
public enum ShareBasis: String, Sendable, CaseIterable {
    case none = "tidak"
    /// Each cell as a percentage of its row's total.
    case row = "baris"
    /// Each cell as a percentage of its column's total.
    case column = "kolom"
}

public struct TableSpec: Sendable {
    /// The dimensions in the stub (*baris*): one, or two for row groups with indented rows.
    public var rows: [Located<String>]
    /// The dimensions across the columns (*kolom*), outermost first; empty for a tabel tunggal.
    public var columns: [Located<String>]
    /// The measures in the cells (*nilai*); several stand side by side under one heading each.
    public var measures: [Located<String>]
    /// The stub's heading (*judul-baris*); defaults to the dimension's name.
    public var stubHead: String?
    /// Whether *Jumlah* rows (and subtotals per row group) are added; additive measures only.
    public var addsTotal: Bool
    public var sort: SortOrder
    /// Keep the first N rows after sorting and sum the rest as "Lainnya" (*teratas*).
    public var top: Int?
    public var shares: ShareBasis
    /// Alternate rows shaded (*zebra*).
    public var zebra: Bool
    /// The measure that weights totals of rates (*bobot*), e.g. angkatan kerja for TPT.
    public var weight: Located<String>?

    public init(rows: [Located<String>], columns: [Located<String>] = [], measures: [Located<String>],
                stubHead: String? = nil, addsTotal: Bool = false, sort: SortOrder = .none, top: Int? = nil,
                shares: ShareBasis = .none, zebra: Bool = false) {
        self.rows = rows
        self.columns = columns
        self.measures = measures
        self.stubHead = stubHead
        self.addsTotal = addsTotal
        self.sort = sort
        self.top = top
        self.shares = shares
        self.zebra = zebra
    }
}
