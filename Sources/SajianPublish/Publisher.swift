import Foundation
import SajianForms
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
    /// The region a per-region template is published for (`--wilayah`).
    public var region: RegionParameter?

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
    /// Regions of a batch that failed, with why; the others were written.
    public var failures: [RegionFailure] = []
    /// Each dataset version the run used and where it came from (`publish` prints one line each).
    public var datasets: [DatasetUse] = []
}

/// A region of a batch that could not be published.
public struct RegionFailure: Sendable {
    public var region: RegionParameter
    public var problems: [Diagnostic]
    /// Whether the region's input or the machine failed.
    public var fault: Fault = .input
}

/// Runs the stages in order: template → typed spec → bound figures and narasi → layout → scene → files.
public struct Publisher: Sendable {
    public init() {}

    /// Validates a template without rendering: parse, mandatory components, datasets, fields, confidentiality,
    /// references. A per-region template is checked for every region. Datasets are taken from their files where
    /// the folder has them (the catalog is not changed), else from the catalog.
    /// `regions` limits a per-region template's check to some regions (`--wilayah`); default: every region of its level.
    public func check(template path: String, datasetsDirectory: String? = nil, catalogPath: String? = nil,
                      regions chosen: [RegionParameter]? = nil) throws -> [Diagnostic] {
        let files = DatasetDirectory(path: try Self.datasetsDirectory(forTemplate: path, option: datasetsDirectory))
        let catalog = try Catalog(path: catalogPath ?? Catalog.defaultPath())
        let datasets = SharedDatasets(FilesFirst(files: files, catalog: catalog))
        let level = try TemplateParser.regionLevel(path)
        let regions: [RegionParameter?] = level == nil ? [nil] : (chosen ?? level?.all ?? [])
        var warnings: [Diagnostic] = []
        var problems: [Diagnostic] = []
        for region in regions {
            // What the template says wrongly and what the data cannot give, together.
            let collector = DiagnosticCollector()
            var found: [Diagnostic] = []
            if let spec = try TemplateParser.parse(contentsOf: path, region: region, problems: collector) {
                do {
                    found = try FigureBinder(datasets: datasets, boundariesDirectory: datasetsDirectory ?? Self.defaultDatasets(forTemplate: path)).bind(spec).warnings
                } catch let error as DiagnosticError {
                    found = error.diagnostics
                }
            }
            let all = collector.diagnostics + found
            let prefix = region.map { "[\($0.code) \($0.name)] " } ?? ""
            warnings += all.filter { $0.severity == .warning }
            problems += all.filter { $0.severity == .error }.map { diagnostic in
                var marked = diagnostic
                marked.message = prefix + diagnostic.message
                return marked
            }
        }
        if !problems.isEmpty { throw DiagnosticError(Self.unique(problems + warnings)) }
        return Self.unique(warnings)
    }

    /// Renders what the template's `keluaran` asks for: the publication PDF, each figure alone (in the formats of
    /// `options`), and the web export. Everything is rendered in memory first; files are written only if all of it succeeded.
    public func publish(template path: String, options: PublishOptions = PublishOptions()) throws -> PublishReport {
        let spec = try TemplateParser.parse(contentsOf: path, region: options.region)
        let prepared = try prepareDatasets(for: [spec], template: path, options: options)
        let rendered = try render(spec, template: path, datasets: prepared.source, options: options, measurer: PangoTextMeasurer())
        try AtomicFiles.write(rendered.files)
        var report = rendered.report
        report.imported = prepared.imported
        report.datasets = prepared.uses
        return report
    }

    /// The catalog as a source shared by threads, after the changed dataset files were brought in once; with the
    /// versions imported and every version used, with where it came from.
    struct PreparedDatasets {
        var source: SharedDatasets
        var imported: [DatasetVersion]
        var uses: [DatasetUse]
    }

