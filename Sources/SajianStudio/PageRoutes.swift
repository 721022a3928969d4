import Foundation
import Hummingbird
import Mustache
import SajianCairo
import SajianCatalog
import SajianModel
import SajianPublish
import SajianScene

/// The web app: Katalog, Impor, Templat and Unduh, rendered on the server from ``PageTemplates``.
struct PageRoutes: Sendable {
    let engine: StudioEngine
    let access: Access
    let library: MustacheLibrary
    var views: DatasetViews { DatasetViews(engine: engine) }
    var api: APIRoutes { APIRoutes(engine: engine, access: access) }

    static let rowsPerPage = 50
    static let templateLimit = 1_048_576

    init(engine: StudioEngine, access: Access) throws {
        self.engine = engine
        self.access = access
        var templates: [String: MustacheTemplate] = [:]
        for (name, text) in PageTemplates.all { templates[name] = try MustacheTemplate(string: text) }
        library = MustacheLibrary(templates: templates)
    }

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { _, _ in Reply.redirect("/katalog") }
        router.get("aset/studio.css") { _, _ in Reply.data(Data(Assets.css.utf8), type: "text/css; charset=utf-8") }
        router.get("aset/studio.js") { _, _ in Reply.data(Data(Assets.js.utf8), type: "text/javascript; charset=utf-8") }
        router.get("katalog") { request, _ in page(request) { try catalogPage(request) } }
        router.get("katalog/:id") { request, context in page(request) { try datasetPage(request, id: context.parameters.get("id") ?? "") } }
        router.get("impor") { request, _ in page(request) { try importPage(request) } }
        router.post("impor") { request, _ in await pageAsync(request) { try await importUpload(request) } }
        router.post("impor/:token") { request, context in
            await pageAsync(request) { try await importDecision(request, token: context.parameters.get("token") ?? "") }
        }
        router.get("templat") { request, _ in page(request) { try templatesPage(request) } }
        router.get("templat/:name") { request, context in page(request) { try editorPage(request, name: context.parameters.get("name") ?? "") } }
        router.post("templat/:name") { request, context in await saveTemplate(request, name: context.parameters.get("name") ?? "") }
        router.get("templat/:name/halaman") { request, context in
            page(request) {
                _ = try editableTemplate(request, name: context.parameters.get("name") ?? "")
                return Reply.json(["halaman": editorState(context.parameters.get("name") ?? "")["halaman"] ?? [[String: Any]]()])
            }
        }
        router.get("templat/:name/halaman/:page") { request, context in
            pageThumbnail(request, name: context.parameters.get("name") ?? "", page: context.parameters.get("page") ?? "")
        }
        router.get("unduh") { request, _ in page(request) { try downloadsPage(request, only: nil) } }
        router.get("unduh/:name") { request, context in page(request) { try downloadsPage(request, only: context.parameters.get("name") ?? "") } }
        router.get("masuk") { request, _ in page(request) { render("masuk", request, ["judul_halaman": "Masuk"]) } }
        router.post("masuk") { request, _ in await login(request) }
    }

    // MARK: Rendering

    func render(_ name: String, _ request: Request, _ object: [String: Any], menu: String? = nil) -> Response {
        var object = object
        object["proyek"] = engine.project.directory.path
        if let menu { object["menu_" + menu] = true }
        return Reply.html(library.render(object, withTemplate: name) ?? "")
    }

    private func errorPage(_ request: Request, _ error: any Error) -> Response {
        let shown = StudioError.from(error, project: engine.project)
        var response = render("galat", request, [
            "judul_halaman": "Galat", "judul": shown.status == 404 ? "Tidak ditemukan" : "Permintaan tidak dapat dipenuhi",
            "pesan": shown.message, "diagnostik": shown.diagnostics.map(StudioError.object), "kembali": "/katalog",
        ])
        response.status = HTTPResponse.Status(code: shown.status)
        return response
    }

    func page(_ request: Request, _ body: () throws -> Response) -> Response {
        do { return try body() } catch { return errorPage(request, error) }
    }

    func pageAsync(_ request: Request, _ body: () async throws -> Response) async -> Response {
        do { return try await body() } catch { return errorPage(request, error) }
    }

    // MARK: Katalog

    func catalogPage(_ request: Request) throws -> Response {
        let summaries = try views.summaries(authorised: access.isAuthorised(request))
        let rows = summaries.map { summary -> [String: Any] in
            var row = views.summaryObject(summary)
            row["baris_tampil"] = NumberFormat().string(from: Double(summary.rows))
            row["periode"] = [summary.firstPeriod, summary.lastPeriod].compactMap { $0 }.joined(separator: " – ")
            row["sha_pendek"] = String(summary.latest.contentHash.prefix(12))
            return row
        }
        return render("katalog", request, ["judul_halaman": "Katalog", "dataset": rows, "kosong": rows.isEmpty], menu: "katalog")
    }

    func datasetPage(_ request: Request, id: String) throws -> Response {
        let stored = try views.dataset(id, authorised: access.isAuthorised(request))
        let metadata = stored.dataset.metadata
        let rows = try views.values(of: stored.dataset, filters: [:], measure: nil)
        let pages = max(1, (rows.count + Self.rowsPerPage - 1) / Self.rowsPerPage)
        let page = min(pages, max(1, request.uri.queryParameters.get("halaman").flatMap { Int($0) } ?? 1))
        let shown = rows.dropFirst((page - 1) * Self.rowsPerPage).prefix(Self.rowsPerPage)
        let labels = Dictionary(metadata.measures.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        return render("dataset", request, [
            "judul_halaman": metadata.title, "id": metadata.id, "judul": metadata.title, "produsen": metadata.producer ?? "–",
            "sumber": metadata.source ?? "–", "klasifikasi": metadata.classification.rawValue,
            "dimensi": metadata.dimensions.joined(separator: ", "),
            "ukuran": metadata.measures.map { ["label": $0.label, "satuan": $0.unit.name, "desimal": $0.decimals] as [String: Any] },
            "ambang": metadata.smallCellThreshold.map { NumberFormat().string(from: $0) as Any } ?? false,
            "versi": stored.version.number, "sha": stored.version.contentHash,
            "riwayat": try views.history(of: id),
            "kolom": metadata.dimensions,
            "baris": shown.map { ["koordinat": $0.coordinates, "ukuran": labels[$0.measure] ?? $0.measure, "tampil": $0.shown] as [String: Any] },
            "dari": rows.isEmpty ? 0 : (page - 1) * Self.rowsPerPage + 1, "sampai": (page - 1) * Self.rowsPerPage + shown.count,
            "total": NumberFormat().string(from: Double(rows.count)), "halaman": page, "jumlah_halaman": pages,
            "sebelumnya": page > 1 ? (page - 1) as Any : false, "berikutnya": page < pages ? (page + 1) as Any : false,
        ], menu: "katalog")
    }

    // MARK: Impor

    func importPage(_ request: Request) throws -> Response {
        let summaries = try views.summaries(authorised: access.isAuthorised(request))
        return render("impor", request, [
            "judul_halaman": "Impor", "dataset": summaries.map { ["id": $0.id, "judul": $0.title] },
            "batas": "\(engine.imports.uploadLimit / 1_048_576) MB",
        ], menu: "impor")
    }

    func importUpload(_ request: Request) async throws -> Response {
        try access.checkWrite(request)
        let body = try await request.collect(limit: engine.imports.uploadLimit + 1_048_576)
        guard let boundary = MultipartForm.boundary(of: request.headers[.contentType] ?? "") else {
            throw StudioError(status: 400, message: "the upload is not a form with a file (multipart/form-data)")
        }
        let form = try MultipartForm(body: body, boundary: boundary)
        let id = form.field("dataset")?.text.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        guard let file = form.field("berkas"), !file.data.isEmpty else {
            throw StudioError(status: 400, message: "no file was uploaded: choose a CSV or XLSX file")
        }
        let upload = try engine.imports.stage(dataset: id, fileName: file.fileName ?? "\(id).csv", data: file.data)
        var metadata = (text: "", name: "metadata")
        if let uploaded = form.field("metadata"), !uploaded.data.isEmpty {
            metadata = (uploaded.text, uploaded.fileName.map { ($0 as NSString).lastPathComponent } ?? "\(id).yaml")
        } else if let project = try? ImportMetadata.projectMetadata(id, engine: engine) {
            metadata = project
        } else if !id.isEmpty, let draft = try? MetadataDraft.make(file: upload.file.path, id: id, sheet: nil, dataFileName: nil) {
            // A file with no metadata yet gets the draft `sajian import` writes (issue 12): shown for her to check,
            // imported only when she confirms.
            return readPage(request, upload: upload, metadata: (draft.text, "\(id).yaml"), drafted: draft.guesses)
        }
        return readPage(request, upload: upload, metadata: metadata)
    }

    /// How the staged upload reads with `metadata`: a preview, or every problem.
    func readPage(_ request: Request, upload: StagedUpload, metadata: (text: String, name: String),
                  drafted: [String] = [], status: HTTPResponse.Status = .ok) -> Response {
        var object: [String: Any] = [
            "judul_halaman": "Impor \(upload.fileName)", "berkas": upload.fileName, "dataset": upload.datasetID,
            "token": upload.token, "metadata": metadata.text, "nama_metadata": metadata.name,
            "draf": drafted, "ada_draf": !drafted.isEmpty,
        ]
        do {
            guard !metadata.text.isEmpty else {
                throw StudioError(status: 400, message: "dataset `\(upload.datasetID)` has no metadata yet: write it below (id, judul, sumber, klasifikasi, dimensi, ukuran) or upload its YAML")
            }
            let imported = try engine.imports.read(upload, metadataText: metadata.text, metadataName: metadata.name)
            let dataset = imported.dataset
            let rows = try views.values(of: dataset, filters: [:], measure: nil).prefix(20)
            let labels = Dictionary(dataset.metadata.measures.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
            object["ok"] = true
            object["baris_tampil"] = NumberFormat().string(from: Double(dataset.observations.count))
            object["kolom"] = dataset.metadata.dimensions
            object["pratinjau"] = rows.map { ["koordinat": $0.coordinates, "ukuran": labels[$0.measure] ?? $0.measure, "tampil": $0.shown] as [String: Any] }
            object["jumlah_pratinjau"] = rows.count
            object["masalah"] = imported.warnings.map { Self.shown(StudioError.object(upload.shown($0))) }
            object["ada_masalah"] = !imported.warnings.isEmpty
        } catch {
            let shown = StudioError.from(error, project: engine.project)
            let problems = shown.diagnostics.isEmpty
                ? [["tingkat": "error", "berkas": upload.fileName, "pesan": shown.message] as [String: Any]]
                : shown.diagnostics.map { Self.shown(StudioError.object($0)) }
            object["ok"] = false
            object["masalah"] = problems
            object["ada_masalah"] = true
            object["jumlah_masalah"] = problems.count
        }
        var response = render("impor-baca", request, object, menu: "impor")
        response.status = status
        return response
    }

    func importDecision(_ request: Request, token: String) async throws -> Response {
        try access.checkWrite(request)
        guard let upload = engine.imports.upload(token) else {
            throw StudioError.notFound("this upload is no longer kept (the studio keeps the last 16): upload the file again")
        }
        let body = try await request.collect(limit: Self.templateLimit)
        let form = URLEncodedFields(body)
        let metadata = (text: form["metadata"] ?? "", name: "metadata")
        guard form["aksi"] == "impor" else { return readPage(request, upload: upload, metadata: metadata) }
        do {
            _ = try engine.imports.commit(upload, metadataText: metadata.text, metadataName: metadata.name, into: engine.catalog)
        } catch let error as StudioError where error.status == 409 {
            throw error
        } catch {
            return readPage(request, upload: upload, metadata: metadata, status: .badRequest)
        }
        return Reply.redirect("/katalog/\(upload.datasetID)")
    }

    // MARK: Templat

    func templateRows(_ request: Request) -> [[String: Any]] {
        let authorised = access.isAuthorised(request)
        return engine.project.templateNames().compactMap { name -> [String: Any]? in
            guard let prepared = try? engine.prepare(name) else {
                return authorised ? ["nama": name, "judul": name, "audiens": "–", "jumlah_gambar": "–", "siap": false] : nil
            }
            guard authorised || prepared.isPublic else { return nil }
            let spec = prepared.publication.spec
            return ["nama": name, "judul": spec.title?.value ?? name, "audiens": spec.audience.rawValue,
                    "jumlah_gambar": prepared.publication.bound.figures.count, "siap": true,
                    "gambar": prepared.publication.bound.figures.map { figure in
                        ["id": figure.id, "judul": figure.components.title, "dasar": "/api/v1/templates/\(name)/figures/\(figure.id)"]
                    }]
        }
    }

    func templatesPage(_ request: Request) throws -> Response {
        render("templat", request, ["judul_halaman": "Templat", "templat": templateRows(request)], menu: "templat")
    }

    /// The template's file when the request may edit it.
    func editableTemplate(_ request: Request, name: String) throws -> URL {
        guard access.isAuthorised(request) else {
            throw StudioError(status: 401, message: "editing templates needs the studio's token")
        }
        guard let file = engine.project.templateFile(name) else {
            throw StudioError.notFound("there is no template `\(name)` in Templates/")
        }
        return file
    }

    /// Diagnostics, figures and (with `pages`) page thumbnails of the template as it is now. A save answers without
    /// the pages, which the page's script asks for once the figures' previews are in (`GET /templat/NAME/halaman`).
    func editorState(_ name: String, pages withPages: Bool = true) -> [String: Any] {
        var diagnostics: [Diagnostic] = []
        var figures: [[String: Any]] = []
        var pages: [[String: Any]] = []
        var title = name
        do {
            if let prepared = try engine.prepare(name) {
                diagnostics = prepared.publication.bound.warnings
                title = prepared.publication.spec.title?.value ?? name
                figures = prepared.publication.bound.figures.map { figure in
                    ["id": figure.id, "judul": figure.components.title,
                     "url": "/api/v1/templates/\(name)/figures/\(figure.id).svg?v=\(prepared.tag.prefix(12))"]
                }
                if withPages, prepared.publication.spec.outputs.contains(.publication) {
                    let count = engine.publicationScene(prepared).pages.count
                    pages = (0..<count).map { ["nomor": $0 + 1, "url": "/templat/\(name)/halaman/\($0 + 1)?v=\(prepared.tag.prefix(12))"] }
                }
            }
        } catch let error as DiagnosticError {
            diagnostics = error.diagnostics
        } catch {
            diagnostics = StudioError.from(error, project: engine.project).diagnostics
        }
        return ["judul": title, "diagnostik": diagnostics.map { Self.shown(StudioError.object(engine.project.relative($0))) },
                "gambar": figures, "halaman": pages]
    }

    func editorPage(_ request: Request, name: String) throws -> Response {
        let file = try editableTemplate(request, name: name)
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        var object = editorState(name)
        let marks = Self.lineMarks(object["diagnostik"] as? [[String: Any]] ?? [])
        object["baris"] = (1...max(1, text.split(separator: "\n", omittingEmptySubsequences: false).count)).map { line in
            ["nomor": line, "kelas": marks[line]?.kind ?? "", "judul": marks[line]?.message ?? ""] as [String: Any]
        }
        object["nama"] = name
        object["teks"] = text
        object["judul_halaman"] = "Templat \(name)"
        return render("editor", request, object, menu: "templat")
    }

    /// A diagnostic for a page: every key a page names present (Mustache would otherwise look a missing `baris`
    /// up in the page around it).
    static func shown(_ diagnostic: [String: Any]) -> [String: Any] {
        diagnostic.merging(["baris": "", "kolom": "", "saran": false, "berkas": ""]) { given, _ in given }
    }

    static func lineMarks(_ diagnostics: [[String: Any]]) -> [Int: (kind: String, message: String)] {
        var marks: [Int: (kind: String, message: String)] = [:]
        for diagnostic in diagnostics {
            guard let line = diagnostic["baris"] as? Int else { continue }
            let kind = diagnostic["tingkat"] as? String ?? "error"
            if marks[line]?.kind != "error" { marks[line] = (kind, diagnostic["pesan"] as? String ?? "") }
        }
        return marks
    }

    /// Saves the template (atomically) and answers with its diagnostics and new preview addresses: JSON for the
    /// page's script, a redirect back to the editor for a plain form.
    func saveTemplate(_ request: Request, name: String) async -> Response {
        let wantsJSON = request.headers[.accept]?.contains("application/json") ?? false
        do {
            try access.checkWrite(request)
            let file = try editableTemplate(request, name: name)
            let body = try await request.collect(limit: Self.templateLimit)
            guard let text = URLEncodedFields(body)["teks"] else {
                throw StudioError(status: 400, message: "the form has no field `teks`")
            }
            try Project.writeAtomically(Data(text.utf8), to: file)
            guard wantsJSON else { return Reply.redirect("/templat/\(name)") }
            var state = editorState(name, pages: false)
            state["halaman_url"] = "/templat/\(name)/halaman"
            return Reply.json(state)
        } catch {
            let shown = StudioError.from(error, project: engine.project)
            return wantsJSON ? Reply.error(shown) : errorPage(request, shown)
        }
    }

    func pageThumbnail(_ request: Request, name: String, page: String) -> Response {
        do {
            guard let prepared = try engine.prepare(name), access.isAuthorised(request) || prepared.isPublic else {
                throw StudioError.notFound("there is no template `\(name)`")
            }
            let scene = engine.publicationScene(prepared)
            guard let number = Int(page.hasSuffix(".png") ? String(page.dropLast(4)) : page), scene.pages.indices.contains(number - 1) else {
                throw StudioError.notFound("the publication has no page \(page)")
            }
            return try api.cached(request, etag: prepared.etag("page", String(number)), type: "image/png") {
                var single = scene
                single.pages = [scene.pages[number - 1]]
                return try CairoExport.png(single, options: PNGOptions(scale: 0.3))
            }
        } catch {
            return Reply.error(StudioError.from(error, project: engine.project))
        }
    }

    // MARK: Unduh

    func downloadsPage(_ request: Request, only name: String?) throws -> Response {
        var rows = templateRows(request)
        if let name {
            rows = rows.filter { $0["nama"] as? String == name }
            guard !rows.isEmpty else { throw StudioError.notFound("there is no template `\(name)`") }
        }
        return render("unduh", request, ["judul_halaman": "Unduh", "templat": rows, "nama": name.map { $0 as Any } ?? false], menu: "unduh")
    }

    // MARK: Masuk

    func login(_ request: Request) async -> Response {
        guard let token = access.token else { return Reply.redirect("/katalog") }
        let body = (try? await request.collect(limit: 4096)) ?? []
        let given = URLEncodedFields(body)["token"] ?? ""
        guard access.isSameOrigin(request), Access.constantTimeEqual(given, token) else {
            var response = render("masuk", request, ["judul_halaman": "Masuk"])
            response.status = .unauthorized
            return response
        }
        var response = Reply.redirect("/katalog")
        response.setCookie(Cookie(name: Access.cookieName, value: Access.cookieValue(for: given), path: "/", secure: false, httpOnly: true, sameSite: .strict))
        return response
    }
}

/// The fields of an `application/x-www-form-urlencoded` body.
struct URLEncodedFields {
    private var fields: [String: String] = [:]

    init(_ body: [UInt8]) {
        for pair in String(decoding: body, as: UTF8.self).split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let decode = { (text: Substring) in String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? "" }
            if let key = parts.first { fields[decode(key)] = parts.count > 1 ? decode(parts[1]) : "" }
        }
    }

    subscript(_ name: String) -> String? { fields[name] }
}
