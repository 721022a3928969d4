import Foundation
import SajianCatalog
import SajianModel

/// Uploads on their way into the catalog. An upload is first *staged*: kept in a private temporary folder (never in
/// the project) and read with exactly the checks of `sajian import`, so the page can show how it was read and every
/// problem; only a confirmation imports it, in one transaction. Imports of the same dataset never run at once: the
/// second is refused with 409 while the first commits, so no version is lost.
final class ImportDesk: @unchecked Sendable {
    let uploadLimit: Int
    let staging: URL
    private let lock = NSLock()
    private var busy: Set<String> = []
    private var staged: [String: StagedUpload] = [:]
    private static let stagedLimit = 16

    init(uploadLimit: Int) throws {
        self.uploadLimit = uploadLimit
        staging = FileManager.default.temporaryDirectory.appendingPathComponent("sajian-studio-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: staging) }

    /// Keeps `data` as the file `fileName` for dataset `id`, to be read and perhaps imported.
    func stage(dataset id: String, fileName: String, data: Data) throws -> StagedUpload {
        guard NameRule.allows(id) else {
            throw StudioError(status: 400, message: "`\(id)` is not a dataset id: use letters, digits, - and _ (at most \(NameRule.longest) characters)")
        }
        let base = (fileName as NSString).lastPathComponent
        let safe = String(base.unicodeScalars.map { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) ? Character($0) : "_" })
        let lower = safe.lowercased()
        guard lower.hasSuffix(".csv") || lower.hasSuffix(".xlsx"), !safe.hasPrefix(".") else {
            throw StudioError(status: 400, message: "`\(base)` is not a CSV or XLSX file: upload the data as .csv or .xlsx")
        }
        guard data.count <= uploadLimit else { throw StudioError(status: 413, message: Self.tooLarge(uploadLimit)) }
        let token = UUID().uuidString.lowercased()
        let folder = staging.appendingPathComponent(token)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(safe)
        try data.write(to: file)
        let upload = StagedUpload(token: token, datasetID: id, fileName: safe, file: file, created: Date())
        lock.lock()
        staged[token] = upload
        var removed: [StagedUpload] = []
        while staged.count > Self.stagedLimit, let oldest = staged.values.min(by: { $0.created < $1.created }) {
            staged[oldest.token] = nil
            removed.append(oldest)
        }
        lock.unlock()
        removed.forEach(discard)
        return upload
    }

    static func tooLarge(_ limit: Int) -> String {
        "the upload is larger than the studio's limit of \(limit / 1_048_576) MB: split the file, or start the studio with a larger `--batas-unggah`"
    }

    func upload(_ token: String) -> StagedUpload? {
        lock.lock()
        defer { lock.unlock() }
        return staged[token]
    }

    func discard(_ upload: StagedUpload) {
        lock.lock()
        staged[upload.token] = nil
        lock.unlock()
        try? FileManager.default.removeItem(at: upload.file.deletingLastPathComponent())
    }

    /// Reads the staged file with `metadataText` as `sajian import` would: the dataset, or every problem.
    func read(_ upload: StagedUpload, metadataText: String, metadataName: String) throws -> DatasetImporter.Imported {
        let problems = DiagnosticCollector()
        guard let source = DatasetMetadataReader.read(metadataText, file: metadataName, problems: problems) else {
            throw DiagnosticError(problems.diagnostics)
        }
        try problems.throwIfErrors()
        guard source.metadata.id == upload.datasetID else {
            throw DiagnosticError(Diagnostic(at: source.metadata.location, "the metadata describes dataset `\(source.metadata.id)`, not `\(upload.datasetID)`",
                                             hint: "Import it as `\(source.metadata.id)`, or fix `id:` in the metadata."))
        }
        do {
            return try DatasetImporter.read(metadata: source, dataFile: upload.file.path)
        } catch let error as DiagnosticError {
            throw DiagnosticError(error.diagnostics.map(upload.shown), fault: error.fault)
        }
    }

    /// Marks dataset `id` as being imported; 409 when it already is.
    func reserve(_ id: String) throws {
        lock.lock()
        defer { lock.unlock() }
        guard busy.insert(id).inserted else {
            throw StudioError(status: 409, message: "dataset `\(id)` is being imported by another request: try again when it has finished")
        }
    }

    func release(_ id: String) {
        lock.lock()
        busy.remove(id)
        lock.unlock()
    }

    /// Imports the staged file as the next version of its dataset, in one transaction; 409 while another import of
    /// the same dataset runs.
    func commit(_ upload: StagedUpload, metadataText: String, metadataName: String, into catalog: Catalog)
        throws -> (result: Catalog.ImportResult, imported: DatasetImporter.Imported) {
        try reserve(upload.datasetID)
        defer { release(upload.datasetID) }
        let imported = try read(upload, metadataText: metadataText, metadataName: metadataName)
        let result = try catalog.add(imported)
        discard(upload)
        return (result, imported)
    }
}

/// A file kept for reading and importing, by the random token the page carries.
struct StagedUpload: Sendable {
    let token: String
    let datasetID: String
    let fileName: String
    let file: URL
    let created: Date

    /// `diagnostic` naming the uploaded file by its own name rather than the temporary folder's path.
    func shown(_ diagnostic: Diagnostic) -> Diagnostic {
        var shown = diagnostic
        let folder = file.deletingLastPathComponent().path + "/"
        shown.location.file = diagnostic.location.file.replacingOccurrences(of: folder, with: "")
        shown.message = diagnostic.message.replacingOccurrences(of: folder, with: "")
        return shown
    }
}
