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
    /// The key figures on the cover (*sampul: { angka-kunci: … }*), in a row of tiles under its band: unnumbered, as on
    /// an infographic, their source under them. Not among `figures`: no chapter holds them, no list names them.
    public var coverFigures: [FigureSpec] = []
    /// The back page's text (*halaman-belakang*): address, contact; nil: no back page.
    public var backPage: [String]?
    /// What a run writes (*keluaran*).
    public var outputs: [OutputKind] = [.publication, .figures]
    /// One publication per region of this level (*per-wilayah*), e.g. the provincial booklets.
    public var regionLevel: RegionLevel?
    /// The region this spec was read for, when `regionLevel` is set.
    public var region: RegionParameter?
    /// The canvases of the infographic (`infografis: { kanvas: … }`), drawn when `keluaran` has `infografis`.
    public var infographicCanvases: [InfographicCanvasSpec] = []
    /// How SVGs carry their text (*teks-svg*).
    public var svgText = SVGTextSpec.text
    /// The folder of the dataset files (*data*), as written, relative to the template's folder: `data: ../data`.
    public var dataDirectory: Located<String>?

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

    /// The datasets whose values a narasi of the publication subtracts (`{{ perubahan A B }}`, A's): a figure of
    /// one that prints amounts rounded says how those differences are taken.
    public var datasetsWithChanges: Set<String> {
        Set(narratives.flatMap(\.placeholders).compactMap { placeholder in
            if case .change(let value, _) = placeholder.kind { value.dataset } else { nil }
        })
    }
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
    /// A *lampiran* (`lampiran: ya`): a chapter at the end without a number ("Lampiran", not "BAB 4"), whose figures are
    /// numbered on from the chapters' (or "L.1" where figures are numbered per chapter).
    public var isAppendix = false

    public init(title: String?, blocks: [ChapterBlock], isAppendix: Bool = false) {
        self.title = title
        self.blocks = blocks
        self.isAppendix = isAppendix
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
    /// What only this figure's form needs (categories, measures, rows and columns …), typed by the form.
    public var form: any FigureFormSpec
    /// A number the template fixes (*nomor*); otherwise numbering is automatic.
    public var number: Located<String>?
    /// *Judul*.
    public var title: Located<String>?
    /// *Sumber data*.
    public var source: Located<String>?
    /// *Catatan*.
    public var notes: [String]
    /// Notes tied to one row of the body (a table's), marked ¹ ² ³ beside its label.
    public var footnotes: [Footnote] = []
    /// Notes that explain the highlight (`{ teks: Batang jingga adalah …, tentang: sorot }`), printed before the
    /// others only when the body draws a highlighted category: a unit whose value is withheld has no orange bar.
    public var highlightNotes: [String] = []
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
    /// The infographic canvases the figure is drawn on (`kanvas:`); nil: every canvas of the publication.
    public var infographicCanvases: [InfographicCanvasSpec]?
    /// The group whose charts share one value scale (*skala-bersama*), e.g. charts set side by side.
    public var sharedScale: Located<String>?
    /// `halaman: lanskap`: the figure goes on a landscape page of its own in a portrait publication, drawn at that
    /// page's width (a national map, wide and short, fills it instead of half a portrait page); `potret`, the default:
    /// on the publication's pages, turned only where the figure cannot fit their width.
    public var pageOrientation: PaperOrientation = .portrait

    public init(id: String, location: SourceLocation, form: any FigureFormSpec, number: Located<String>? = nil,
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
    /// The widest and tallest `ukuran:` may be: 5000 px (3750 pt) a side.
    public static let maximumSide = 3750.0

    public init(width: Double = FigureSize.defaultWidth, height: Double? = nil) {
        self.width = width
        self.height = height
    }
}

/// `garis-acuan:` a value with its label, a value read from the data (`bound`), or a category whose value is drawn
/// as a line.
public enum ReferenceSpec: Sendable {
    case value(Double, label: String)
    case bound(ValueReference, label: String)
    case category(Located<String>, label: String?)
}

/// Sort order (*urut*).
public enum SortOrder: String, Sendable, CaseIterable {
    case none = "data"
    case descending = "menurun"
    case ascending = "menaik"
}

