import Foundation
import HTTPTypes
import Hummingbird
import SajianCatalog
import SajianModel
import SajianPublish
import SajianTemplate
import ZIPFoundation

/// The JSON API under `/api/v1`, described by `/api/v1/openapi.yaml` (``OpenAPIDocument``).
struct APIRoutes: Sendable {
    let engine: StudioEngine
    let access: Access
    var views: DatasetViews { DatasetViews(engine: engine) }

    func register(on router: Router<BasicRequestContext>) {
        let api = router.group("api/v1")
        api.get("openapi.yaml") { _, _ in Reply.data(Data(OpenAPIDocument.yaml.utf8), type: "application/yaml; charset=utf-8") }
        api.get("datasets") { request, _ in respond { try listDatasets(request) } }
        api.get("datasets/:id") { request, context in respond { try dataset(request, id: context.parameters.get("id") ?? "") } }
        api.get("datasets/:id/values") { request, context in respond { try values(request, id: context.parameters.get("id") ?? "") } }
        api.post("datasets/:id") { request, context in
            await respondAsync { try await importDataset(request, id: context.parameters.get("id") ?? "") }
        }
        api.get("templates") { request, _ in respond { try listTemplates(request) } }
        api.get("templates/:template/figures/:file") { request, context in
            respond { try figure(request, template: context.parameters.get("template") ?? "", file: context.parameters.get("file") ?? "") }
        }
        api.get("templates/:template/manifest.json") { request, context in
            respond { try manifest(request, template: context.parameters.get("template") ?? "") }
        }
        api.get("templates/:template/publication.pdf") { request, context in
            respond { try publication(request, template: context.parameters.get("template") ?? "") }
        }
        api.get("templates/:template/web.zip") { request, context in
            respond { try webZip(request, template: context.parameters.get("template") ?? "") }
        }
    }

    private func respond(_ body: () throws -> Response) -> Response {
        do { return try body() } catch { return Reply.error(StudioError.from(error, project: engine.project)) }
    }

    private func respondAsync(_ body: () async throws -> Response) async -> Response {
        do { return try await body() } catch { return Reply.error(StudioError.from(error, project: engine.project)) }
    }

    // MARK: Datasets

    func listDatasets(_ request: Request) throws -> Response {
        Reply.json(["dataset": try views.summaries(authorised: access.isAuthorised(request)).map(views.summaryObject)])
    }

    func dataset(_ request: Request, id: String) throws -> Response {
        let stored = try views.dataset(id, authorised: access.isAuthorised(request))
        let history = try views.history(of: id)
        return Reply.json(["metadata": views.metadataObject(stored.dataset.metadata), "versi": stored.version.number,
                           "sha256": stored.version.contentHash, "riwayat": history])
    }

    /// `?dimensi=kode` filters (any dimension by name), `ukuran=`, `versi=`, `mulai=` (offset) and `batas=` (at most 5,000).
    func values(_ request: Request, id: String) throws -> Response {
        let query = request.uri.queryParameters
        let version = try query.get("versi").map { text -> Int in
            guard let number = Int(text), number > 0 else { throw StudioError(status: 400, message: "`versi=\(text)` is not a version number") }
            return number
        }
        let stored = try views.dataset(id, version: version, authorised: access.isAuthorised(request))
        var filters: [String: String] = [:]
        for (key, value) in query where !["ukuran", "versi", "mulai", "batas"].contains(String(key)) {
            filters[String(key)] = String(value)
        }
        let rows = try views.values(of: stored.dataset, filters: filters, measure: query.get("ukuran"))
        let start = max(0, query.get("mulai").flatMap { Int($0) } ?? 0)
        let limit = min(5000, max(1, query.get("batas").flatMap { Int($0) } ?? 1000))
        let page = rows.dropFirst(start).prefix(limit)
        let dimensions = stored.dataset.metadata.dimensions
        return Reply.json([
            "dataset": id, "versi": stored.version.number, "total": rows.count, "mulai": start,
            "kolom": dimensions + ["ukuran", "nilai", "simbol", "tampil"],
            "baris": page.map { row -> [String: Any] in
                var object: [String: Any] = [:]
                for (index, name) in dimensions.enumerated() { object[name] = row.coordinates[index] }
                object["ukuran"] = row.measure
                object["nilai"] = row.value.number ?? NSNull()
                object["simbol"] = row.value.symbol?.rawValue ?? NSNull()
                object["tampil"] = row.shown
                return object
            },
        ])
    }

