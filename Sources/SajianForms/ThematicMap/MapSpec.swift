import SajianBind
import SajianLayout
import SajianModel
import SajianTemplate
import SajianYAML

/// `jenis: peta-tematik`: a thematic map (PER.03/MEN/II/2009 Pasal 8) of one measure over regions.
public struct MapSpec: Sendable {
    /// The measure the regions are coloured by (*nilai*): the *isi peta*.
    public var measure: Located<String>?
    /// The dimension holding region codes (*kode-wilayah*); default: the dataset's dimension with a `kode-referensi`.
    public var codeDimension: Located<String>?
    /// The dimension holding region names (*nama-wilayah*); default `wilayah` when the dataset has it.
    public var nameDimension: Located<String>?
    /// A boundary file (*batas*: GeoJSON, GeoPackage or Shapefile), relative to the template's folder;
    /// `kabupaten-kota`: the bundled kabupaten/kota of the data's province (`Datasets/batas-kabupaten-kota.geojson`);
    /// nil: the bundled 38 provinces (`Datasets/batas-provinsi.geojson`).
    public var boundaries: Located<String>?
    /// The GeoPackage layer (*lapisan*) when the file has several.
    public var layer: String?
    /// The attribute of the boundary file that identifies regions (*kolom-batas*); default: detected.
    public var boundaryAttribute: Located<String>?
    /// How regions are matched to the boundaries (*gabung*): by code or by name; nil: by the attribute detected.
    public var joinBy: JoinWord?
    /// Which code list the boundary file's codes follow (*daftar-kode*); nil: from the attribute's name.
    public var codeList: CodeListWord?
    /// *Keterangan riwayat peta*: where the boundaries come from and when they were drawn (*riwayat-batas*).
    /// Mandatory with a user-supplied boundary file; the bundled file carries its own.
    public var boundaryHistory: String?
    /// *Klasifikasi*.
    public var method: ClassificationWord
    public var classCount: Int
    /// Upper limits of the classes for `metode: manual` (*batas* under `klasifikasi`).
    public var manualBreaks: [Double]
    /// *Warna*: berurutan or divergen.
    public var ramp: MapData.Ramp
    /// Where a diverging ramp turns (*titik-tengah*): a value, the national figure of the data, or the map's `nilai-acuan`.
    public var midpoint: Midpoint?
    /// A value the map is read against (*nilai-acuan*), e.g. the province's figure on a map of its kabupaten/kota: a
    /// class limit, the legend's class ending at it marked with its label ("4,01 – 6,75 (Jawa Barat)").
    public var reference: ReferenceSpec?
    /// A region outlined on the map and highlighted in the inset (*sorot*), by code.
    public var highlighted: Located<String>?
    /// Region names printed where they fit (*label-wilayah*).
    public var showsRegionLabels: Bool
    /// The regions the map names whatever it takes (*sebut*); nil: none picked (every region where it fits, as
    /// `label-wilayah` says).
    public var naming: RegionNaming?

    /// The word of `batas:` that names the bundled kabupaten/kota rather than a file.
    public static let bundledRegencies = "kabupaten-kota"

    /// `batas: kabupaten-kota`: the map draws the bundled kabupaten/kota, which carry their own history.
    public var usesBundledRegencies: Bool { boundaries?.value == Self.bundledRegencies }

    public init(measure: Located<String>?, method: ClassificationWord = .naturalBreaks, classCount: Int = 5) {
        self.measure = measure
        self.method = method
        self.classCount = classCount
        self.manualBreaks = []
        self.ramp = .sequential
        self.showsRegionLabels = true
    }
}

/// `sebut:` the regions a map names whatever it takes, typed: `sebut: [tertinggi, terendah]` names those two alone,
/// each with its value ("Jawa Barat 6,75"), the story of a small canvas; with `semua` among them every region is
/// named where it fits and the ones picked first, without values (`sebut: [semua, 32, 33, 35]`: the most populous
/// provinces named, not numbered, on every map of a bulletin).
public struct RegionNaming: Sendable {
    /// One region picked: the highest or lowest value, or a region by its code as in the data.
    public enum Pick: Sendable, Hashable {
        case highest, lowest
        case code(String)
    }

    /// `semua`: every region is named where it fits; otherwise only the picks, each with its value.
    public var namesEveryRegion: Bool
    public var picks: [Located<Pick>]

    /// The words of `sebut:` other than a region's code.
    public static let everyWord = "semua", highestWord = "tertinggi", lowestWord = "terendah"

