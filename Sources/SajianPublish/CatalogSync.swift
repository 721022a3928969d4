import Foundation
import SajianForms
import SajianCatalog
import SajianModel
import SajianTemplate

/// Keeps the catalog in step with the dataset files a publication uses: a file whose content changed is
/// imported as a new version, so that one `sajian publish` turns an edited number into updated outputs.
public enum CatalogSync {
    /// Imports each of `ids` whose files exist in `files` with content no catalog version holds yet. (A file equal
    /// to an older version is not imported again, so a newer version imported by hand stays the latest.)
    /// Every dataset is read and checked before anything is written; each import is its own transaction.
    public static func importChanged(_ ids: Set<String>, from files: DatasetDirectory, into catalog: Catalog) throws -> [DatasetVersion] {
        let problems = DiagnosticCollector()
        var ready: [DatasetImporter.Imported] = []
        for id in ids.sorted() where files.metadataPath(of: id) != nil {
            // Content the catalog holds already is recognised by its hash, before any row is parsed.
            if let hash = files.contentHash(of: id), try catalog.hasVersion(of: id, contentHash: hash) { continue }
            do { ready.append(try files.imported(id)) } catch let error as DiagnosticError {
                error.diagnostics.forEach(problems.append)
            }
        }
        try problems.throwIfErrors()
        return try ready.compactMap { imported in
            if try catalog.hasVersion(of: imported.dataset.metadata.id, contentHash: imported.contentHash) { return nil }
            let result = try catalog.add(imported)
            return result.isNewVersion ? result.version : nil
        }
    }
}

/// Which data a run used, for one dataset: the catalog version and where it came from. `publish` prints one line
/// each, so that an edited file that was not read (it lay in another folder) cannot pass unnoticed.
public struct DatasetUse: Sendable, Hashable, CustomStringConvertible {
    public enum Origin: Sendable, Hashable {
        /// The file changed and was imported now as the version used.
        case imported(file: String)
        /// The file holds the version used.
        case unchanged(file: String)
        /// The file holds an older version than the catalog's latest, which is used (imported by hand since).
        case olderFile(file: String, version: Int)
        /// The folder has no file for the dataset: the catalog's version is used.
        case catalogOnly(folder: String)
        /// A figure pins the version (`versi:`).
        case pinned
    }

    public var version: DatasetVersion
    public var origin: Origin

    public init(version: DatasetVersion, origin: Origin) {
        self.version = version
        self.origin = origin
    }

    /// `tpt-provinsi v3 (sha256:…): data/tpt-provinsi.csv, changed: imported v3`.
    public var description: String {
        let source = switch origin {
        case .imported(let file): "\(file), changed: imported v\(version.number)"
        case .unchanged(let file): "\(file), unchanged since v\(version.number)"
        case .olderFile(let file, let older): "catalog v\(version.number); \(file) holds the older v\(older)"
        case .catalogOnly(let folder): "catalog v\(version.number); no file in \(folder)/"
        case .pinned: "catalog v\(version.number), pinned by `versi: \(version.number)`"
        }
        return "\(version): \(source)"
    }
}

extension CatalogSync {
    /// The versions a publication uses: the latest of each of `ids` (after ``importChanged(_:from:into:)``) and every
    /// version a figure pins, each with where it came from.
    public static func uses(of ids: Set<String>, pinned: Set<PinnedVersion>, imported: [DatasetVersion], files: DatasetDirectory,
                            catalog: Catalog) throws -> [DatasetUse] {
        var uses: [DatasetUse] = []
        let importedNow = Set(imported)
        for id in ids.sorted() {
            guard let latest = try catalog.latestVersion(of: id) else { continue }
            let file = dataFile(of: id, in: files)
            let origin: DatasetUse.Origin
            if importedNow.contains(latest), let file {
                origin = .imported(file: file)
            } else if let file, let hash = files.contentHash(of: id) {
                if hash == latest.contentHash {
                    origin = .unchanged(file: file)
                } else if let older = try catalog.version(of: id, contentHash: hash) {
                    origin = .olderFile(file: file, version: older.number)
                } else {
                    origin = .catalogOnly(folder: displayed(files.path))
                }
            } else {
                origin = .catalogOnly(folder: displayed(files.path))
            }
            uses.append(DatasetUse(version: latest, origin: origin))
        }
        for pin in pinned.sorted(by: { ($0.id, $0.number) < ($1.id, $1.number) }) {
            if let version = try catalog.version(of: pin.id, number: pin.number) {
                uses.append(DatasetUse(version: version, origin: .pinned))
            }
        }
        return uses
    }

    /// A version a figure fixes with `versi:`.
    public struct PinnedVersion: Sendable, Hashable {
        public var id: String
        public var number: Int

        public init(id: String, number: Int) {
            self.id = id
            self.number = number
        }
    }

    /// The data file of dataset `id` in `files`, as the user would name it (relative to the working folder).
    static func dataFile(of id: String, in files: DatasetDirectory) -> String? {
        guard let metadata = files.metadataPath(of: id),
              let source = DatasetMetadataReader.read(contentsOf: metadata, problems: DiagnosticCollector()) else { return nil }
        return displayed(source.dataFile)
    }

    /// `path` relative to the working folder when it lies inside it.
    static func displayed(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        return absolute.hasPrefix(current + "/") ? String(absolute.dropFirst(current.count + 1)) : absolute
    }
}

/// Datasets from their files where the folder has them, else from the catalog: what `sajian check` reads,
/// so that checking never changes the catalog.
struct FilesFirst: DatasetSource {
    let files: DatasetDirectory
    let catalog: Catalog

    func dataset(_ id: String, version: Int?) throws -> (dataset: Dataset, version: DatasetVersion?) {
        if version == nil, files.metadataPath(of: id) != nil { return try files.dataset(id, version: nil) }
        do {
            return try catalog.dataset(id, version: version)
        } catch DatasetError.unknown(let id, let known) {
            throw DatasetError.unknown(id: id, known: Array(Set(known + files.datasetIDs())).sorted())
        }
    }

    var location: String { "\(files.path) or \(catalog.location)" }
}
