import SajianForms
import SajianBind
import SajianGeo
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

final class MapBindingTests: XCTestCase {
    private func map(_ figure: BoundFigure, file: StaticString = #filePath, line: UInt = #line) throws -> MapData {
        guard let map = figure.body as? MapData else {
            XCTFail("figure `\(figure.id)` is not bound as a map", file: file, line: line)
            throw TestSupport.Failure("figure `\(figure.id)` is not a map")
        }
        return map
    }

    func testNationalMapClassesLegendAndNotes() throws {
        let (figure, warnings) = try MapFixtures.bind(MapFixtures.tptMapYAML)
        let map = try self.map(figure)
        XCTAssertEqual(figure.components.kind, .map)
        XCTAssertEqual(figure.components.label(in: figure.vocabulary), "Peta 1")
        XCTAssertEqual(map.regions.count, 38, "one region per province of the bundled file")
        // Fisher–Jenks on the 38 provinces (mapclassify.FisherJenks(k=5): 1,79 | 3,48 | 4,20 | 5,14 | 6,75); limits as
        // printed, each class starting one hundredth above the last.
        XCTAssertEqual(map.classes.map(\.label), ["1,32 – 1,79", "1,80 – 3,48", "3,49 – 4,20", "4,21 – 5,14", "5,15 – 6,75"])
        XCTAssertEqual(map.classes.map(\.count), [2, 9, 11, 5, 11])
        XCTAssertFalse(map.hasNoData)
        XCTAssertEqual(map.legendTitle, "Tingkat Pengangguran Terbuka (persen)")
        XCTAssertEqual(map.shortLegendTitle, "TPT (persen)", "from the measure's `singkatan:`")
        XCTAssertEqual(map.coordinateSystem, "Proyeksi Mercator, datum WGS 84")
        let jabar = try XCTUnwrap(map.regions.first { $0.code == "32" })
        XCTAssertEqual(jabar.value, .number(6.75))
        XCTAssertEqual(jabar.classIndex, 4)
        XCTAssertEqual(figure.components.notes.map(\.text), [
            "Batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), kode wilayah menurut Kepmendagri Nomor 300.2.2-2430 Tahun 2025, "
                + "asal geometri tidak dinyatakan, disederhanakan oleh Sajian (0,01°); bukan batas resmi; negara tetangga: Natural Earth.",
        ])
        XCTAssertEqual(warnings.map(\.message), [])
    }