    public init(namesEveryRegion: Bool, picks: [Located<Pick>]) {
        self.namesEveryRegion = namesEveryRegion
        self.picks = picks
    }

    /// The items of `sebut:`, read once: an unknown word, a repeated item or a list of nothing but `semua` is an error
    /// at its line, and nil.
    static func parse(_ items: [Located<String>], in item: YAMLMapping) -> RegionNaming? {
        var every = false, picks: [Located<Pick>] = [], valid = true
        let words = [everyWord, highestWord, lowestWord]
        for written in items {
            let word = written.value.trimmingCharacters(in: .whitespaces).lowercased()
            let pick: Pick
            switch word {
            case everyWord:
                if every { item.collector.error(at: written.location, "`sebut:` names `\(everyWord)` twice"); valid = false }
                every = true
                continue
            case highestWord: pick = .highest
            case lowestWord: pick = .lowest
            default:
                guard !word.isEmpty, word.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
                    item.collector.error(at: written.location, "`sebut: \(written.value)` is neither a region's code nor one of \(words.joined(separator: ", "))",
                                         hint: nearest(word, in: words).map { "Did you mean `\($0)`?" }
                                             ?? "Write e.g. `sebut: [tertinggi, terendah]` (those two alone, with their values) or `sebut: [semua, 32]` (every region, Jawa Barat first).")
                    valid = false
                    continue
                }
                pick = .code(word)
            }
            guard !picks.contains(where: { $0.value == pick }) else {
                item.collector.error(at: written.location, "`sebut:` names `\(written.value)` twice")
                valid = false
                continue
            }
            picks.append(Located(pick, at: written.location))
        }
        guard valid else { return nil }
        guard !picks.isEmpty else {
            item.collector.error(at: item.location(of: "sebut"), "`sebut:` picks no region",
                                 hint: "Name the regions to name whatever it takes, e.g. `sebut: [tertinggi, terendah]`; every region is named where it fits without `sebut:`.")
            return nil
        }
        return RegionNaming(namesEveryRegion: every, picks: picks)
    }
}

/// `titik-tengah:` a number, or `nasional` for the data's national figure (code 00).
public enum Midpoint: Sendable, Hashable {
    case value(Double)
    case national
    /// `titik-tengah: acuan`: the map's `nilai-acuan`, e.g. the province's figure on a map of its kabupaten/kota.
    case reference
}

/// `klasifikasi: { metode: … }` as users write it.
public enum ClassificationWord: String, Sendable, CaseIterable {
    case quantile = "kuantil"
    case equalInterval = "interval-sama"
    case naturalBreaks = "jenks"
    case manual
}

/// `gabung:` as users write it.
public enum JoinWord: String, Sendable, CaseIterable {
    case code = "kode"
    case name = "nama"
}

/// `daftar-kode:` as users write it.
public enum CodeListWord: String, Sendable, CaseIterable {
    case bps
    case kemendagri
}

/// `warna:` as users write it.
enum RampWord: String, CaseIterable {
    case berurutan, divergen

    var ramp: MapData.Ramp { self == .berurutan ? .sequential : .diverging }
}

/// *Peta tematik*, PER.03/MEN/II/2009 Pasal 8: regions coloured by class, with all eight components of the
/// regulation (judul, nomor, isi peta, skala dan orientasi, legenda, inset dan index peta, sistem koordinat,
/// sumber dan keterangan riwayat peta).
public enum ThematicMapForm: PresentationForm {
    public static let words = ["peta-tematik"]

    public static func bind(_ spec: MapSpec, in context: BindingContext) -> MapData? {
        context.bindMap(spec)
    }

    public static func layout(_ body: MapData, in context: BodyLayoutContext) -> any BodyLayout {
        MapLayout(map: body, style: context.style, typesetter: context.typesetter, words: .forLocale(context.locale))
    }