    /// Brings changed dataset files into the catalog once, and returns the catalog as a source shared by threads.
    func prepareDatasets(for specs: [PublicationSpec], template path: String, options: PublishOptions) throws -> PreparedDatasets {
        let files = DatasetDirectory(path: try Self.datasetsDirectory(forTemplate: path, option: options.datasetsDirectory))
        let catalog = try Catalog(path: options.catalogPath ?? Catalog.defaultPath())
        var ids = Set<String>(), latest = Set<String>(), pinned = Set<CatalogSync.PinnedVersion>()
        for spec in specs {
            for figure in spec.figures {
                guard let id = figure.dataset?.value else { continue }
                ids.insert(id)
                if let number = figure.datasetVersion { pinned.insert(.init(id: id, number: number)) } else { latest.insert(id) }
            }
            let read = spec.narratives.flatMap { $0.references.map(\.dataset) }
            ids.formUnion(read)
            latest.formUnion(read)
        }
        let imported = try CatalogSync.importChanged(ids, from: files, into: catalog)
        let uses = try CatalogSync.uses(of: latest, pinned: pinned, imported: imported, files: files, catalog: catalog)
        return PreparedDatasets(source: SharedDatasets(catalog), imported: imported, uses: uses)
    }

    /// Where dataset files are read from: `--datasets`, else the template's `data:` folder, else `Datasets/` beside
    /// the template's folder.
    static func datasetsDirectory(forTemplate path: String, option: String?) throws -> String {
        if let option { return option }
        return try TemplateParser.dataDirectory(path) ?? defaultDatasets(forTemplate: path)
    }

