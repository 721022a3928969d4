import SajianBind
import SajianCatalog
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate

/// Templates written in a test, parsed and bound to a datasets folder (the repository's `Datasets/` by default),
/// for tests above binding (layout) whose targets do not read templates themselves.
public enum TemplateBinding {
    /// `text` parsed as a template named `uji.yaml` and bound, with its chapters as a publication's content in the
    /// template's order (no foreword); throws the problems found.
    public static func publication(_ text: String, datasets: String = TestSupport.path("Datasets"))
        throws -> (content: PublicationContent, bound: BoundPublication) {
        let problems = DiagnosticCollector()
        let parsed = TemplateParser.parse(text, file: "uji.yaml", problems: problems)
        try problems.throwIfErrors()
        guard let spec = parsed else { throw DiagnosticError(problems.diagnostics) }
        let bound = try FigureBinder(datasets: DatasetDirectory(path: datasets), boundariesDirectory: datasets).bind(spec)
        let figures = Dictionary(uniqueKeysWithValues: bound.figures.map { ($0.id, $0) })
        let chapters = spec.chapters.map { chapter in
            BoundChapter(title: chapter.title, blocks: chapter.blocks.compactMap { block -> BoundBlock? in
                switch block {
                case .figure(let figure): figures[figure.id].map(BoundBlock.figure)
                case .narrative(let narrative): bound.narratives[narrative.id].map(BoundBlock.narrative)
                }
            })
        }
        var content = PublicationContent(info: DocumentInfo(title: spec.title?.value ?? "uji"), chapters: chapters)
        content.period = spec.period
        content.locale = spec.locale
        return (content, bound)
    }
}