    /// Issue 14: every polygon is coloured with its own province's value, and the lowest, Papua Pegunungan (1,32),
    /// is in the lowest class and named in the alt text; nothing is drawn within the province it was split from.
    func testEveryProvinceIsDrawnWithItsOwnValue() throws {
        let map = try self.map(MapFixtures.tptMap())
        let published = try String(contentsOfFile: TestSupport.path("Datasets/tpt-provinsi.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count > 4 && $0[2] == "2024-08" && $0[0] != "00" }
        XCTAssertEqual(published.count, 38)
        for row in published {
            let region = try XCTUnwrap(map.regions.first { $0.code == row[0] }, row[1])
            XCTAssertEqual(region.value, .number(Double(row[4])!), row[1])
        }
        XCTAssertEqual(map.boundaries.regions.count, 38)
        let pegunungan = try XCTUnwrap(map.regions.first { $0.code == "97" })
        XCTAssertEqual(pegunungan.name, "Papua Pegunungan")
        XCTAssertEqual(pegunungan.classIndex, 0)
        XCTAssertEqual(map.regions.filter { $0.classIndex == 0 }.map(\.name), ["Bali", "Papua Pegunungan"])
        let alt = map.altText(title: "Peta 1. TPT", locale: .indonesian)
        XCTAssertTrue(alt.contains("terendah Papua Pegunungan, 1,32"), alt)
    }

    func testKalimantanUtaraIsHighlightedAsItself() throws {
        // The Kalimantan Utara booklet: its map outlines Kalimantan Utara's own polygon, and the index map names it.
        let (figure, warnings) = try MapFixtures.bind(MapFixtures.tptMapYAML + "\nsorot: \"65\"")
        let map = try self.map(figure)
        XCTAssertEqual(map.regions.filter(\.isHighlighted).map(\.name), ["Kalimantan Utara"])
        XCTAssertEqual(map.boundaries.insetHighlightName, "Kalimantan Utara")
        XCTAssertEqual(warnings.map(\.message), [])
        XCTAssertEqual(figure.components.notes.count, 1, "only the keterangan riwayat peta")
    }

    /// A boundary file of the user's that lacks a province (one drawn before 2012) never colours the parent with it:
    /// Kalimantan Utara is listed as not drawn, Kalimantan Timur keeps its own value.
    func testAProvinceTheUsersFileLacksIsListedNotDrawnInItsParent() throws {
        let folder = TestSupport.temporaryDirectory("batas-lama")
        let all = try String(contentsOfFile: TestSupport.path("Datasets/batas-provinsi.geojson"), encoding: .utf8)
        let kept = all.split(separator: "\n").filter { !$0.contains("\"kode_bps\":\"65\"") }.joined(separator: "\n")
        try kept.write(toFile: folder + "/lama.geojson", atomically: true, encoding: .utf8)
        let (figure, warnings) = try MapFixtures.bind(MapFixtures.tptMapYAML + "\nbatas: lama.geojson\nriwayat-batas: batas wilayah uji",
                                                      template: folder + "/uji.yaml")
        let map = try self.map(figure)
        XCTAssertEqual(map.regions.first { $0.code == "64" }?.value, .number(5.14))
        XCTAssertFalse(map.regions.contains { $0.code == "65" })
        XCTAssertEqual(figure.components.notes.map(\.text).first, "Tidak tergambar karena tidak ada batas wilayahnya: Kalimantan Utara (3,90).")
        XCTAssertTrue(warnings.contains { $0.message.hasPrefix("1 region of the data matches no boundary in lama.geojson by `kode_bps`: Kalimantan Utara") },
                      warnings.map(\.message).joined(separator: "\n"))
    }

    /// `batas: kabupaten-kota`: the bundled kabupaten/kota of the data's province, joined by BPS code; the provinces
    /// around it muted and Jawa Barat located in the index map.
    func testKabupatenKotaMapOfJawaBaratFromTheBundledFile() throws {
        let (figure, warnings) = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML)
        let map = try self.map(figure)
        XCTAssertEqual(warnings.map(\.message), [])
        XCTAssertEqual(map.regions.count, 27)
        XCTAssertEqual(map.regions.filter { $0.classIndex != nil }.count, 27)
        XCTAssertEqual(map.regions.first { $0.code == "3277" }?.value, .number(8.97))
        XCTAssertEqual(map.regions.first { $0.code == "3277" }?.name, "Kota Cimahi")
        XCTAssertEqual(map.boundaries.insetHighlightName, "Jawa Barat")
        XCTAssertEqual(map.boundaries.context.count, 17 + 38, "neighbouring countries and the provinces, muted")
        XCTAssertEqual(figure.components.notes.map(\.text), [
            "Batas wilayah dari cahyadsn/wilayah_boundaries (MIT, © 2024 Cahya DSN), kode wilayah menurut Kepmendagri Nomor 300.2.2-2430 Tahun 2025, "
                + "asal geometri tidak dinyatakan, disederhanakan oleh Sajian (0,01°); bukan batas resmi; negara tetangga: Natural Earth.",
        ])
        XCTAssertTrue(map.altText(title: "Peta 1", locale: .indonesian).contains("Tertinggi Kota Cimahi, 8,97 persen"))
    }

    /// Data with Kemendagri codes join on the file's `kode_kemendagri` (Jawa Barat's are the BPS digits, `32.01` = 3201).
    func testKabupatenKotaMapJoinsOnKemendagriCodesWhenTheDataUsesThem() throws {
        let (figure, warnings) = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML + "\ndaftar-kode: kemendagri")
        let map = try self.map(figure)
        XCTAssertEqual(warnings.map(\.message), [])
        XCTAssertEqual(map.regions.filter { $0.classIndex != nil }.count, 27)
        XCTAssertEqual(map.regions.first { $0.name == "Kabupaten Pangandaran" }?.value, .number(1.58))
    }

