import Crypto
import Foundation
import SajianCairo
import SajianCatalog
import SajianModel
import SajianPublish
import SajianScene
import SajianTemplate

/// The warm engine behind every request: the catalog kept open, text measurers with their fonts loaded (one per
/// render running at once, since a measurer is not shared between threads), and each template bound once per
/// catalog state. A bound template is an immutable snapshot: a render reads the dataset versions it was bound to
/// even while an import commits a newer one.
final class StudioEngine: @unchecked Sendable {
    let project: Project
    let catalog: Catalog
    let configuration: StudioConfiguration
    /// Changes when the engine's output may change: the SHA-256 of the running executable.
    let engineVersion: String
    /// The creation date written into PDFs (SOURCE_DATE_EPOCH when set, else the studio's start).
    let date = PublishOptions.buildDate()
    let responses: ResponseCache
    let imports: ImportDesk

    private let lock = NSLock()
    private var measurers: [PangoTextMeasurer] = []
    private var prepared: [String: (entry: PreparedTemplate, used: UInt64)] = [:]
    private var clock: UInt64 = 0
    private var scenes: [String: Scene] = [:]
    private var state: (stamp: String, summaries: [String: DatasetSummary])?
    /// The region a template is shown for without `?wilayah=` (nil for a template made once), by the hash of its
    /// bytes and the catalog state: asked on every request, so its YAML is read once rather than each time.
    private var defaultRegions: [String: RegionParameter?] = [:]
    private static let preparedLimit = 32

    init(configuration: StudioConfiguration) throws {
        self.configuration = configuration
        project = Project(directory: configuration.projectDirectory)
        catalog = try Catalog(path: configuration.catalogPath)
        responses = ResponseCache(maximumEntries: configuration.cacheEntries)
        imports = try ImportDesk(uploadLimit: configuration.uploadLimit)
        engineVersion = Self.executableHash()
    }

    private static func executableHash() -> String {
        guard let handle = FileHandle(forReadingAtPath: "/proc/self/exe") else { return "unknown" }
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try? handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return hasher.finalize().prefix(8).map { String(format: "%02x", $0) }.joined()
    }

    /// Brings every dataset whose files in `Datasets/` changed into the catalog, as `sajian publish` does; the
    /// problems of a file that is refused are returned, the others are imported.
    func synchroniseDatasets() -> [Diagnostic] {
        let files = DatasetDirectory(path: project.datasetsDirectory.path)
        var problems: [Diagnostic] = []
        for id in files.datasetIDs() {
            do { _ = try CatalogSync.importChanged([id], from: files, into: catalog) } catch let error as DiagnosticError {
                problems += error.diagnostics
            } catch {
                problems.append(Diagnostic(at: SourceLocation(file: id), "\(error)"))
            }
        }
        return problems
    }

    /// Runs `body` with a text measurer no other thread is using. A pooled measurer serves whichever thread asks
    /// next, so each has a font map of its own: one made with its thread's default map would share that map with
    /// whatever else that thread draws or measures in the meantime.
    func withMeasurer<T>(_ body: (PangoTextMeasurer) throws -> T) rethrows -> T {
        lock.lock()
        let measurer = measurers.popLast() ?? PangoTextMeasurer(fontMap: .own)
        lock.unlock()
        defer {
            lock.lock()
            measurers.append(measurer)
            lock.unlock()
        }
        return try body(measurer)
    }

