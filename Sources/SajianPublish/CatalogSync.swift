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
