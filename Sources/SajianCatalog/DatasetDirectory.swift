import Foundation
import SajianModel
import SajianYAML

/// Where binding finds datasets: the catalog, or (for tools and tests) a folder of files.
public protocol DatasetSource: Sendable {
    /// The dataset with `id`, at `version` or the latest, and the version it is (nil for files not in a catalog).
    func dataset(_ id: String, version: Int?) throws -> (dataset: Dataset, version: DatasetVersion?)
    /// Where the datasets are, for messages.
    var location: String { get }
}

extension Catalog: DatasetSource {
    public func dataset(_ id: String, version: Int?) throws -> (dataset: Dataset, version: DatasetVersion?) {
        let found = try storedDataset(id, version: version)
        return (found.dataset, found.version)
    }

    public var location: String { "the catalog \(path)" }
}

extension DatasetDirectory: DatasetSource {
    public func dataset(_ id: String, version: Int?) throws -> (dataset: Dataset, version: DatasetVersion?) {
        if let version { throw DatasetError.unknownVersion(id: id, version: version, known: []) }
        return (try dataset(id), nil)
    }

    public var location: String { path }
}

/// Datasets kept as files: for each dataset a metadata YAML and the CSV it names, in one folder.
///
/// Loaded datasets are cached, so a publication that uses one dataset in many figures reads it once.
public final class DatasetDirectory: @unchecked Sendable {
    public let path: String
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
        try imported(id).dataset
    }

    /// The metadata file of dataset `id`, if the folder has one.
    public func metadataPath(of id: String) -> String? {
        // Only a name can be a dataset here: `data: ../elsewhere` never reads metadata outside the folder (issue 15).
        guard NameRule.allows(id) else { return nil }
        return ["yaml", "yml"].map { "\(path)/\(id).\($0)" }.first { FileManager.default.fileExists(atPath: $0) }
    }

    private var importCache: [String: DatasetImporter.Imported] = [:]

    /// The content hash dataset `id` would be imported with, from its files' bytes without parsing a row; nil when
    /// its metadata or data cannot be read (an import then says why).
    public func contentHash(of id: String) -> String? {
        guard let metadataPath = metadataPath(of: id),
              let source = DatasetMetadataReader.read(contentsOf: metadataPath, problems: DiagnosticCollector()) else { return nil }
        return DatasetImporter.contentHash(metadata: source)
    }

    /// Dataset `id` read and checked, with its content hash, ready for the catalog.
    public func imported(_ id: String) throws -> DatasetImporter.Imported {
        lock.lock(); defer { lock.unlock() }
        if let cached = importCache[id] { return cached }
        guard let metadataPath = metadataPath(of: id) else {
            throw DatasetError.unknown(id: id, known: datasetIDs())
        }
        let problems = DiagnosticCollector()
        guard let result = DatasetMetadataReader.read(contentsOf: metadataPath, problems: problems) else {
            throw DiagnosticError(problems.diagnostics)
        }
        try problems.throwIfErrors()
        let imported = try DatasetImporter.read(metadata: result)
        importCache[id] = imported
        return imported
    }
}

/// Why a dataset could not be found: a name in the user's input (`data:`, `versi:`, `--dataset`) that matches none.
public enum DatasetError: FaultAttributed, Sendable, CustomStringConvertible {
    case unknown(id: String, known: [String])
    case unknownVersion(id: String, version: Int, known: [Int])

    public var fault: Fault { .input }

    public var description: String {
        switch self {
        case .unknown(let id, let known):
            "error: there is no dataset `\(id)`\n    Datasets: \(known.isEmpty ? "none yet; `sajian import FILE --dataset ID` adds one" : known.joined(separator: ", "))."
        case .unknownVersion(let id, let version, let known):
            "error: dataset `\(id)` has no version \(version)\n    "
                + (known.isEmpty ? "Versions exist only in the catalog; remove `versi:`." : "Versions: \(known.map(String.init).joined(separator: ", ")).")
        }
    }
}

