import SajianModel
import XCTest

/// The words and phrases Sajian writes, in both languages.
final class VocabularyTests: XCTestCase {
    func testEveryWordIsTranslatedUnlessBothLanguagesSpellItTheSame() {
        let english = Dictionary(uniqueKeysWithValues: Mirror(reflecting: Vocabulary.english).children.map { ($0.label!, "\($0.value)") })
        let same = Mirror(reflecting: Vocabulary.indonesian).children.filter { english[$0.label!] == "\($0.value)" }.map { $0.label! }
        XCTAssertEqual(same, ["rupiah"])
    }

    func testUnitsArePrintedInThePublicationsLanguage() {
        XCTAssertEqual(MeasureUnit.allPrinted.map { $0.name(in: .indonesian) },
                       ["persen", "persen poin", "orang", "ribu orang", "juta orang", "rupiah", "rupiah per bulan", "rupiah per jam"])
        XCTAssertEqual(MeasureUnit.allPrinted.map { $0.name(in: .english) },
                       ["percent", "percentage points", "persons", "thousand persons", "million persons", "rupiah", "rupiah per month", "rupiah per jam"])
        XCTAssertEqual(MeasureUnit.thousandPersons.name, "ribu orang", "metadata and machine exports keep the metadata's spelling")
    }

    func testEnglishOrdinals() {
        XCTAssertEqual([1, 2, 3, 4, 10, 11, 12, 13, 14, 21, 22, 23, 38, 101, 102, 111, 112, 113].map(NarrativeVocabulary.englishOrdinal),
                       ["1st", "2nd", "3rd", "4th", "10th", "11th", "12th", "13th", "14th", "21st", "22nd", "23rd", "38th",
                        "101st", "102nd", "111th", "112th", "113th"])
    }

    /// PUEBI: a number that can be written in one or two words is written in words in text; ranks follow it, so
    /// "keenam" never stands beside "ke-14" (proof-reading 6).
    func testIndonesianOrdinalsFollowPUEBI() {
        XCTAssertEqual([1, 2, 6, 10, 11, 12, 14, 19, 20, 21, 27, 30, 38, 100, 101, 125].map(NarrativeVocabulary.indonesianOrdinal),
                       ["pertama", "kedua", "keenam", "kesepuluh", "kesebelas", "kedua belas", "keempat belas", "kesembilan belas",
                        "kedua puluh", "ke-21", "ke-27", "ketiga puluh", "ke-38", "keseratus", "keseratus satu", "ke-125"])
        // Counted from the nearer end, a rank among 38 provinces or 27 kabupaten/kota never passes 19: every one in words.
        let id = NarrativeVocabulary.indonesian
        XCTAssertEqual(id.rank(14, fromBottom: 25, of: 38), "tertinggi keempat belas dari 38 provinsi")
        XCTAssertEqual(id.rank(16, fromBottom: 12, of: 27, regencies: true), "terendah kedua belas dari 27 kabupaten/kota")
        XCTAssertFalse((2...38).map { id.rank($0, fromBottom: 39 - $0, of: 38) }.contains { $0.contains("ke-") })
    }

    func testChangePhrasesInBothLanguages() {
        let id = NarrativeVocabulary.indonesian, en = NarrativeVocabulary.english
        XCTAssertEqual(id.unchanged(since: "Agustus 2023", earlier: "5,32 persen"), "sama dengan Agustus 2023 (5,32 persen)")
        XCTAssertEqual(en.unchanged(since: "August 2023", earlier: "5.32 percent"), "was unchanged from August 2023 (5.32 percent)")
        XCTAssertEqual(id.changed(rising: true, by: "1.234 orang", relative: "0,52 persen", since: "Agustus 2023", earlier: nil),
                       "naik 1.234 orang (0,52 persen) dibanding Agustus 2023")
        XCTAssertEqual(en.changed(rising: true, by: "1,234 persons", relative: "0.52 percent", since: "August 2023", earlier: nil),
                       "rose by 1,234 persons (0.52 percent) from August 2023")
        XCTAssertEqual(en.level(of: "TPT", region: nil, period: nil, value: "4.91 percent", change: en.notComparable),
                       "TPT was 4.91 percent; it cannot yet be compared with an earlier period.")
        XCTAssertEqual(en.aboveNational(1, of: 1, regional: false, measure: "TPT", national: "4.91 percent", period: nil),
                       "1 of 1 category recorded TPT above the national figure (4.91 percent).")
    }

    func testTableAltTextCountsRowsAndColumns() {
        XCTAssertEqual(AltTextVocabulary.indonesian.table("Upah", rows: 1_200, by: "provinsi", columns: 1),
                       "Tabel: Upah. 1.200 baris menurut provinsi, 1 kolom nilai.")
        XCTAssertEqual(AltTextVocabulary.english.table("Wages", rows: 1_200, by: "province", columns: 1),
                       "Table: Wages. 1,200 rows by province, 1 value column.")
        XCTAssertEqual(AltTextVocabulary.english.table("Wages", rows: 1, by: "province", columns: 2),
                       "Table: Wages. 1 row by province, 2 value columns.")
    }
}

private extension MeasureUnit {
    static let allPrinted: [MeasureUnit] = [.percent, .percentagePoints, .persons, .thousandPersons, .millionPersons, .rupiah,
                                            .rupiahPerMonth, .other("rupiah per jam")]
}
