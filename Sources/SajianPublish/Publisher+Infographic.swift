import Foundation
import SajianCairo
import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

extension Publisher {
    /// The infographic on each canvas of `infografis: { kanvas: … }`: `<stem>-1080x1350.png` for a pixel canvas (at its
    /// exact pixel size, whatever `--scale` says), `<stem>-a4.pdf` for paper.
    static func infographicFiles(_ spec: PublicationSpec, figures: [BoundFigure], style: HouseStyle, measurer: any TextMeasuring,
                                 directory: String, stem: String, options: PublishOptions) throws -> (files: [(path: String, data: Data)], warnings: [Diagnostic]) {
        var files: [(path: String, data: Data)] = []
        var warnings: [Diagnostic] = []
        let content = InfographicContent(title: spec.title?.value ?? "", subtitle: spec.subtitle, period: spec.period,
                                         publisher: spec.publisher, figures: figures, locale: spec.locale)
        for canvasSpec in spec.infographicCanvases {
            let canvas = infographicCanvas(canvasSpec, style: style)
            var canvasStyle = style.forInfographic()
            // Boundaries simplified to a fraction of a device pixel at the canvas's scale (print detail on paper).
            canvasStyle.mapTolerance = canvasSpec.pixels == nil ? HouseStyle.printMapTolerance : HouseStyle.screenMapTolerance / canvas.scale
            let layout = InfographicLayout(figureLayout: FigureLayout(style: canvasStyle, measurer: measurer))
            // A figure with `kanvas:` is drawn only on the canvases it names.
            let elsewhere = spec.figuresLeftOff(canvasSpec)
            var canvasContent = content
            canvasContent.figures.removeAll { elsewhere.contains($0.id) }
            var (scene, laidWarnings) = layout.layout(canvasContent, canvas: canvas)
            scene.info.provenance = provenance(figures.flatMap(\.datasetVersions))
            warnings += laidWarnings
            let name = "\(directory)/\(stem)-\(canvasSpec.rawValue.lowercased())"
            if canvasSpec.pixels != nil {
                files.append(("\(name).png", try CairoExport.png(scene, options: PNGOptions(scale: 1))))
            } else {
                files.append(("\(name).pdf", try CairoExport.pdf(scene, date: options.date)))
            }
        }
        return (files, warnings)
    }

    /// The canvas in points with its type scale.
    static func infographicCanvas(_ canvas: InfographicCanvasSpec, style: HouseStyle) -> InfographicCanvas {
        if let pixels = canvas.pixels {
            return .pixels(width: pixels.width, height: pixels.height, smallestType: style.smallSize)
        }
        let paper = canvas == .a3 ? Size(width: PaperSize.a4.size.height, height: PaperSize.a4.size.width * 2) : PaperSize.a4.size
        return .paper(paper, smallestType: style.smallSize, name: canvas.rawValue)
    }

    /// The SVG writer's text mode from `teks-svg:`.
    static func svgText(_ spec: PublicationSpec) -> SVGText {
        spec.svgText == .outlines ? .outlines : .elements
    }
}