    private func classified(_ classification: String) throws -> MapData {
        try map(MapFixtures.bind(MapFixtures.tptMapYAML.replacingOccurrences(of: "klasifikasi: { metode: jenks, kelas: 5 }", with: classification)).figure)
    }

    func testQuantileEqualIntervalAndManualClasses() throws {
        let quantile = try classified("klasifikasi: { metode: kuantil, kelas: 4 }")
        XCTAssertEqual(quantile.classes.count, 4)
        XCTAssertEqual(quantile.classes.map(\.count), [10, 11, 7, 10], "mapclassify.Quantiles(k=4).counts on the same 38 values")
        let manual = try classified("klasifikasi: { metode: manual, batas: [3, 4, 5, 6] }")
        XCTAssertEqual(manual.classes.map(\.label), ["1,32 – 3,00", "3,01 – 4,00", "4,01 – 5,00", "5,01 – 6,00", "6,01 – 6,75"])
        let equal = try classified("klasifikasi: { metode: interval-sama, kelas: 3 }\nwarna: divergen")
        XCTAssertEqual(equal.classes.map(\.label), ["1,32 – 3,13", "3,14 – 4,94", "4,95 – 6,75"])
        XCTAssertEqual(equal.ramp, .diverging)
    }

    /// The map says how its classes were made, after its coordinate system, in the map's language.
    func testTheMapNamesTheClassificationMethod() throws {
        let system = "Proyeksi Mercator, datum WGS 84; "
        for (classification, method) in [("klasifikasi: { metode: kuantil, kelas: 4 }", "kelas: kuantil"),
                                          ("klasifikasi: { metode: interval-sama, kelas: 3 }", "kelas: interval\u{00A0}sama"),
                                          ("klasifikasi: { metode: manual, batas: [3, 4, 5, 6] }", "batas kelas ditetapkan\u{00A0}penyusun"),
                                          ("klasifikasi: { metode: jenks, kelas: 5 }", "kelas: jeda\u{00A0}alami (Jenks)")] {
            XCTAssertEqual(try classified(classification).coordinateSystemAndClassMethod, system + method, classification)
        }
        let english = try map(MapFixtures.bind(MapFixtures.tptMapYAML, english: true).figure)
        XCTAssertEqual(english.coordinateSystemAndClassMethod, "Mercator projection, datum WGS 84; classes: natural breaks (Jenks)")
    }

    /// A turn finer than printed is the printed value, as the regions are classed: 4,916 is 4,92, not 4,91.
    func testAMidpointIsRoundedAsPrinted() throws {
        let map = try classified("klasifikasi: { metode: manual, batas: [3.91, 5.91] }\nwarna: divergen\ntitik-tengah: 4.916")
        XCTAssertTrue(map.classes.map(\.label).contains { $0.hasSuffix(" – 4,92") }, "\(map.classes.map(\.label))")
    }

    /// `nilai-acuan:` (a kabupaten/kota map's province, proof-reading 24: the booklets' legend did not mark Jawa Barat's
    /// 6,75) becomes a class limit as printed, and its class says so; a value outside the values drawn is a warning.
    func testAReferenceValueEndsAClassMarkedWithItsLabel() throws {
        let map = try classified("klasifikasi: { metode: manual, batas: [3.91, 5.91] }\nnilai-acuan: { nilai: 4.504, label: Acuan }")
        XCTAssertEqual(map.classes.map(\.label), ["1,32 – 3,91", "3,92 – 4,50 (Acuan)", "4,51 – 5,91", "5,92 – 6,75"])
        XCTAssertNil(map.classesBelowMidpoint)
        // A note says what the mark means, and the CSV gives the value as a chart's reference line.
        XCTAssertTrue(map.notes.contains("Batas atas kelas 3,92 – 4,50 adalah angka Acuan (4,50 persen)."), "\(map.notes)")
        let table = map.dataTable()
        XCTAssertEqual(Array(table.headings.suffix(2)), ["label_acuan", "nilai_acuan (persen)"])
    }

