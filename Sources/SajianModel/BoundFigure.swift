/// The presentation forms that carry a number, each numbered in its own sequence: the three of PER.03/MEN/II/2009
/// (tabel, grafik, peta) and the *angka kunci* (a key-figure tile, issue 14's name for it), which is a single number,
/// not a chart, and so never takes a Grafik number (proof-reading 8, N15).
public enum FigureKind: String, Sendable, CaseIterable {
    case table, chart, map, keyFigure

    /// The word before the number: "Tabel", "Grafik", "Peta", "Angka kunci".
    public func word(in vocabulary: Vocabulary) -> String {
        switch self {
        case .table: vocabulary.table
        case .chart: vocabulary.chart
        case .map: vocabulary.map
        case .keyFigure: vocabulary.keyFigure
        }
    }
}

/// A note printed under a figure (*catatan*): on the whole figure, or marked on one row of its body.
public struct FigureNote: Sendable, Hashable {
    /// What a note is about.
    public enum Target: Sendable, Hashable {
        /// The figure as a whole: printed as "Catatan: …".
        case figure
        /// One row of the body, by the row's id (`FigureBody.rowID(matching:)`): the row carries the note's marker.
        case row(Int)
    }

    public var text: String
    public var target: Target

    public init(_ text: String, on target: Target = .figure) {
        self.text = text
        self.target = target
    }

    /// The marker of each note marked on a row, by row id: ¹ ² ³ … ¹⁰ ¹¹ in the order the notes are written. Notes
    /// of one text on several rows share one marker and are listed once (Papua and Papua Barat, whose 2023 figures
    /// are not comparable for one reason). Layout puts the same marker beside the row and before the note, so the two
    /// always agree.
    public static func markers(of notes: [FigureNote]) -> [Int: String] {
        var numbersOfRow: [Int: Set<Int>] = [:]
        let numbers = rowNoteNumbers(notes)
        for note in notes {
            guard case .row(let row) = note.target, let number = numbers[note.text] else { continue }
            numbersOfRow[row, default: []].insert(number)
        }
        return numbersOfRow.mapValues { $0.sorted().map(superscript).joined(separator: ",") }
    }

    /// The notes as listed under the figure, in order: a note marked on a row carries its marker (the same one
    /// `markers(of:)` gives its row), a note on the whole figure none; a row note's text once.
    public static func listed(_ notes: [FigureNote]) -> [(marker: String?, text: String)] {
        let numbers = rowNoteNumbers(notes)
        var listedRowNotes: Set<String> = []
        return notes.compactMap { note in
            guard case .row = note.target else { return (nil, note.text) }
            guard listedRowNotes.insert(note.text).inserted, let number = numbers[note.text] else { return nil }
            return (superscript(number), note.text)
        }
    }

    /// Each distinct text of a note on a row, numbered from 1 in the order first written.
    private static func rowNoteNumbers(_ notes: [FigureNote]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for note in notes {
            guard case .row = note.target, numbers[note.text] == nil else { continue }
            numbers[note.text] = numbers.count + 1
        }
        return numbers
    }

    /// `number` in superscript digits: 1 → "¹", 12 → "¹²".
    public static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
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
    /// *Catatan*: notes printed under the source, on the figure or marked on a row.
    public var notes: [FigureNote]
    /// The alt text (for SVG `<desc>` and the web manifest).
    public var altText: String

    public init(kind: FigureKind, number: String, title: String, source: String, notes: [FigureNote] = [], altText: String) {
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

/// The body of a figure: what sits between its title and its source line, as one form binds it (a table's
/// cells, a chart's bars, a map's regions). Each form has its own type; the shared stages ask it only this.
public protocol FigureBody: Sendable {
    /// Every value shown, for the legend of symbols ('-', '...', 'd', 'x') under the figure.
    var values: [StatisticalValue] { get }
    /// Notes the data itself calls for (on rounding, on regions drawn together), printed after the template's.
    var dataNotes: [String] { get }
    /// Those of `dataNotes` that say how the figure is drawn rather than what its data are (a map naming only its
    /// highest and lowest region: the legend gives the others' classes), which an infographic's screen canvas, read
    /// at a glance, leaves out for the room.
    var drawingNotes: [String] { get }
    /// Whether a highlighted category (`sorot:`) is drawn as highlighted, so that a note explaining the highlight is
    /// true: a bar chart has no orange bar for a unit whose value is withheld.
    var drawsHighlight: Bool { get }
    /// Every value drawn, as a table for the CSV export: what a reader could read off the figure, no more.
    func dataTable() -> DataTable
    /// A description of what the figure shows, for readers who cannot see it (SVG `<desc>`, the manifest).
    func altText(title: String, locale: NumberLocale) -> String

    /// The id of the row labelled `label`, for a note marked on a row; nil when the body has no such row.
    func rowID(matching label: String) -> Int?
    /// The labels of the rows a note can be marked on, for hints.
    var rowLabels: [String] { get }
    /// How many rows the body can be divided between pages at; nil: it is drawn whole (charts, maps).
    var divisibleRowCount: Int? { get }
    /// The body with only the rows in `range`, for a part of a figure continued on the next page.
    func rows(_ range: Range<Int>) -> any FigureBody
    /// Whether a part may end after row `index` (a group heading never ends one).
    func canEndPart(after index: Int) -> Bool
    /// What the value axis must reach, for a scale shared with other charts (`skala-bersama`); nil: no value axis.
    var valueExtent: ValueExtent? { get }
    /// The body as a reader reads a table, its cells as printed, for exports that set it as text (the web's HTML);
    /// nil for a body that is not a table.
    var printedTable: PrintedTable? { get }
}

/// A table as printed, for exports that set it as text rather than draw it: its stub's heading, each value column's
/// headings from the top (a spanner, its groups, its own heading; the same text over neighbours means one heading
/// spanning them), and its rows with their cells written as the page writes them ("3.460.672", "...").
public struct PrintedTable: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public enum Kind: Sendable, Hashable { case data, groupHeading, total }
        public var label: String
        public var kind: Kind
        public var indent: Int
        public var cells: [String]

        public init(label: String, kind: Kind, indent: Int, cells: [String]) {
            self.label = label
            self.kind = kind
            self.indent = indent
            self.cells = cells
        }
    }

