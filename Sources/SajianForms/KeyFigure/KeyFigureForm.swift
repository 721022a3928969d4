import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// *Angka kunci*: one figure of one period as a tile — the number large, its label and period, the change from the
/// comparable earlier period with its direction (an arrow, a word and a colour), and an optional sparkline of the
/// periods before it. For the media Pasal 12 of PER.03/MEN/II/2009 names beside print (infografis, the website).
public enum KeyFigureForm: PresentationForm {
    public static let words = ["angka-kunci"]

    public static func parse(_ item: YAMLMapping, word: Located<String>) -> KeyFigureSpec? {
        KeyFigureSpec(measure: item.string("nilai"), period: item.string("periode"), label: item.string("label")?.value,
                      showsSparkline: item.flag("garis-kecil", default: false),
                      improvement: item.choice("arah-baik", default: ImprovementWord.netral).direction)
    }

    public static func bind(_ spec: KeyFigureSpec, in context: BindingContext) -> KeyFigureData? {
        context.bindKeyFigure(spec)
    }

    public static func layout(_ body: KeyFigureData, in context: BodyLayoutContext) -> any BodyLayout {
        KeyFigureLayout(tile: body, style: context.style, typesetter: context.typesetter, locale: context.locale,
                        showsLabel: context.isUncaptioned)
    }
}

public struct KeyFigureSpec: Sendable {
    /// The measure shown (*nilai*).
    public var measure: Located<String>?
    /// The period shown (*periode*, a code such as `2024-08`); nil: the latest the data has after `saring:`.
    public var period: Located<String>?
    /// The tile's label (*label*); nil: the measure's name.
    public var label: String?
    /// Whether a sparkline of the earlier periods is drawn (*garis-kecil*).
    public var showsSparkline: Bool
    /// Which way is better for the reader (*arah-baik*: `naik` for employment, `turun` for unemployment); nil
    /// (`netral`): the change is coloured neither good nor bad.
    public var improvement: KeyFigureData.Direction?

    public init(measure: Located<String>?, period: Located<String>? = nil, label: String? = nil, showsSparkline: Bool = false,
                improvement: KeyFigureData.Direction? = nil) {
        self.measure = measure
        self.period = period
        self.label = label
        self.showsSparkline = showsSparkline
        self.improvement = improvement
    }
}

/// `arah-baik:` as users write it.
enum ImprovementWord: String, CaseIterable {
    case naik, turun, netral

    var direction: KeyFigureData.Direction? {
        switch self {
        case .naik: .up
        case .turun: .down
        case .netral: nil
        }
    }
}

extension KeyFigureSpec: FigureFormSpec {
    public var kind: FigureKind { .keyFigure }
    public var word: String { "angka-kunci" }

    public func missingComponents() -> [MissingComponent] {
        measure == nil ? [MissingComponent("angka (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the tile shows, e.g. `nilai: tpt`.")] : []
    }
}

extension KeyFigureData: FigureBody {
    public var values: [StatisticalValue] { [value] + (previous.map { [$0.value] } ?? []) + sparkline.map(\.value) }

    /// The period shown and the one compared with, then the sparkline's periods.
    public func dataTable() -> DataTable {
        var table = DataTable(headings: ["periode", unit.name.isEmpty ? "nilai" : "nilai (\(unit.name))", "peran"])
        table.records = [[.text(periodCode), .value(value, decimals: format.decimals), .text("angka")]]
        if let previous { table.records.append([.text(previous.periodCode), .value(previous.value, decimals: format.decimals), .text("pembanding")]) }
        table.records += sparkline.map { [.text($0.periodCode), .value($0.value, decimals: format.decimals), .text("garis-kecil")] }
        return table
    }

    public func altText(title: String, locale: NumberLocale) -> String {
        let words = KeyFigureVocabulary.forLocale(locale)
        let unitName = unit.name(in: .forLocale(locale))
        var text = words.altText(label: label, period: periodLabel, value: "\(format.string(from: value)) \(unitName)",
                                 change: changeSentence(locale: locale))
        if let first = sparkline.first, let last = sparkline.last,
           let extremes = AltText.extremes(sparkline.map { ($0.label, $0.value) }, format: format, unit: unit, locale: locale) {
            text += words.sparkline(from: first.label, to: last.label, lowest: extremes.lowest.value, highest: extremes.highest.value)
        }
        return text
    }
}
