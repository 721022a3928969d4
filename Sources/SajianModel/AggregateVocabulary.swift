/// The notes Sajian adds about wholes and parts (*agregat* and *rincian*): regions of a reference list a figure does
/// not show, and parts that do not add up to the whole the data gives. Indonesian beside English.
public struct AggregateVocabulary: Sendable, Hashable {
    let language: NumberLocale

    public static let indonesian = AggregateVocabulary(language: .indonesian)
    public static let english = AggregateVocabulary(language: .english)

    public static func forLocale(_ locale: NumberLocale) -> AggregateVocabulary {
        locale == .indonesian ? .indonesian : .english
    }

    private func say(_ indonesian: String, _ english: String) -> String { language == .indonesian ? indonesian : english }

    /// The regions of a reference list in the plural: "provinsi" / "provinces".
    public func regions(of list: ReferenceCodeList) -> String {
        switch list {
        case .provinceBPS, .provinceKemendagri: say("provinsi", "provinces")
        case .regencyBPS, .regencyKemendagri: say("kabupaten/kota", "regencies and cities")
        }
    }

    /// Amounts in rupiah that the data gives to the sen, printed to the rupiah: "Angka rupiah dibulatkan ke rupiah
    /// terdekat." (a decree sets Kota Bandung's UMK 2023 at Rp4.048.462,69; proof-reading 20).
    public var currencyRounded: String {
        say("Angka rupiah dibulatkan ke rupiah terdekat.", "Rupiah amounts are rounded to the nearest rupiah.")
    }

    /// The same, for a figure whose amounts a reader may subtract (a table, bars), and which says that the publication's
    /// differences are taken from the printed amounts: "kenaikan 214.150" between two printed wages, where the decree's
    /// sen give 214.150,66 (proof-reading 45). It names the text: "selisih dihitung …" alone was read as a column of
    /// differences the table lacks (proof-reading 54). Maps keep the shorter note: their legends give classes, not amounts.
    public var currencyRoundedWithDifferences: String {
        say("Angka rupiah dibulatkan ke rupiah terdekat; selisih yang disebut dalam teks dihitung dari angka yang telah dibulatkan.",
            "Rupiah amounts are rounded to the nearest rupiah; differences given in the text are computed from the rounded amounts.")
    }

    /// A few regions missing by name: "Data untuk Papua Barat dan Papua Selatan tidak tersedia." /
    /// "No data for Papua Barat and Papua Selatan."
    public func missingRegions(_ names: [String]) -> String {
        let list = joined(names)
        return say("Data untuk \(list) tidak tersedia.", "No data for \(list).")
    }

    /// Many regions missing, by count: "Data hanya tersedia untuk 13 dari 38 provinsi." /
    /// "Data are available for only 13 of 38 provinces."
    public func regionsShown(_ shown: Int, of count: Int, regions: String) -> String {
        say("Data hanya tersedia untuk \(shown) dari \(count) \(regions).", "Data are available for only \(shown) of \(count) \(regions).")
    }

    /// The parts a pie shows fall short of the data's whole: "Rincian yang tercantum berjumlah 200.000 dari Indonesia
    /// 274.965; selisihnya ditampilkan sebagai Lainnya."
    public func partsShortShownAsOther(parts: String, whole: String, wholeName: String, other: String) -> String {
        say("Rincian yang tercantum berjumlah \(parts) dari \(wholeName) \(whole); selisihnya ditampilkan sebagai \(other).",
            "The parts listed add up to \(parts) of \(wholeName) \(whole); the difference is shown as \(other).")
    }

    /// The rows a table lists fall short of the data's whole: "Rincian yang tercantum berjumlah 200.000 dari
    /// Indonesia 274.965; sisanya tidak dirinci dalam sumber."
    public func partsShort(parts: String, whole: String, wholeName: String) -> String {
        say("Rincian yang tercantum berjumlah \(parts) dari \(wholeName) \(whole); sisanya tidak dirinci dalam sumber.",
            "The parts listed add up to \(parts) of \(wholeName) \(whole); the rest is not itemised in the source.")
    }

    /// The row of a table's `baris-sisa`, the regions it does not list: "Provinsi lainnya" / "Other provinces".
    public func otherRegions(_ regions: String) -> String {
        say("\(regions.prefix(1).uppercased() + regions.dropFirst()) lainnya", "Other \(regions)")
    }

