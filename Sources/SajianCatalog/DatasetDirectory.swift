import Foundation
import SajianModel
import SajianTemplate

/// Datasets kept as files: for each dataset a metadata YAML and the CSV it names, in one folder.
///
/// Loaded datasets are cached, so a publication that uses one dataset in many figures reads it once.
public final class DatasetDirectory: @unchecked Sendable {
    public let path: String
    private var cache: [String: Dataset] = [:]
    private let lock = NSLock()

    public init(path: String) { self.path = path }

    /// The ids of the datasets in the folder (one per metadata file).
    public func datasetIDs() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }.sorted()
    }

    /// The dataset with `id`, read from `<id>.yaml` and its CSV.
    public func dataset(_ id: String) throws -> Dataset {
        lock.lock(); defer { lock.unlock() }
        if let cached = cache[id] { return cached }
        let metadataPath = ["yaml", "yml"].map { "\(path)/\(id).\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
        guard let metadataPath else {
            throw DatasetError.unknown(id: id, known: datasetIDs())
        }
        let problems = DiagnosticCollector()
        guard let result = DatasetMetadataReader.read(contentsOf: metadataPath, problems: problems) else {
            throw DiagnosticError(problems.diagnostics)
        }
        try problems.throwIfErrors()
        let dataset = try DatasetCSVLoader.load(result)
        cache[id] = dataset
        return dataset
    }
}

/// Why a dataset could not be found.
public enum DatasetError: Error, Sendable {
    case unknown(id: String, known: [String])
}

/// Reads a long-format CSV (one value per row) into observations.
enum DatasetCSVLoader {
    static func load(_ source: DatasetMetadataReader.Result) throws -> Dataset {
        let file = source.dataFile
        guard let data = FileManager.default.contents(atPath: file) else {
            throw DiagnosticError(Diagnostic(at: source.metadata.location, "the data file \(file) cannot be read",
                                             hint: "Put the CSV beside the metadata or name it with `berkas:`."))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file), "the data file is not UTF-8 text",
                                             hint: "Save the CSV as UTF-8."))
        }
        let records = try CSVReader.records(in: text, file: file)
        guard let header = records.first else {
            throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: 1), "the data file is empty",
                                             hint: "The first row names the columns; the rows below hold one value each."))
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        func column(_ name: String, role: String) throws -> Int {
            guard let index = columns.firstIndex(of: name) else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: 1),
                                                 "the header has no column `\(name)` (\(role))",
                                                 hint: "Columns found: \(columns.joined(separator: ", ")). Fix the header or the metadata."))
            }
            return index
        }
        let dimensionColumns = try source.metadata.dimensions.map { try column($0, role: "a dimension in the metadata") }
        let measureColumn = try column(source.measureColumn, role: "the measure's name")
        let valueColumn = try column(source.valueColumn, role: "the value")
        let measures = Set(source.metadata.measures.map(\.name))
        var observations: [Observation] = []
        observations.reserveCapacity(records.count - 1)
        for record in records.dropFirst() {
            guard record.fields.count == columns.count else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: record.line),
                                                 "this row has \(record.fields.count) fields but the header has \(columns.count)",
                                                 hint: "Quote fields that contain the delimiter, e.g. \"Pertanian, Kehutanan dan Perikanan\"."))
            }
            let measure = record.fields[measureColumn]
            guard measures.contains(measure) else {
                throw DiagnosticError(Diagnostic(at: SourceLocation(file: file, line: record.line, column: measureColumn + 1),
                                                 "measure `\(measure)` is not declared in the metadata's `ukuran`",
                                                 hint: "Declare it under `ukuran:` in \(source.metadata.location.file)."))
            }
            let value = try parseValue(record.fields[valueColumn],
                                       at: SourceLocation(file: file, line: record.line, column: valueColumn + 1))
            observations.append(Observation(coordinates: dimensionColumns.map { record.fields[$0] }, measure: measure, value: value))
        }
        return Dataset(metadata: source.metadata, observations: observations)
    }

    /// A value as our CSVs write it: a number with '.' decimals, or a statistical symbol. Never zero for a blank.
    static func parseValue(_ text: String, at location: SourceLocation) throws -> StatisticalValue {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        switch trimmed {
        case "", "...", "…", "NA", "na", "n.a.": return .notAvailable
        case "-", "–", "—": return .nothingToReport
        case "x", "X": return .withheld
        default:
            guard let number = Double(trimmed), number.isFinite else {
                throw DiagnosticError(Diagnostic(at: location, "`\(trimmed)` is not a number",
                                                 hint: "Write numbers with a dot for decimals and no thousands separators, or a symbol: '-' nihil, '...' not available, 'x' withheld."))
            }
            return .number(number)
        }
    }
}
