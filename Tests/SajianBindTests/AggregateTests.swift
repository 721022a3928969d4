import SajianForms
import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// Totals stay totals (issue 12 part 4, issue 14 defects 7 and 10): an aggregate (Indonesia, a *Jumlah* row, a declared
/// `agregat:`) is no part in any form, and a figure that shows fewer regions than its reference list says so.
final class AggregateTests: XCTestCase {
    private func bind(_ figure: String, datasets: String = TestSupport.path("Datasets")) throws -> BoundFigure {
        try TemplateBinding.bind(TemplateBinding.template(figure: figure), datasets: datasets).figures[0]
    }

    /// A sector breakdown as a user's office writes it: the parts and a `Jumlah` row, and a region column with its name.
    /// Without `jumlah`, no whole: the parts alone.
    private func sectorFolder(jumlah: String? = "200", metadataExtra: String = "") throws -> String {
        let folder = TestSupport.temporaryDirectory("agregat")
        try ("""
            sektor,indikator,nilai
            Pertanian,pekerja,80
            Industri,pekerja,70
            Jasa,pekerja,50
            """ + (jumlah.map { "\nSemua sektor,pekerja,\($0)" } ?? "")).write(toFile: folder + "/sektor.csv", atomically: true, encoding: .utf8)
        try """
            id: sektor
            judul: Pekerja menurut sektor
            berkas: sektor.csv
            sumber: Uji
            klasifikasi: publik
            ilustratif: ya
            dimensi:
              sektor: { agregat: [Semua sektor] }
            ukuran:
              pekerja: { satuan: orang, desimal: 0 }
            \(metadataExtra)
            """.write(toFile: folder + "/sektor.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    // MARK: Metadata and the reference list

    func testAggregatesComeFromTheMetadataTheReferenceListAndTheNamesOfItsCodes() throws {
        let problems = DiagnosticCollector()
        let metadata = try XCTUnwrap(DatasetMetadataReader.read("""
            id: d
            judul: D
            sumber: Uji
            klasifikasi: publik
            dimensi:
              sektor: { agregat: [Semua sektor, Total] }
              kode_wilayah: { kode-referensi: provinsi-bps }
            ukuran:
              n: { satuan: orang }
            """, file: "d.yaml", problems: problems)).metadata
        XCTAssertEqual(problems.errors.map(\.description), [])
        XCTAssertEqual(metadata.aggregates, ["sektor": ["Semua sektor", "Total"]])

        let dataset = try DatasetDirectory(path: TestSupport.path("Datasets")).dataset("tpt-provinsi")
        let names = try XCTUnwrap(dataset.dimensionIndex("wilayah")), codes = try XCTUnwrap(dataset.dimensionIndex("kode_wilayah"))
        XCTAssertEqual(dataset.aggregates(ofDimension: codes), ["00"], "the national code of the province list")
        XCTAssertEqual(dataset.aggregates(ofDimension: names), ["Indonesia"], "the name of code 00, found through kode_wilayah")
        XCTAssertTrue(ReferenceCodeList.provinceBPS.isAggregate("00"))
        XCTAssertEqual(ReferenceCodeList.provinceBPS.regions.count, 38)
    }

    // MARK: Pie

    func testPieLeavesADeclaredWholeOutOfItsSlices() throws {
        let figure = try bind("""
            jenis: grafik-lingkaran
            judul: Pekerja menurut sektor
            data: sektor
            kategori: sektor
            nilai: pekerja
            sumber: Uji
            """, datasets: try sectorFolder())
        let pie = try XCTUnwrap(figure.body as? PieChartData)
        XCTAssertEqual(pie.slices.map(\.label), ["Pertanian", "Industri", "Jasa"], "the whole is no slice")
        XCTAssertEqual(pie.slices.map(\.percent), [40, 35, 25], "each sector its share of the whole, not halved")
        XCTAssertEqual(pie.notes, [], "the parts add up to the whole")
    }

    /// Shares of data without a whole of its own are shares of the parts' sum: the sentence says of what and of how many
    /// (the bulletin's PHK shares read as shares of a national total, review proof 4, finding 13); with the whole, no clause.
    func testSharesWithoutTheDatasWholeSayWhatTheyAreOf() throws {
        func sentence(jumlah: String?) throws -> String {
            let text = "publikasi: { judul: Uji }\nbab:\n  - isi:\n      - jenis: narasi\n        id: n\n"
                + "        tengah:\n          otomatis:\n            - pangsa: sektor.pekerja\n"
            let bound = try TemplateBinding.bind(text, datasets: try sectorFolder(jumlah: jumlah))
            return try XCTUnwrap(bound.narratives["n"]).plainText
        }
        XCTAssertEqual(try sentence(jumlah: nil),
                       "Menurut sektor, pangsa pekerja terbesar dimiliki Pertanian (40,0 persen), disusul Industri (35,0 persen) dan Jasa (25,0 persen); pangsa dihitung dari 200 orang yang tercatat pada 3 sektor.")
        XCTAssertEqual(try sentence(jumlah: "400"),
                       "Menurut sektor, pangsa pekerja terbesar dimiliki Pertanian (20,0 persen), disusul Industri (17,5 persen) dan Jasa (12,5 persen).")
    }

    func testPieOfSharesWithTheirJumlahRowIsNotHalved() throws {
        // Issue 12: a user's file of sector shares with its `Jumlah` row drew "Jumlah 50,0%" and every sector halved.
        let folder = TestSupport.temporaryDirectory("agregat-persen")
        try "sektor,indikator,nilai\nPertanian,distribusi,28.18\nIndustri,distribusi,13.83\nLainnya sektor,distribusi,57.99\nJumlah,distribusi,100\n"
            .write(toFile: folder + "/sektor.csv", atomically: true, encoding: .utf8)
        try "id: sektor\njudul: S\nberkas: sektor.csv\nsumber: Uji\nklasifikasi: publik\nilustratif: ya\ndimensi: [sektor]\nukuran:\n  distribusi: { satuan: persen, desimal: 2 }\n"
            .write(toFile: folder + "/sektor.yaml", atomically: true, encoding: .utf8)
        let pie = try XCTUnwrap(try bind("jenis: grafik-lingkaran\njudul: S\ndata: sektor\nkategori: sektor\nnilai: distribusi\nsumber: Uji",
                                         datasets: folder).body as? PieChartData)
        XCTAssertEqual(pie.slices.map(\.label), ["Pertanian", "Industri", "Lainnya sektor"], "Jumlah is no slice")
        XCTAssertEqual(pie.slices.map(\.percent), [28.2, 13.8, 58.0])
    }

    func testPieWhosePartsFallShortOfTheWholeShowsTheRestAsLainnyaAndSaysSo() throws {
        let figure = try bind("""
            jenis: grafik-lingkaran
            judul: Pekerja menurut sektor
            data: sektor
            kategori: sektor
            nilai: pekerja
            sumber: Uji
            """, datasets: try sectorFolder(jumlah: "250"))
        let pie = try XCTUnwrap(figure.body as? PieChartData)
        XCTAssertEqual(pie.slices.map(\.label), ["Pertanian", "Industri", "Jasa", "Lainnya"])
        XCTAssertEqual(pie.slices.map(\.value), [80, 70, 50, 50])
        XCTAssertEqual(pie.slices.map(\.percent), [32, 28, 20, 20], "shares of the data's whole")
        XCTAssertEqual(pie.notes, ["Rincian yang tercantum berjumlah 200 dari Semua sektor 250; selisihnya ditampilkan sebagai Lainnya."])
        XCTAssertTrue(figure.components.notes.map(\.text).contains(pie.notes[0]), "the note is printed under the pie")
    }

    func testPieWhosePartsExceedTheWholeSaysSo() throws {
        let pie = try XCTUnwrap(try bind("""
            jenis: grafik-lingkaran
            judul: Pekerja menurut sektor
            data: sektor
            kategori: sektor
            nilai: pekerja
            sumber: Uji
            """, datasets: try sectorFolder(jumlah: "150")).body as? PieChartData)
        XCTAssertEqual(pie.slices.map(\.label), ["Pertanian", "Industri", "Jasa"])
        XCTAssertEqual(pie.notes, ["Rincian berjumlah 200, lebih besar dari Semua sektor 150."])
    }

    func testPieOfTheLargestProvincesIsAPieOfIndonesia() throws {
        let figure = try bind("""
            jenis: grafik-lingkaran
            judul: Penempatan PMI menurut provinsi asal
            data: pmi-provinsi-asal
            saring: { periode: "2023" }
            kategori: wilayah
            nilai: penempatan_pmi_menurut_provinsi_asal
            sumber: BP2MI
            """)
        let pie = try XCTUnwrap(figure.body as? PieChartData)
        XCTAssertFalse(pie.slices.contains { $0.label == "Indonesia" })
        let other = try XCTUnwrap(pie.slices.last)
        XCTAssertEqual(other.label, "Lainnya")
        XCTAssertEqual(pie.slices.map(\.value).reduce(0, +), 274_965, accuracy: 0.001, "the slices make up Indonesia's 274.965")
        XCTAssertEqual(pie.slices.map(\.percent).reduce(0, +), 100, accuracy: 0.0001)
        XCTAssertTrue(pie.notes[0].hasSuffix("dari Indonesia 274.965; selisihnya ditampilkan sebagai Lainnya."), pie.notes[0])
        XCTAssertEqual(pie.notes[1], "Data hanya tersedia untuk \(pie.slices.count - 1) dari 38 provinsi.")
    }

    // MARK: Bars and pictograms

    func testBarsLeaveIndonesiaOutUnlessSorotAsksForIt() throws {
        func bars(_ extra: String) throws -> BoundFigure {
            try bind("jenis: grafik-batang\njudul: TPT\ndata: tpt-provinsi\nsaring: { periode: 2024-08 }\nkategori: wilayah\nnilai: tpt\nsumber: BPS\n" + extra)
        }
        let plain = try bars("urut: menurun")
        guard case .single(let chart)? = plain.body as? BarChartBody else { return XCTFail("not one series") }
        XCTAssertEqual(chart.bars.count, 38)
        XCTAssertFalse(chart.bars.contains { $0.label == "Indonesia" })
        XCTAssertEqual(chart.notes, [], "all 38 provinces are shown")

        let highlighted = try bars("sorot: Indonesia")
        guard case .single(let chart)? = highlighted.body as? BarChartBody else { return XCTFail("not one series") }
        XCTAssertEqual(chart.bars.filter(\.isHighlighted).map(\.label), ["Indonesia"], "sorot asks for the national bar")

        let named = try bind("jenis: grafik-batang\njudul: TPT\ndata: tpt-provinsi\nsaring: { periode: 2024-08, wilayah: [Jawa Tengah, Indonesia] }\nkategori: wilayah\nnilai: tpt\nsumber: BPS")
        guard case .single(let chart)? = named.body as? BarChartBody else { return XCTFail("not one series") }
        XCTAssertEqual(chart.bars.map(\.label), ["Indonesia", "Jawa Tengah"], "a filter naming Indonesia asks for it (data order)")
        XCTAssertEqual(chart.notes, [], "the template chose its provinces")
    }

    func testStackedBarsLeaveTheWholeOut() throws {
        let figure = try bind("""
            jenis: grafik-batang
            judul: Pengangguran
            data: pengangguran-umur-pengalaman
            saring: { periode: 2024-08 }
            kategori: golongan_umur
            seri: pengalaman_kerja
            susun: tumpuk
            nilai: pengangguran
            sumber: BPS
            """)
        guard case .series(let chart)? = figure.body as? BarChartBody else { return XCTFail("not several series") }
        XCTAssertFalse(chart.bars.contains { Aggregates.isConventionalTotal($0.label) }, "\(chart.bars.map(\.label))")
    }

    func testBarsMissingProvincesNameThemUnlessTheTemplateChoseTheProvinces() throws {
        let figure = try bind("""
            jenis: grafik-batang
            judul: PHK
            data: phk-provinsi
            kategori: wilayah
            nilai: tenaga_kerja_ter_phk
            kecuali: { wilayah: Indonesia }
            sumber: Kemnaker
            """)
        guard case .single(let chart)? = figure.body as? BarChartBody else { return XCTFail("not one series") }
        XCTAssertEqual(chart.bars.count, 32)
        XCTAssertEqual(chart.notes, ["Data untuk Papua Barat, Papua Barat Daya, Papua, Papua Selatan, Papua Tengah, dan Papua Pegunungan tidak tersedia."])
        XCTAssertTrue(figure.components.notes.map(\.text).contains(chart.notes[0]), "printed under the chart")

        let chosen = try bind("""
            jenis: grafik-batang
            judul: PHK
            data: phk-provinsi
            kategori: wilayah
            nilai: tenaga_kerja_ter_phk
            saring: { wilayah: [Jawa Barat, Jawa Tengah, Banten] }
            sumber: Kemnaker
            """)
        guard case .single(let chart)? = chosen.body as? BarChartBody else { return XCTFail("not one series") }
        XCTAssertEqual(chart.notes, [], "the template chose three provinces")
    }

    func testNotesOfAnEnglishPublicationAreInEnglish() throws {
        let (figure, _) = try MapFixtures.bind("""
            jenis: grafik-batang
            judul: Layoffs
            data: phk-provinsi
            kategori: wilayah
            nilai: tenaga_kerja_ter_phk
            sumber: Kemnaker
            """, english: true)
        guard case .single(let chart)? = figure.body as? BarChartBody else { return XCTFail("not one series") }
        XCTAssertEqual(chart.notes, ["No data for Papua Barat, Papua Barat Daya, Papua, Papua Selatan, Papua Tengah, and Papua Pegunungan."])
        let english = AggregateVocabulary.english
        XCTAssertEqual(english.partsShort(parts: "262,830", whole: "274,965", wholeName: "Indonesia"),
                       "The parts listed add up to 262,830 of Indonesia 274,965; the rest is not itemised in the source.")
        XCTAssertEqual(english.regionsShown(13, of: 38, regions: english.regions(of: .provinceBPS)), "Data are available for only 13 of 38 provinces.")
    }

    func testPictogramCountsThePartsOnly() throws {
        let figure = try bind("""
            jenis: grafik-piktogram
            judul: Pekerja menurut sektor
            data: sektor
            kategori: sektor
            nilai: pekerja
            ikon: orang
            sumber: Uji
            """, datasets: try sectorFolder())
        let pictogram = try XCTUnwrap(figure.body as? PictogramData)
        XCTAssertEqual(pictogram.rows.map(\.label), ["Pertanian", "Industri", "Jasa"])
    }

    // MARK: Maps

    func testMapLeavesTheProvinceAboveItsKabupatenKotaOut() throws {
        let folder = TestSupport.temporaryDirectory("agregat-peta")
        var csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-kabupaten-kota-jabar.csv"), encoding: .utf8)
        // The province's own row, as a kabupaten/kota table prints it (6,75: BPS Jawa Barat, Agustus 2024).
        csv += (csv.hasSuffix("\n") ? "" : "\n") + "9999,32,JAWA BARAT,32,JAWA BARAT,6.75,PERSEN,2024\n"
        try csv.write(toFile: folder + "/tpt-kabupaten-kota-jabar.csv", atomically: true, encoding: .utf8)
        let yaml = try String(contentsOfFile: TestSupport.path("Datasets/tpt-kabupaten-kota-jabar.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("  wilayah: { kolom: nama_kabupaten_kota }"))
        try yaml.replacingOccurrences(of: "  wilayah: { kolom: nama_kabupaten_kota }", with: "  wilayah: { kolom: nama_kabupaten_kota, agregat: [JAWA BARAT] }")
            .write(toFile: folder + "/tpt-kabupaten-kota-jabar.yaml", atomically: true, encoding: .utf8)
        let (figure, _) = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML, datasets: folder)
        let map = try XCTUnwrap(figure.body as? MapData)
        XCTAssertEqual(map.regions.count, 27, "the 27 kabupaten/kota, the province not among them")
        XCTAssertFalse(map.regions.contains { $0.name == "Jawa Barat" })
        XCTAssertFalse(figure.components.notes.contains { $0.text.hasPrefix("Tidak tergambar") }, "\(figure.components.notes)")
    }

    // MARK: Tables

    func testTableSetsIndonesiaLastAsItsTotalWhateverTheSort() throws {
        let figure = try bind("""
            jenis: tabel-silang
            judul: TPT
            data: tpt-provinsi
            saring: { periode: [2024-02, 2024-08] }
            baris: wilayah
            kolom: periode
            nilai: tpt
            urut: menurun
            sumber: BPS
            """)
        let table = try XCTUnwrap(figure.body as? TableData)
        XCTAssertEqual(table.rows.count, 39)
        XCTAssertEqual(table.rows.last?.label, "Indonesia")
        XCTAssertEqual(table.rows.last?.kind, .aggregate)
        XCTAssertEqual(table.rows.filter { $0.kind == .aggregate }.count, 1)
        let firsts = table.rows.dropLast().compactMap { $0.cells[0].number }
        XCTAssertEqual(firsts, firsts.sorted(by: >), "the provinces sorted among themselves")
        XCTAssertEqual(table.notes, [], "a rate's national figure is no sum: no rounding or parts note")
    }

    /// Tabel 5.1 of the bulletin (PMI by province of origin, 2023), with `extra` keys.
    private func placementsByProvince(_ extra: String = "") throws -> BoundFigure {
        try bind(TemplateBinding.migrantPlacementsByProvince + extra)
    }

    func testTableOfTheLargestProvincesSaysTheRestIsNotItemised() throws {
        let figure = try placementsByProvince("\nurut: menurun")
        let table = try XCTUnwrap(figure.body as? TableData)
        XCTAssertEqual(table.rows.last?.label, "Indonesia")
        XCTAssertEqual(table.rows.last?.kind, .aggregate)
        XCTAssertEqual(table.rows.last?.cells, [.number(274_965)])
        let listed = table.rows.dropLast().compactMap { $0.cells[0].number }.reduce(0, +)
        let format = NumberFormat(locale: .indonesian, decimals: 0)
        XCTAssertEqual(table.notes, ["Rincian yang tercantum berjumlah \(format.string(from: listed)) dari Indonesia 274.965; sisanya tidak dirinci dalam sumber.",
                                     "Data hanya tersedia untuk \(table.rows.count - 1) dari 38 provinsi."])
    }

    /// Proof-reading 11, P-9: the source gives the ten largest and the three smallest provinces; `baris-sisa: 10` adds
    /// the rest (Indonesia less the thirteen), so that the column adds up to Indonesia. The row is labelled with the
    /// provinces it holds, and a note says it is derived and what the list holds, so that it does not read as one
    /// ranking. Proof-reading 16, #1: set between the two parts, the rest broke the ranking ("Provinsi lainnya 12.135"
    /// over Gorontalo's 20); it now stands after them, before Indonesia.
    func testRestRowStandsAfterTheLargestAndTheSmallestAndTheColumnAddsUp() throws {
        let figure = try placementsByProvince("\nurut: menurun\nbaris-sisa: 10")
        let table = try XCTUnwrap(figure.body as? TableData)
        XCTAssertEqual(table.rows.map(\.label), ["Jawa Timur", "Jawa Tengah", "Jawa Barat", "Nusa Tenggara Barat", "Lampung", "Sumatera Utara",
                                                "Bali", "Banten", "Sumatera Selatan", "Sulawesi Selatan", "Gorontalo", "Papua Barat", "Maluku Utara",
                                                "Provinsi lainnya", "Indonesia"])
        // 274.965 − 262.830, the thirteen listed in Datasets/pmi-provinsi-asal.csv.
        XCTAssertEqual(table.rows[13].cells, [.number(12_135)])
        XCTAssertEqual(table.rows[13].kind, .data)
        XCTAssertEqual(table.rows.dropLast().compactMap { $0.cells[0].number }.reduce(0, +), 274_965)
        XCTAssertEqual(table.notes, ["Provinsi lainnya adalah Indonesia dikurangi 13 provinsi yang tercantum (10 terbesar dan 3 terkecil), "
                                     + "dihitung penyusun."])
        // Without a split (`baris-sisa: 0`), the note says only that the row is derived.
        let whole = try XCTUnwrap(try placementsByProvince("\nurut: menurun\nbaris-sisa: 0").body as? TableData)
        XCTAssertEqual(whole.rows.map(\.label).suffix(2), ["Provinsi lainnya", "Indonesia"])
        XCTAssertEqual(whole.notes, ["Provinsi lainnya adalah selisih Indonesia dengan jumlah 13 provinsi yang tercantum, "
                                     + "dihitung penyusun; sumber tidak merincinya."])
        // With `teratas:` too, the table would have two rows of the rest.
        XCTAssertThrowsError(try placementsByProvince("\nteratas: 5\nbaris-sisa: 10"))
    }

    func testTableWithADeclaredJumlahThatAddsUpHasNoNote() throws {
        let table = try XCTUnwrap(try bind("""
            jenis: tabel-tunggal
            judul: Pekerja menurut sektor
            data: sektor
            baris: sektor
            nilai: pekerja
            urut: menaik
            sumber: Uji
            """, datasets: try sectorFolder()).body as? TableData)
        XCTAssertEqual(table.rows.map(\.label), ["Jasa", "Industri", "Pertanian", "Semua sektor"])
        XCTAssertEqual(table.rows.map(\.kind), [.data, .data, .data, .aggregate])
        XCTAssertEqual(table.notes, [])
    }

    // MARK: Narasi

    func testNarasiSharesAreOfTheDeclaredWhole() throws {
        let publication = try TemplateBinding.bind("""
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: narasi
                    id: n
                    tengah:
                      otomatis:
                        - pangsa: sektor.pekerja
            """, datasets: try sectorFolder(jumlah: "400"))
        let text = try XCTUnwrap(publication.narratives["n"]).plainText
        XCTAssertTrue(text.contains("20,0 persen"), "Pertanian 80 of the whole 400, not of the parts' 200: \(text)")
    }

    /// `{{ peringkat }}` asks the dataset's one rule (`Dataset.aggregates(ofDimension:)`) which rows are wholes, as
    /// every figure does: a BPS download's upper-case "INDONESIA" is no province among the six of Java (Sakernas
    /// Agustus 2024, from Datasets/tpt-provinsi.csv), and the province row a kabupaten/kota table numbers 3200 is no
    /// kabupaten/kota among the 27 of Jawa Barat.
    func testNarasiRanksLeaveOutTheWholesTheFiguresLeaveOut() throws {
        let java = TestSupport.temporaryDirectory("agregat-peringkat")
        defer { try? FileManager.default.removeItem(atPath: java) }
        try """
            wilayah,periode,indikator,nilai
            DKI JAKARTA,2024-08,tpt,6.21
            JAWA BARAT,2024-08,tpt,6.75
            JAWA TENGAH,2024-08,tpt,4.78
            DI YOGYAKARTA,2024-08,tpt,3.48
            JAWA TIMUR,2024-08,tpt,4.19
            BANTEN,2024-08,tpt,6.68
            INDONESIA,2024-08,tpt,4.91
            """.write(toFile: java + "/tpt-jawa.csv", atomically: true, encoding: .utf8)
        try """
            id: tpt-jawa
            judul: TPT provinsi di Pulau Jawa
            berkas: tpt-jawa.csv
            sumber: BPS, Sakernas Agustus 2024
            klasifikasi: publik
            dimensi:
              wilayah: {}
              periode: { jenis: bulan }
            ukuran:
              tpt: { satuan: persen, desimal: 2 }
            """.write(toFile: java + "/tpt-jawa.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(try narasi("{{ peringkat tpt-jawa.tpt(wilayah=JAWA TENGAH, periode=2024-08) }}", datasets: java),
                       "terendah ketiga dari 6 provinsi", "INDONESIA is the whole, not a seventh province")

        let jabar = TestSupport.temporaryDirectory("agregat-peringkat-jabar")
        defer { try? FileManager.default.removeItem(atPath: jabar) }
        var csv = try String(contentsOfFile: TestSupport.path("Datasets/tpt-kabupaten-kota-jabar.csv"), encoding: .utf8)
        // The province's own row numbered as BPS kabupaten/kota tables number it (6,75: BPS Jawa Barat, Agustus 2024).
        csv += (csv.hasSuffix("\n") ? "" : "\n") + "9999,32,JAWA BARAT,3200,JAWA BARAT,6.75,PERSEN,2024\n"
        try csv.write(toFile: jabar + "/tpt-kabupaten-kota-jabar.csv", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: TestSupport.path("Datasets/tpt-kabupaten-kota-jabar.yaml"), toPath: jabar + "/tpt-kabupaten-kota-jabar.yaml")
        XCTAssertTrue(ReferenceCodeList.regencyBPS.isAggregate("3200"))
        XCTAssertFalse(ReferenceCodeList.regencyBPS.isAggregate("3201"))
        let rank = try narasi("{{ peringkat tpt-kabupaten-kota-jabar.tpt(kode_wilayah=3273, periode=2024) }}", datasets: jabar)
        XCTAssertTrue(rank.contains("dari 27 kabupaten/kota"), rank)
        let dataset = try DatasetDirectory(path: jabar).dataset("tpt-kabupaten-kota-jabar")
        XCTAssertEqual(dataset.aggregates(ofDimension: try XCTUnwrap(dataset.dimensionIndex("wilayah"))), ["JAWA BARAT"])
    }

    private func narasi(_ text: String, datasets: String) throws -> String {
        let figure = "jenis: narasi\nid: n\nawal: \"\(text)\""
        return try XCTUnwrap(TemplateBinding.bind(TemplateBinding.template(figure: figure), datasets: datasets).narratives["n"]).plainText
    }
}

/// Proof-reading 20: what a reader of a table or chart checks by hand: wages printed to the rupiah from amounts with
/// sen, the order of the provinces, and two years drawn as one measure over time.
final class PrintedFiguresTests: XCTestCase {
    private func bind(_ figure: String) throws -> BoundFigure {
        try TemplateBinding.bind(TemplateBinding.template(figure: figure), datasets: TestSupport.path("Datasets")).figures[0]
    }

    /// UMP 2024 carries sen for Sumatera Barat, Riau, Jambi …; printed to the rupiah, the table, the bar chart and the
    /// map that prints one of them say so. UMP 2025 of DKI Jakarta alone is whole: no note.
    func testWagesWithSenPrintedToTheRupiahSaySo() throws {
        let note = "Angka rupiah dibulatkan ke rupiah terdekat."
        let tableSpec = """
            jenis: tabel-silang
            data: ump-provinsi
            saring: { periode: ["2024", "2025"] }
            baris: wilayah
            kolom: periode
            nilai: ump
            judul: Uji
            sumber: Uji
            """
        let table = try XCTUnwrap(try bind(tableSpec).body as? TableData)
        XCTAssertEqual(table.notes.filter { $0.hasPrefix("Angka rupiah") }, [note], "a table alone (the web's) writes no difference")
        // In a publication whose narasi writes a change of those amounts, the table's note also says how it is taken
        // (proof-reading 45, F2: "naik 214.150" where the decree's sen give 214.150,66); alone, it says nothing of
        // differences it does not show (proof-reading 46, C4).
        let withChange = TemplateBinding.template(figure: tableSpec) + """
                  - jenis: narasi
                    nilai:
                      ump: ump-provinsi.ump(periode=2025, kode_wilayah=14)
                    awal: |
                      UMP Riau {{ perubahan ump }}.

            """
        let bound = try TemplateBinding.bind(withChange, datasets: TestSupport.path("Datasets"))
        let inPublication = try XCTUnwrap(bound.figures[0].body as? TableData)
        XCTAssertEqual(inPublication.notes.filter { $0.hasPrefix("Angka rupiah") },
                       ["Angka rupiah dibulatkan ke rupiah terdekat; selisih yang disebut dalam teks dihitung dari angka yang telah dibulatkan."])
        let bars = try bind("jenis: grafik-batang\ndata: ump-provinsi\nsaring: { periode: \"2024\" }\nkategori: wilayah\nnilai: ump\njudul: Uji\nsumber: Uji")
        XCTAssertTrue(bars.body.dataNotes.contains(note), "\(bars.body.dataNotes)")
        let jakarta = try bind("jenis: grafik-batang\ndata: ump-provinsi\nsaring: { periode: \"2025\", wilayah: DKI Jakarta }\nkategori: wilayah\nnilai: ump\njudul: Uji\nsumber: Uji")
        XCTAssertFalse(jakarta.body.dataNotes.contains { $0.hasPrefix("Angka rupiah") }, "a whole amount needs no note")
        let rates = try bind("jenis: grafik-batang\ndata: tpt-provinsi\nsaring: { periode: 2024-08 }\nkategori: wilayah\nnilai: tpt\njudul: Uji\nsumber: Uji")
        XCTAssertFalse(rates.body.dataNotes.contains { $0.hasPrefix("Angka rupiah") }, "rates are not money")
        // A map prints a value only beside a name it picks and at its legend's ends: Riau's 3.294.625,56 picked calls
        // for the note; the legend's ends alone (Jawa Tengah's and DKI Jakarta's whole amounts) do not.
        let map = "jenis: peta-tematik\ndata: ump-provinsi\nsaring: { periode: \"2024\" }\nnilai: ump\njudul: Uji\nsumber: Uji"
        XCTAssertTrue(try bind(map + "\nsebut: [\"14\"]").body.dataNotes.contains(note))
        XCTAssertFalse(try bind(map).body.dataNotes.contains(note))
    }

    /// The provinces of a table run in the order of their codes, whatever order the data gives them: the provinces
    /// formed in 2022 first come in 2024's rows, and Tabel 2.1 ran Papua Barat (91), Papua (94), Papua Barat Daya (92).
    func testATablesProvincesRunInTheOrderOfTheirCodes() throws {
        let table = try XCTUnwrap(try bind("""
            jenis: tabel-silang
            data: tpt-provinsi
            saring: { periode: 2023-02 s.d. 2024-08 }
            baris: wilayah
            kolom: periode
            nilai: tpt
            judul: Uji
            sumber: Uji
            """).body as? TableData)
        let papua = table.rows.map(\.label).filter { $0.hasPrefix("Papua") }
        XCTAssertEqual(papua, ["Papua Barat", "Papua Barat Daya", "Papua", "Papua Selatan", "Papua Tengah", "Papua Pegunungan"])
        XCTAssertEqual(table.rows.first?.label, "Aceh")
    }

    /// Two years as series are one measure over time (drawn as shades of one hue, `PeriodSeriesBarTests`): in time
    /// order whatever order the data lists them in, here 2024 before 2023 as an office's sheet may.
    func testPeriodsAsSeriesRunInTimeOrder() throws {
        let folder = TestSupport.temporaryDirectory("periode")
        try """
            periode,umur,indikator,nilai
            2024,15-24,pekerja,12
            2024,25-59,pekerja,30
            2023,15-24,pekerja,10
            2023,25-59,pekerja,28
            """.write(toFile: folder + "/uji.csv", atomically: true, encoding: .utf8)
        try """
            id: uji
            judul: Pekerja menurut umur
            berkas: uji.csv
            sumber: Uji
            klasifikasi: publik
            ilustratif: ya
            dimensi:
              periode: { jenis: tahun }
              umur: {}
            ukuran:
              pekerja: { satuan: orang, desimal: 0 }
            """.write(toFile: folder + "/uji.yaml", atomically: true, encoding: .utf8)
        let figure = try TemplateBinding.bind(TemplateBinding.template(figure: """
            jenis: grafik-batang
            data: uji
            kategori: umur
            seri: periode
            susun: kelompok
            nilai: pekerja
            judul: Uji
            sumber: Uji
            """), datasets: folder).figures[0]
        guard case .series(let chart)? = (figure.body as? BarChartBody) else { return XCTFail("a chart of series") }
        XCTAssertTrue(chart.seriesArePeriods)
        XCTAssertEqual(chart.seriesNames, ["2023", "2024"])
        XCTAssertEqual(chart.bars.first?.segments, [.number(10), .number(12)])
    }
}
