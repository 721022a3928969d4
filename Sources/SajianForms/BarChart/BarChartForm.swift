import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Grafik batang* (vertical bars) and *grafik balok* (horizontal bars), PER.03/MEN/II/2009 Pasal 7: one bar per
/// category, or several series per category grouped, stacked or stacked to 100 %, with an optional reference line.
public enum BarChartForm: PresentationForm {
    public static let words = ["grafik-batang", "grafik-balok"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> BarChartSpec? {
        var chart = BarChartSpec(
            category: item.string("kategori"), measure: item.string("nilai"),
            orientation: item.choice("arah", default: word.value == "grafik-balok" ? OrientationWord.horizontal : .vertikal).orientation,
            sort: item.choice("urut", default: SortOrder.none),
            highlighted: item.strings("sorot"),
            showsValues: item.flag("label-nilai", default: true))
        chart.reference = item.reference(allowsCategory: true, allowsBound: true)
        chart.series = item.string("seri")
        chart.stacking = item.choice("susun", default: StackingWord.grouped)
        return chart
    }

    public static func bind(_ spec: BarChartSpec, in context: BindingContext) -> BarChartBody? {
        context.bindBarChart(spec)
    }

    public static func layout(_ body: BarChartBody, in context: BodyLayoutContext) -> any BodyLayout {
        switch body {
        case .single(let chart): BarChartLayout(chart: chart, style: context.style, typesetter: context.typesetter, vocabulary: context.vocabulary,
                                                sharedRange: context.sharedValueRange)
        case .series(let chart): SeriesBarChartLayout(chart: chart, style: context.style, typesetter: context.typesetter, vocabulary: context.vocabulary,
                                                      sharedRange: context.sharedValueRange)
        }
    }
}

/// `susun:` as users write it.
public enum StackingWord: String, Sendable, CaseIterable {
    case grouped = "kelompok"
    case stacked = "tumpuk"
    case percent = "persen"
}

public struct BarChartSpec: Sendable {
    /// The dimension whose values are the bars (*kategori*).
    public var category: Located<String>?
    /// The measure the bars show (*nilai*).
    public var measure: Located<String>?
    public var orientation: BarOrientation
    public var sort: SortOrder
    /// Categories drawn in the accent colour (*sorot*).
    public var highlighted: [String]
    public var showsValues: Bool
    /// A reference line: a fixed value, or the value of one category (which then leaves the bars).
    public var reference: ReferenceSpec?
    /// A dimension whose values are series within each category (*seri*), e.g. jenis kelamin.
    public var series: Located<String>?
    /// How series share a category (*susun*).
    public var stacking: StackingWord = .grouped

    public init(category: Located<String>?, measure: Located<String>?, orientation: BarOrientation = .vertical,
                sort: SortOrder = .none, highlighted: [String] = [], showsValues: Bool = true) {
        self.category = category
        self.measure = measure
        self.orientation = orientation
        self.sort = sort
        self.highlighted = highlighted
        self.showsValues = showsValues
    }
}

extension BarChartSpec: FigureFormSpec {
    public var kind: FigureKind { .chart }
    public var word: String { "grafik-batang" }
    public var printedMeasures: [String] { measure.map { [$0.value] } ?? [] }

    public func missingComponents() -> [MissingComponent] {
        var missing: [MissingComponent] = []
        if category == nil { missing.append(MissingComponent("grafik (kategori)", key: "kategori", hint: "Add `kategori:` naming the dimension whose values become the bars.")) }
        if measure == nil { missing.append(MissingComponent("grafik (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the bars show.")) }
        return missing
    }
}

/// `arah:` as users write it.
enum OrientationWord: String, CaseIterable {
    case horizontal, vertikal

    var orientation: BarOrientation { self == .horizontal ? .horizontal : .vertical }
}
