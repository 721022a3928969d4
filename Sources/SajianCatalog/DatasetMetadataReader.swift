import Foundation
import SajianModel
import SajianYAML
import Yams

/// How a data file is written, from its metadata (or guessed where the metadata is silent).
public struct DataFileFormat: Sendable, Hashable {
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case windows1252 = "windows-1252"
    }

    public var encoding: Encoding
    /// Nil: detected from the header line (';', ',' or tab).
    public var delimiter: Character?
    /// Nil: Indonesian when the delimiter is ';' (as Excel writes CSV in Indonesia), else English.
    public var numberLocale: NumberLocale?
    /// For XLSX: the sheet (*lembar*) and range (*rentang*, e.g. A3:H41).
    public var sheet: String?
    public var range: String?

    public init(encoding: Encoding = .utf8, delimiter: Character? = nil, numberLocale: NumberLocale? = nil,
                sheet: String? = nil, range: String? = nil) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.numberLocale = numberLocale
        self.sheet = sheet
        self.range = range
    }
}

/// Reads a dataset's metadata YAML (Satu Data style, Indonesian keys) into `DatasetMetadata`.
public enum DatasetMetadataReader {
    /// The metadata, the data file it names and how that file is written.
    public struct Result: Sendable {
        public var metadata: DatasetMetadata
        /// The data file (`berkas`), resolved beside the metadata; defaults to `<id>.csv`.
        public var dataFile: String
        /// The column holding the measure's name, and the one holding the value.
        public var measureColumn: String
        public var valueColumn: String
        public var format: DataFileFormat
        /// The metadata text as read, kept with each catalog version.
        public var text: String
        /// How the file lays out its table (`tata-letak:` and the keys with it).
        public var layout = TableLayout()
        /// The period dimension's declared kind (`jenis: bulan`, `triwulan`, `semester`, `tahun`), which its values
        /// must have; nil for `jenis: periode` or none.
        public var periodKind: PeriodKind?
    }

    /// The `jenis:` words that declare a dimension the period dimension (``DatasetMetadata/periodDimension``), e.g.
    /// `periode: { jenis: bulan }`. Without one, the dimension named `periode` is the period dimension.
    public static let periodKinds = ["periode", "tahun", "semester", "triwulan", "bulan"]

    private static func declared(_ names: [Located<String>]) -> String { names.map(\.value).joined(separator: "` and `") }

    /// Whether measure `name` is a count, by its kind: `jenis: jumlah` is, `rasio`, `persentase`, `rata-rata`,
    /// `perubahan` and `indeks` are not; an older `aditif: ya | tidak` says the same; without either, the kind its
    /// unit implies (``MeasureKind/implied(by:)``). A count in persen or rupiah, or `aditif:` against `jenis:`, is
    /// an error at its line.
    static func isCount(_ name: String, unit: MeasureUnit, in measure: YAMLMapping, problems: DiagnosticCollector) -> Bool {
        let declared = measure.has("jenis") ? measure.choice("jenis", default: MeasureKind.count) : nil
        let additive = measure.has("aditif") ? measure.flag("aditif", default: true) : nil
        if let declared, declared == .count, MeasureKind.implied(by: unit) != .count, let text = measure.string("jenis") {
            problems.error(at: text.location, "measure `\(name)` is declared a count (`jenis: jumlah`) but its unit is \(unit.name)",
                           hint: "A count is in orang, pekerja, perusahaan or another unit of things; write `jenis: rasio`, `persentase` or `rata-rata` for \(unit.name).")
        }
        if let declared, let additive, additive != (declared == .count), let text = measure.string("aditif") {
            problems.error(at: text.location, "measure `\(name)` says `aditif: \(text.value)` but `jenis: \(declared.rawValue)`",
                           hint: "Only a count (`jenis: jumlah`) adds up; leave `aditif:` out and let `jenis:` say it.")
        }
        if let declared { return declared == .count }
        return additive ?? (MeasureKind.implied(by: unit) == .count)
    }