    /// `titik-tengah: acuan`: the ramp turns at the map's `nilai-acuan`, whose class is marked with its label; the
    /// diverging note names it, and no second note explains the mark (proof-reading 26).
    func testDivergingRampTurnsAtTheReferenceValue() throws {
        let map = try classified("klasifikasi: { metode: manual, batas: [3.91, 5.91] }\nnilai-acuan: { nilai: 4.504, label: Acuan }\n"
                                 + "warna: divergen\ntitik-tengah: acuan")
        XCTAssertEqual(map.classes.map(\.label), ["1,32 – 3,91", "3,92 – 4,50 (Acuan)", "4,51 – 5,91", "5,92 – 6,75"])
        XCTAssertEqual(map.classesBelowMidpoint, 2)
        XCTAssertEqual(map.notes.first, "Warna biru untuk nilai sampai dengan angka Acuan (4,50 persen), jingga hingga cokelat untuk nilai di "
                       + "atasnya; di tiap sisi, makin tua warnanya, makin jauh nilainya dari angka itu.")
        XCTAssertFalse(map.notes.contains { $0.hasPrefix("Batas atas kelas") }, "\(map.notes)")
        XCTAssertThrowsError(try MapFixtures.bind(MapFixtures.tptMapYAML + "\nwarna: divergen\ntitik-tengah: acuan")) { error in
            XCTAssertTrue("\(error)".contains("`titik-tengah: acuan` turns the ramp at the map's `nilai-acuan`, which this map has not"), "\(error)")
        }
    }

    func testDivergingRampTurnsAtTheNationalFigure() throws {
        let map = try classified("klasifikasi: { metode: jenks, kelas: 4 }\nwarna: divergen\ntitik-tengah: nasional")
        // Jenks limits on the 38 provinces (mapclassify.FisherJenks(k=4): 1,79 | 3,48 | 5,14 | 6,75) and the national
        // TPT 4,91 as a further limit.
        // The class ending at it says so, in the legend and the alt text (proof-reading 24).
        XCTAssertEqual(map.classes.map(\.label), ["1,32 – 1,79", "1,80 – 3,48", "3,49 – 4,91 (nasional)", "4,92 – 5,14", "5,15 – 6,75"])
        XCTAssertEqual(map.classesBelowMidpoint, 3)
        // The alt text says how many provinces lie above the figure the colours turn at (proof-reading 44): the 12
        // above 4,91 (Aceh, Sumatera Utara, Sumatera Barat, Kepulauan Riau, DKI Jakarta, Jawa Barat, Banten,
        // Kalimantan Timur, Sulawesi Utara, Maluku, Papua Barat Daya, Papua).
        XCTAssertTrue(map.altText(title: "Peta 1", locale: .indonesian).hasSuffix(" 12 dari 38 provinsi berada di atas angka Indonesia (4,91 persen)."),
                      map.altText(title: "Peta 1", locale: .indonesian))
        XCTAssertTrue(map.altText(title: "Map 1", locale: .english).hasSuffix(" 12 of 38 provinces above the figure of Indonesia (4,91 percent)."),
                      map.altText(title: "Map 1", locale: .english))
        let (figure, _) = try MapFixtures.bind(MapFixtures.tptMapYAML.replacingOccurrences(of: "klasifikasi: { metode: jenks, kelas: 5 }",
                                                                                           with: "warna: divergen\ntitik-tengah: nasional"))
        // The darker a class the farther it is from the turn; with three classes below and two above, the darkest
        // orange is a mid orange, not brown (proof-reading 26; proof-reading 17 asked for "hingga cokelat" where it is).
        XCTAssertEqual(figure.components.notes.map(\.text).first, "Warna biru untuk nilai sampai dengan angka nasional (4,91 persen), jingga "
                       + "untuk nilai di atasnya; di tiap sisi, makin tua warnanya, makin jauh nilainya dari angka itu.")
        XCTAssertFalse(MapColors.darkestAbovePrintsBrown(count: 5, below: 3))
        XCTAssertTrue(MapColors.darkestAbovePrintsBrown(count: 4, below: 2), "2 + 2: the darkest orange at grey 0,34")
        XCTAssertTrue(MapColors.darkestAbovePrintsBrown(count: 5, below: 2))
        XCTAssertTrue(MapColors.darkestAbovePrintsBrown(count: 7, below: 4), "4 + 3: grey 0,43")
        XCTAssertEqual(MapVocabulary.indonesian.diverging("5", 1, 1, false), "Warna biru untuk nilai sampai dengan 5, jingga untuk nilai di atasnya.")
        XCTAssertThrowsError(try MapFixtures.bind(MapFixtures.tptMapYAML + "\ntitik-tengah: 5")) { error in
            XCTAssertTrue("\(error)".contains("`titik-tengah` is where a diverging ramp turns"), "\(error)")
        }
    }

