import Crypto
import Foundation
import SajianModel
import SajianYAML

/// Reads a data file (CSV or XLSX) with its metadata into a validated `Dataset`, with a content hash.
///
/// Every problem names the file, the line (the spreadsheet row) and the column, and says how to mend it.
public enum DatasetImporter {
    /// A dataset read and checked, ready to become a catalog version.
    public struct Imported: Sendable {
        public var dataset: Dataset
        /// SHA-256 over the data file's bytes and the metadata's text.
        public var contentHash: String
        public var metadataText: String
        public var sourceFile: String
        /// What was read but looks wrong, e.g. a province code whose name in the file is another province's.
        public var warnings: [Diagnostic] = []
        /// The lines under a wide table (`Sumber: …`, `Catatan: …`), read as notes rather than data.
        public var footer: [String] = []
    }

    /// How many problems of one file are reported; the rest are counted (issue 12).
    public static let problemLimit = 20

    /// Reads `dataFile` (default: the metadata's `berkas`) as the dataset the metadata describes.
    public static func read(metadata source: DatasetMetadataReader.Result, dataFile: String? = nil,
                            sheet: String? = nil) throws -> Imported {
        let file = dataFile ?? source.dataFile
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the data file cannot be read",
                                             hint: "Check the path, or name the file with `berkas:` in the metadata."))
        }
        // The hash first: the file's bytes are then no longer needed once decoded.
        let hash = contentHash(of: data, metadata: source)
        var format = source.format
        var warnings: [Diagnostic] = []
        let dataset: Dataset
        var footer: [String] = []
        if file.lowercased().hasSuffix(".xlsx") {
            let records = try XLSXReader.records(in: data, sheet: sheet ?? format.sheet, range: format.range, file: file)
            format.numberLocale = format.numberLocale ?? .english  // cells hold plain numbers
            var builder = Builder(source: source, file: file, parser: ValueParser(locale: format.numberLocale!), expectedRows: records.count)
            var table = source.layout.isWide ? WideTable(source: source, file: file) : nil
            for record in records { try add(record, to: &builder, through: &table, warnings: &warnings) }
            dataset = try builder.finish()
            footer = table?.footer ?? []
        } else {
            let text = try TextDecoding.decode(data, as: format.encoding, file: file)
            let delimiter = format.delimiter ?? TextDecoding.detectDelimiter(in: Substring(text.prefix(4096)))
            format.numberLocale = format.numberLocale ?? (delimiter == ";" ? .indonesian : .english)
            // Each record is checked as it is read: a million rows are never held as fields and as observations at once.
            var builder = Builder(source: source, file: file, parser: ValueParser(locale: format.numberLocale!),
                                  expectedRows: CSVReader.lineFeeds(in: text) + 1)
            var table = source.layout.isWide ? WideTable(source: source, file: file) : nil
            try CSVReader.forEachRecord(in: text, delimiter: delimiter, file: file) { try add($0, to: &builder, through: &table, warnings: &warnings) }
            dataset = try builder.finish()
            footer = table?.footer ?? []
        }
        return Imported(dataset: dataset, contentHash: hash, metadataText: source.text, sourceFile: file, warnings: warnings, footer: footer)
    }

    /// Hands `record` to `builder`, through `table` when the file is wide; lines above a long table (`baris-judul`)
    /// are skipped.
    private static func add(_ record: CSVRecord, to builder: inout Builder, through table: inout WideTable?,
                            warnings: inout [Diagnostic]) throws {
        if table != nil { return try table!.add(record, to: &builder, warnings: &warnings) }
        if record.line <= builder.source.layout.titleRows { return }
        try builder.add(record, warnings: &warnings)
    }

    /// The content hash an import of `dataFile` with `source` would have, from the bytes alone: so that content the
    /// catalog already holds is recognised before a single row is parsed (a million rows take seconds; the hash,
    /// a fraction of one). Nil when the file cannot be read (the import then says why).
    public static func contentHash(metadata source: DatasetMetadataReader.Result, dataFile: String? = nil) -> String? {
        FileManager.default.contents(atPath: dataFile ?? source.dataFile).map { contentHash(of: $0, metadata: source) }
    }

    /// SHA-256 over the data file's bytes and the metadata's text.
    private static func contentHash(of data: Data, metadata source: DatasetMetadataReader.Result) -> String {
        var hasher = SHA256()
        hasher.update(data: data)
        hasher.update(data: Data(source.text.utf8))
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// Checks records one at a time into observations: the header, then each row, in the file's order. A file is
    /// refused for the first problem met, with the same message whether its rows come from a CSV or a spreadsheet.
    struct Builder {
        let source: DatasetMetadataReader.Result
        let file: String
        let parser: ValueParser
        private var header: CSVRecord?
        private var layout: Layout?
        private var identities = IdentityTable()
        /// The line of each observation, for the message on a repeated key.
        private var lines: [Int] = []
        private var checkedPeriods: Set<String> = []
        private var observations: [Observation] = []
        /// The rows' problems so far (at most ``DatasetImporter/problemLimit``), and how many there were.
        private var problems: [Diagnostic] = []
        private var problemCount = 0

        /// What the header says, found when the first row arrives (a header alone is refused as having no rows).
        private struct Layout {
            var columns: [String]
            var dimensionColumns: [Int]
            var measureColumn: Int
            var valueColumn: Int
            var measures: Set<String>
            var counts: Set<String>
            var codeChecks: [(Int, String, ReferenceCodeList)]
            var labelColumn: Int?
            var periodIndex: Int?
        }

        init(source: DatasetMetadataReader.Result, file: String, parser: ValueParser, expectedRows: Int) {
            self.source = source
            self.file = file
            self.parser = parser
            identities.reserve(expectedRows)
            observations.reserveCapacity(max(0, expectedRows - 1))
            lines.reserveCapacity(max(0, expectedRows - 1))
        }

        mutating func add(_ record: CSVRecord, warnings: inout [Diagnostic]) throws {
            guard let header else { self.header = record; return }
            if layout == nil { layout = try Self.layout(of: header, source: source, file: file) }
            do {
                try addRow(record, layout: layout!, warnings: &warnings)
            } catch let error as DiagnosticError {
                report(error.diagnostics)
            }
        }

        /// Keeps a row's problems and goes on with the next row: a file's problems are reported together, the
        /// first ``DatasetImporter/problemLimit`` of them, then how many more.
        mutating func report(_ diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics {
                problemCount += 1
                if problems.count < DatasetImporter.problemLimit { problems.append(diagnostic) }
            }
        }

        func finish() throws -> Dataset {
            guard let header else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: 1), "the data file is empty",
                                                 hint: "The first row names the columns; each row below holds one value."))
            }
            guard layout != nil else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: header.line), "the data file has a header but no rows",
                                                 hint: "Add the data rows below the header."))
            }
            if !problems.isEmpty {
                var all = problems
                if problemCount > problems.count {
                    all.append(Diagnostic(at: SourceLocation(file: file), "… and \(problemCount - problems.count) more problems in this file",
                                          hint: "Mend the ones above and import again to see the rest."))
                }
                throw DiagnosticError(all)
            }
            return Dataset(metadata: source.metadata, observations: observations)
        }

        private static func layout(of header: CSVRecord, source: DatasetMetadataReader.Result, file: String) throws -> Layout {
            let columns = header.fields.map { $0.trimmingSpaces }
            try refuseRepeatedColumns(columns, file: file, line: header.line)
            func column(_ name: String, role: String) throws -> Int {
                guard let index = columns.firstIndex(of: name) else {
                    let found = columns.joined(separator: ", ")
                    throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: header.line),
                                                     "the header has no column `\(name)` (\(role))",
                                                     hint: "Columns found: \(found.count > 200 ? String(found.prefix(200)) + "…" : found). If they look run together, the delimiter may be wrong: set `pemisah:` in the metadata."))
                }
                return index
            }
            let metadata = source.metadata
            // A wide table's long records name their dimensions as the metadata does; a long file's columns may be
            // named by `kolom:`.
            let dimensionColumns = try metadata.dimensions.map { name in
                try column(source.layout.isWide ? name : source.layout.heading(ofDimension: name), role: "a dimension in the metadata")
            }
            let measureColumn = try column(source.measureColumn, role: "the measure's name")
            let valueColumn = try column(source.valueColumn, role: "the value")
            return Layout(columns: columns, dimensionColumns: dimensionColumns, measureColumn: measureColumn, valueColumn: valueColumn,
                          measures: Set(metadata.measures.map(\.name)),
                          counts: Set(metadata.measures.filter(\.isAdditive).map(\.name)),
                          codeChecks: metadata.codeLists.compactMap { name, list in metadata.dimensions.firstIndex(of: name).map { ($0, name, list) } },
                          labelColumn: columns.firstIndex(of: "wilayah"),
                          periodIndex: metadata.periodDimension.flatMap { metadata.dimensions.firstIndex(of: $0) })
        }

        private mutating func addRow(_ record: CSVRecord, layout: Layout, warnings: inout [Diagnostic]) throws {
            let metadata = source.metadata
            let columns = layout.columns, dimensionColumns = layout.dimensionColumns, measureColumn = layout.measureColumn
            let valueColumn = layout.valueColumn, measures = layout.measures, counts = layout.counts, codeChecks = layout.codeChecks
            let labelColumn = layout.labelColumn, periodIndex = layout.periodIndex
            // Excel writes `;;;;` for a row left blank: it holds nothing, like a blank line.
            if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { return }
            guard record.fields.count == columns.count else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: record.line, column: min(record.fields.count, columns.count) + 1),
                                                 "this row has \(record.fields.count) fields but the header has \(columns.count)",
                                                 hint: "Quote fields that contain the delimiter, e.g. \"Pertanian, Kehutanan dan Perikanan\", and check for a missing or extra delimiter."))
            }
            let measure = record.fields[measureColumn].trimmingSpaces
            guard measures.contains(measure) else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: record.line, column: record.column(ofField: measureColumn)),
                                                 "measure `\(measure)` is not declared in the metadata's `ukuran`",
                                                 hint: nearest(measure, in: Array(measures)).map { "Did you mean `\($0)`?" }
                                                     ?? "Declare it under `ukuran:` in \(metadata.location.file)."))
            }
            let coordinates = dimensionColumns.map { record.fields[$0].trimmingSpaces }
            for (index, value) in coordinates.enumerated() {
                try refuseControlCharacters(in: value, of: metadata.dimensions[index], at: SourceLocation(file: file, line: record.line, column: record.column(ofField: dimensionColumns[index])))
            }
            if let labelColumn {
                for (index, name, list) in codeChecks {
                    if let warning = nameMismatch(code: coordinates[index], label: record.fields[labelColumn], list: list, dimension: name, labelDimension: columns[labelColumn],
                                                  at: SourceLocation(file: file, line: record.line, column: record.column(ofField: labelColumn))) { warnings.append(warning) }
                }
            }
            for (index, name, list) in codeChecks where !list.contains(coordinates[index]) {
                // A kabupaten/kota column may hold names in the forms offices write; one that names two units is refused.
                if list.isRegency, try isRegencyName(coordinates[index], list: list, record: record, columns: columns, dimension: name,
                                                          at: SourceLocation(file: file, line: record.line, column: dimensionColumns[index] + 1)) { continue }
                let label = labelColumn.map { record.fields[$0] } ?? ""
                let codes = Dictionary(list.entries.map { ($0.name, $0.code) }, uniquingKeysWith: { first, _ in first })
                let suggestions = nearestMatches(label, in: list.entries.map(\.name)).map { "\(codes[$0]!) \($0)" }
                throw DiagnosticError(Diagnostic(
                    at: SourceLocation(file: file, line: record.line, column: record.column(ofField: dimensionColumns[index])),
                    "`\(coordinates[index])` is not a code of the reference list for `\(name)`",
                    hint: suggestions.isEmpty ? "Valid codes: \(list.entries.prefix(6).map { "\($0.code) \($0.name)" }.joined(separator: ", ")) …"
                                              : "Nearest: \(suggestions.prefix(3).joined(separator: ", "))."))
            }
            // Each distinct period is checked once (a million rows hold a few hundred periods).
            if let periodIndex, checkedPeriods.insert(coordinates[periodIndex]).inserted {
                try checkPeriod(coordinates[periodIndex], of: metadata.periodDimension ?? "", kind: source.periodKind,
                                at: SourceLocation(file: file, line: record.line, column: record.column(ofField: dimensionColumns[periodIndex])))
            }
            let value = try parser.parse(record.fields[valueColumn], at: SourceLocation(file: file, line: record.line, column: record.column(ofField: valueColumn)))
            if counts.contains(measure), let number = value.number, number < 0 {
                let unit = metadata.measure(named: measure).map { $0.unit.name.isEmpty ? "" : " (\($0.unit.name))" } ?? ""
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: record.line, column: record.column(ofField: valueColumn)),
                                                 "`\(record.fields[valueColumn].trimmingSpaces)` is negative, but `\(measure)`\(unit) is a count (an additive measure), which is 0 or more",
                                                 hint: "Correct the value; if `\(measure)` is a change or a balance that can fall below zero, declare it `aditif: false` under `ukuran:` in \(metadata.location.file)."))
            }
            // The key last: a row refused above leaves no entry in the table of identities.
            if let earlier = identities.insert(coordinates, measure, index: observations.count, among: observations) {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: record.line),
                                                 "this row repeats the key of line \(lines[earlier]) (\(coordinates.joined(separator: ", ")), \(measure))",
                                                 hint: "Each combination of dimensions and measure may appear once; remove the duplicate or add the dimension that tells them apart."))
            }
            observations.append(Observation(coordinates: coordinates, measure: measure, value: value))
            lines.append(record.line)
        }
    }

    /// The observations' identities (coordinates and measure), to find a repeated one: an open-addressing table of
    /// indices into the observations, 8 bytes a slot, rather than a dictionary holding a copy of every key (issue 15).
    /// Keys are hashed and compared as `String`s are, so values that Swift holds equal (`K` and U+212A KELVIN SIGN)
    /// are a repeat here as they were in a dictionary of ``ObservationIdentity``.
    struct IdentityTable {
        /// Each slot: the hash's upper 32 bits, then the observation's index + 1; 0 when empty.
        private var slots: [UInt64] = []
        private var count = 0

        mutating func reserve(_ capacity: Int) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            if size > slots.count { rehash(to: size) }
        }

        /// Adds the identity of the observation about to be `index`; when `observations` already holds it, returns
        /// that earlier observation's index and adds nothing.
        mutating func insert(_ coordinates: [String], _ measure: String, index: Int, among observations: [Observation]) -> Int? {
            if 2 * (count + 1) > slots.count { rehash(to: max(16, 2 * slots.count)) }
            var hasher = Hasher()
            for value in coordinates { hasher.combine(value) }
            hasher.combine(measure)
            let fingerprint = UInt64(UInt32(truncatingIfNeeded: hasher.finalize()))
            let mask = slots.count - 1
            var slot = Int(fingerprint) & mask
            while slots[slot] != 0 {
                if slots[slot] >> 32 == fingerprint {
                    let earlier = Int(slots[slot] & 0xFFFF_FFFF) - 1
                    if observations[earlier].measure == measure && observations[earlier].coordinates == coordinates { return earlier }
                }
                slot = (slot + 1) & mask
            }
            slots[slot] = fingerprint << 32 | UInt64(index + 1)
            count += 1
            return nil
        }

        private mutating func rehash(to size: Int) {
            let old = slots
            slots = Array(repeating: 0, count: size)
            let mask = size - 1
            for entry in old where entry != 0 {
                var slot = Int(entry >> 32) & mask
                while slots[slot] != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }

    /// A header names each column once: with two of a name, which one holds the data is a guess (issue 15).
    private static func refuseRepeatedColumns(_ columns: [String], file: String, line: Int) throws {
        var first: [String: Int] = [:]
        for (index, name) in columns.enumerated() where !name.isEmpty {
            if let earlier = first[name] {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: line, column: index + 1),
                                                 "the header names `\(name)` twice: column \(earlier + 1) and column \(index + 1)",
                                                 hint: "Rename or remove one of them, so that each column has its own name."))
            }
            first[name] = index
        }
    }

    /// Whether `value` names one kabupaten/kota of `list` (`KAB. BOGOR`, `Kota Adm. Jakarta Selatan`; `Bogor` when the
    /// row's `jenis` column says kabupaten or kota); a name two units share is refused naming both.
    private static func isRegencyName(_ value: String, list: ReferenceCodeList, record: CSVRecord, columns: [String], dimension: String,
                                      at location: SourceLocation) throws -> Bool {
        let kindColumn = columns.firstIndex { ["jenis", "jenis_wilayah", "jenis_kabupaten_kota"].contains($0.lowercased()) }
        let kind = kindColumn.flatMap { RegencyKind(rawValue: record.fields[$0].trimmingSpaces.lowercased()) }
        switch list.match(value, kind: kind) {
        case .unit: return true
        case .unknown: return false
        case .ambiguous(let entries):
            throw DiagnosticError(Diagnostic(at: location, "`\(value)` in `\(dimension)` names \(entries.count) units of `\(list.word)`: \(entries.map(\.description).joined(separator: " and "))",
                                             hint: "Write which one (`\(entries.map(\.name).joined(separator: "` or `"))`), or add a `jenis` column (kabupaten | kota) or a column of codes."))
        }
    }

    /// A warning when the row's label (`wilayah`) is the name of another entry of the code list than its code's:
    /// `32` beside `Jawa Tengah` (33). Labels the list does not know (other spellings) are left alone.
    private static func nameMismatch(code: String, label: String, list: ReferenceCodeList, dimension: String, labelDimension: String,
                                     at location: SourceLocation) -> Diagnostic? {
        let entries = list.entries
        guard let own = entries.first(where: { $0.code == code }) else { return nil }
        let key = ReferenceCodeList.comparable(label)
        guard !key.isEmpty, !list.names(of: own.code).contains(where: { ReferenceCodeList.comparable($0) == key }),
              let other = entries.first(where: { entry in list.names(of: entry.code).contains { ReferenceCodeList.comparable($0) == key } })
        else { return nil }
        return Diagnostic(.warning, at: location,
                          "`\(dimension)` \(code) is \(own.name) in the reference list, but `\(labelDimension)` says \(label.trimmingSpaces), which is \(other.code)",
                          hint: "Check the row: correct the code to \(other.code) or the name to \(own.name). The code is what Sajian uses.")
    }

    /// A dimension value is a name that is printed and stored as a key: a control character (a tab or line break
    /// inside quotes, U+001F …) is never meant, would print as nothing and cannot be stored in the catalog.
    private static func refuseControlCharacters(in value: String, of dimension: String, at location: SourceLocation) throws {
        // Fast path: no byte below space, no DEL, no C1 control (UTF-8 C2 80–9F starts with C2).
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != 0xC2 }) { return }
        guard let control = value.unicodeScalars.first(where: { $0.properties.generalCategory == .control }) else { return }
        let code = "U+" + String(control.value, radix: 16, uppercase: true).leftPadded(to: 4)
        throw DiagnosticError(Diagnostic(at: location, "the value of `\(dimension)` holds the control character \(code)",
                                         hint: "Remove it from the data file: a dimension value is a name printed in tables and charts, made of visible characters and spaces."))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
