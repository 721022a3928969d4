import SajianModel
import SajianYAML

/// What the shared stages know of a figure's form: its kind of number, its `jenis:` word and the PER.03/MEN/II/2009
/// components only its own keys can give. Each form (`Sources/SajianForms/<form>/`) has its own spec type.
public protocol FigureFormSpec: Sendable {
    /// Tabel, grafik or peta: the word before the figure's number.
    var kind: FigureKind { get }
    /// The `jenis:` word, as users write it ("grafik-batang").
    var word: String { get }
    /// The mandatory components the template left out of this form's own keys (the body's *format baris dan
    /// kolom*, a chart's measure, a map's *keterangan riwayat peta* …). Judul, sumber and data are checked for every form.
    func missingComponents() -> [MissingComponent]
    /// The measures (`nilai:`) whose values the figure prints, for one rounding per measure in a chapter.
    var printedMeasures: [String] { get }
    /// The decimals the form prints a percentage measure with whatever the measure's own (a pie's shares: 1); nil:
    /// the measure's, or `desimal:`.
    var ownPercentDecimals: Int? { get }
}

extension FigureFormSpec {
    public var printedMeasures: [String] { [] }
    public var ownPercentDecimals: Int? { nil }
}

/// A mandatory component a figure lacks: what the regulation calls it, the key that gives it, and how to write it.
public struct MissingComponent: Sendable, Hashable {
    public var component: String
    public var key: String
    public var hint: String

    public init(_ component: String, key: String, hint: String) {
        self.component = component
        self.key = key
        self.hint = hint
    }
}

/// How the template parser reads one form: the `jenis:` words it answers to and its own keys.
/// The forms register one each (`SajianForms`); the parser knows no form by name.
public protocol FigureFormParser: Sendable {
    /// The `jenis:` words of this form, e.g. `grafik-batang` and `grafik-balok`.
    var words: [String] { get }
    /// The form's own keys of `item`, read into its spec; problems go to `item.collector`. `word` is the `jenis:` it was chosen by.
    func parse(_ item: YAMLMapping, word: Located<String>) -> (any FigureFormSpec)?
}

/// The forms a template may use, by their `jenis:` words.
public struct TemplateForms: Sendable {
    public let parsers: [any FigureFormParser]

    public init(_ parsers: [any FigureFormParser]) {
        self.parsers = parsers
    }

    /// Every `jenis:` word of a figure, in registration order.
    public var words: [String] { parsers.flatMap(\.words) }

    /// The form that answers to `word`.
    public func parser(for word: String) -> (any FigureFormParser)? {
        parsers.first { $0.words.contains(word) }
    }
}

extension YAMLMapping {
    /// `garis-acuan: { nilai: 5, label: … }` or, where `allowsCategory`, `{ kategori: Indonesia }`: a reference line,
    /// read the same way by every chart that draws one. Where `allowsBound`, `nilai:` may instead be a value reference
    /// read from the data (`tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)`), parsed here once: the province's
    /// line under its kabupaten/kota, whose dataset has no province row (proof-reading 12: the kab/kota booklet
    /// typed Jawa Barat's 6,75).
    /// `key`: another key read the same way (a map's `nilai-acuan`).
    public func reference(allowsCategory: Bool, allowsBound: Bool = false, key: String = "garis-acuan") -> ReferenceSpec? {
        guard let acuan = mapping(key) else { return nil }
        defer { acuan.rejectUnknownKeys(context: "`\(key)`") }
        let label = acuan.string("label")?.value
        if let value = acuan.string("nilai") {
            if let number = Double(value.value) { return .value(number, label: label ?? "") }
            // A number mistyped ("6,75") is no reference: say so as a number.
            guard allowsBound, value.value.first.map({ !$0.isNumber && $0 != "-" && $0 != "." }) == true else {
                collector.error(at: value.location, "`nilai: \(value.value)` is not a number",
                                hint: allowsBound ? "Write the value with a decimal point, e.g. `4.91`, or a value from the data, e.g. `tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)`."
                                                  : "Write the value with a decimal point, e.g. `4.91`.")
                return nil
            }
            guard let reference = ValueReference.parse(value.value, at: value.location, problems: collector) else { return nil }
            return .bound(reference, label: label ?? "")
        }
        if allowsCategory, let category = acuan.string("kategori") { return .category(category, label: label) }
        collector.error(at: acuan.location, "`\(key)` needs `nilai:`\(allowsCategory ? " or `kategori:`" : "")",
                        hint: allowsCategory ? "Write `garis-acuan: { kategori: Indonesia }` to draw the national figure as a line."
                                             : "Write `\(key): { nilai: 5, label: … }`.")
        return nil
    }
}
