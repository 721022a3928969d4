import SajianGeo
import SajianModel

/// A thematic map (*peta tematik*, PER.03/MEN/II/2009 Pasal 8): regions coloured by class, with the map
/// components the regulation names (*judul, nomor, isi peta, skala dan orientasi, legenda, inset dan index peta,
/// sistem koordinat, sumber dan keterangan riwayat peta*). Numbers, classes and words; no geometry.
public struct MapData: Sendable {
    /// One region per boundary feature, in the boundary file's order.
    public struct Region: Sendable, Hashable {
        public var code: String?
        /// The name printed on the map.
        public var name: String
        /// The value shown; `.notAvailable` for a feature no data row matched (*tidak ada data*).
        public var value: StatisticalValue
        /// The class the value falls in; nil for *tidak ada data* and withheld values.
        public var classIndex: Int?
        /// Outlined in the accent colour (*sorot*), e.g. a booklet's own province.
        public var isHighlighted: Bool
        /// Named on the map whatever it takes, before the others (*sebut*: the highest, the lowest, a region by its code).
        public var isPicked = false
        /// The value printed after its name, on a map that names only the regions picked (`sebut: [tertinggi,
        /// terendah]`): "6,75", for "Jawa Barat 6,75".
        public var printedValue: String?
        /// "tertinggi", "terendah": the extreme a picked region is, said after it where a key names it ("A Papua
        /// Pegunungan 1,32 (terendah)"; proof-reading 47, I1: the posts, which leave the map's note off, said nowhere
        /// which province was the lowest).
        public var extreme: String?

        public init(code: String?, name: String, value: StatisticalValue, classIndex: Int?, isHighlighted: Bool = false) {
            self.code = code
            self.name = name
            self.value = value
            self.classIndex = classIndex
            self.isHighlighted = isHighlighted
        }

        /// Named however many other regions are: highlighted (*sorot*) or picked (*sebut*).
        public var isAlwaysNamed: Bool { isHighlighted || isPicked }

        /// The words the map prints for it: its name, and its value where it has one printed ("Jawa Barat 6,75").
        public var printedName: String { printedValue.map { name + " " + $0 } ?? name }

        /// The words a key prints for it: its printed name, and which extreme it is where it is picked as one.
        public var keyedName: String { printedName + (printedValue != nil ? extreme.map { " (\($0))" } ?? "" : "") }
    }

    /// One class of the legend (*legenda*): its range as printed, e.g. "4,00 – 4,99".
    public struct ValueClass: Sendable, Hashable {
        public var lower: Double
        public var upper: Double
        public var label: String
        /// How many regions fall in it.
        public var count: Int

        public init(lower: Double, upper: Double, label: String, count: Int) {
            self.lower = lower
            self.upper = upper
            self.label = label
            self.count = count
        }
    }

    /// How class colours run: *berurutan* (light to dark) or *divergen* (two hues away from a middle class).
    public enum Ramp: String, Sendable, Hashable { case sequential, diverging }

    public var regions: [Region]
    public var classes: [ValueClass]
    public var ramp: Ramp
    /// With a diverging ramp turning at a value (*titik tengah*): how many classes lie at or below it; nil: the ramp
    /// turns at its middle class.
    public var classesBelowMidpoint: Int?
    /// The value the map is read against, as printed, with its label: the national figure a ramp turns at
    /// ("Indonesia"), or `nilai-acuan` (a kabupaten/kota map's province); its CSV gives it as a chart's does.
    public var reference: (value: Double, label: String)?
    /// The legend's heading: the measure and its unit, e.g. "TPT (persen)".
    public var legendTitle: String
    /// The heading in the measure's short name, e.g. "TPT (persen)", for a legend whose room would set `legendTitle`
    /// on more than two lines (1080 × 1350 had "Tingkat / Pengangguran / Terbuka (persen)"); nil without *singkatan*.
    public var shortLegendTitle: String?
    /// The legend entry for regions without a value.
    public var noDataLabel: String
    /// Whether the legend shows the *tidak ada data* entry (some region has no value).
    public var hasNoData: Bool
    /// *Sistem koordinat*: the line naming the coordinate system, e.g. "Sistem koordinat geografis, datum WGS 84".
    public var coordinateSystem: String
    /// *Klasifikasi*: how the classes were made, e.g. "kelas: jeda alami (Jenks)" (nil: not said).
    public var classMethod: String?
    /// The coordinate system and how the classes were made, as the full map prints them under its scale bar.
    public var coordinateSystemAndClassMethod: String { [coordinateSystem, classMethod].compactMap { $0 }.joined(separator: "; ") }
    /// Whether region names are printed where they fit (*label-wilayah*).
    public var showsRegionLabels: Bool
    public var unit: MeasureUnit
    public var format: NumberFormat
    /// The boundaries: the regions' areas (one per region) and the muted context around them.
    public var boundaries: BoundarySet
    /// Notes the map calls for, printed with the figure's own: regions drawn within another's boundary, and the
    /// *keterangan riwayat peta* (where the boundaries come from).
    public var notes: [String] = []
    /// The note of a map that names only the regions `sebut:` picks (one of `notes`): what it names, and that the
    /// legend gives the others' classes.
    public var pickedNote: String?
    /// Whether its regions are kabupaten/kota (else provinces), as the text names them.
    public var regionsAreRegencies = false
    /// Whether the map names only the regions `sebut:` picks (it then has their note).
    public var namesOnlyItsPicks: Bool { pickedNote != nil }