    /// The keys of `jenis: peta-tematik`.
    public static func parse(_ item: YAMLMapping, word: Located<String>) -> MapSpec? {
        var map = MapSpec(measure: item.string("nilai"))
        map.codeDimension = item.string("kode-wilayah")
        map.nameDimension = item.string("nama-wilayah")
        map.boundaries = item.string("batas")
        map.layer = item.string("lapisan")?.value
        map.boundaryAttribute = item.string("kolom-batas")
        if item.has("gabung") { map.joinBy = item.choice("gabung", default: JoinWord.code) }
        if item.has("daftar-kode") { map.codeList = item.choice("daftar-kode", default: CodeListWord.bps) }
        map.boundaryHistory = item.string("riwayat-batas")?.value
        map.ramp = item.choice("warna", default: RampWord.berurutan).ramp
        map.highlighted = item.string("sorot")
        if let midpoint = item.string("titik-tengah") {
            if midpoint.value == "nasional" {
                map.midpoint = .national
            } else if midpoint.value == "acuan" {
                map.midpoint = .reference
                if !item.has("nilai-acuan") {
                    item.collector.error(at: midpoint.location, "`titik-tengah: acuan` turns the ramp at the map's `nilai-acuan`, which this map has not",
                                         hint: "Add e.g. `nilai-acuan: { nilai: \"tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)\", label: Jawa Barat }`.")
                }
            } else if let value = Double(midpoint.value) {
                map.midpoint = .value(value)
            } else {
                item.collector.error(at: midpoint.location, "`titik-tengah: \(midpoint.value)` is neither a number, `nasional` nor `acuan`",
                                     hint: "Write e.g. `titik-tengah: nasional` (the national figure), `titik-tengah: acuan` (the map's `nilai-acuan`) or `titik-tengah: 5`.")
            }
            if map.ramp != .diverging {
                item.collector.error(at: midpoint.location, "`titik-tengah` is where a diverging ramp turns; this map's colours are `berurutan`",
                                     hint: "Add `warna: divergen`, or remove `titik-tengah`.")
            }
        }
        map.reference = item.reference(allowsCategory: false, allowsBound: true, key: "nilai-acuan")
        map.showsRegionLabels = item.flag("label-wilayah", default: true)
        if item.has("sebut") {
            map.naming = RegionNaming.parse(item.locatedStrings("sebut"), in: item)
            if let naming = map.naming {
                if naming.namesEveryRegion && item.has("label-wilayah") && !map.showsRegionLabels {
                    item.collector.error(at: item.location(of: "sebut"), "`sebut: [\(RegionNaming.everyWord), …]` names every region, but `label-wilayah: tidak` names none",
                                         hint: "Remove `\(RegionNaming.everyWord)` to name the regions picked alone, or `label-wilayah: tidak`.")
                }
                // The picks alone (a story): no other region is named.
                if !naming.namesEveryRegion { map.showsRegionLabels = false }
            }
        }
        if let classification = item.mapping("klasifikasi") {
            map.method = classification.choice("metode", default: ClassificationWord.naturalBreaks)
            map.classCount = classification.integer("kelas", in: 2...7) ?? 5
            let limits = classification.locatedStrings("batas")
            map.manualBreaks = limits.compactMap { limit in
                guard let value = Double(limit.value) else {
                    classification.collector.error(at: limit.location, "`\(limit.value)` is not a number",
                                                   hint: "Write class limits with a decimal point, e.g. `batas: [4, 5.5, 7]`.")
                    return nil
                }
                return value
            }
            if map.method == .manual && limits.isEmpty {
                classification.collector.error(at: classification.location, "`metode: manual` needs `batas:`, the upper limit of each class",
                                               hint: "Write e.g. `klasifikasi: { metode: manual, batas: [4, 5, 6, 7] }`.")
            } else if map.method != .manual, let first = limits.first {
                classification.collector.error(at: first.location, "`batas:` gives class limits for `metode: manual` only",
                                               hint: "Write `metode: manual`, or remove `batas:` and let `\(map.method.rawValue)` choose them.")
            }
            if map.method == .manual { map.classCount = map.manualBreaks.count }
            classification.rejectUnknownKeys(context: "`klasifikasi`")
        }
        return map
    }
}

extension MapSpec: FigureFormSpec {
    public var kind: FigureKind { .map }
    public var word: String { "peta-tematik" }

    /// Skala, orientasi, legenda, inset and sistem koordinat are drawn from the boundaries and the data; what a
    /// template can lack is the isi peta and, with its own boundary file, the map's history.
    public func missingComponents() -> [MissingComponent] {
        var missing: [MissingComponent] = []
        if measure == nil { missing.append(MissingComponent("isi peta (nilai)", key: "nilai", hint: "Add `nilai:` naming the measure the regions are coloured by.")) }
        if boundaries != nil && !usesBundledRegencies && boundaryHistory == nil {
            missing.append(MissingComponent("keterangan riwayat peta", key: "riwayat-batas",
                                            hint: "Add `riwayat-batas:` saying where the boundaries come from and when they were drawn, e.g. `riwayat-batas: \"batas wilayah: BIG, peta RBI 1:250.000, 2019\"`."))
        }
        return missing
    }
}
