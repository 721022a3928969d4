import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Tabel tunggal* (one variable) and *tabel silang* (two or more), PER.03/MEN/II/2009 Pasal 5: rows and columns
/// from the data's dimensions, spanning headings, totals and subtotals, shares, the top N with "Lainnya", small-cell
/// protection; continued on the next page with its headings repeated when it is longer than the page.
public enum TableForm: PresentationForm {
    public static let words = ["tabel-tunggal", "tabel-silang"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> TableSpec? {
        let rows = item.locatedStrings("baris"), columns = item.locatedStrings("kolom"), measures = item.locatedStrings("nilai")
        if word.value == "tabel-silang" && columns.isEmpty && rows.count < 2 && measures.count < 2 {
            item.collector.error(at: word.location, "a `tabel-silang` needs `kolom:` (the variable across the columns) or two `baris:` variables",
                                 hint: "Add `kolom:`, or write `jenis: tabel-tunggal` for a one-variable table.")
        }
        if word.value == "tabel-tunggal", let column = columns.first {
            item.collector.error(at: column.location, "a `tabel-tunggal` has one variable and no `kolom:`",
                                 hint: "Write `jenis: tabel-silang` to cross two variables.")
        }
        if rows.count > 2 {
            item.collector.error(at: rows[2].location, "a table has at most two row variables (groups and rows)",
                                 hint: "Move a variable to `kolom:` or filter it with `saring:`.")
        }
        var table = TableSpec(rows: Array(rows.prefix(2)), columns: columns, measures: measures,
                              stubHead: item.string("judul-baris")?.value,
                              addsTotal: item.flag("jumlah", default: false),
                              sort: item.choice("urut", default: SortOrder.none),
                              top: item.integer("teratas", in: 1...1000),
                              shares: item.choice("persentase", default: ShareBasis.none),
                              zebra: item.flag("zebra", default: false))
        table.weight = item.string("bobot")
        table.highlighted = item.strings("sorot")
        table.wholeRow = wholeRow(item.mapping("baris-agregat"))
        table.restAfter = item.integer("baris-sisa", in: 0...1000)
        if table.restAfter != nil, table.top != nil, let key = item.string("baris-sisa") {
            item.collector.error(at: key.location, "`baris-sisa` and `teratas` both add a row of the rest; a table takes one",
                                 hint: "`teratas: N` sums the rows after the first N; `baris-sisa: N` adds what the data's whole has beyond its listed rows.")
        }
        return table
    }

    /// `baris-agregat`: the row of the whole the rows are parts of, read from another dataset (the province under
    /// its kabupaten/kota): `label:` and `nilai:`, one value reference per column (`"2024": dataset.ukuran(…)`), or
    /// one reference for a table of one column.
    private static func wholeRow(_ mapping: YAMLMapping?) -> WholeRowSpec? {
        guard let mapping else { return nil }
        defer { mapping.rejectUnknownKeys(context: "`baris-agregat`") }
        let label = mapping.string("label")
        if label == nil {
            mapping.collector.error(at: mapping.location, "`baris-agregat` needs `label:`, the name printed in the stub",
                                    hint: "E.g. `label: \"{{ provinsi }}\"`.")
        }
        guard mapping.has("nilai") else {
            mapping.collector.error(at: mapping.location, "`baris-agregat` needs `nilai:`, the value of each column",
                                    hint: "E.g. `nilai: { \"2024\": tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-provinsi }}) }`.")
            return nil
        }
        var cells: [WholeRowSpec.Cell] = []
        if !mapping.isMapping("nilai"), let single = mapping.string("nilai") {
            if let reference = ValueReference.parse(single.value, at: single.location, problems: mapping.collector) {
                cells.append(WholeRowSpec.Cell(column: nil, value: reference))
            }
        } else if let values = mapping.mapping("nilai") {
            for column in values.entries.map(\.key) {
                guard let text = values.string(column.value),
                      let reference = ValueReference.parse(text.value, at: text.location, problems: values.collector) else { continue }
                cells.append(WholeRowSpec.Cell(column: column, value: reference))
            }
        }
        guard let label else { return nil }
        return WholeRowSpec(label: label, cells: cells)
    }

    public static func bind(_ spec: TableSpec, in context: BindingContext) -> TableData? {
        guard var table = context.bindTable(spec) else { return nil }
        for index in table.rows.indices { table.rows[index].id = index }
        return table
    }

    /// The table's layout, its rows' labels carrying the markers of the notes marked on them.
    public static func layout(_ body: TableData, in context: BodyLayoutContext) -> any BodyLayout {
        var marked = body
        for index in marked.rows.indices {
            if let marker = context.rowMarkers[marked.rows[index].id] { marked.rows[index].label += marker }
        }
        for index in marked.measuredRows?.indices ?? 0..<0 {
            if let marker = context.rowMarkers[marked.measuredRows![index].id] { marked.measuredRows![index].label += marker }
        }
        return TableLayout(table: marked, style: context.style, typesetter: context.typesetter, vocabulary: context.vocabulary)
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
    /// *baris-sisa: N*: a row of what the data's whole (Indonesia, Jumlah) holds beyond the rows the data lists, the
    /// whole less their sum, after the rows and before the whole, so that the column adds up to it. A note says it
    /// is derived; with N under the rows listed, it also says what the list holds: "(10 terbesar dan 3 terkecil)", the
    /// first N and the rest of a sorted list a source gives in two parts, so that no reader takes it for one ranking
    /// (proof-reading 11, P-9; set between the two parts until proof-reading 16, it broke the ranking).
    public var restAfter: Int?
    public var shares: ShareBasis
    /// Alternate rows shaded (*zebra*).
    public var zebra: Bool
    /// The measure that weights totals of rates (*bobot*), e.g. angkatan kerja for TPT.
    public var weight: Located<String>?
    /// The row of the whole from another dataset (*baris-agregat*), set last and bold as the data's own aggregate.
    public var wholeRow: WholeRowSpec?
    /// Rows set off from the rest (*sorot*), by code or label: a booklet's own kabupaten/kota, as its bar is in
    /// the accent colour.
    public var highlighted: [String] = []

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

/// The row of the whole a table's rows are parts of, from another dataset (*baris-agregat*): BPS tables of
/// kabupaten/kota end with their province, as tables of provinces end with Indonesia.
public struct WholeRowSpec: Sendable {
    public struct Cell: Sendable {
        /// The column, by its heading or its code (a period: `"2024"`); nil for a table of one column.
        public var column: Located<String>?
        public var value: ValueReference
    }

    /// The name printed in the stub (*label*).
    public var label: Located<String>
    public var cells: [Cell]
}

extension TableSpec: FigureFormSpec {
    public var kind: FigureKind { .table }
    public var word: String { columns.isEmpty && rows.count < 2 ? "tabel-tunggal" : "tabel-silang" }
    public var printedMeasures: [String] { measures.map(\.value) }

    public func missingComponents() -> [MissingComponent] {
        var missing: [MissingComponent] = []
        if rows.isEmpty { missing.append(MissingComponent("format baris dan kolom (baris)", key: "baris", hint: "Add `baris:` naming the dimension in the rows.")) }
        if measures.isEmpty { missing.append(MissingComponent("format baris dan kolom (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure in the cells.")) }
        return missing
    }
}

extension TableData: FigureBody {
    public var values: [StatisticalValue] { rows.flatMap(\.cells) }
    public var dataNotes: [String] { notes }

    /// One record per row with cells, one column per value column with its spanning headings, the table's spanner (its
    /// measure and unit) first: "Upah Minimum Provinsi (rupiah per bulan) - 2025", not a bare "2025" (proof-reading 19).
    /// A table of grouped rows (Tabel 2.2's Jenis kelamin, Daerah, Golongan umur) gives each record its group in a first
    /// column, "kelompok" (a fixed machine key, as FigureCSV's others), rather than drop the headings: "Laki-laki" and
    /// "Perkotaan" alone do not say what they are rows of (proof-reading 21).
    public func dataTable() -> DataTable {
        let grouped = rows.contains { $0.kind == .groupHeading }
        var data = DataTable(headings: (grouped ? ["kelompok"] : []) + [stubHead]
                             + columns.map { headingPath(of: $0).joined(separator: " - ") })
        var group = "", groupID: Int?
        var rowIDs: [[Int]] = []
        for row in rows {
            if row.kind == .groupHeading {
                (group, groupID) = (row.label, row.id)
                continue
            }
            // A row outside the groups (a total after them) has none.
            if row.indent == 0 { (group, groupID) = ("", nil) }
            let cells: [DataTable.Field] = zip(row.cells, columns).map { cell, column in
                column.isComputed || row.isComputed ? .computed(cell, decimals: column.format.decimals) : .value(cell, decimals: column.format.decimals)
            }
            data.records.append((grouped ? [.text(group)] : []) + [.text(row.label)] + cells)
            rowIDs.append([row.id] + (groupID.map { [$0] } ?? []))
        }
        data.rowIDs = rowIDs
        return data
    }

    /// The table as printed: headings from the spanner down, blank where a column has fewer groups; cells in their
    /// columns' formats.
    public var printedTable: PrintedTable? {
        let depth = columns.map(\.groups.count).max() ?? 0
        let headings = columns.map { column in
            (spanner.map { [$0] } ?? []) + column.groups + Array(repeating: "", count: depth - column.groups.count) + [column.heading]
        }
        return PrintedTable(stubHead: stubHead, columnHeadings: headings, rows: rows.map { row in
            PrintedTable.Row(label: row.label, kind: row.kind == .groupHeading ? .groupHeading : (row.isTotal ? .total : .data), indent: row.indent,
                             cells: zip(row.cells, columns).map { cell, column in column.format.string(from: cell) })
        }, showsColumnNumbers: showsColumnNumbers)
    }

    /// A column's headings from the top: the spanner, its groups, its own heading.
    private func headingPath(of column: Column) -> [String] { (spanner.map { [$0] } ?? []) + column.groups + [column.heading] }

    /// The table's shape, and the highest and lowest value of its last column among the data rows (totals left out).
    public func altText(title: String, locale: NumberLocale) -> String {
        let words = AltTextVocabulary.forLocale(locale)
        // Rows with cells: a group's heading is none (proof-reading 24: Tabel 2.2's six rows read as nine).
        let text = words.table(title, rows: rows.filter { $0.kind != .groupHeading }.count, by: stubHead.lowercased(), columns: columns.count)
        guard let column = columns.indices.last else { return text }
        let format = columns[column].format
        // The spanner too, which names the measure and its unit ("Upah Minimum Provinsi (rupiah per bulan), 2025";
        // proof-reading 34: "tertinggi DKI Jakarta, 5.396.761" gave no unit).
        let heading = headingPath(of: columns[column]).joined(separator: ", ")
        // Rows of different groups (Jenis kelamin, Daerah, Golongan umur) are no one ranking: no highest and lowest
        // across them (proof-reading 22: "tertinggi 15–24 tahun … terendah 60 tahun ke atas" of Tabel 2.2), but each
        // group of a few rows is read out (proof-reading 24: the alt text had said nothing of its values).
        if rows.contains(where: { $0.kind == .groupHeading }) {
            var groups: [(String, [(String, String)])] = []
            for row in rows {
                if row.kind == .groupHeading { groups.append((row.label, [])); continue }
                guard !groups.isEmpty, row.indent > 0, row.cells.indices.contains(column) else { continue }
                groups[groups.count - 1].1.append((row.label, format.string(from: row.cells[column])))
            }
            guard !groups.isEmpty, groups.allSatisfy({ (1...3).contains($0.1.count) }) else { return text }
            return groups.reduce(text) { $0 + words.tableValues(column: "\(heading), \($1.0.lowercased())", $1.1) }
        }
        let values = rows.filter { $0.kind == .data && $0.cells.indices.contains(column) }.compactMap { row in row.cells[column].number.map { (row.label, $0) } }
        // Two or three rows (Tabel 7.1's two periods) are read out, not ranked.
        if values.count > 1, values.count <= 3 {
            return text + words.tableValues(column: heading, values.map { ($0.0, format.string(from: $0.1)) })
        }
        guard values.count > 1, let top = values.max(by: { $0.1 < $1.1 }), let bottom = values.min(by: { $0.1 < $1.1 }), top.1 > bottom.1 else { return text }
        return text + words.tableExtremes(column: heading, highest: (top.0, format.string(from: top.1)),
                                          lowest: (bottom.0, format.string(from: bottom.1)))
    }

    public func rowID(matching label: String) -> Int? { rows.first { $0.label == label }?.id }
    public var rowLabels: [String] { rows.map(\.label) }
    public var divisibleRowCount: Int? { rows.count }

    public func rows(_ range: Range<Int>) -> any FigureBody {
        var part = self
        part.measuredRows = measuredRows ?? rows
        part.rows = Array(rows[range])
        return part
    }

    public func canEndPart(after index: Int) -> Bool { rows[index].kind != .groupHeading }
}
