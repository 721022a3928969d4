import SajianModel
import SajianYAML

/// How much one template may ask for: each figure is laid out and drawn at least once per output, and its notes
/// stand under it, so a template of 10,000 notes or figures would take memory without bound before any output
/// could refuse it. Both are refused at parse time, at the line that passes the limit.
public enum TemplateLimits {
    /// `catatan:` entries of one figure, plain and marked together.
    public static let notesPerFigure = 20
    /// Figures of one publication, over all its chapters.
    public static let figuresPerPublication = 500
}

extension TemplateParser {
    static func checkNoteCount(_ count: Int, in item: YAMLMapping) {
        guard count > TemplateLimits.notesPerFigure else { return }
        item.collector.error(at: item.location(of: "catatan"),
                             "the figure has \(count) notes (`catatan`); a figure has at most \(TemplateLimits.notesPerFigure)",
                             hint: "Join related notes into one, or move the long explanations into a narasi or the publication's text.")
    }

    static func checkFigureCount(_ spec: PublicationSpec, in root: YAMLMapping) {
        let figures = spec.figures
        guard figures.count > TemplateLimits.figuresPerPublication else { return }
        root.collector.error(at: figures[TemplateLimits.figuresPerPublication].location,
                             "the template has \(figures.count) figures; a publication has at most \(TemplateLimits.figuresPerPublication) (this is figure \(TemplateLimits.figuresPerPublication + 1))",
                             hint: "Split it into several templates, e.g. one per chapter, or use a per-region template (`per-wilayah:`) for repeated figures.")
    }
}