    func testHighlightedProvinceAndMissingData() throws {
        let map = try self.map(MapFixtures.bind(MapFixtures.tptMapYAML + "\nsorot: \"63\"").figure)
        XCTAssertEqual(map.regions.filter(\.isHighlighted).map(\.name), ["Kalimantan Selatan"])
        // 2023: BPS lists only the 34 older provinces, so the four 2022 Papua provinces have no data.
        let older = try self.map(MapFixtures.bind(MapFixtures.tptMapYAML.replacingOccurrences(of: "2024-08", with: "2023-08")).figure)
        XCTAssertEqual(older.regions.filter { $0.classIndex == nil }.map(\.name), ["Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"])
        // Filtering provinces away leaves boundaries without data: "Tidak ada data", reported as a warning.
        let (partial, warnings) = try MapFixtures.bind(MapFixtures.tptMapYAML.replacingOccurrences(of: "{ periode: 2024-08 }",
                                                                                                   with: "{ periode: 2024-08, kode_wilayah: [31, 32, 33, 34, 35, 36] }"))
        let partialMap = try self.map(partial)
        XCTAssertTrue(partialMap.hasNoData)
        XCTAssertEqual(partialMap.regions.filter { $0.classIndex != nil }.count, 6)
        XCTAssertTrue(warnings.contains { $0.message.contains("32 boundaries in batas-provinsi.geojson match no region of the data and are shown as \"Tidak ada data\": Aceh, Sumatera Utara") },
                      warnings.map(\.message).joined(separator: "\n"))
    }

    func testUserBoundariesWithoutHistoryAreRefusedAsAMissingComponent() throws {
        XCTAssertThrowsError(try MapFixtures.tptMap("batas: ../Datasets/batas-provinsi.geojson")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("peta-tematik `peta-tpt` lacks its keterangan riwayat peta (`riwayat-batas`), a mandatory component under PER.03/MEN/II/2009 Pasal 8"), text)
        }
        let map = try self.map(MapFixtures.tptMap("batas: ../Datasets/batas-provinsi.geojson\nriwayat-batas: batas wilayah diuji"))
        XCTAssertEqual(map.regions.count, 55, "a user file's every feature is a region (here 38 provinces and 17 countries)")
        XCTAssertThrowsError(try MapFixtures.tptMap("batas: tidak-ada.gpkg\nriwayat-batas: uji")) { error in
            XCTAssertTrue("\(error)".contains("cannot read the boundary file"), "\(error)")
        }
    }

    func testMapWithoutMeasureIsRefused() throws {
        XCTAssertThrowsError(try MapFixtures.bind(MapFixtures.tptMapYAML.replacingOccurrences(of: "nilai: tpt\n", with: ""))) { error in
            XCTAssertTrue("\(error)".contains("lacks its isi peta (nilai)"), "\(error)")
        }
    }
}