    public init(regions: [Region], classes: [ValueClass], ramp: Ramp, legendTitle: String, noDataLabel: String,
                hasNoData: Bool, coordinateSystem: String, showsRegionLabels: Bool, unit: MeasureUnit, format: NumberFormat,
                boundaries: BoundarySet) {
        self.regions = regions
        self.classes = classes
        self.ramp = ramp
        self.legendTitle = legendTitle
        self.noDataLabel = noDataLabel
        self.hasNoData = hasNoData
        self.coordinateSystem = coordinateSystem
        self.showsRegionLabels = showsRegionLabels
        self.unit = unit
        self.format = format
        self.boundaries = boundaries
    }
}

extension MapData: FigureBody {
    /// A region without data adds no symbol; a withdrawn or withheld one adds its "d" or "x", which the legend names.
    public var values: [StatisticalValue] { regions.map(\.value).filter { $0 != .notAvailable } }
    public var dataNotes: [String] { notes }
    public var drawingNotes: [String] { pickedNote.map { [$0] } ?? [] }

    /// One record per region: its code, name and value, and its class by its bounds as the legend prints them, in the
    /// file's own numbers (proof-reading 19: "5,15 – 6,75" beside 6.75); a region without a class has none.
    public func dataTable() -> DataTable {
        // Beside the data's (BPS) code, the Kemendagri code the boundary file and its note go by: the two differ for the
        // six Papua provinces (Papua Pegunungan: BPS 97, Kemendagri 95) and for every kabupaten/kota ("3201", "32.01"), and a
        // CSV joined to the boundaries by the code it had mismatched them (proof-reading 47, W5).
        var table = DataTable(headings: ["kode_wilayah", "kode_kemendagri", "wilayah", unit.name.isEmpty ? "nilai" : "nilai (\(unit.name))",
                                         "kelas_dari", "kelas_sampai"])
        func kemendagri(_ code: String?) -> String {
            guard let code else { return "" }
            return ProvinceCodes.kemendagriCode(forBPS: code) ?? RegencyCodes.regency(bpsCode: code)?.dottedKemendagriCode ?? ""
        }
        table.records = regions.map { region in
            // As text, not `.value`: a class bound is no figure printed for the region (the narasi's checks read values).
            let bounds: [DataTable.Field] = region.classIndex.map { index in
                [classes[index].lower, classes[index].upper].map { .text(String(format: "%.\(format.decimals)f", $0)) }
            } ?? [.text(""), .text("")]
            return [.text(region.code ?? ""), .text(kemendagri(region.code)), .text(region.name), .value(region.value, decimals: format.decimals)] + bounds
        }
        table.appendReference(reference, unit: unit, decimals: format.decimals)
        return table
    }

    /// The most regions of one class the alt text names.
    static let classMembersReadOut = 12

    /// The highest and lowest region, the classes, and the regions of the highest and the lowest class where they
    /// are few: where on the map the high and low values lie.
    public func altText(title: String, locale: NumberLocale) -> String {
        let words = AltTextVocabulary.forLocale(locale)
        var text = words.map(title) + AltText.extremesSentence(regions.map { ($0.name, $0.value) }, format: format, unit: unit, locale: locale)
            + words.classes(classes.map(\.label))
        for (index, highest) in [(classes.count - 1, true), (0, false)] where classes.count > 1 {
            // From the class's far end in: the highest first in the highest class, the lowest first in the lowest.
            let members = regions.filter { $0.classIndex == index }
                .sorted { highest ? ($0.value.number ?? 0) > ($1.value.number ?? 0) : ($0.value.number ?? 0) < ($1.value.number ?? 0) }.map(\.name)
            if !members.isEmpty, members.count <= Self.classMembersReadOut {
                text += words.classMembers(classes[index].label, regions: members, highest: highest)
            }
        }
        // Where the colours turn at a figure, how many regions lie above it (classed as printed, as the map colours them).
        if let below = classesBelowMidpoint, let reference {
            let classed = regions.compactMap(\.classIndex)
            let unitName = unit.name(in: .forLocale(locale)), mapWords = MapVocabulary.forLocale(locale)
            text += words.regionsAbove(reference.label, value: format.string(from: reference.value) + (unitName.isEmpty ? "" : " " + unitName),
                                       above: classed.filter { $0 >= below }.count, of: classed.count,
                                       regions: regionsAreRegencies ? mapWords.regencies : mapWords.provinces)
        }
        return text
    }
}

extension MapData {
    /// The regions with the highest (or lowest) value among those classed, ties as printed: every region whose
    /// printed value is the printed extreme (`sebut: [tertinggi]`).
    static func extreme(of regions: [Region], highest: Bool, format: NumberFormat) -> [Int] {
        let valued = regions.indices.filter { regions[$0].classIndex != nil && regions[$0].value.number != nil }
        let numbers = valued.map { regions[$0].value.number! }
        guard let extreme = highest ? numbers.max() : numbers.min() else { return [] }
        let wanted = format.string(from: regions[valued[numbers.firstIndex(of: extreme)!]].value)
        return valued.filter { format.string(from: regions[$0].value) == wanted }
    }
}
