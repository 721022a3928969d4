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

    /// PUEBI: a number that can be written in one or two words is written in words in text (the ranks at the ends,
    /// "tertinggi kedua", use these).
    func testIndonesianOrdinalsFollowPUEBI() {
        XCTAssertEqual([1, 2, 6, 10, 11, 12, 14, 19, 20, 21, 27, 30, 38, 100, 101, 125].map(NarrativeVocabulary.indonesianOrdinal),
                       ["pertama", "kedua", "keenam", "kesepuluh", "kesebelas", "kedua belas", "keempat belas", "kesembilan belas",
                        "kedua puluh", "ke-21", "ke-27", "ketiga puluh", "ke-38", "keseratus", "keseratus satu", "ke-125"])
    }

    /// Proof-reading 17: every place is counted from its nearer end ("tertinggi ke-29 dari 38 provinsi dan lebih rendah
    /// daripada TPT nasional" read oddly beside "terendah kedelapan" two places lower); the middle of an odd count from
    /// the highest. Proof-reading 15: ordinals under ten in words, from ten in figures, wherever the place is.
    func testRanksCountEveryPlaceFromItsNearerEnd() {
        let id = NarrativeVocabulary.indonesian, en = NarrativeVocabulary.english
        let places = [1, 2, 5, 6, 9, 10, 19, 20, 29, 30, 33, 34, 37, 38]
        XCTAssertEqual(places.map { id.rank($0, fromBottom: 39 - $0, of: 38) }, [
            "tertinggi di antara 38 provinsi", "tertinggi kedua dari 38 provinsi", "tertinggi kelima dari 38 provinsi",
            "tertinggi keenam dari 38 provinsi", "tertinggi kesembilan dari 38 provinsi",
            "tertinggi ke-10 dari 38 provinsi", "tertinggi ke-19 dari 38 provinsi", "terendah ke-19 dari 38 provinsi",
            "terendah ke-10 dari 38 provinsi",
            "terendah kesembilan dari 38 provinsi", "terendah keenam dari 38 provinsi",
            "terendah kelima dari 38 provinsi", "terendah kedua dari 38 provinsi", "terendah di antara 38 provinsi",
        ])
        XCTAssertEqual(places.map { en.rank($0, fromBottom: 39 - $0, of: 38) }, [
            "the highest of 38 provinces", "2nd highest of 38 provinces", "5th highest of 38 provinces",
            "6th highest of 38 provinces", "9th highest of 38 provinces",
            "10th highest of 38 provinces", "19th highest of 38 provinces", "19th lowest of 38 provinces",
            "10th lowest of 38 provinces", "9th lowest of 38 provinces", "6th lowest of 38 provinces",
            "5th lowest of 38 provinces", "2nd lowest of 38 provinces", "the lowest of 38 provinces",
        ])
        // Ties: a place shared at an end keeps its end's word; one in the middle names the others before the direction.
        XCTAssertEqual(id.rank(5, fromBottom: 33, of: 38, tiedWith: ["DKI Jakarta"]), "tertinggi kelima dari 38 provinsi, sama dengan DKI Jakarta")
        XCTAssertEqual(id.rank(18, fromBottom: 19, of: 38, tiedWith: ["Jawa Timur", "Lampung"]),
                       "tertinggi ke-18 dari 38 provinsi, sama dengan Jawa Timur dan Lampung")
        XCTAssertEqual(en.rank(18, fromBottom: 19, of: 38, tiedWith: ["Jawa Timur", "Lampung"]),
                       "18th highest of 38 provinces, tied with Jawa Timur and Lampung")
        XCTAssertEqual(id.rank(34, fromBottom: 4, of: 38, tiedWith: ["Bali"]), "terendah keempat dari 38 provinsi, sama dengan Bali")
        // The upper half from the highest, the lower from the lowest, from ten in figures.
        XCTAssertTrue((10...19).allSatisfy { id.rank($0, fromBottom: 39 - $0, of: 38).hasPrefix("tertinggi ke-\($0) dari 38 provinsi") })
        XCTAssertTrue((20...29).allSatisfy { id.rank($0, fromBottom: 39 - $0, of: 38).hasPrefix("terendah ke-\(39 - $0) dari 38 provinsi") })
        // Of 27 kabupaten/kota the 14th is the middle, counted from the highest.
        XCTAssertEqual([6, 7, 10, 14, 15, 21, 22].map { id.rank($0, fromBottom: 28 - $0, of: 27, regencies: true) }, [
            "tertinggi keenam dari 27 kabupaten/kota", "tertinggi ketujuh dari 27 kabupaten/kota",
            "tertinggi ke-10 dari 27 kabupaten/kota", "tertinggi ke-14 dari 27 kabupaten/kota",
            "terendah ke-13 dari 27 kabupaten/kota", "terendah ketujuh dari 27 kabupaten/kota",
            "terendah keenam dari 27 kabupaten/kota",
        ])
        // Few regions: the nearer end names the place.
        XCTAssertEqual(id.rank(4, fromBottom: 3, of: 6, regencies: true), "terendah ketiga dari 6 kabupaten/kota")
    }

    /// Proof-reading 11, P-14: `{{ peringkat A B }}` says which side of the whole the region is on, after the rank and
    /// after a tie's names (closed by a comma, so that "dan" does not join the tied region to the whole).
    func testRankAgainstAWholeSaysAboveBelowOrLevel() {
        let id = NarrativeVocabulary.indonesian, en = NarrativeVocabulary.english
        let national = id.whole("TPT", region: nil)
        XCTAssertEqual(national, "TPT nasional")
        XCTAssertEqual(id.whole("TPT", region: "Jawa Barat"), "TPT Jawa Barat")
        XCTAssertEqual(id.rank(24, fromBottom: 15, of: 38, against: (national, "4,91 persen", .below)),
                       "terendah ke-15 dari 38 provinsi dan lebih rendah daripada TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(2, fromBottom: 37, of: 38, against: (national, "4,91 persen", .above)),
                       "tertinggi kedua dari 38 provinsi dan lebih tinggi daripada TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(14, fromBottom: 25, of: 38, against: (national, "4,91 persen", .level)),
                       "tertinggi ke-14 dari 38 provinsi dan sama dengan TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(3, fromBottom: 35, of: 38, tiedWith: ["Papua"], against: (national, "4,91 persen", .above)),
                       "tertinggi ketiga dari 38 provinsi, sama dengan Papua, dan lebih tinggi daripada TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(3, fromBottom: 25, of: 27, regencies: true, against: (id.whole("TPT", region: "Jawa Barat"), "6,75 persen", .above)),
                       "tertinggi ketiga dari 27 kabupaten/kota dan lebih tinggi daripada TPT Jawa Barat (6,75 persen)")
        XCTAssertEqual(en.rank(24, fromBottom: 15, of: 38, against: (en.whole("TPT", region: nil), "4.91 percent", .below)),
                       "15th lowest of 38 provinces and below the national TPT of 4.91 percent")
        // Proof-reading 21: a place counted from the highest below the whole is a contrast, said with "tetapi".
        XCTAssertEqual(id.rank(16, fromBottom: 23, of: 38, against: (national, "4,91 persen", .below)),
                       "tertinggi ke-16 dari 38 provinsi, tetapi lebih rendah daripada TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(18, fromBottom: 19, of: 38, tiedWith: ["Jawa Timur"], against: (national, "4,91 persen", .below)),
                       "tertinggi ke-18 dari 38 provinsi, sama dengan Jawa Timur, tetapi lebih rendah daripada TPT nasional (4,91 persen)")
        XCTAssertEqual(en.rank(16, fromBottom: 23, of: 38, against: (en.whole("TPT", region: nil), "4.91 percent", .below)),
                       "16th highest of 38 provinces, but below the national TPT of 4.91 percent")
    }

    /// Proof-reading 12, Q-9: at the very top "tertinggi … dan lebih tinggi daripada TPT nasional" said the same thing
    /// twice; the whole follows as an aside ("di atas", "di bawah"). Below the top, or on the unexpected side, the
    /// comparison is said in full.
    func testTheTopAndTheFootSetTheWholeAsAnAside() {
        let id = NarrativeVocabulary.indonesian, en = NarrativeVocabulary.english
        let national = id.whole("TPT", region: nil)
        XCTAssertEqual(id.rank(1, fromBottom: 38, of: 38, against: (national, "4,91 persen", .above)),
                       "tertinggi di antara 38 provinsi, di atas TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(38, fromBottom: 1, of: 38, against: (national, "4,91 persen", .below)),
                       "terendah di antara 38 provinsi, di bawah TPT nasional (4,91 persen)")
        XCTAssertEqual(id.rank(1, fromBottom: 27, of: 27, regencies: true, tiedWith: ["Kota Bogor"],
                               against: (id.whole("TPT", region: "Jawa Barat"), "6,75 persen", .above)),
                       "tertinggi di antara 27 kabupaten/kota, sama dengan Kota Bogor, di atas TPT Jawa Barat (6,75 persen)")
        XCTAssertEqual(en.rank(1, fromBottom: 38, of: 38, against: (en.whole("TPT", region: nil), "4.91 percent", .above)),
                       "the highest of 38 provinces, above the national TPT of 4.91 percent")
        // The top level with the whole (as printed) says so in full; so does the second place.
        XCTAssertEqual(id.rank(1, fromBottom: 3, of: 3, against: (national, "4,91 persen", .level)),
                       "tertinggi di antara 3 provinsi dan sama dengan TPT nasional (4,91 persen)")
        XCTAssertFalse(id.rank(2, fromBottom: 37, of: 38, against: (national, "4,91 persen", .above)).contains("di atas"))
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
