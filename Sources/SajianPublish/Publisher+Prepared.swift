import Foundation
import SajianBind
import SajianCairo
import SajianCatalog
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

/// A template parsed and bound once against the catalog, kept in memory so that a long-running process (Sajian
/// Studio) can render any of its figures, its publication PDF or its web export on request without reading the
/// template or the datasets again. Immutable: it holds the dataset versions it was bound to, whatever the catalog
/// takes in afterwards.
public struct PreparedPublication: Sendable {
    public let spec: PublicationSpec
    public let bound: BoundPublication
    /// The template file it was read from.
    public let template: String
    /// Where map boundaries are resolved.
    let boundaries: String
    let style: HouseStyle

    /// Every dataset version the figures and narasi were bound to.
    public var datasetVersions: [DatasetVersion] {
        Array(Set(bound.figures.flatMap(\.datasetVersions) + bound.narrativeVersions)).sorted { $0.description < $1.description }
    }
}

extension Publisher {
    /// Parses and binds `template` against the catalog as it is (no dataset file is imported): the first half of
    /// `publish`, kept for rendering on request.
    public func prepare(template path: String, catalog: Catalog, region: RegionParameter? = nil,
                        datasetsDirectory: String? = nil) throws -> PreparedPublication {
        let spec = try TemplateParser.parse(contentsOf: path, region: region)
        let boundaries = datasetsDirectory ?? Self.defaultDatasets(forTemplate: path)
        let bound = try FigureBinder(datasets: SharedDatasets(catalog), boundariesDirectory: boundaries).bind(spec)
        return PreparedPublication(spec: spec, bound: bound, template: path, boundaries: boundaries,
                                   style: try Self.houseStyle(spec, template: path))
    }

    /// One figure of a prepared publication alone, as `publish` writes `<figure id>.<format>`. Nil for an unknown id.
    public func figure(_ id: String, of prepared: PreparedPublication, as format: OutputFormat, scale: Double = 1,
                       date: Date = PublishOptions.buildDate(), measurer: PangoTextMeasurer) throws -> Data? {
        guard let figure = prepared.bound.figures.first(where: { $0.id == id }),
              let figureSpec = prepared.spec.figures.first(where: { $0.id == id }) else { return nil }
        let style = prepared.style.forStandaloneFigure(inPDF: format == .pdf)
        let scene = standaloneScene(figure, spec: figureSpec, of: prepared,
                                    layout: DocumentLayout(figureLayout: FigureLayout(style: style, measurer: measurer)))
        var options = PublishOptions(formats: [format], scale: scale)
        options.date = date
        return try Self.encode(scene, figure: figure, as: format, options: options, svgText: Self.svgText(prepared.spec))
    }

    /// A figure laid out alone, with the author and the dataset versions it records; `narrow`: the web's phone variant.
    private func standaloneScene(_ figure: BoundFigure, spec figureSpec: FigureSpec, of prepared: PreparedPublication,
                                 layout: DocumentLayout, narrow: Bool = false) -> Scene {
        let figureSpecs = Dictionary(prepared.spec.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let height = narrow ? nil : figureSpec.size.height
            ?? (figure.components.kind == .keyFigure ? TileRow.heights(of: prepared.bound.figures, specs: figureSpecs, layout: layout)[figure.id] : nil)
        var scene = layout.standalone(figure, width: narrow ? WebExport.narrowWidth : figureSpec.size.width, height: height).scene
        scene.info.author = prepared.spec.author
        scene.info.provenance = Self.provenance(figure.datasetVersions)
        return scene
    }

    /// The publication's pages laid out as for its PDF (print detail), e.g. for thumbnails.
    public func publicationScene(of prepared: PreparedPublication, measurer: PangoTextMeasurer) -> Scene {
        let style = prepared.style.forPublication()
        let stem = URL(fileURLWithPath: prepared.template).deletingPathExtension().lastPathComponent
        let layout = PublicationLayout(figureLayout: FigureLayout(style: style, measurer: measurer),
                                       setup: PublicationAssembly.pageSetup(prepared.spec.page))
        return layout.layout(PublicationAssembly.content(of: prepared.spec, bound: prepared.bound, stem: stem)).scene
    }

    /// The publication PDF of a prepared publication, as `publish` writes `<template name>.pdf`.
    public func publicationPDF(of prepared: PreparedPublication, date: Date = PublishOptions.buildDate(),
                               measurer: PangoTextMeasurer) throws -> Data {
        try CairoExport.pdf(publicationScene(of: prepared, measurer: measurer), date: date)
    }

    /// The web export of a prepared publication (SVG, PNG 1x and 2x, CSV per figure and `manifest.json`), as
    /// `publish` writes it under `web/`, with paths relative to that folder.
    public func webExport(of prepared: PreparedPublication, measurer: PangoTextMeasurer) throws -> [(path: String, data: Data)] {
        let layout = DocumentLayout(figureLayout: FigureLayout(style: prepared.style.forStandaloneFigure(inPDF: false), measurer: measurer))
        let figureSpecs = Dictionary(prepared.spec.figures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try WebExport.files(for: prepared.bound.figures, spec: prepared.spec, directory: "web", scene: { figure in
            standaloneScene(figure, spec: figureSpecs[figure.id]!, of: prepared, layout: layout)
        }, narrowScene: { figure in
            standaloneScene(figure, spec: figureSpecs[figure.id]!, of: prepared, layout: layout, narrow: true)
        })
    }
}
