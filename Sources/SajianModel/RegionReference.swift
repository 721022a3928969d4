/// An entry of a reference list: its code in that list and its name.
public struct RegionEntry: Sendable, Hashable, CustomStringConvertible {
    public var code: String
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// "3201 Kabupaten Bogor".
    public var description: String { "\(code) \(name)" }
}

/// What a code or a name is in a reference list.
public enum RegionMatch: Sendable, Hashable {
    /// Exactly one entry.
    case unit(RegionEntry)
    /// A name several entries share: `Bogor` is Kabupaten Bogor (3201) and Kota Bogor (3271).
    case ambiguous([RegionEntry])
    /// No entry; the nearest by name, if one is near.
    case unknown(nearest: RegionEntry?)

    /// The one entry matched, if there is one.
    public var entry: RegionEntry? {
        if case .unit(let entry) = self { return entry }
        return nil
    }
}

/// The reference lists as a dimension's values meet them: codes and names in the forms offices write.
///
/// The API other stages use (the importer's draft, binding, the batch over regions):
/// - `ReferenceCodeList(word: "kabkota-bps")`, `.word`: the metadata's `kode-referensi:` words.
/// - `match(_:kind:)`: a code (`3201`, `32.01`) or a name (`Kab. Bogor`, `KABUPATEN BOGOR`, `Kota Adm. Jakarta
///   Selatan`, `Bogor` with a kind) → `.unit`, `.ambiguous` (both Bogors) or `.unknown` with the nearest entry.
/// - `recognised(_:)`: how many of a column's values the list recognises, codes or names, to tell which list a
///   column follows.
/// - `label(of:)`: the name a code is printed with; `counterpart` and `crosswalk(_:)`: the same unit in the other
///   list (BPS 1101 Simeulue → Kemendagri 1109).
extension ReferenceCodeList {
    /// The metadata's word for the list (`kode-referensi:`).
    public var word: String {
        switch self {
        case .provinceBPS: "provinsi-bps"
        case .provinceKemendagri: "provinsi-kemendagri"
        case .regencyBPS: "kabkota-bps"
        case .regencyKemendagri: "kabkota-kemendagri"
        }
    }

    /// The list a `kode-referensi:` word names.
    public init?(word: String) {
        guard let list = Self.allCases.first(where: { $0.word == word }) else { return nil }
        self = list
    }

    /// Whether the list holds kabupaten/kota rather than provinces.
    public var isRegency: Bool { self == .regencyBPS || self == .regencyKemendagri }

    /// The same units in the other agency's list.
    public var counterpart: ReferenceCodeList {
        switch self {
        case .provinceBPS: .provinceKemendagri
        case .provinceKemendagri: .provinceBPS
        case .regencyBPS: .regencyKemendagri
        case .regencyKemendagri: .regencyBPS
        }
    }

    /// The code of the same unit in ``counterpart``: BPS 1101 (Simeulue) → Kemendagri 1109; nil when the other list
    /// lacks it (the 2022 Papua kabupaten/kota have no BPS code in the source list).
    public func crosswalk(_ code: String) -> String? {
        switch self {
        case .provinceBPS: ProvinceCodes.kemendagriCode(forBPS: code)
        case .provinceKemendagri: ProvinceCodes.bpsCode(forKemendagri: code)
        case .regencyBPS: RegencyCodes.kemendagriCode(forBPS: code)
        case .regencyKemendagri: RegencyCodes.bpsCode(forKemendagri: code)
        }
    }

    /// The kabupaten/kota with `code` in this list.
    public func regency(_ code: String) -> Regency? {
        switch self {
        case .regencyBPS: RegencyCodes.regency(bpsCode: code)
        case .regencyKemendagri: RegencyCodes.regency(kemendagriCode: code)
        case .provinceBPS, .provinceKemendagri: nil
        }
    }

    /// The name a code is printed with: "Kabupaten Bogor", "Jawa Barat", "Indonesia" for 00.
    public func label(of code: String) -> String? {
        switch self {
        case .provinceBPS: ProvinceCodes.province(bpsCode: code)?.name
        case .provinceKemendagri: ProvinceCodes.province(kemendagriCode: code)?.name
        case .regencyBPS, .regencyKemendagri: regency(code)?.name
        }
    }

