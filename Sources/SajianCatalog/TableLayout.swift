import SajianModel
import SajianYAML

/// How a data file lays out its table (*tata letak*), from the metadata; internally every layout becomes the long
/// shape (one row per dimension values and measure), so there is one import path and one catalog format.
///
/// - `panjang` (the default): a column per dimension, the measure's name in `indikator`, the value in `nilai`.
/// - `lebar`: a row per region or category, a column per measure (`ukuran:`, heading by `kolom:`), or with
///   `kolom-periode: UKURAN` a column per period of one measure (`2024-02`, `Februari 2024`, `Feb-24`,
///   `Triwulan I 2024`, or a year over its months on two heading rows).
/// - `data-terbuka`: the shape Open Data portals export: long, but each measure a column of its own and no
///   `indikator` column (`kode_kabupaten_kota, nama_kabupaten_kota, tingkat_pengangguran_terbuka, satuan, tahun`).
///   Read as `lebar` is.
///
/// In `lebar` and `data-terbuka` every heading is a dimension, a measure, a period (with `kolom-periode`) or listed
/// in `abaikan:`; a heading that is none of them is an error, so that no column is dropped unnoticed.
public struct TableLayout: Sendable, Hashable {
    public enum Shape: String, Sendable, CaseIterable {
        case long = "panjang"
        case wide = "lebar"
        case openData = "data-terbuka"
    }

    public var shape: Shape = .long
    /// Lines (spreadsheet rows) above the table: a title, a blank line (*baris-judul*).
    public var titleRows = 0
    /// Heading rows of the table (*baris-kepala*): 2 for a year over its months.
    public var headerRows = 1
    /// Each dimension's column heading where it is not the dimension's name (`kolom:` under the dimension).
    public var dimensionHeadings: [String: String] = [:]
    /// A value every row has for a dimension without a column (`nilai:` under the dimension), e.g. the period of
    /// a sheet whose title says "Agustus 2024".
    public var fixedValues: [String: String] = [:]
    /// Each measure's column heading where it is not the measure's name (`kolom:` under the measure).
    public var measureHeadings: [String: String] = [:]
    /// The measure whose periods are the columns (*kolom-periode*).
    public var periodMeasure: String?
    /// Headings that hold nothing to import (*abaikan*), e.g. `id` and `satuan` of an Open Data export.
    public var ignored: [String] = []

    public init() {}

    /// Whether rows need reshaping into the long shape.
    public var isWide: Bool { shape != .long }

    /// The heading of dimension `name` in the file.
    public func heading(ofDimension name: String) -> String { dimensionHeadings[name] ?? name }
    /// The heading of measure `name` in the file.
    public func heading(ofMeasure name: String) -> String { measureHeadings[name] ?? name }

    /// The keys this type reads under a dimension, a measure and the root.
    static let dimensionKeys = ["kolom", "nilai"], measureKeys = ["kolom"]

    /// Reads `kolom:` and `nilai:` under dimension `name`.
    mutating func readDimension(_ name: String, from mapping: YAMLMapping) {
        if let heading = mapping.string("kolom") { dimensionHeadings[name] = heading.value }
        if let value = mapping.string("nilai") { fixedValues[name] = value.value }
    }

    /// Reads `kolom:` under measure `name`.
    mutating func readMeasure(_ name: String, from mapping: YAMLMapping) {
        if let heading = mapping.string("kolom") { measureHeadings[name] = heading.value }
    }

    /// Reads the root's layout keys and checks them against the declared dimensions and measures.
    mutating func readRoot(_ root: YAMLMapping, dimensions: [String], measures: [String], periodDimension: String?,
                           problems: DiagnosticCollector) {
        shape = root.choice("tata-letak", default: Shape.long)
        titleRows = root.integer("baris-judul", in: 0...1000) ?? 0
        headerRows = root.integer("baris-kepala", in: 1...5) ?? 1
        ignored = root.strings("abaikan").map { $0.trimmingSpaces }
        if let measure = root.string("kolom-periode") {
            periodMeasure = measure.value
            if !measures.contains(measure.value) {
                problems.error(at: measure.location, "`kolom-periode: \(measure.value)` names no measure of `ukuran:`",
                               hint: "Name the measure whose periods are the columns, e.g. `kolom-periode: \(measures.first ?? "tpt")`.")
            }
            if periodDimension == nil {
                problems.error(at: measure.location, "`kolom-periode` needs a period dimension for the columns' periods",
                               hint: "Declare one under `dimensi:`, e.g. `periode: { jenis: bulan }`.")
            }
            if shape == .long {
                problems.error(at: measure.location, "`kolom-periode` is for a wide table",
                               hint: "Add `tata-letak: lebar`.")
            }
        }
        if shape == .long {
            for key in ["abaikan"] where root.has(key) {
                problems.error(at: root.location(of: key), "`\(key)` is for `tata-letak: lebar` or `data-terbuka`",
                               hint: "Add `tata-letak: lebar` (a column per measure or period) or `data-terbuka`, or leave `\(key)` out.")
            }
        }
    }
}
