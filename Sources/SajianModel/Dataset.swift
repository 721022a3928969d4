/// The five groups of labour data in PER.03/MEN/II/2009 Pasal 2(1).
public enum DataGroup: String, Sendable, CaseIterable {
    case generalEmployment = "ketenagakerjaan-umum"
    case trainingAndProductivity = "pelatihan-dan-produktivitas"
    case placement = "penempatan"
    case employmentDevelopment = "pengembangan-dan-perluasan-kesempatan-kerja"
    case industrialRelations = "hubungan-industrial-dan-perlindungan"
}

/// Who may see a dataset. Pasal 2(2): data that is *rahasia* is never presented to the public.
public enum AccessClassification: String, Sendable, CaseIterable, Comparable {
    case publik, terbatas, rahasia

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A measure (*ukuran*) of a dataset: what is counted, in which unit, to how many decimals.
public struct Measure: Sendable, Hashable {
    public var name: String
    /// The measure's name as readers know it, e.g. "Tingkat Pengangguran Terbuka" (*nama*).
    public var label: String
    public var unit: MeasureUnit
    public var decimals: Int
    public var definition: String?
    /// The measure's short name as readers know it, e.g. "TPT" (*singkatan*): used where the full name would take
    /// more lines than the room allows (a map legend's title beside a small map).
    public var abbreviation: String?
    /// Whether the measure is a count (*jumlah*): values may be summed into totals, and with a dataset's
    /// `ambang-sel-kecil` small values are withheld wherever they are shown. Decided by the measure's kind
    /// (``MeasureKind``) where the metadata is read, never by its unit word: persons, workers (*pekerja*), firms
    /// and cases are all counts; rates such as TPT, shares, averages and changes are not.
    public var isAdditive: Bool

    public init(name: String, label: String? = nil, abbreviation: String? = nil, unit: MeasureUnit, decimals: Int,
                definition: String? = nil, isAdditive: Bool) {
        self.abbreviation = abbreviation
        self.name = name
        self.label = label ?? name.asHeading
        self.unit = unit
        self.decimals = decimals
        self.definition = definition
        self.isAdditive = isAdditive
    }
}

/// The kind of number a measure holds (*jenis ukuran*, the measure's `jenis:` in the metadata).
///
/// Only a count adds up, and only a count can single out a person or a firm, so only counts are summed into totals
/// and protected as small cells (*ambang sel kecil*).
public enum MeasureKind: String, Sendable, CaseIterable {
    /// A count of persons, workers, firms, cases (*jumlah*).
    case count = "jumlah"
    /// A rate or ratio, e.g. TPT (*rasio*).
    case rate = "rasio"
    /// A share of a whole in percent (*persentase*).
    case share = "persentase"
    /// An average or a price, e.g. the UMP or a mean wage (*rata-rata*).
    case average = "rata-rata"
    /// A difference between two periods (*perubahan*).
    case change = "perubahan"
    /// An index number (*indeks*).
    case index = "indeks"

    /// The kind a measure without `jenis:` (or `aditif:`) is taken to have: a unit of rates or money says the
    /// measure is not a count; any other unit (orang, pekerja, perusahaan, kasus, none) is a count, so that
    /// small-cell protection never lapses because a unit word is not recognised.
    public static func implied(by unit: MeasureUnit) -> MeasureKind {
        switch unit {
        case .percent, .percentagePoints: .rate
        case .rupiah, .rupiahPerMonth: .average
        case .persons, .thousandPersons, .millionPersons, .other: .count
        }
    }
}

/// A code list that a dimension's values must come from (*kode referensi*): `kode-referensi:` in the metadata.
/// Matching names and codes against a list, and the regency crosswalk, are in `RegionReference.swift`.
public enum ReferenceCodeList: Sendable, Hashable, CaseIterable {
    /// BPS province codes (00 = Indonesia): `provinsi-bps`.
    case provinceBPS
    /// Kemendagri province codes (00 = Indonesia): `provinsi-kemendagri`.
    case provinceKemendagri
    /// BPS kabupaten/kota codes, "3201": `kabkota-bps`.
    case regencyBPS
    /// Kemendagri kabupaten/kota codes, "3201" or "32.01": `kabkota-kemendagri`.
    case regencyKemendagri