    /// The latest version of every dataset: the catalog state a bound template is keyed by. Read again only when
    /// the catalog file changed (its modification time and size: every commit, by the studio or by `sajian import`,
    /// writes it), so that a request served from the cache does not wait for the database.
    func catalogState() throws -> [String: DatasetSummary] {
        let attributes = try? FileManager.default.attributesOfItem(atPath: catalog.path)
        let stamp = "\((attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)|\(attributes?[.size] as? Int ?? 0)"
        lock.lock()
        if let cached = state, cached.stamp == stamp {
            lock.unlock()
            return cached.summaries
        }
        lock.unlock()
        let summaries = Dictionary(try catalog.summaries().map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        lock.lock()
        state = (stamp, summaries)
        lock.unlock()
        return summaries
    }

    /// The template `name` bound against the catalog as it is now (from the cache when neither the template's bytes
    /// nor the catalog changed since). Nil for an unknown template. A per-region template without a region is shown
    /// for the first region of its level that its data holds (``defaultRegion(template:file:state:)``); `wilayah`
    /// (the request's `?wilayah=`) chooses another, read at the template's level: a BPS province code for
    /// `per-wilayah: provinsi`, a kabupaten/kota code for `per-wilayah: kabupaten-kota`.
    func prepare(_ name: String, wilayah: String? = nil) throws -> PreparedTemplate? {
        guard let file = project.templateFile(name), let bytes = FileManager.default.contents(atPath: file.path) else { return nil }
        let state = try catalogState().values.map { "\($0.id)@\($0.latest.number)" }.sorted().joined(separator: ",")
        let region = try wilayah.map { try Self.region($0, level: TemplateParser.regionLevel(text: String(decoding: bytes, as: UTF8.self), file: file.path)) }
            ?? defaultRegion(template: bytes, file: file.path, state: state)
        let key = Self.hash([Data(name.utf8), bytes, Data((region?.code ?? "-").utf8), Data(state.utf8)])
        lock.lock()
        if let hit = prepared[key] {
            clock += 1
            prepared[key] = (hit.entry, clock)
            lock.unlock()
            return hit.entry
        }
        lock.unlock()
        let publication = try Publisher().prepare(template: file.path, catalog: catalog, region: region,
                                                  datasetsDirectory: project.datasetsDirectory.path)
        let versions = publication.datasetVersions.map(\.description).joined(separator: ";")
        let tag = Self.hash([Data(engineVersion.utf8), bytes, Data(versions.utf8), Data((region?.code ?? "-").utf8)])
        let entry = PreparedTemplate(name: name, publication: publication, tag: tag)
        lock.lock()
        clock += 1
        prepared[key] = (entry, clock)
        if prepared.count > Self.preparedLimit, let oldest = prepared.min(by: { $0.value.used < $1.value.used }) {
            prepared[oldest.key] = nil
        }
        lock.unlock()
        return entry
    }

    /// The one region `wilayah` names at `level` (provinces when the template is made once).
    private static func region(_ wilayah: String, level: RegionLevel?) throws -> RegionParameter {
        let regions = try Publisher.regions(wilayah, level: level ?? .province)
        guard regions.count == 1 else {
            let example = level == .regency ? "a kabupaten/kota code, e.g. `wilayah=3273`" : "one BPS province code, e.g. `wilayah=32`"
            throw StudioError(status: 400, message: "`wilayah=\(wilayah)` names \(regions.count) regions: ask for \(example)")
        }
        return regions[0]
    }

    /// The region a per-region template is shown for when the request names none, from the template's bytes (the
    /// file is not read again): the first province for `per-wilayah: provinsi`; for `per-wilayah: kabupaten-kota` the
    /// first kabupaten/kota (in Kemendagri order) that the datasets of its figures hold, so that the Jawa Barat booklet
    /// opens on Kabupaten Bogor rather than on a unit it has no data for, else the first of the 514. Nil for a
    /// template made once.
    private func defaultRegion(template bytes: Data, file: String, state: String) -> RegionParameter? {
        let key = Self.hash([bytes, Data(state.utf8)])
        lock.lock()
        if let known = defaultRegions[key] { lock.unlock(); return known }
        lock.unlock()
        let text = String(decoding: bytes, as: UTF8.self)
        let answer: RegionParameter?
        switch TemplateParser.regionLevel(text: text, file: file) {
        case nil: answer = nil
        case .province: answer = RegionLevel.province.all.first
        case .regency:
            let all = RegionLevel.regency.all
            var held = Set<String>()
            for id in TemplateParser.figureDatasetIDs(text: all[0].substitute(into: text), file: file) {
                guard let dataset = try? catalog.storedDataset(id).dataset else { continue }
                for index in dataset.metadata.dimensions.indices {
                    guard let (codes, list) = dataset.referenceCodes(ofDimension: index), list.isRegency else { continue }
                    for code in Set(codes.values) { if let regency = list.regency(code) { held.insert(RegionParameter(regency).code) } }
                }
            }
            answer = all.first { held.contains($0.code) } ?? all.first
        }
        lock.lock()
        if defaultRegions.count > Self.preparedLimit { defaultRegions.removeAll() }
        defaultRegions[key] = .some(answer)
        lock.unlock()
        return answer
    }

    /// The publication's pages laid out (for thumbnails), kept for the last few bound templates.
    func publicationScene(_ prepared: PreparedTemplate) -> Scene {
        lock.lock()
        if let scene = scenes[prepared.tag] {
            lock.unlock()
            return scene
        }
        lock.unlock()
        let scene = withMeasurer { Publisher().publicationScene(of: prepared.publication, measurer: $0) }
        lock.lock()
        if scenes.count >= 4 { scenes.removeAll() }
        scenes[prepared.tag] = scene
        lock.unlock()
        return scene
    }

    static func hash(_ parts: [Data]) -> String {
        var hasher = SHA256()
        for part in parts {
            hasher.update(data: Data("\(part.count):".utf8))
            hasher.update(data: part)
        }
        return hasher.finalize().prefix(16).map { String(format: "%02x", $0) }.joined()
    }
}

/// A template bound once, with the tag its responses' ETags are made from: the template's bytes, the dataset
/// versions it was bound to, the region and the engine version.
struct PreparedTemplate: Sendable {
    let name: String
    let publication: PreparedPublication
    let tag: String

    var isPublic: Bool { publication.spec.audience == .publik }

    /// The ETag of one representation of this template (a figure in a format and scale, the PDF, the manifest).
    func etag(_ parts: String...) -> String {
        "\"" + StudioEngine.hash([Data(tag.utf8)] + parts.map { Data($0.utf8) }) + "\""
    }
}
