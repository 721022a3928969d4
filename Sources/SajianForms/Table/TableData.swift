import SajianModel

/// A table (*tabel tunggal* or *tabel silang*) with its cells.
public struct TableData: Sendable {
    public struct Column: Sendable, Hashable {
        /// The spanning headings above this column, outermost first (e.g. ["Agustus 2024"] over "Laki-laki").
        public var groups: [String]
        /// The column's own heading.
        public var heading: String
        public var format: NumberFormat
        /// Whether the cells are computed from the data (shares of a row's or column's total), not the data's own.
        public var isComputed = false

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
            /// A row the data gives for the whole (*agregat*: Indonesia, the province above its kabupaten/kota, a
            /// *Jumlah* of the data): set as the total row — after the parts, bold, with a rule above — never sorted
            /// among the parts nor summed with them.
            case aggregate
        }

        /// The row's place in the bound table, kept when the table is divided between pages: a note marked on
        /// the row points to it.
        public var id = 0
        public var label: String
        public var cells: [StatisticalValue]
        public var kind: Kind
        /// Indentation level in the stub (0 for top-level rows).
        public var indent: Int
        /// A row the template sets off (*sorot*): bold on a tint of the accent colour.
        public var isHighlighted = false
        /// A row that opens another part of the list, with a thin rule above it: the smallest of a list a source
        /// gives as its largest and its smallest, and the rest row after them (`baris-sisa`), so that the three
        /// smallest under the ten largest do not read as ranks 11 to 13 (proof-reading 19).
        public var opensPart = false
        /// A row whose cells are computed beyond adding the data up (a weighted mean of rates, `bobot:`): the CSV gives
        /// them as printed. It holds for the whole row: in a table of a count beside a weighted rate, the count's sum
        /// is given as printed too.
        public var isComputed = false

        public init(label: String, cells: [StatisticalValue], kind: Kind = .data, indent: Int = 0) {
            self.label = label
            self.cells = cells
            self.kind = kind
            self.indent = indent
        }

        public init(label: String, cells: [StatisticalValue], isTotal: Bool, indent: Int = 0) {
            self.init(label: label, cells: cells, kind: isTotal ? .total : .data, indent: indent)
        }

        /// Whether the row is set as a total: a computed *Jumlah* or the data's own aggregate.
        public var isTotal: Bool { kind == .total || kind == .aggregate }
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
    /// In a part of a table divided between pages, every row of the whole table: layout measures its columns on
    /// them, so that every part has the same column widths. Nil in a whole table.
    public var measuredRows: [Row]?

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