    /// Whether `code` is in the list.
    public func contains(_ code: String) -> Bool {
        switch self {
        case .provinceBPS: ProvinceCodes.province(bpsCode: code) != nil
        case .provinceKemendagri: ProvinceCodes.province(kemendagriCode: code) != nil
        case .regencyBPS: RegencyCodes.regency(bpsCode: code) != nil
        case .regencyKemendagri: RegencyCodes.regency(kemendagriCode: code) != nil
        }
    }

    /// The names a code goes by: a province's name and its upper-case BPS label ("KEP. BANGKA BELITUNG"); a
    /// kabupaten/kota's Kemendagri name, its short form ("KAB. BOGOR"), its bare name ("Bogor") and its BPS name.
    public func names(of code: String) -> [String] {
        switch self {
        case .provinceBPS, .provinceKemendagri:
            let province = self == .provinceBPS ? ProvinceCodes.province(bpsCode: code) : ProvinceCodes.province(kemendagriCode: code)
            return province.map { [$0.name, $0.bpsName] } ?? []
        case .regencyBPS, .regencyKemendagri:
            guard let regency = regency(code) else { return [] }
            let short = (regency.kind == .kabupaten ? "KAB. " : "KOTA ") + regency.bareName.uppercased()
            return [regency.name, short, regency.bareName] + (regency.bpsName.map { [$0] } ?? [])
        }
    }

    /// A name as names are compared: letters and digits only, lower case ("D.I. Yogyakarta" → "diyogyakarta").
    public static func comparable(_ name: String) -> String {
        String(String.UnicodeScalarView(name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }))
    }

    /// The codes and names of the list, for hints.
    public var entries: [(code: String, name: String)] {
        let provinces = [ProvinceCodes.national] + ProvinceCodes.all
        switch self {
        case .provinceBPS: return provinces.map { ($0.bpsCode, $0.name) }
        case .provinceKemendagri: return provinces.map { ($0.kemendagriCode, $0.name) }
        case .regencyBPS: return RegencyCodes.all.compactMap { regency in regency.bpsCode.map { ($0, regency.name) } }
        case .regencyKemendagri: return RegencyCodes.all.map { ($0.kemendagriCode, $0.name) }
        }
    }
}

/// What a dataset says about itself (Satu Data Indonesia: judul, produsen, sumber, klasifikasi …).
public struct DatasetMetadata: Sendable, Hashable {
    public var id: String
    public var title: String
    public var producer: String?
    public var source: String?
    public var group: DataGroup?
    public var classification: AccessClassification
    /// Whether the figures are illustrative rather than official; such figures are labelled on the page.
    public var isIllustrative: Bool
    /// The columns that classify each observation (wilayah, periode, jenis kelamin …), in file order.
    public var dimensions: [String]
    /// The dimension whose values are periods (*periode*: `2024-08`, `2023`, `2024-01 s.d. 2024-11`), by name; nil
    /// when the data has none. Decided once where the metadata is read: the dimension declared with a period
    /// `jenis:` (`periode`, `tahun`, `semester`, `triwulan`, `bulan`), else the one named `periode`. Binding,
    /// narasi and the catalog ask this, never the name.
    public var periodDimension: String?
    public var measures: [Measure]
    /// Where the metadata was read from, for messages.
    public var location: SourceLocation
    /// Labels for the codes of a dimension, as printed (*label*): dimension → code → label.
    public var valueLabels: [String: [String: String]] = [:]
    /// What a dimension's values are, as a sentence names them (*nama*: "negara tujuan", "provinsi asal"):
    /// dimension → name. Narasi falls back on the dimension's column name.
    public var dimensionNames: [String: String] = [:]
    /// Code lists the values of some dimensions must come from.
    public var codeLists: [String: ReferenceCodeList] = [:]
    /// How often the data is produced (*frekuensi*), e.g. "semesteran (Februari dan Agustus)".
    public var frequency: String?
    /// When it was released (*tanggal rilis*).
    public var releaseDate: String?
    /// Notes on the data (*catatan*): caveats, derivations, coverage.
    public var notes: String?
    /// The month a yearly series is observed in (*bulan-survei*: 8 for Sakernas Agustus), when its file records only
    /// the year: narasi then names the period "Agustus 2023", as the monthly series do, not "2023".
    public var surveyMonth: Int?
    /// Counts below this are withheld ('x') wherever they are shown (*ambang sel kecil*); nil: no suppression.
    public var smallCellThreshold: Double?
    /// Values declared aggregates (*agregat*: a whole, not a part) by dimension, by code or label; see ``Aggregates``.
    public var aggregates: [String: Set<String>] = [:]
    /// Rows whose values in some periods are not comparable with their values in the others (*tidak-sebanding*):
    /// narasi computes no change across such a break, a line chart draws none; see ``ComparabilityBreak``.
    public var comparabilityBreaks: [ComparabilityBreak] = []
    /// Values the source prints but the metadata marks as doubtful (*diragukan*): narasi states no change, rank or
    /// tie that rests on them; see ``DoubtfulValue``.
    public var doubtfulValues: [DoubtfulValue] = []

