import SajianBind
import SajianCatalog
import SajianLayout
import SajianModel
import SajianScene
import SajianTemplate
import SajianYAML

/// The forms Sajian knows, registered once: the template parser, the binder and the figure layout are given
/// this set and ask it for the form of each figure.
public struct Forms: Sendable {
    /// Every form, one line each.
    public static let all: [any PresentationForm.Type] = [
        BarChartForm.self,
        LineChartForm.self,
        PieChartForm.self,
        PictogramForm.self,
        TableForm.self,
        ThematicMapForm.self,
        PopulationPyramidForm.self,
        KeyFigureForm.self,
    ]

    /// The standard set: every form of `all`.
    public static let standard = Forms(all)

    public let forms: [any PresentationForm.Type]

    public init(_ forms: [any PresentationForm.Type]) {
        self.forms = forms
    }

    /// The forms as the template parser sees them: their `jenis:` words and keys.
    public var template: TemplateForms { TemplateForms(forms.map { FormParser(form: $0) }) }
}

/// One form's words and keys, for the template parser.
private struct FormParser: FigureFormParser {
    let form: any PresentationForm.Type

    var words: [String] { form.words }

    func parse(_ item: YAMLMapping, word: Located<String>) -> (any FigureFormSpec)? {
        form.parse(item, word: word)
    }
}

extension Forms: FigureFormBinding {
    /// Binds `spec` with the form that parsed it: each spec type belongs to exactly one form.
    public func bind(_ spec: any FigureFormSpec, in context: BindingContext) -> (any FigureBody)? {
        for form in forms {
            if let bound = form.bindIfOwned(spec, in: context) { return bound }
        }
        preconditionFailure("\(type(of: spec)) belongs to no registered form")
    }
}

extension Forms: FigureFormLayouts {
    /// Lays out `body` with the form that bound it: each body type belongs to exactly one form.
    public func bodyLayout(for body: any FigureBody, in context: BodyLayoutContext) -> any BodyLayout {
        for form in forms {
            if let layout = form.layoutIfOwned(body, in: context) { return layout }
        }
        preconditionFailure("\(type(of: body)) belongs to no registered form")
    }
}

extension PresentationForm {
    /// The form's binding of `spec` when `spec` is this form's (`.some(nil)`: its binding reported a problem);
    /// nil when it is another form's.
    fileprivate static func bindIfOwned(_ spec: any FigureFormSpec, in context: BindingContext) -> (any FigureBody)?? {
        guard let own = spec as? Spec else { return nil }
        return .some(bind(own, in: context))
    }

    fileprivate static func layoutIfOwned(_ body: any FigureBody, in context: BodyLayoutContext) -> (any BodyLayout)? {
        guard let own = body as? Body else { return nil }
        return layout(own, in: context)
    }
}

// MARK: The stages with the standard forms

extension TemplateParser {
    /// A parser for every standard form.
    public static let standard = TemplateParser(forms: Forms.standard.template)

    /// Reads and parses the template at `path` with the standard forms; a per-region template is read for `region`.
    public static func parse(contentsOf path: String, region: RegionParameter? = nil) throws -> PublicationSpec {
        try standard.parse(contentsOf: path, region: region)
    }

    /// Parses template text with the standard forms; problems go to `problems`.
    public static func parse(_ text: String, file: String, problems: DiagnosticCollector) -> PublicationSpec? {
        standard.parse(text, file: file, problems: problems)
    }

    /// Like `parse(contentsOf:region:)`, but problems go to `problems` and whatever could be read is returned.
    public static func parse(contentsOf path: String, region: RegionParameter?, problems: DiagnosticCollector) throws -> PublicationSpec? {
        try standard.parse(contentsOf: path, region: region, problems: problems)
    }
}

extension FigureBinder {
    /// A binder for the standard forms.
    public init(datasets: any DatasetSource, boundariesDirectory: String? = nil) {
        self.init(datasets: datasets, forms: Forms.standard, boundariesDirectory: boundariesDirectory)
    }
}

extension FigureLayout {
    /// A figure layout for the standard forms.
    public init(style: HouseStyle = .standard, measurer: any TextMeasuring) {
        self.init(style: style, measurer: measurer, forms: Forms.standard)
    }
}