/// A kabupaten/kota map of one province from a boundary file the user supplies (Shapefile-style Kemendagri codes
/// with dots). Geometry and values are made up for the test (the dataset is marked illustrative).
final class RegionalMapTests: XCTestCase {
    private func square(_ x: Double, _ y: Double) -> String {
        "[[[\(x),\(y)],[\(x + 0.5),\(y)],[\(x + 0.5),\(y + 0.5)],[\(x),\(y + 0.5)],[\(x),\(y)]]]"
    }

    /// A dataset of four kabupaten, and four square boundaries (Bandung without data, 3299 without a boundary).
    private func makeFolder(values: [String] = ["1.5", "2.5", "3.5", "4.5"], unit: String = "persen", threshold: String = "") throws -> String {
        let folder = TestSupport.temporaryDirectory("regional")
        try """
            kode_wilayah,wilayah,periode,indikator,nilai
            3201,Kabupaten Bogor,2024,nilai_uji,\(values[0])
            3202,Kabupaten Sukabumi,2024,nilai_uji,\(values[1])
            3203,Kabupaten Cianjur,2024,nilai_uji,\(values[2])
            3299,Kabupaten Tanpa Batas,2024,nilai_uji,\(values[3])
            """.write(toFile: folder + "/uji-kabupaten.csv", atomically: true, encoding: .utf8)
        try """
            id: uji-kabupaten
            judul: Uji kabupaten
            berkas: uji-kabupaten.csv
            produsen: Uji
            sumber: Uji
            klasifikasi: publik
            ilustratif: ya
            dimensi:
              kode_wilayah: {}
              wilayah: {}
              periode: { jenis: tahun }
            \(threshold)
            ukuran:
              nilai_uji: { nama: Nilai uji, satuan: \(unit), desimal: 1 }
            """.write(toFile: folder + "/uji-kabupaten.yaml", atomically: true, encoding: .utf8)
        let features = [("32.01", "Bogor", 106.5), ("32.02", "Sukabumi", 107.0), ("32.03", "Cianjur", 107.5), ("32.04", "Bandung", 108.0)]
            .map { code, name, x in
                "{\"type\":\"Feature\",\"properties\":{\"KDPKAB\":\"\(code)\",\"WADMKK\":\"\(name)\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":\(square(x, -7.2))}}"
            }
        try "{\"type\":\"FeatureCollection\",\"features\":[\(features.joined(separator: ","))]}".write(toFile: folder + "/kabupaten.geojson", atomically: true, encoding: .utf8)
        return folder
    }

    private func bindRegional(_ folder: String) throws -> (figure: BoundFigure, warnings: [Diagnostic]) {
        try MapFixtures.bind("""
            jenis: peta-tematik
            judul: Uji kabupaten
            data: uji-kabupaten
            nilai: nilai_uji
            batas: kabupaten.geojson
            riwayat-batas: batas wilayah uji, dibuat untuk pengujian
            kolom-batas: KDPKAB
            klasifikasi: { metode: interval-sama, kelas: 3 }
            sumber: Uji
            """, datasets: folder, template: folder + "/uji.yaml")
    }

    func testKabupatenMapJoinsByCodeAndLocatesTheProvinceInTheInset() throws {
        let (figure, warnings) = try bindRegional(makeFolder())
        guard let map = figure.body as? MapData else { return XCTFail() }
        XCTAssertEqual(map.regions.map(\.name), ["Kabupaten Bogor", "Kabupaten Sukabumi", "Kabupaten Cianjur", "Bandung"])
        XCTAssertEqual(map.regions.map(\.classIndex), [0, 1, 2, nil], "Bandung has no data")
        XCTAssertTrue(map.hasNoData)
        let messages = warnings.map(\.message).joined(separator: "\n")
        XCTAssertTrue(messages.contains("1 region of the data matches no boundary in kabupaten.geojson by `KDPKAB`: Kabupaten Tanpa Batas"), messages)
        XCTAssertTrue(messages.contains("1 boundary in kabupaten.geojson matches no region of the data and is shown as \"Tidak ada data\": Bandung"), messages)
        XCTAssertTrue(figure.components.notes.map(\.text).contains("Tidak tergambar karena tidak ada batas wilayahnya: Kabupaten Tanpa Batas (4,5)."), "\(figure.components.notes.map(\.text))")
        XCTAssertTrue(figure.components.notes.map(\.text).contains("Batas wilayah uji, dibuat untuk pengujian."), "\(figure.components.notes.map(\.text))")
        let set = map.boundaries
        XCTAssertEqual(set.insetHighlightName, "Jawa Barat", "the inset shows where the province lies in Indonesia")
        XCTAssertNotNil(set.insetFrame)
        XCTAssertFalse(set.context.isEmpty, "neighbouring provinces are drawn muted")
    }
}

