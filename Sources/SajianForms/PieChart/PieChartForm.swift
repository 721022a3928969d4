import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Grafik lingkaran* (and the donut), PER.03/MEN/II/2009 Pasal 7: shares of a whole, rounded so that the printed
/// percentages add up to 100, small slices grouped as "Lainnya".
public enum PieChartForm: PresentationForm {
    public static let words = ["grafik-lingkaran", "grafik-donat"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> PieChartSpec? {
        PieChartSpec(category: item.string("kategori"), measure: item.string("nilai"),
                     isDonut: word.value == "grafik-donat",
                     groupBelow: Double(item.integer("gabung-di-bawah", in: 0...50) ?? 0),
                     colorsInOrder: item.choice("warna", default: PieColorWord.kategori) == .berurutan)
    }

    public static func bind(_ spec: PieChartSpec, in context: BindingContext) -> PieChartData? {
        context.bindPieChart(spec)
    }

    public static func layout(_ body: PieChartData, in context: BodyLayoutContext) -> any BodyLayout {
        PieChartLayout(chart: body, style: context.style, typesetter: context.typesetter)
    }
}

public struct PieChartSpec: Sendable {
    public var category: Located<String>?
    public var measure: Located<String>?
    public var isDonut: Bool
    /// Slices under this share (percent) are grouped as "Lainnya" (*gabung-di-bawah*).
    public var groupBelow: Double
    /// *warna: berurutan*: categories that stand in an order (levels of education) take one hue from light to dark in
    /// their order, not the palette's unrelated colours (proof-reading 23: SD ke bawah dark blue, Diploma I/II/III light
    /// blue, the order from SD to S3 lost).
    public var colorsInOrder: Bool

    public init(category: Located<String>?, measure: Located<String>?, isDonut: Bool, groupBelow: Double = 0, colorsInOrder: Bool = false) {
        self.category = category
        self.measure = measure
        self.isDonut = isDonut
        self.groupBelow = groupBelow
        self.colorsInOrder = colorsInOrder
    }
}

/// A pie's `warna:` as users write it: the palette's colours (*kategori*) or one hue in the categories' order (*berurutan*).
enum PieColorWord: String, CaseIterable {
    case kategori, berurutan
}

extension PieChartSpec: FigureFormSpec {
    public var kind: FigureKind { .chart }
    public var word: String { isDonut ? "grafik-donat" : "grafik-lingkaran" }
    public var printedMeasures: [String] { measure.map { [$0.value] } ?? [] }
    public var ownPercentDecimals: Int? { PieShares.decimals }

    public func missingComponents() -> [MissingComponent] {
        var missing: [MissingComponent] = []
        if category == nil { missing.append(MissingComponent("grafik (kategori)", key: "kategori", hint: "Add `kategori:` naming the dimension whose values become the slices.")) }
        if measure == nil { missing.append(MissingComponent("grafik (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the slices show.")) }
        return missing
    }
}

extension PieChartData: FigureBody {
    public var values: [StatisticalValue] { slices.map { .number($0.value) } }
    public var dataNotes: [String] { notes }

    /// One record per slice: its value with the measure's decimals and unit, and its share as printed (proof-reading
    /// 19: "nilai,persen" gave 35.8 beside 17.62, and no unit).
    public func dataTable() -> DataTable {
        // The unit as the metadata spells it, as every CSV heading does.
        let unitName = unit.name
        var table = DataTable(headings: ["kategori", unitName.isEmpty ? "nilai" : "nilai (\(unitName))", "pangsa (persen)"])
        table.records = slices.map { slice in
            [.text(slice.label), .value(.number(slice.value), decimals: valueDecimals),
             .computed(.number(slice.percent), decimals: percentFormat.decimals)]
        }
        return table
    }

    /// The most parts an alt text reads out one by one.
    static let partsReadOut = 6

    /// Every slice with its share, largest first, for a pie of up to `partsReadOut` (proof-reading 24: three of the
    /// education donut's six had been left out); else the three largest.
    public func altText(title: String, locale: NumberLocale) -> String {
        let parts = slices.sorted { $0.percent > $1.percent }.map { "\($0.label) \(share(of: $0))" }
        let words = AltTextVocabulary.forLocale(locale)
        return parts.count <= Self.partsReadOut ? words.pieChart(title, allParts: parts, isDonut: isDonut)
            : words.pieChart(title, largest: Array(parts.prefix(3)), isDonut: isDonut)
    }
}
