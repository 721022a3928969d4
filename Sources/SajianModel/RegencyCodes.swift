/// Whether a second-level region is a *kabupaten* (regency) or a *kota* (city).
public enum RegencyKind: String, Sendable, CaseIterable {
    case kabupaten
    case kota
}

/// A kabupaten/kota with its codes in both official lists.
public struct Regency: Sendable, Hashable {
    /// The Kemendagri code without its dot, "3201" (written "32.01" in Kepmendagri lists).
    public var kemendagriCode: String
    /// The BPS code (*kode wilayah kerja statistik*), "3201"; nil for the 26 kabupaten/kota of the four 2022 Papua
    /// provinces, which BPS renumbered after the split (their new codes are not in the source list).
    public var bpsCode: String?
    /// The Kemendagri name, "Kabupaten Bogor", "Kota Administrasi Jakarta Selatan".
    public var name: String
    public var kind: RegencyKind
    /// The province's Kemendagri code, "32".
    public var provinceKemendagriCode: String
    /// The name on BPS's bridging table where it differs from the Kemendagri name ("Toba Samosir" for Toba).
    public var bpsName: String?

    /// "32.01": the Kemendagri code as Kepmendagri lists write it.
    public var dottedKemendagriCode: String { "\(kemendagriCode.prefix(2)).\(kemendagriCode.dropFirst(2))" }

    /// The province it lies in.
    public var province: Province? { ProvinceCodes.province(kemendagriCode: provinceKemendagriCode) }

    /// The name without its kind, "Bogor", "Jakarta Selatan", "Kepulauan Seribu".
    public var bareName: String {
        for prefix in ["Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota "] where name.hasPrefix(prefix) {
            return String(name.dropFirst(prefix.count))
        }
        return name
    }
}

/// The reference code list of the 514 kabupaten/kota (*kode referensi wilayah*) with the crosswalk between BPS and
/// Kemendagri codes. The two lists differ widely, not only in Papua: BPS 1101 is Simeulue, Kemendagri 11.01 is Aceh
/// Selatan; a join on "the code" must say which list it means.
///
/// Source: `../shared/datasets/kode-kabupaten-kota.csv` (SOURCES.md there), turned into `RegencyCodes+List.swift` by
/// `scripts/kode-kabupaten-kota.py`.
public enum RegencyCodes {
    /// The 514 kabupaten/kota in Kemendagri code order.
    public static let all: [Regency] = table.split(separator: "\n").map { line in
        let fields = line.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        return Regency(kemendagriCode: fields[0], bpsCode: fields[1].isEmpty ? nil : fields[1], name: fields[2],
                       kind: RegencyKind(rawValue: fields[3])!, provinceKemendagriCode: fields[4],
                       bpsName: fields[5].isEmpty ? nil : fields[5])
    }

    private static let byBPS = Dictionary(uniqueKeysWithValues: all.compactMap { regency in regency.bpsCode.map { ($0, regency) } })
    private static let byKemendagri = Dictionary(uniqueKeysWithValues: all.map { ($0.kemendagriCode, $0) })

    /// The kabupaten/kota with a BPS code, "3201".
    public static func regency(bpsCode: String) -> Regency? { byBPS[bpsCode] }

    /// The kabupaten/kota with a Kemendagri code, "3201" or "32.01".
    public static func regency(kemendagriCode: String) -> Regency? { byKemendagri[kemendagriCode.filter { $0 != "." }] }

    /// Kemendagri code for a BPS code: "1101" (Simeulue) → "1109".
    public static func kemendagriCode(forBPS code: String) -> String? { byBPS[code]?.kemendagriCode }

    /// BPS code for a Kemendagri code: "11.01" (Aceh Selatan) → "1103".
    public static func bpsCode(forKemendagri code: String) -> String? { regency(kemendagriCode: code)?.bpsCode }

    /// The kabupaten/kota of a province, by the province's BPS code ("32": the 27 of Jawa Barat).
    public static func regencies(inProvinceBPS code: String) -> [Regency] {
        guard let province = ProvinceCodes.province(bpsCode: code) else { return [] }
        return all.filter { $0.provinceKemendagriCode == province.kemendagriCode }
    }
}

/// Kabupaten/kota names as offices write them: `Kab. Bogor`, `Kabupaten Bogor`, `KAB. BOGOR`, `Kota Adm. Jakarta
/// Selatan`, or `Bogor` alone. Case, spaces and punctuation do not matter, nor `Kab.`/`Kabupaten`, `Kota Adm.`/`Kota
/// Administrasi`, `Kep.`/`Kepulauan`.
public enum RegencyName {
    /// A name split into the kind it states (nil when it states none) and the comparable rest: "KAB. BOGOR" →
    /// (kabupaten, "bogor"); "Kota Adm. Jakarta Selatan" → (kota, "jakartaselatan").
    public static func parse(_ name: String) -> (kind: RegencyKind?, key: String) {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
        var words = folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        var kind: RegencyKind?
        if let first = words.first, words.count > 1 {
            switch first {
            case "kabupaten", "kab": kind = .kabupaten; words.removeFirst()
            case "kota": kind = .kota; words.removeFirst()
            default: break
            }
            if kind != nil, words.count > 1, ["administrasi", "adm", "admin"].contains(words[0]) { words.removeFirst() }
        }
        return (kind, words.map { $0 == "kep" ? "kepulauan" : $0 }.joined())
    }
}
