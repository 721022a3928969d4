import Foundation
import SajianBind
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

extension Publisher {
    /// The publication laid out as `publish` lays it out for its PDF (print detail for maps), in memory, with the
    /// given text measurer, writing no file; like `publish`, the catalog takes in dataset files that changed.
    /// Scene snapshots pass a fixed-width measurer, so that what they record depends on no font of the machine.
    public func publicationScene(template path: String, options: PublishOptions = PublishOptions(),
                                 measurer: any TextMeasuring) throws -> (scene: Scene, warnings: [Diagnostic]) {
        let spec = try TemplateParser.parse(contentsOf: path, region: options.region)
        let datasets = try prepareDatasets(for: [spec], template: path, options: options).source
        let boundaries = options.datasetsDirectory ?? Self.defaultDatasets(forTemplate: path)
        let bound = try FigureBinder(datasets: datasets, boundariesDirectory: boundaries).bind(spec)
        let printStyle = try Self.houseStyle(spec, template: path).forPublication()
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let layout = PublicationLayout(figureLayout: FigureLayout(style: printStyle, measurer: measurer),
                                       setup: PublicationAssembly.pageSetup(spec.page))
        return layout.layout(PublicationAssembly.content(of: spec, bound: bound, stem: stem))
    }
}
