import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Grafik piktogram*, PER.03/MEN/II/2009 Pasal 7, in the ISOTYPE manner: a row of icons per category, one icon
/// standing for a stated quantity.
public enum PictogramForm: PresentationForm {
    public static let words = ["grafik-piktogram"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> PictogramSpec? {
        let icon = item.string("ikon") ?? Located("orang", at: word.location)
        var quantity: Located<Double>?
        if let text = item.string("satu-ikon") {
            quantity = Double(text.value).map { Located($0, at: text.location) }
            if quantity.map({ !($0.value > 0 && $0.value.isFinite) }) ?? true {
                // A decimal comma, as the page prints it, gets the point a template writes (`2,5` → `2.5`).
                let pointed = text.value.replacingOccurrences(of: ",", with: ".")
                item.collector.error(at: text.location, "`satu-ikon: \(text.value)` must be a positive number",
                                     hint: text.value.contains(",") && Double(pointed) != nil
                                        ? "Write the decimal with a point in the template: `satu-ikon: \(pointed)` (the chart prints it as \(text.value))."
                                        : "Write how much one icon stands for in the unit shown, e.g. `satu-ikon: 1` with `satuan: juta orang`.")
            }
        }
        return PictogramSpec(category: item.string("kategori"), measure: item.string("nilai"), icon: icon, quantityPerIcon: quantity)
    }

    public static func bind(_ spec: PictogramSpec, in context: BindingContext) -> PictogramData? {
        context.bindPictogram(spec)
    }

    public static func layout(_ body: PictogramData, in context: BodyLayoutContext) -> any BodyLayout {
        PictogramLayout(chart: body, style: context.style, typesetter: context.typesetter, vocabulary: context.vocabulary)
    }
}

public struct PictogramSpec: Sendable {
    public var category: Located<String>?
    public var measure: Located<String>?
    /// A built-in icon (*ikon*: orang, laki-laki, perempuan, pekerja, pabrik, koper, buku, uang) or SVG path data.
    public var icon: Located<String>
    /// How much one icon stands for (*satu-ikon*), in the unit shown; nil: chosen from the data.
    public var quantityPerIcon: Located<Double>?

    public init(category: Located<String>?, measure: Located<String>?, icon: Located<String>, quantityPerIcon: Located<Double>? = nil) {
        self.category = category
        self.measure = measure
        self.icon = icon
        self.quantityPerIcon = quantityPerIcon
    }
}

extension PictogramSpec: FigureFormSpec {
    public var kind: FigureKind { .chart }
    public var word: String { "grafik-piktogram" }

    public func missingComponents() -> [MissingComponent] {
        var missing: [MissingComponent] = []
        if category == nil { missing.append(MissingComponent("grafik (kategori)", key: "kategori", hint: "Add `kategori:` naming the dimension whose values become the rows of icons.")) }
        if measure == nil { missing.append(MissingComponent("grafik (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the icons count.")) }
        return missing
    }
}

extension PictogramData: FigureBody {
    public var values: [StatisticalValue] { rows.map(\.value) }
    public var dataNotes: [String] { notes }

    /// One record per row of icons.
    public func dataTable() -> DataTable {
        var table = DataTable(headings: ["kategori", unit.name.isEmpty ? "nilai" : "nilai (\(unit.name))"])
        table.records = rows.map { [.text($0.label), .value($0.value, decimals: format.decimals)] }
        return table
    }

    /// The scale, and every row's value.
    public func altText(title: String, locale: NumberLocale) -> String {
        let unitName = unit.name(in: .forLocale(locale))
        return AltTextVocabulary.forLocale(locale).pictogram(title, perIcon: "\(quantityFormat.string(from: quantityPerIcon)) \(unitName)",
                                                             rows: rows.map { "\($0.label) \(format.string(from: $0.value)) \(unitName)" })
    }
}