    /// One publication rendered in memory: the files to write and the report.
    func render(_ spec: PublicationSpec, template path: String, datasets: any DatasetSource, options: PublishOptions,
                measurer: PangoTextMeasurer) throws -> (files: [(path: String, data: Data)], report: PublishReport) {
        let boundaries = options.datasetsDirectory ?? Self.defaultDatasets(forTemplate: path)
        let bound = try FigureBinder(datasets: datasets, boundariesDirectory: boundaries).bind(spec)
        var warnings = bound.warnings
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let directory = options.outputDirectory ?? "Output/\(stem)"
        // In a batch each region's figures and web export go to a folder of its own, beside its PDF.
        let regionName = options.region.map { "\($0.code)-\(Self.slug($0.name))" }
        let figureDirectory = regionName.map { "\(directory)/\($0)" } ?? directory
        let baseStyle = try Self.houseStyle(spec, template: path)
        // PNG and SVG are for screens: no type under 12 px at 1x, laid out at that size (issue 14); a figure's own PDF
        // too, at print detail; the publication's pages in print type.
        let documents = DocumentLayout(figureLayout: FigureLayout(style: baseStyle.forStandaloneFigure(inPDF: false), measurer: measurer))
        let printDocuments = DocumentLayout(figureLayout: FigureLayout(style: baseStyle.forStandaloneFigure(inPDF: true), measurer: measurer))
        let printLayout = FigureLayout(style: baseStyle.forPublication(), measurer: measurer)
        var files: [(path: String, data: Data)] = []
        let figureSpecs = Dictionary(spec.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        // Each figure is laid out once per detail level, whether `gambar`, `web` or both ask for it; key-figure tiles
        // at one height (`TileRow`).
        var laidOut: [String: Scene] = [:]
        var tileHeights: [String: Double]?  // key figures' tiles, alike on screen and in PDF
        /// `narrow`: the web export's phone variant, laid out anew at ``WebExport/narrowWidth`` with the height it needs.
        func standalone(_ figure: BoundFigure, forPrint wantsPrint: Bool = false, narrow: Bool = false) -> Scene {
            // Print detail differs from the screen's only for a map (its finer boundaries): any other figure's PDF is
            // its PNG's and SVG's scene, laid out once.
            let forPrint = wantsPrint && figure.components.kind == .map
            let key = "\(figure.id)|\(forPrint)|\(narrow)"
            if let scene = laidOut[key] { return scene }
            let figureSpec = figureSpecs[figure.id]!
            let layout = forPrint ? printDocuments : documents
            if tileHeights == nil { tileHeights = TileRow.heights(of: bound.figures, specs: figureSpecs, layout: documents) }
            let result = narrow ? layout.standalone(figure, width: WebExport.narrowWidth, height: nil)
                : layout.standalone(figure, width: figureSpec.size.width, height: figureSpec.size.height ?? tileHeights![figure.id])
            // The phone variant's warnings say so: "category names shortened" of it is not of the figure at its `ukuran`.
            warnings += narrow ? result.warnings.map { warning in
                var marked = warning
                marked.message = "web phone variant (\(Int(WebExport.narrowWidth / ScreenPixel.points)) px): " + warning.message
                return marked
            } : result.warnings
            var scene = result.scene
            scene.info.author = spec.author
            scene.info.provenance = Self.provenance(figure.datasetVersions)
            laidOut[key] = scene
            return scene
        }

        if spec.outputs.contains(.figures) {
            for figure in bound.figures {
                let scene = standalone(figure)
                for format in options.formats {
                    // PDF is for print: drawn at print detail (only maps differ, whose boundaries are simplified less).
                    let drawn = format == .pdf ? standalone(figure, forPrint: true) : scene
                    files.append(("\(figureDirectory)/\(figure.id).\(format.rawValue)", try Self.encode(drawn, figure: figure, as: format, options: options,
                                                                                                       svgText: Self.svgText(spec))))
                }
            }
        }
        if spec.outputs.contains(.web) {
            files += try WebExport.files(for: bound.figures, spec: spec, directory: "\(figureDirectory)/web",
                                         scene: { standalone($0) }, narrowScene: { standalone($0, narrow: true) })
        }
        if spec.outputs.contains(.infographic) {
            let infographic = try Self.infographicFiles(spec, figures: bound.figures, style: baseStyle, measurer: measurer,
                                                        directory: figureDirectory, stem: regionName ?? stem, options: options)
            files += infographic.files
            warnings += infographic.warnings
        }
        if spec.outputs.contains(.publication) && (options.formats.contains(.pdf) || options.region != nil) {
            let content = PublicationAssembly.content(of: spec, bound: bound, stem: stem)
            let layout = PublicationLayout(figureLayout: printLayout, setup: PublicationAssembly.pageSetup(spec.page))
            let publication = layout.layout(content)
            warnings += publication.warnings
            let name = regionName ?? stem
            files.append(("\(directory)/\(name).pdf", try CairoExport.pdf(publication.scene, date: options.date)))
        }
        return (files, PublishReport(written: files.map(\.path), warnings: Self.unique(warnings)))
    }

    static func encode(_ scene: Scene, figure: BoundFigure, as format: OutputFormat, options: PublishOptions,
                       svgText: SVGText = .elements) throws -> Data {
        switch format {
        case .png: try CairoExport.png(checkedForPNG(scene, figure: figure, scale: options.scale), options: PNGOptions(scale: options.scale))
        case .svg: try CairoExport.svg(scene, text: svgText)
        case .pdf: try CairoExport.pdf(scene, date: options.date)
        case .csv: FigureCSV.data(for: figure)
        }
    }

    /// The house style with the template's `gaya:` applied.
    static func houseStyle(_ spec: PublicationSpec, template path: String) throws -> HouseStyle {
        var style = HouseStyle.standard
        if let family = spec.style.fontFamily { style.fontFamily = family }
        if !spec.style.palette.isEmpty { style.palette = spec.style.palette.map { Color(hex: $0) } }
        if let accent = spec.style.accent { style.accent = Color(hex: accent) }
        if let logo = spec.style.logo { style.logo = try loadLogo(logo, template: path) }
        return style
    }

    /// "Jawa Tengah" → "jawa-tengah", for file names.
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return folded.map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
    }

    static func unique(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        return diagnostics.filter { seen.insert($0).inserted }
    }

    /// A logo PNG named in the template, 24 pt high, its width from its aspect ratio.
    static func loadLogo(_ name: Located<String>, template: String) throws -> HouseStyle.Logo {
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
        return HouseStyle.Logo(png: data, size: Size(width: pointHeight * Double(width) / Double(height), height: pointHeight))
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