    public static func read(contentsOf path: String, problems: DiagnosticCollector) -> Result? {
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.error(at: SourceLocation(file: path), "cannot read the dataset metadata", hint: "Check the path.")
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.error(at: SourceLocation(file: path), "the dataset metadata is not UTF-8 text", hint: "Save it as UTF-8.")
            return nil
        }
        return read(text, file: path, problems: problems)
    }

    /// Reads metadata text; `file` names it in messages and locates the data file beside it.
    public static func read(_ text: String, file path: String, problems: DiagnosticCollector) -> Result? {
        guard let root = YAMLMapping.document(text, file: path, problems: problems) else { return nil }
        let fallbackID = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let id = root.name("id")?.value ?? fallbackID
        let title = root.string("judul")?.value
        if title == nil {
            problems.error(at: root.location, "dataset `\(id)` has no `judul`", hint: "Add `judul:` saying what the data measures.")
        }
        let group: DataGroup? = root.has("kelompok") ? root.choice("kelompok", default: DataGroup.generalEmployment) : nil
        // Pasal 2(2): a dataset says who may see it; nothing is publik by default (issue 15).
        if root.string("klasifikasi") == nil {
            problems.error(at: root.location(of: "klasifikasi"), "dataset `\(id)` has no `klasifikasi`",
                           hint: "Add `klasifikasi: publik`, `terbatas` or `rahasia` (PER.03/MEN/II/2009 Pasal 2(2): data that is not publik is never presented to the public).")
        }
        let classification = root.choice("klasifikasi", default: AccessClassification.rahasia)
        var dimensions: [String] = []
        var codeLists: [String: ReferenceCodeList] = [:]
        var valueLabels: [String: [String: String]] = [:]
        var aggregates: [String: Set<String>] = [:]
        var dimensionNames: [String: String] = [:]
        var declaredPeriods: [Located<String>] = []
        var layout = TableLayout()
        var periodKind: PeriodKind?
        if root.isList("dimensi") {
            dimensions = root.strings("dimensi")
        } else if let mapping = root.mapping("dimensi") {
            for entry in mapping.entries {
                dimensions.append(entry.key.value)
                guard let dimension = YAMLMapping.nested(entry.value, of: mapping) else { continue }
                if let list = dimension.string("kode-referensi") {
                    if let known = ReferenceCodeList(word: list.value) {
                        codeLists[entry.key.value] = known
                    } else {
                        problems.error(at: list.location, "`kode-referensi: \(list.value)` is not a code list Sajian knows",
                                       hint: "Use \(ReferenceCodeList.allCases.map { "`\($0.word)`" }.joined(separator: ", ")), or leave it out.")
                    }
                }
                if let labels = dimension.mapping("label") {
                    valueLabels[entry.key.value] = Dictionary(labels.entries.map { ($0.key.value, $0.value.scalar?.string ?? "") },
                                                              uniquingKeysWith: { first, _ in first })
                }
                if let kind = dimension.string("jenis"), periodKinds.contains(kind.value) {
                    declaredPeriods.append(entry.key)
                    if declaredPeriods.count == 1 { periodKind = PeriodKind(rawValue: kind.value) }
                }
                // `agregat: [Jumlah]`: the values (codes or labels) that stand for the whole (README "Dataset metadata").
                if dimension.has("agregat") { aggregates[entry.key.value] = Set(dimension.strings("agregat")) }
                layout.readDimension(entry.key.value, from: dimension)
                if let name = dimension.string("nama") { dimensionNames[entry.key.value] = name.value }
                _ = dimension.has("klasifikasi")
                dimension.rejectUnknownKeys(context: "dimension `\(entry.key.value)`")
            }
        }
        // Without dimensions every row has the same key: the rows would be refused as repeats of the first (issue 15).
        if dimensions.isEmpty {
            problems.error(at: root.has("dimensi") ? root.location(of: "dimensi") : root.location,
                           "dataset `\(id)` declares no `dimensi` (the columns that tell its rows apart)",
                           hint: "Add `dimensi:` with the data file's columns other than the measure and the value, e.g. `dimensi: { kode_wilayah: { kode-referensi: provinsi-bps }, wilayah: {}, periode: { jenis: bulan } }`.")
        }
        var measures: [Measure] = []
        if let mapping = root.mapping("ukuran") {
            for entry in mapping.entries {
                let name = entry.key.value
                let measure = YAMLMapping.nested(entry.value, of: mapping)
                let unit = measure?.string("satuan").map { MeasureUnit(name: $0.value) } ?? .other("")
                measures.append(Measure(name: name, label: measure?.string("nama")?.value,
                                        abbreviation: measure?.string("singkatan")?.value, unit: unit,
                                        decimals: measure?.integer("desimal", in: 0...6) ?? 0,
                                        definition: measure?.string("definisi")?.value,
                                        isAdditive: measure.map { isCount(name, unit: unit, in: $0, problems: problems) } ?? true))
                if let measure { layout.readMeasure(name, from: measure) }
                measure?.rejectUnknownKeys(context: "measure `\(name)`")
            }
        }
        if measures.isEmpty {
            problems.error(at: root.location, "dataset `\(id)` declares no `ukuran` (measures)",
                           hint: "Add `ukuran:` with each measure's `satuan` and `desimal`, e.g. `tpt: { satuan: persen, desimal: 2 }`.")
        }
        var metadata = DatasetMetadata(
            id: id, title: title ?? id, producer: root.string("produsen")?.value, source: root.string("sumber")?.value,
            group: group, classification: classification, isIllustrative: root.flag("ilustratif", default: false),
            dimensions: dimensions, measures: measures, location: root.location)
        metadata.codeLists = codeLists
        if let declared = declaredPeriods.first { metadata.periodDimension = declared.value }
        if declaredPeriods.count > 1 {
            problems.error(at: declaredPeriods[1].location, "dataset `\(id)` declares two period dimensions, `\(declared(declaredPeriods))`",
                           hint: "A dataset has one period dimension; give the other a `jenis:` that is not a period (\(periodKinds.joined(separator: ", "))), or leave its `jenis` out.")
        }
        metadata.valueLabels = valueLabels
        metadata.aggregates = aggregates
        metadata.dimensionNames = dimensionNames
        metadata.frequency = root.string("frekuensi")?.value
        metadata.releaseDate = root.string("tanggal-rilis")?.value
        metadata.notes = root.string("catatan")?.value
        metadata.surveyMonth = root.integer("bulan-survei", in: 1...12)
        if let threshold = root.integer("ambang-sel-kecil", in: 1...1_000_000) { metadata.smallCellThreshold = Double(threshold) }
        metadata.comparabilityBreaks = comparabilityBreaks(in: root, id: id, dimensions: dimensions,
                                                           periodDimension: metadata.periodDimension, problems: problems)
        metadata.doubtfulValues = doubtfulValues(in: root, id: id, dimensions: dimensions,
                                                 periodDimension: metadata.periodDimension, problems: problems)

        var format = DataFileFormat(encoding: root.choice("pengodean", default: DataFileFormat.Encoding.utf8))
        if let delimiter = root.string("pemisah") {
            let value = delimiter.value == "tab" || delimiter.value == "\\t" ? "\t" : delimiter.value
            if value.count == 1 { format.delimiter = value.first } else {
                problems.error(at: delimiter.location, "`pemisah` must be one character (`;`, `,` or `tab`)")
            }
        }
        if root.has("format-angka") { format.numberLocale = root.choice("format-angka", default: NumberLocale.indonesian) }
        format.sheet = root.string("lembar")?.value
        format.range = root.string("rentang")?.value

        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        // The data file lives in the metadata's folder or below it: `berkas:` never reaches outside (issue 15).
        let named = root.containedPath("berkas")?.value ?? "\(fallbackID).csv"
        let dataFile = directory.appendingPathComponent(named).path
        layout.readRoot(root, dimensions: dimensions, measures: measures.map(\.name), periodDimension: metadata.periodDimension, problems: problems)
        var result = Result(metadata: metadata, dataFile: dataFile,
                            measureColumn: root.string("kolom-ukuran")?.value ?? "indikator",
                            valueColumn: root.string("kolom-nilai")?.value ?? "nilai", format: format, text: text)
        result.layout = layout
        result.periodKind = periodKind
        // Satu Data metadata kept with each version for readers of the catalog; not needed for drawing.
        for key in ["periode", "konsep", "definisi", "klasifikasi-data",
                    "lisensi", "kontak"] { _ = root.has(key) }
        root.rejectUnknownKeys(context: "the metadata of dataset `\(id)`")
        return result
    }
}

extension YAMLMapping {
    /// A mapping nested as the value of one of `parent`'s entries.
    static func nested(_ node: Yams.Node, of parent: YAMLMapping) -> YAMLMapping? {
        guard node.mapping != nil else { return nil }
        return YAMLMapping(file: parent.file, node: node, problems: parent.collector)
    }
}
