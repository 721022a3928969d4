import Foundation
import SajianBind
import SajianCairo
import SajianCatalog
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

/// The output formats Sajian writes.
public enum OutputFormat: String, Sendable, CaseIterable {
    case pdf, png, svg
    /// The figure's data, for the website pipeline.
    case csv
}

/// What `sajian publish` is asked to do.
public struct PublishOptions: Sendable {
    public var formats: [OutputFormat]
    /// Where files go; default `Output/<template name>/`.
    public var outputDirectory: String?
    /// Where datasets are; default `Datasets/` beside the template's folder, else `./Datasets`.
    public var datasetsDirectory: String?
    /// The catalog; default `Catalog.defaultPath()`.
    public var catalogPath: String?
    /// PNG pixel density: 1 for ordinary screens, 2 for high-density ones.
    public var scale: Double
    /// The creation date written into PDFs (SOURCE_DATE_EPOCH when set).
    public var date: Date

    public init(formats: [OutputFormat] = OutputFormat.allCases, outputDirectory: String? = nil,
                datasetsDirectory: String? = nil, catalogPath: String? = nil, scale: Double = 1,
                date: Date = PublishOptions.buildDate()) {
        self.catalogPath = catalogPath
        self.formats = formats
        self.outputDirectory = outputDirectory
        self.datasetsDirectory = datasetsDirectory
        self.scale = scale
        self.date = date
    }

    /// SOURCE_DATE_EPOCH if set (reproducible builds), else now.
    public static func buildDate(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) { return Date(timeIntervalSince1970: epoch) }
        return Date()
    }
}

/// What a run produced.
public struct PublishReport: Sendable {
    /// Paths written, in order.
    public var written: [String]
    /// Warnings worth the user's attention (nothing was refused).
    public var warnings: [Diagnostic]
    /// Datasets imported into the catalog because their files changed.
    public var imported: [DatasetVersion] = []
}

/// Runs the stages in order: template → typed spec → bound figures → layout → scene → files.
public struct Publisher {
    public init() {}

    /// Validates a template without rendering: parse, mandatory components, datasets, fields, confidentiality.
    /// Datasets are taken from their files where the folder has them (the catalog is not changed), else from the catalog.
    public func check(template path: String, datasetsDirectory: String? = nil, catalogPath: String? = nil) throws -> [Diagnostic] {
        let spec = try TemplateParser.parse(contentsOf: path)
        let files = DatasetDirectory(path: datasetsDirectory ?? Self.defaultDatasets(forTemplate: path))
        let catalog = try Catalog(path: catalogPath ?? Catalog.defaultPath())
        return try FigureBinder(datasets: FilesFirst(files: files, catalog: catalog), boundariesDirectory: files.path).bind(spec).warnings
    }

    /// Renders every figure of the template in each format, plus the whole publication as one PDF.
    /// Everything is rendered in memory first; files are written only if all of it succeeded.
    public func publish(template path: String, options: PublishOptions = PublishOptions()) throws -> PublishReport {
        let prepared = try prepare(template: path, options: options)
        var warnings = prepared.warnings
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let directory = options.outputDirectory ?? "Output/\(stem)"
        let measurer = PangoTextMeasurer()
        var style = HouseStyle.standard
        if let family = prepared.spec.style.fontFamily { style.fontFamily = family }
        if !prepared.spec.style.palette.isEmpty { style.palette = prepared.spec.style.palette.map { Color(hex: $0) } }
        if let accent = prepared.spec.style.accent { style.accent = Color(hex: accent) }
        if let logo = prepared.spec.style.logo { style.logo = try Self.loadLogo(logo, template: path) }
        let documents = DocumentLayout(figureLayout: FigureLayout(style: style, measurer: measurer))
        // PDFs are for print: maps keep finer boundaries there than in PNG and SVG.
        var printStyle = style
        printStyle.mapTolerance = HouseStyle.printMapTolerance
        let printDocuments = DocumentLayout(figureLayout: FigureLayout(style: printStyle, measurer: measurer))
        var files: [(path: String, data: Data)] = []

        // Binding succeeded for every figure, so the bound figures follow the spec's order one to one.
        for (figure, spec) in zip(prepared.figures, prepared.spec.figures) {
            let standalone = documents.standalone(figure, width: spec.size.width, height: spec.size.height)
            warnings += standalone.warnings.map { Diagnostic(.warning, at: spec.location, "figure `\(figure.id)`: \($0)") }
            var scene = standalone.scene
            scene.info.author = prepared.spec.author
            scene.info.provenance = Self.provenance(figure.datasetVersions)
            for format in options.formats {
                let data: Data
                switch format {
                case .png: data = try CairoExport.png(scene, options: PNGOptions(scale: options.scale))
                case .svg: data = try CairoExport.svg(scene)
                case .pdf:
                    var printScene = scene
                    if case .map = figure.body {
                        printScene = printDocuments.standalone(figure, width: spec.size.width, height: spec.size.height).scene
                        printScene.info = scene.info
                    }
                    data = try CairoExport.pdf(printScene, date: options.date)
                case .csv: data = FigureCSV.data(for: figure)
                }
                files.append(("\(directory)/\(figure.id).\(format.rawValue)", data))
            }
        }
        if options.formats.contains(.pdf) {
            let chapters = prepared.spec.chapters.map { chapter in
                BoundChapter(title: chapter.title, figures: chapter.figures.compactMap { spec in prepared.figures.first { $0.id == spec.id } })
            }
            var info = DocumentInfo(title: prepared.spec.title?.value ?? stem, author: prepared.spec.author,
                                    subject: prepared.spec.subject)
            info.provenance = Self.provenance(prepared.figures.flatMap(\.datasetVersions))
            let publication = printDocuments.publication(chapters, info: info, paper: .a4)
            files.append(("\(directory)/\(stem).pdf", try CairoExport.pdf(publication.scene, date: options.date)))
        }
        try AtomicFiles.write(files)
        return PublishReport(written: files.map(\.path), warnings: warnings, imported: prepared.imported)
    }

