/// A province (*provinsi*) with its codes in both official lists.
public struct Province: Sendable, Hashable {
    /// The BPS code (Peraturan/Keputusan Kepala BPS), used by BPS tables and Sakernas.
    public var bpsCode: String
    /// The Kemendagri code (Kepmendagri 100.1.1-6117/2022 and 300.2.2-2138/2025).
    public var kemendagriCode: String
    /// The name in mixed case, e.g. "Kepulauan Bangka Belitung".
    public var name: String
    /// The upper-case label of BPS tables, e.g. "KEP. BANGKA BELITUNG".
    public var bpsName: String
}

/// The reference code list of provinces (*kode referensi wilayah*) with the crosswalk between BPS and
/// Kemendagri codes. The two lists agree except for Papua: since the 2022 split BPS 91 is Papua Barat
/// (Kemendagri 92) and BPS 94 is Papua (Kemendagri 91), and the four new provinces are numbered differently.
///
/// Source: `../shared/datasets/provinsi.csv` (see SOURCES.md there: Kemendagri codes from the Kepmendagri list,
/// BPS codes from BPS's bridging table and, for the 2022 provinces, compiled BPS/Kemendagri data).
public enum ProvinceCodes {
    /// The code of the national total, in both lists.
    public static let national = Province(bpsCode: "00", kemendagriCode: "00", name: "Indonesia", bpsName: "INDONESIA")

    /// The 38 provinces in BPS order.
    public static let all: [Province] = [
        Province(bpsCode: "11", kemendagriCode: "11", name: "Aceh", bpsName: "ACEH"),
        Province(bpsCode: "12", kemendagriCode: "12", name: "Sumatera Utara", bpsName: "SUMATERA UTARA"),
        Province(bpsCode: "13", kemendagriCode: "13", name: "Sumatera Barat", bpsName: "SUMATERA BARAT"),
        Province(bpsCode: "14", kemendagriCode: "14", name: "Riau", bpsName: "RIAU"),
        Province(bpsCode: "15", kemendagriCode: "15", name: "Jambi", bpsName: "JAMBI"),
        Province(bpsCode: "16", kemendagriCode: "16", name: "Sumatera Selatan", bpsName: "SUMATERA SELATAN"),
        Province(bpsCode: "17", kemendagriCode: "17", name: "Bengkulu", bpsName: "BENGKULU"),
        Province(bpsCode: "18", kemendagriCode: "18", name: "Lampung", bpsName: "LAMPUNG"),
        Province(bpsCode: "19", kemendagriCode: "19", name: "Kepulauan Bangka Belitung", bpsName: "KEP. BANGKA BELITUNG"),
        Province(bpsCode: "21", kemendagriCode: "21", name: "Kepulauan Riau", bpsName: "KEP. RIAU"),
        Province(bpsCode: "31", kemendagriCode: "31", name: "DKI Jakarta", bpsName: "DKI JAKARTA"),
        Province(bpsCode: "32", kemendagriCode: "32", name: "Jawa Barat", bpsName: "JAWA BARAT"),
        Province(bpsCode: "33", kemendagriCode: "33", name: "Jawa Tengah", bpsName: "JAWA TENGAH"),
        Province(bpsCode: "34", kemendagriCode: "34", name: "DI Yogyakarta", bpsName: "DI YOGYAKARTA"),
        Province(bpsCode: "35", kemendagriCode: "35", name: "Jawa Timur", bpsName: "JAWA TIMUR"),
        Province(bpsCode: "36", kemendagriCode: "36", name: "Banten", bpsName: "BANTEN"),
        Province(bpsCode: "51", kemendagriCode: "51", name: "Bali", bpsName: "BALI"),
        Province(bpsCode: "52", kemendagriCode: "52", name: "Nusa Tenggara Barat", bpsName: "NUSA TENGGARA BARAT"),
        Province(bpsCode: "53", kemendagriCode: "53", name: "Nusa Tenggara Timur", bpsName: "NUSA TENGGARA TIMUR"),
        Province(bpsCode: "61", kemendagriCode: "61", name: "Kalimantan Barat", bpsName: "KALIMANTAN BARAT"),
        Province(bpsCode: "62", kemendagriCode: "62", name: "Kalimantan Tengah", bpsName: "KALIMANTAN TENGAH"),
        Province(bpsCode: "63", kemendagriCode: "63", name: "Kalimantan Selatan", bpsName: "KALIMANTAN SELATAN"),
        Province(bpsCode: "64", kemendagriCode: "64", name: "Kalimantan Timur", bpsName: "KALIMANTAN TIMUR"),
        Province(bpsCode: "65", kemendagriCode: "65", name: "Kalimantan Utara", bpsName: "KALIMANTAN UTARA"),
        Province(bpsCode: "71", kemendagriCode: "71", name: "Sulawesi Utara", bpsName: "SULAWESI UTARA"),
        Province(bpsCode: "72", kemendagriCode: "72", name: "Sulawesi Tengah", bpsName: "SULAWESI TENGAH"),
        Province(bpsCode: "73", kemendagriCode: "73", name: "Sulawesi Selatan", bpsName: "SULAWESI SELATAN"),
        Province(bpsCode: "74", kemendagriCode: "74", name: "Sulawesi Tenggara", bpsName: "SULAWESI TENGGARA"),
        Province(bpsCode: "75", kemendagriCode: "75", name: "Gorontalo", bpsName: "GORONTALO"),
        Province(bpsCode: "76", kemendagriCode: "76", name: "Sulawesi Barat", bpsName: "SULAWESI BARAT"),
        Province(bpsCode: "81", kemendagriCode: "81", name: "Maluku", bpsName: "MALUKU"),
        Province(bpsCode: "82", kemendagriCode: "82", name: "Maluku Utara", bpsName: "MALUKU UTARA"),
        Province(bpsCode: "91", kemendagriCode: "92", name: "Papua Barat", bpsName: "PAPUA BARAT"),
        Province(bpsCode: "92", kemendagriCode: "96", name: "Papua Barat Daya", bpsName: "PAPUA BARAT DAYA"),
        Province(bpsCode: "94", kemendagriCode: "91", name: "Papua", bpsName: "PAPUA"),
        Province(bpsCode: "95", kemendagriCode: "93", name: "Papua Selatan", bpsName: "PAPUA SELATAN"),
        Province(bpsCode: "96", kemendagriCode: "94", name: "Papua Tengah", bpsName: "PAPUA TENGAH"),
        Province(bpsCode: "97", kemendagriCode: "95", name: "Papua Pegunungan", bpsName: "PAPUA PEGUNUNGAN"),
    ]

    private static let byBPS = Dictionary(uniqueKeysWithValues: ([national] + all).map { ($0.bpsCode, $0) })
    private static let byKemendagri = Dictionary(uniqueKeysWithValues: ([national] + all).map { ($0.kemendagriCode, $0) })

    /// The province (or the national total) with a BPS code.
    public static func province(bpsCode: String) -> Province? { byBPS[bpsCode] }

    /// The province (or the national total) with a Kemendagri code.
    public static func province(kemendagriCode: String) -> Province? { byKemendagri[kemendagriCode] }

    /// Kemendagri code for a BPS code: "91" (Papua Barat) → "92".
    public static func kemendagriCode(forBPS code: String) -> String? { byBPS[code]?.kemendagriCode }

    /// BPS code for a Kemendagri code: "91" (Papua) → "94".
    public static func bpsCode(forKemendagri code: String) -> String? { byKemendagri[code]?.bpsCode }
}
