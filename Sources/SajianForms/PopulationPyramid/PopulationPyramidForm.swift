import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Piramida penduduk*: a population or labour-force pyramid, a kind of *grafik batang* (PER.03/MEN/II/2009
/// Pasal 7). Each age group is one row, the youngest at the foot; the two values of a dimension (laki-laki and
/// perempuan, or any other pair) run left and right of a shared axis on one scale, so that the two sides' shapes
/// can be compared at a glance.
///
/// ```yaml
/// - jenis: piramida-penduduk
///   kategori: golongan_umur      # the rows, youngest first in the data
///   seri: jenis_kelamin          # exactly two values after `saring:`
///   kiri: Laki-laki              # the value drawn on the left (default: the first in the data)
///   nilai: penduduk_bekerja
/// ```
public enum PopulationPyramidForm: PresentationForm {
    public static let words = ["piramida-penduduk"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> PopulationPyramidSpec? {
        PopulationPyramidSpec(category: item.string("kategori"), sides: item.string("seri"), measure: item.string("nilai"),
                              left: item.string("kiri"), showsValues: item.flag("label-nilai", default: true))
    }

    public static func bind(_ spec: PopulationPyramidSpec, in context: BindingContext) -> PopulationPyramidData? {
        context.bindPopulationPyramid(spec)
    }

    public static func layout(_ body: PopulationPyramidData, in context: BodyLayoutContext) -> any BodyLayout {
        PopulationPyramidLayout(pyramid: body, style: context.style, typesetter: context.typesetter, vocabulary: context.vocabulary)
    }
}

/// The keys of `jenis: piramida-penduduk`.
public struct PopulationPyramidSpec: Sendable {
    /// The dimension whose values are the rows, e.g. golongan_umur (*kategori*).
    public var category: Located<String>?
    /// The dimension whose two values are the sides, e.g. jenis_kelamin (*seri*).
    public var sides: Located<String>?
    /// The measure the bars show (*nilai*).
    public var measure: Located<String>?
    /// The value of `sides` drawn on the left (*kiri*); nil: the first in the data.
    public var left: Located<String>?
    /// Whether each bar carries its value (*label-nilai*).
    public var showsValues: Bool

    public init(category: Located<String>?, sides: Located<String>?, measure: Located<String>?, left: Located<String>? = nil,
                showsValues: Bool = true) {
        self.category = category
        self.sides = sides
        self.measure = measure
        self.left = left
        self.showsValues = showsValues
    }
}

extension PopulationPyramidSpec: FigureFormSpec {
    public var kind: FigureKind { .chart }
    public var word: String { "piramida-penduduk" }

    public func missingComponents() -> [MissingComponent] {
        var missing: [MissingComponent] = []
        if category == nil { missing.append(MissingComponent("grafik (kategori)", key: "kategori", hint: "Add `kategori:` naming the dimension whose values are the rows, e.g. `kategori: golongan_umur`.")) }
        if sides == nil { missing.append(MissingComponent("grafik (seri)", key: "seri", hint: "Add `seri:` naming the dimension whose two values are the left and right sides, e.g. `seri: jenis_kelamin`.")) }
        if measure == nil { missing.append(MissingComponent("grafik (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the bars show.")) }
        return missing
    }
}