    private struct Prepared {
        var spec: PublicationSpec
        var figures: [BoundFigure]
        var warnings: [Diagnostic]
        var imported: [DatasetVersion]
    }

    /// Parses the template, brings changed dataset files into the catalog, and binds the figures from the catalog.
    private func prepare(template path: String, options: PublishOptions) throws -> Prepared {
        let spec = try TemplateParser.parse(contentsOf: path)
        let files = DatasetDirectory(path: options.datasetsDirectory ?? Self.defaultDatasets(forTemplate: path))
        let catalog = try Catalog(path: options.catalogPath ?? Catalog.defaultPath())
        let imported = try CatalogSync.importChanged(Set(spec.figures.compactMap { $0.dataset?.value }), from: files, into: catalog)
        let bound = try FigureBinder(datasets: catalog, boundariesDirectory: files.path).bind(spec)
        return Prepared(spec: spec, figures: bound.figures, warnings: bound.warnings, imported: imported)
    }

    /// A logo PNG named in the template, 24 pt high, its width from its aspect ratio.
    static func loadLogo(_ name: Located<String>, template: String) throws -> (png: Data, size: Size) {
        let path = name.value.hasPrefix("/") ? name.value
            : URL(fileURLWithPath: template).deletingLastPathComponent().appendingPathComponent(name.value).path
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError(Diagnostic(at: name.location, "the logo \(path) cannot be read",
                                             hint: "Give the path of a PNG file, relative to the template's folder."))
        }
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard data.count > 24, Array(data.prefix(8)) == signature else {
            throw DiagnosticError(Diagnostic(at: name.location, "the logo \(path) is not a PNG image",
                                             hint: "Save the logo as PNG (a transparent background looks best)."))
        }
        let bytes = [UInt8](data[16..<24])
        let width = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }, height = bytes[4..<8].reduce(0) { $0 << 8 | Int($1) }
        guard width > 0, height > 0 else {
            throw DiagnosticError(Diagnostic(at: name.location, "the logo \(path) has no size"))
        }
        let pointHeight = 24.0
        return (data, Size(width: pointHeight * Double(width) / Double(height), height: pointHeight))
    }

    /// "tpt-provinsi v2 (sha256:…); ump-provinsi v1 (sha256:…)".
    static func provenance(_ versions: [DatasetVersion]) -> String? {
        let unique = Array(Set(versions)).sorted { $0.description < $1.description }
        return unique.isEmpty ? nil : "Data: " + unique.map(\.description).joined(separator: "; ")
    }

    /// `Datasets/` beside the folder holding the template (the repository layout), else `./Datasets`.
    static func defaultDatasets(forTemplate path: String) -> String {
        let beside = URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Datasets").path
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: beside, isDirectory: &isDirectory), isDirectory.boolValue {
            return beside
        }
        return "Datasets"
    }
}
