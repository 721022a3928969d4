import Foundation
import SajianModel

/// A region of the data: its code (BPS list; Kemendagri codes are crosswalked before) and its name.
public struct RegionKey: Sendable, Hashable {
    public var code: String?
    public var name: String

    public init(code: String?, name: String) {
        self.code = code
        self.name = name
    }
}

/// Which attribute of a boundary file identifies a region (*kode wilayah* or *nama wilayah*).
public enum JoinAttribute: Sendable, Hashable {
    /// A code attribute, in the BPS or the Kemendagri list (`kemendagri`: crosswalked to BPS through `ProvinceCodes`).
    case code(property: String, kemendagri: Bool)
    /// A name attribute, compared after normalisation ("DKI Jakarta" = "Jakarta Raya").
    case name(property: String)

    public var property: String {
        switch self {
        case .code(let property, _), .name(let property): property
        }
    }

    /// The attribute a layer offers, by the names GIS exports commonly use: codes first (unless `namesOnly`), then names.
    public static func detect(in layer: BoundaryLayer, namesOnly: Bool = false) -> JoinAttribute? {
        let names = Set(layer.propertyNames)
        func find(_ candidates: [String]) -> String? {
            candidates.first { names.contains($0) } ?? candidates.lazy.compactMap { c in names.first { $0.lowercased() == c.lowercased() } }.first
        }
        if !namesOnly, let property = find(["kode_bps", "KODE_BPS", "kdbps", "bps_code"]) { return .code(property: property, kemendagri: false) }
        if !namesOnly, let property = find(["kode_kemendagri", "KODE_KEMENDAGRI", "kdpkab", "kode", "KDPPUM", "kdprov"]) {
            return .code(property: property, kemendagri: true)
        }
        if let property = find(["nama", "NAMA", "name", "PROVINSI", "Propinsi", "WADMPR", "NAME_1", "WADMKK", "NAME_2"]) { return .name(property: property) }
        return nil
    }
}

/// Region names compared as people write them: case, punctuation, "Provinsi", "Kab." and the old or short
/// names of provinces do not matter ("DKI Jakarta" = "Jakarta Raya", "Kep. Bangka Belitung" = "Bangka-Belitung").
public enum RegionName {
    private static let aliases: [String: String] = [
        "jakarta raya": "jakarta", "nanggroe aceh darussalam": "aceh", "irian jaya barat": "papua barat",
        "bangka belitung": "kepulauan bangka belitung", "ntb": "nusa tenggara barat", "ntt": "nusa tenggara timur",
        "jogjakarta": "yogyakarta", "jogja": "yogyakarta", "irian jaya": "papua", "kalimantan utara kaltara": "kalimantan utara",
    ]

    public static func normalized(_ name: String) -> String {
        var text = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: "id_ID")).lowercased()
        text = text.replacingOccurrences(of: "kep.", with: "kepulauan ").replacingOccurrences(of: "kab.", with: "kabupaten ")
        text = String(text.map { $0.isLetter || $0.isNumber ? $0 : " " })
        var words = text.split(separator: " ").map(String.init)
        let dropped: Set<String> = ["provinsi", "propinsi", "prov", "province", "daerah", "khusus", "ibukota", "istimewa", "dki", "di"]
        while let first = words.first, dropped.contains(first), words.count > 1 { words.removeFirst() }
        let joined = words.joined(separator: " ")
        return aliases[joined] ?? joined
    }

    /// Codes as written in either list with dots or spaces removed ("32.01" = "3201").
    public static func normalizedCode(_ code: String) -> String {
        code.filter { $0.isNumber || $0.isLetter }
    }
}

/// The join of a figure's regions to a boundary layer's features, reported on both sides.
public struct RegionJoin: Sendable {
    /// For each feature, the data region drawn in it (nil: *tidak ada data*). A region is only ever drawn in its
    /// own polygon: a province a boundary file lacks (one drawn before Kalimantan Utara or the 2022 Papua provinces)
    /// is not drawn at all, never in the polygon of the province it was split from.
    public var regionOfFeature: [Int?]
    /// Data regions with no polygon of their own: they cannot be shown.
    public var unmatchedRegions: [Int]
    /// Features no data region matched.
    public var unmatchedFeatures: [Int]

    public init(regions: [RegionKey], layer: BoundaryLayer, by attribute: JoinAttribute) {
        let features = layer.features
        var featureOfKey: [String: Int] = [:]
        func key(forFeature feature: Feature) -> String? {
            guard let raw = feature.properties[attribute.property] else { return nil }
            switch attribute {
            case .code(_, let kemendagri):
                let code = RegionName.normalizedCode(raw)
                return kemendagri ? (ProvinceCodes.bpsCode(forKemendagri: code) ?? code) : code
            case .name: return RegionName.normalized(raw)
            }
        }
        func key(forRegion region: RegionKey) -> String? {
            switch attribute {
            case .code: region.code.map(RegionName.normalizedCode)
            case .name: RegionName.normalized(region.name)
            }
        }
        for (index, feature) in features.enumerated() {
            if let key = key(forFeature: feature), featureOfKey[key] == nil { featureOfKey[key] = index }
        }
        regionOfFeature = Array(repeating: nil, count: features.count)
        unmatchedRegions = []
        for (index, region) in regions.enumerated() {
            if let key = key(forRegion: region), let feature = featureOfKey[key], regionOfFeature[feature] == nil {
                regionOfFeature[feature] = index
            } else {
                unmatchedRegions.append(index)
            }
        }
        let placed = regionOfFeature
        unmatchedFeatures = placed.indices.filter { placed[$0] == nil }
    }
}
