import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// A presentation form of PER.03/MEN/II/2009 (a table, a kind of chart, a thematic map), whole in one folder:
/// its `jenis:` words and keys, its typed spec and mandatory components (`Spec`), its binding to the data, its bound
/// body with its CSV records and alt text (`Body`), and its layout. The shared stages (template reading, binding,
/// the figure's frame, pagination, the exports) reach it only through this protocol, by way of `Forms`.
///
/// To add a form: a folder under `Sources/SajianForms/`, a type conforming to this protocol, and one line in
/// `Forms.all`. The README's "Adding a form" walks through the population pyramid.
public protocol PresentationForm: Sendable {
    /// The form's typed spec: what its keys say, and which mandatory components they lack.
    associatedtype Spec: FigureFormSpec
    /// The form's bound body: numbers and labels, no geometry.
    associatedtype Body: FigureBody

    /// The `jenis:` words the form answers to, e.g. `grafik-batang` and `grafik-balok`.
    static var words: [String] { get }
    /// Reads the form's own keys of `item` (the figure's common keys — judul, sumber, data, saring … — are read
    /// by the template parser); problems go to `item.collector`.
    static func parse(_ item: YAMLMapping, word: Located<String>) -> Spec?
    /// Binds the spec to the figure's data; problems go to `context.problems`.
    static func bind(_ spec: Spec, in context: BindingContext) -> Body?
    /// The body's layout, which places its items in the frame the figure layout gives it.
    static func layout(_ body: Body, in context: BodyLayoutContext) -> any BodyLayout
}