    /// The note under a table with a `baris-sisa` row, which is derived, not the source's: "Provinsi lainnya adalah
    /// selisih Indonesia dengan jumlah 13 provinsi yang tercantum, dihitung penyusun; sumber tidak merincinya." /
    /// "Other provinces is Indonesia less the sum of the 13 provinces listed, computed for this table; the source does
    /// not itemise them." `row` is the row's name without its count ("Provinsi lainnya").
    /// With `split` (a list of the `first` largest and the `last` smallest, or the other way round): "Provinsi lainnya
    /// adalah Indonesia dikurangi 13 provinsi yang tercantum (10 terbesar dan 3 terkecil), dihitung penyusun."
    public func restDerived(_ row: String, wholeName: String, listed: Int, regions: String?,
                            split: (first: Int, last: Int, largestFirst: Bool)? = nil) -> String {
        guard let regions else {
            return say("\(row) adalah selisih \(wholeName) dengan jumlah rincian yang tercantum, dihitung penyusun; sumber tidak merincinya.",
                       "\(row) is \(wholeName) less the sum of the parts listed, computed for this table; the source does not itemise it.")
        }
        if let split {
            let (large, small) = split.largestFirst ? (split.first, split.last) : (split.last, split.first)
            let parts = split.largestFirst ? say("\(large) terbesar dan \(small) terkecil", "the \(large) largest and the \(small) smallest")
                                           : say("\(small) terkecil dan \(large) terbesar", "the \(small) smallest and the \(large) largest")
            return say("\(row) adalah \(wholeName) dikurangi \(listed) \(regions) yang tercantum (\(parts)), dihitung penyusun.",
                       "\(row) is \(wholeName) less the \(listed) \(regions) listed (\(parts)), computed for this table.")
        }
        return say("\(row) adalah selisih \(wholeName) dengan jumlah \(listed) \(regions) yang tercantum, dihitung penyusun; sumber tidak merincinya.",
                   "\(row) is \(wholeName) less the sum of the \(listed) \(regions) listed, computed for this table; the source does not itemise them.")
    }

    /// The parts exceed the data's whole (they overlap, or come from another source): "Rincian berjumlah 300.000,
    /// lebih besar dari Indonesia 274.965."
    public func partsExceed(parts: String, whole: String, wholeName: String) -> String {
        say("Rincian berjumlah \(parts), lebih besar dari \(wholeName) \(whole).",
            "The parts add up to \(parts), more than \(wholeName) \(whole).")
    }

    /// A whole's row (*baris-agregat*) has no figure in some columns: "Angka Jawa Barat untuk 2022 tidak tersedia
    /// pada sumber data." / "The source data give no figure for Jawa Barat for 2022."; with why, when the data the row
    /// reads begin later (`dataBegin`): "Angka Jawa Barat untuk Agustus 2022 tidak tersedia pada data yang digunakan,
    /// yang dimulai Februari 2023." / "… for August 2022, as the series used for Jawa Barat begins in February 2023."
    public func wholeNotInData(_ name: String, columns: [String], dataBegin: String? = nil) -> String {
        let list = joined(columns)
        guard let dataBegin else {
            return say("Angka \(name) untuk \(list) tidak tersedia pada sumber data.", "The source data give no figure for \(name) for \(list).")
        }
        // Proof-reading 41: "karena seri … yang dipakai baru dimulai" read as a note from the data pipeline.
        return say("Angka \(name) untuk \(list) tidak tersedia pada data yang digunakan, yang dimulai \(dataBegin).",
                   "The source data give no figure for \(name) for \(list), as the series used for \(name) begins in \(dataBegin).")
    }

    /// "A dan B", "A, B, dan C" / "A and B", "A, B, and C" (``NarrativeVocabulary/list(_:and:)``).
    public func joined(_ names: [String]) -> String {
        NarrativeVocabulary.list(names, and: say("dan", "and"))
    }
}

extension AggregateVocabulary {
    /// The note of a figure that leaves a doubtful value out (`diragukan:`; the figure prints "d" in its place and
    /// the legend of symbols says what "d" means): "Angka Kota Sukabumi 2023 belum dapat disajikan karena angka dalam
    /// sumber sama persis dengan …". The reason is the metadata's Indonesian: an English note does not mix the two.
    public func doubtfulLeftOut(_ what: String, reason: String) -> String {
        say("Angka \(what) belum dapat disajikan karena \(reason).", "The figure for \(what) is not shown, as the source's figure is doubtful.")
    }
}