    /// A file as the body (`multipart/form-data` with `berkas` and optionally `metadata`, or the bare file with
    /// `?berkas=NAME.csv`); the metadata is the uploaded one, else `Datasets/<id>.yaml`.
    func importDataset(_ request: Request, id: String) async throws -> Response {
        try access.checkWrite(request)
        guard NameRule.allows(id) else { throw StudioError(status: 400, message: "`\(id)` is not a dataset id: use letters, digits, - and _") }
        let body = try await request.collect(limit: engine.imports.uploadLimit + 1_048_576)
        var fileName = request.uri.queryParameters.get("berkas") ?? "\(id).csv"
        var data = Data(body)
        var metadata: (text: String, name: String)?
        if let boundary = MultipartForm.boundary(of: request.headers[.contentType] ?? "") {
            let form = try MultipartForm(body: body, boundary: boundary)
            guard let file = form.field("berkas") else {
                throw StudioError(status: 400, message: "the upload has no field `berkas`: send the data file as the form field `berkas`")
            }
            fileName = file.fileName ?? fileName
            data = file.data
            if let uploaded = form.field("metadata"), !uploaded.data.isEmpty {
                metadata = (uploaded.text, uploaded.fileName ?? "\(id).yaml")
            }
        }
        let upload = try engine.imports.stage(dataset: id, fileName: fileName, data: data)
        defer { engine.imports.discard(upload) }
        let source = try metadata ?? ImportMetadata.projectMetadata(id, engine: engine)
        let (result, imported) = try engine.imports.commit(upload, metadataText: source.text, metadataName: source.name, into: engine.catalog)
        return Reply.json([
            "dataset": id, "versi": result.version.number, "baru": result.isNewVersion, "sha256": result.version.contentHash,
            "baris": imported.dataset.observations.count,
            "peringatan": imported.warnings.map { StudioError.object(upload.shown($0)) },
        ], status: result.isNewVersion ? .created : .ok)
    }

    // MARK: Templates and figures

    func listTemplates(_ request: Request) throws -> Response {
        let authorised = access.isAuthorised(request)
        var templates: [[String: Any]] = []
        for name in engine.project.templateNames() {
            guard let prepared = try? engine.prepare(name) else {
                if authorised { templates.append(["nama": name, "siap": false]) }
                continue
            }
            guard authorised || prepared.isPublic else { continue }
            templates.append(["nama": name, "siap": true, "judul": prepared.publication.spec.title?.value ?? name,
                              "audiens": prepared.publication.spec.audience.rawValue,
                              "gambar": prepared.publication.bound.figures.map(\.id)])
        }
        return Reply.json(["templat": templates])
    }

    /// The template `name` bound for the request's `wilayah`, when the request may see it.
    func prepared(_ request: Request, template name: String) throws -> PreparedTemplate {
        guard let prepared = try engine.prepare(name, wilayah: request.uri.queryParameters.get("wilayah")) else {
            throw StudioError.notFound("there is no template `\(name)` in \(engine.project.templatesDirectory.lastPathComponent)/")
        }
        guard access.isAuthorised(request) || prepared.isPublic else {
            throw StudioError.notFound("there is no template `\(name)` (or it is not for the public: send the studio's token)")
        }
        return prepared
    }