extension RegionalMapTests {
    /// Small counts are withheld as in every other figure: they get no class and no colour, and the legend says so.
    func testSmallCountsAreWithheldOnTheMap() throws {
        let folder = try makeFolder(values: ["3", "120", "250", "80"], unit: "orang", threshold: "ambang-sel-kecil: 5")
        let (figure, _) = try bindRegional(folder)
        guard let map = figure.body as? MapData else { return XCTFail() }
        XCTAssertEqual(map.regions[0].value, .withheld)
        XCTAssertNil(map.regions[0].classIndex)
        XCTAssertEqual(map.noDataLabel, "Tidak ada data atau dirahasiakan (x)")
        XCTAssertFalse(figure.components.altText.contains("3,0"), "the withheld count reaches no text")
        XCTAssertEqual(figure.symbolsUsed, [.withheld], "the footer explains x")
    }

    /// Proof-reading 18: a doubtful value withdrawn (`diragukan:`) fell into "Tidak ada data", while the footer's
    /// legend of symbols said "d = data belum dapat disajikan": the figure exists. The legend's entry names each kind
    /// of region the map leaves without a class, and only those.
    func testAWithdrawnDoubtfulValueIsNotCalledMissingInTheLegend() throws {
        let doubt = """
            diragukan:
              - kode_wilayah: ["3202"]
                periode: [2024]
                alasan: angka uji diragukan
            """
        let folder = try makeFolder(threshold: doubt)
        let (figure, _) = try bindRegional(folder)
        guard let map = figure.body as? MapData else { return XCTFail() }
        XCTAssertEqual(map.regions[1].value, .notPresentable)
        XCTAssertNil(map.regions[1].classIndex)
        // Kabupaten Bandung's boundary has no data: both kinds are named.
        XCTAssertEqual(map.noDataLabel, "Tidak ada data atau belum dapat disajikan (d)")
        XCTAssertEqual(figure.symbolsUsed, [.notPresentable], "the footer explains d")

        let words = MapVocabulary.indonesian
        XCTAssertEqual(words.unclassedLabel(hasMissing: false, hasWithdrawn: true, hasWithheld: false), "Data belum dapat disajikan (d)")
        XCTAssertEqual(words.unclassedLabel(hasMissing: false, hasWithdrawn: false, hasWithheld: true), "Data dirahasiakan (x)")
        XCTAssertEqual(words.unclassedLabel(hasMissing: true, hasWithdrawn: true, hasWithheld: true),
                       "Tidak ada data, belum dapat disajikan (d), atau dirahasiakan (x)")
        XCTAssertEqual(words.unclassedLabel(hasMissing: true, hasWithdrawn: false, hasWithheld: false), "Tidak ada data")
        XCTAssertEqual(MapVocabulary.english.unclassedLabel(hasMissing: true, hasWithdrawn: true, hasWithheld: true),
                       "No data, withdrawn as doubtful (d), or withheld (x)")
    }
}