    public var stubHead: String
    /// Per value column, its headings from the top, all of one depth (blank where a column has fewer groups).
    public var columnHeadings: [[String]]
    public var rows: [Row]
    /// Whether the printed table numbers its columns under their headings, "(1) (2) (3)", as BPS tables do.
    public var showsColumnNumbers: Bool

    public init(stubHead: String, columnHeadings: [[String]], rows: [Row], showsColumnNumbers: Bool = true) {
        self.stubHead = stubHead
        self.columnHeadings = columnHeadings
        self.rows = rows
        self.showsColumnNumbers = showsColumnNumbers
    }
}

extension FigureBody {
    public var dataNotes: [String] { [] }
    public var drawingNotes: [String] { [] }
    public var drawsHighlight: Bool { true }
    public func rowID(matching label: String) -> Int? { nil }
    public var rowLabels: [String] { [] }
    public var divisibleRowCount: Int? { nil }
    public func rows(_ range: Range<Int>) -> any FigureBody { self }
    public func canEndPart(after index: Int) -> Bool { true }
    public var valueExtent: ValueExtent? { nil }
    public var printedTable: PrintedTable? { nil }
}

/// A figure's values as a table of records, for the CSV export: headings and one record per row.
public struct DataTable: Sendable, Hashable {
    /// One field of a record.
    public enum Field: Sendable, Hashable {
        /// A label: a category, a region's name or code, a period.
        case text(String)
        /// A value of the data, which the figure prints rounded to `decimals`: the CSV gives it as the data has it
        /// (a wage's sen; 83216 orang where the figure shows 83,2 ribu), a symbol ('x', '-', '...', 'd') as a symbol.
        case value(StatisticalValue, decimals: Int)
        /// A value the figure computes from the data (a share of a whole) and prints rounded to `decimals`: the CSV
        /// gives it as printed, since its further digits are the arithmetic's, not the source's.
        case computed(StatisticalValue, decimals: Int)

        /// The value and the decimals the figure prints it with, whether of the data or computed; nil for a label.
        public var printed: (value: StatisticalValue, decimals: Int)? {
            switch self {
            case .text: nil
            case .value(let value, let decimals), .computed(let value, let decimals): (value, decimals)
            }
        }
    }

    public var headings: [String]
    public var records: [[Field]]
    /// For each record, the ids of the body's rows it is or falls under (`FigureBody.rowID(matching:)`: its own, its
    /// group heading's), for the notes marked on rows; nil for a body whose notes mark no rows.
    public var rowIDs: [[Int]]?

    public init(headings: [String], records: [[Field]] = []) {
        self.headings = headings
        self.records = records
    }

    /// The chart's reference line (*garis acuan*) as two columns on every record, "label_acuan" and "nilai_acuan" with
    /// the unit (fixed machine keys, as FigureCSV's others): the national 4,91 a regional chart is read against, which
    /// a pipeline redrawing the chart needs as much as the bars (proof-reading 24).
    public mutating func appendReference(_ reference: (value: Double, label: String)?, unit: MeasureUnit, decimals: Int) {
        guard let reference else { return }
        headings += ["label_acuan", unit.name.isEmpty ? "nilai_acuan" : "nilai_acuan (\(unit.name))"]
        records = records.map { $0 + [.text(reference.label), .value(.number(reference.value), decimals: decimals)] }
    }
}

/// A figure with its data bound and its words chosen, ready for layout; it holds no geometry.
public struct BoundFigure: Sendable {
    /// The id the template gave, used for file names.
    public var id: String
    /// Where the figure is written in its template, for warnings found later (layout).
    public var location: SourceLocation
    public var components: FigureComponents
    public var body: any FigureBody
    /// The locale numbers are written in; the vocabulary follows it.
    public var locale: NumberLocale
    /// The catalog versions the figure was built from, recorded in every output's metadata.
    public var datasetVersions: [DatasetVersion] = []
    /// The range the value axis spans at least, pooled over the charts that share its scale (`skala-bersama`).
    public var sharedValueRange: ClosedRange<Double>?
    /// Whether the template puts the figure on a landscape page of its own (`halaman: lanskap`).
    public var wantsLandscapePage = false
    /// The one period every value shown is of, as the data codes it ("2024-08"), where the figure's filter names a
    /// single period: what an export writes beside values whose period only the title says.
    public var period: String?

    public init(id: String, location: SourceLocation, components: FigureComponents, body: any FigureBody, locale: NumberLocale) {
        self.id = id
        self.location = location
        self.components = components
        self.body = body
        self.locale = locale
    }

    public var vocabulary: Vocabulary { .forLocale(locale) }

    /// The symbols ('-', '...', 'd', 'x') that appear in the body, whose legend goes in the notes.
    public var symbolsUsed: [StatisticalSymbol] {
        Set(body.values.compactMap(\.symbol)).sorted()
    }
}