    /// Serves `etag` from the request's cache, the response cache, or `render`, in that order.
    func cached(_ request: Request, etag: String, type: String, render: () throws -> Data) rethrows -> Response {
        if Reply.matches(request, etag) { return Reply.notModified(etag) }
        if let hit = engine.responses.value(for: etag) { return Reply.data(hit.data, type: hit.contentType, etag: etag) }
        let data = try render()
        engine.responses.store(data, contentType: type, for: etag)
        return Reply.data(data, type: type, etag: etag)
    }

    func figure(_ request: Request, template: String, file: String) throws -> Response {
        guard let dot = file.lastIndex(of: "."), let format = OutputFormat(rawValue: String(file[file.index(after: dot)...])) else {
            throw StudioError.notFound("`\(file)` is not a figure file: ask for <figure id>.svg, .png, .pdf or .csv")
        }
        let figureID = String(file[..<dot])
        let scale = try request.uri.queryParameters.get("scale").map { text -> Double in
            guard let value = Double(text), PublishOptions.scales.contains(value) else {
                throw StudioError(status: 400, message: "`scale=\(text)` is out of range: give a PNG scale from \(PublishOptions.scales.lowerBound) to \(Int(PublishOptions.scales.upperBound))")
            }
            return value
        } ?? 1
        let prepared = try prepared(request, template: template)
        guard NameRule.allows(figureID), prepared.publication.bound.figures.contains(where: { $0.id == figureID }) else {
            throw StudioError.notFound("template `\(template)` has no figure `\(figureID)`: its figures are \(prepared.publication.bound.figures.map(\.id).joined(separator: ", "))")
        }
        let etag = prepared.etag("figure", figureID, format.rawValue, format == .png ? String(scale) : "")
        return try cached(request, etag: etag, type: Reply.contentType(of: format.rawValue)) {
            try engine.withMeasurer { measurer in
                try Publisher().figure(figureID, of: prepared.publication, as: format, scale: scale, date: engine.date, measurer: measurer) ?? Data()
            }
        }
    }

    func manifest(_ request: Request, template: String) throws -> Response {
        let prepared = try prepared(request, template: template)
        return try cached(request, etag: prepared.etag("manifest"), type: Reply.contentType(of: "json")) {
            try webFiles(prepared).first { $0.path == "web/manifest.json" }?.data ?? Data()
        }
    }

    func publication(_ request: Request, template: String) throws -> Response {
        let prepared = try prepared(request, template: template)
        var response = try cached(request, etag: prepared.etag("publication"), type: Reply.contentType(of: "pdf")) {
            try engine.withMeasurer { try Publisher().publicationPDF(of: prepared.publication, date: engine.date, measurer: $0) }
        }
        response.headers[.studioContentDisposition] = "attachment; filename=\"\(template).pdf\""
        return response
    }

    func webZip(_ request: Request, template: String) throws -> Response {
        let prepared = try prepared(request, template: template)
        var response = try cached(request, etag: prepared.etag("web.zip"), type: Reply.contentType(of: "zip")) {
            let archive = try Archive(data: Data(), accessMode: .create)
            for file in try webFiles(prepared) {
                let data = file.data
                try archive.addEntry(with: "\(template)/\(file.path)", type: .file, uncompressedSize: Int64(data.count),
                                     modificationDate: engine.date, compressionMethod: .deflate) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            return archive.data ?? Data()
        }
        response.headers[.studioContentDisposition] = "attachment; filename=\"\(template)-web.zip\""
        return response
    }

    func webFiles(_ prepared: PreparedTemplate) throws -> [(path: String, data: Data)] {
        try engine.withMeasurer { try Publisher().webExport(of: prepared.publication, measurer: $0) }
    }
}

/// Where an upload's metadata comes from when the user sent none: the project's `Datasets/<id>.yaml`.
enum ImportMetadata {
    static func projectMetadata(_ id: String, engine: StudioEngine) throws -> (text: String, name: String) {
        guard let file = engine.project.metadataFile(id), let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw StudioError(status: 400, message: "dataset `\(id)` has no metadata: upload its YAML as the field `metadata`, or put `Datasets/\(id).yaml` in the project")
        }
        return (text, "Datasets/\(id).yaml")
    }
}