    /// The entry a code or a name stands for. A name matches whatever its form (`Kab. Bogor`, `Kabupaten Bogor`,
    /// `KAB. BOGOR`, `Kota Adm. Jakarta Selatan`); a kabupaten/kota name without its kind (`Bogor`) matches when
    /// only one unit has it, or when `kind` (from a code or a `jenis` column) tells which.
    public func match(_ text: String, kind: RegencyKind? = nil) -> RegionMatch {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if contains(trimmed) {
            let code = isRegency ? trimmed.filter { $0 != "." } : trimmed
            return .unit(RegionEntry(code: code, name: label(of: code) ?? code))
        }
        let index = NameIndex.of(self)
        if isRegency {
            let (stated, key) = RegencyName.parse(trimmed)
            let wanted = stated ?? kind
            let found = (index.byKey[key] ?? []).filter { wanted == nil || index.kinds[$0] == wanted }
            switch found.count {
            case 1: return .unit(index.entries[found[0]])
            case 0: break
            default: return .ambiguous(found.map { index.entries[$0] })
            }
        } else if let found = index.byKey[ProvinceName.key(trimmed)], let first = found.first {
            return .unit(index.entries[first])
        }
        let names = index.entries.map(\.name)
        let near = nearest(trimmed, in: names).flatMap { name in index.entries.first { $0.name == name } }
        return .unknown(nearest: near)
    }

    /// How many of `values` the list recognises as a code or as one unit's name: the importer's draft asks this
    /// to tell which list a column follows.
    public func recognised<S: Sequence>(_ values: S) -> Int where S.Element == String {
        values.reduce(0) { count, value in count + (match(value).entry == nil ? 0 : 1) }
    }
}

/// Province names compared without case, punctuation and a leading "Provinsi".
enum ProvinceName {
    static func key(_ name: String) -> String {
        var key = ReferenceCodeList.comparable(name)
        for prefix in ["provinsi", "prov"] where key.hasPrefix(prefix) && key.count > prefix.count {
            key.removeFirst(prefix.count)
            break
        }
        return key
    }
}

/// Each list's names by their comparable key, built once.
private struct NameIndex: Sendable {
    var entries: [RegionEntry] = []
    var kinds: [RegencyKind?] = []
    var byKey: [String: [Int]] = [:]

    static func of(_ list: ReferenceCodeList) -> NameIndex {
        switch list {
        case .provinceBPS: provinceBPS
        case .provinceKemendagri: provinceKemendagri
        case .regencyBPS: regencyBPS
        case .regencyKemendagri: regencyKemendagri
        }
    }

    private static let provinceBPS = provinces(bps: true)
    private static let provinceKemendagri = provinces(bps: false)
    private static let regencyBPS = regencies(bps: true)
    private static let regencyKemendagri = regencies(bps: false)

    private static func provinces(bps: Bool) -> NameIndex {
        var index = NameIndex()
        for province in [ProvinceCodes.national] + ProvinceCodes.all {
            index.entries.append(RegionEntry(code: bps ? province.bpsCode : province.kemendagriCode, name: province.name))
            index.kinds.append(nil)
            for name in Set([province.name, province.bpsName].map(ProvinceName.key)) {
                index.byKey[name, default: []].append(index.entries.count - 1)
            }
        }
        return index
    }

    private static func regencies(bps: Bool) -> NameIndex {
        var index = NameIndex()
        for regency in RegencyCodes.all {
            guard let code = bps ? regency.bpsCode : regency.kemendagriCode else { continue }
            index.entries.append(RegionEntry(code: code, name: regency.name))
            index.kinds.append(regency.kind)
            let keys = Set(([regency.name] + (regency.bpsName.map { [$0] } ?? [])).map { RegencyName.parse($0).key })
            for key in keys { index.byKey[key, default: []].append(index.entries.count - 1) }
        }
        return index
    }
}