    public init(id: String, title: String, producer: String? = nil, source: String? = nil, group: DataGroup? = nil,
                classification: AccessClassification = .publik, isIllustrative: Bool = false,
                dimensions: [String], measures: [Measure], location: SourceLocation) {
        self.id = id
        self.title = title
        self.producer = producer
        self.source = source
        self.group = group
        self.classification = classification
        self.isIllustrative = isIllustrative
        self.dimensions = dimensions
        self.periodDimension = dimensions.contains(Self.conventionalPeriodDimension) ? Self.conventionalPeriodDimension : nil
        self.measures = measures
        self.location = location
    }

    /// The name a period dimension has by convention, when the metadata declares no dimension's kind.
    public static let conventionalPeriodDimension = "periode"

    public func measure(named name: String) -> Measure? { measures.first { $0.name == name } }
}

/// One observation in long form: its dimension values, which measure, and the value.
public struct Observation: Sendable, Hashable {
    /// Values of the dataset's dimensions, in the order of `DatasetMetadata.dimensions`.
    public var coordinates: [String]
    public var measure: String
    public var value: StatisticalValue

    public init(coordinates: [String], measure: String, value: StatisticalValue) {
        self.coordinates = coordinates
        self.measure = measure
        self.value = value
    }

    /// The values of the dimensions at `indices` (positions in ``coordinates``), in that order.
    public func key(_ indices: [Int]) -> DimensionKey { DimensionKey(indices.map { coordinates[$0] }) }

    /// What tells this observation apart from every other of its dataset: all its dimension values and its measure.
    public var identity: ObservationIdentity { ObservationIdentity(coordinates: DimensionKey(coordinates), measure: measure) }
}

/// An observation's place in its dataset: the values of all its dimensions and its measure. No two observations of
/// a dataset share one (the importer refuses a file that repeats one).
public struct ObservationIdentity: Sendable, Hashable {
    public var coordinates: DimensionKey
    public var measure: String

    public init(coordinates: DimensionKey, measure: String) {
        self.coordinates = coordinates
        self.measure = measure
    }
}

/// A dataset: metadata and its observations.
public struct Dataset: Sendable {
    public var metadata: DatasetMetadata
    public var observations: [Observation]

    public init(metadata: DatasetMetadata, observations: [Observation]) {
        self.metadata = metadata
        self.observations = observations
    }

    /// The position of a dimension in each observation's coordinates.
    public func dimensionIndex(_ name: String) -> Int? { metadata.dimensions.firstIndex(of: name) }

    /// The position of the period dimension (``DatasetMetadata/periodDimension``) in each observation's coordinates.
    public var periodDimensionIndex: Int? { metadata.periodDimension.flatMap(dimensionIndex) }
}

/// The values of several dimensions that together name one cell, series or observation, e.g. (golongan umur
/// `15-24`, pengalaman kerja `Pernah bekerja`). A value of its own, never a joined string, so no value can be
/// mistaken for a separator.
public struct DimensionKey: Sendable, Hashable, CustomStringConvertible {
    public var values: [String]

    public init(_ values: [String]) {
        self.values = values
    }

    public init(_ values: String...) {
        self.values = values
    }

    /// This key followed by `other`'s values.
    public func appending(_ other: DimensionKey) -> DimensionKey { DimensionKey(values + other.values) }

    /// The key's values as the user reads them in a message: "15-24, pernah_bekerja".
    public var description: String { values.joined(separator: ", ") }
}

/// Where a value falls in a cross-classification (a table cell): the values of its row dimensions and of its
/// column dimensions, two keys kept apart so that no row value can pass for a column value.
public struct CellKey: Sendable, Hashable {
    public var row: DimensionKey
    public var column: DimensionKey

    public init(row: DimensionKey, column: DimensionKey) {
        self.row = row
        self.column = column
    }
}
