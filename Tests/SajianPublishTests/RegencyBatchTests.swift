import Foundation
import SajianForms
import SajianModel
import SajianPublish
import SajianTemplate
import SajianTestSupport
import XCTest

/// Per-kabupaten/kota publications (issue 12, part 5) and knowing which data a run used (part 6).
final class RegencyBatchTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"
    private let jabar = TestSupport.path("Templates/buku-saku-kabupaten-kota-jabar.yaml")

    private func sajian(_ arguments: [String]) throws -> TestSupport.ProcessResult {
        try TestSupport.run(TestSupport.sajianExecutable, arguments, environment: ["SAJIAN_CATALOG": catalog])
    }

    func testWilayahNamesAProvinceAKabupatenKotaOrAll() throws {
        let jawaBarat = try Publisher.regions("32", level: .regency)
        XCTAssertEqual(jawaBarat.count, 27)
        XCTAssertEqual(jawaBarat.first, RegionParameter(code: "3201", name: "Kabupaten Bogor", province: "Jawa Barat", provinceCode: "32"))
        XCTAssertEqual(try Publisher.regions("3273", level: .regency).map(\.name), ["Kota Bandung"])
        XCTAssertEqual(try Publisher.regions("Kota Cimahi,3273", level: .regency).map(\.code), ["3277", "3273"])
        XCTAssertEqual(try Publisher.regions("semua", level: .regency).count, 514)
        XCTAssertEqual(try Publisher.regions("93.01", level: .regency).first?.name, "Kabupaten Merauke",
                       "a kabupaten/kota without a BPS code goes by its dotted Kemendagri code")
        XCTAssertThrowsError(try Publisher.regions("Bogor", level: .regency)) { error in
            XCTAssertTrue("\(error)".contains("`Bogor` names 2 kabupaten/kota: Kabupaten Bogor and Kota Bogor"), "\(error)")
        }
        XCTAssertEqual(try Publisher.regions("32").map(\.name), ["Jawa Barat"], "a province template keeps its meaning")
    }

    func testRegionWordsAreWrittenIntoTheTemplate() {
        let region = RegionParameter(code: "3273", name: "Kota Bandung", province: "Jawa Barat", provinceCode: "32")
        XCTAssertEqual(region.substitute(into: "{{ wilayah }} ({{ kode-wilayah }}), {{provinsi}} {{ kode-provinsi }}"),
                       "Kota Bandung (3273), Jawa Barat 32")
    }

    func testPerRegionTemplateWithoutWilayahSaysThatAndOnlyThat() throws {
        let problems = DiagnosticCollector()
        XCTAssertNil(try TemplateParser.parse(contentsOf: jabar, region: nil, problems: problems))
        XCTAssertEqual(problems.diagnostics.count, 1, problems.diagnostics.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(problems.diagnostics[0].message.contains("one publication per kabupaten/kota"), problems.diagnostics[0].message)
        let result = try sajian(["publish", jabar, "--out", TestSupport.temporaryDirectory()])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("`--wilayah 32`"), result.stderr)
        XCTAssertFalse(result.stderr.contains("is not a value"), result.stderr)
        XCTAssertTrue(result.stderr.contains("1 problem found"), result.stderr)
    }

    func testOneBookletForEachKabupatenKotaOfJawaBarat() throws {
        let out = TestSupport.temporaryDirectory()
        let result = try sajian(["publish", jabar, "--wilayah", "32", "--out", out])
        XCTAssertEqual(result.status, 0, result.stderr)
        let written = result.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(written.count, 27)
        XCTAssertTrue(written.contains("\(out)/3273-kota-bandung.pdf"), "\(written)")
        XCTAssertTrue(written.contains("\(out)/3201-kabupaten-bogor.pdf"), "\(written)")
        let text = try TestSupport.pdfText(out + "/3273-kota-bandung.pdf").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for expected in ["Buku Saku Ketenagakerjaan Kota Bandung", "7,40 persen", "pada Agustus 2024 sebesar 7,40 persen (hasil Sakernas). Angka ini turun", "turun 1,43 persen poin dibanding Agustus 2023 (8,83 persen)",
                         // Proof-reading 11, P-14: the rank says which side of the province's figure the unit is on.
                         "TPT Kota Bandung tertinggi kedelapan dari 27 kabupaten/kota dan lebih tinggi daripada TPT Jawa Barat (6,75 persen; Tabel 1 dan Grafik 2).",
                         // Proof-reading 10, N-12: Kota Sukabumi's doubtful UMK 2023 is not ranked, so the others are
                         // ranked among the 26 whose figures compare.
                         "Di Jawa Barat, UMK ini tertinggi kedelapan dari 26 kabupaten/kota yang angkanya dapat dibandingkan (Grafik 3)",
                         // Proof-reading 6: "angka ini" after a change could mean the earlier figure, so the rank names
                         // what it ranks; the cover says what the booklet holds, and every source line its years.
                         "Tingkat pengangguran terbuka dan upah minimum di antara kabupaten/kota Jawa Barat",
                         "Sakernas) Agustus 2022–2024, melalui Open Data Jabar; angka Jawa Barat dari BPS, Sakernas Agustus 2023 dan 2024",
                         "Sakernas) Agustus 2015–2024, melalui Open Data Jabar",
                         "tertinggi di Kota Cimahi (8,97 persen)",
                         // Proof-reading 24: the map's legend marks the class ending at the province's figure.
                         "4,01 – 6,75 (Jawa Barat)",
                         // Proof-reading 11: why the province's 2022 cell is empty, and that its UMK is 2023; proof-reading 20: the
                         // cover names the data's periods, not an Edisi 2025 without a 2025 figure.
                         "Angka Jawa Barat untuk Agustus 2022 tidak tersedia pada data yang digunakan, yang dimulai Februari 2023.",
                         "Data TPT Agustus 2015–2024 dan UMK 2017–2023",
                         "Data UMK Open Data Jabar yang dipakai buku ini baru sampai tahun 2023; UMK 2024 dan 2025 belum dimuat di sana.",
                         // Proof-reading 10, N-11: no parenthesis inside the clause before the verb.
                         "UMK) Kota Bandung tahun 2023 sebesar 4.048.463 rupiah per bulan (Tabel 2). Angka ini naik 273.602 rupiah (7,25 persen) dibanding 2022 "
                             + "(3.774.861 rupiah). "
                             + "Di Jawa Barat, UMK ini"] {
            XCTAssertTrue(text.contains(expected), "Kota Bandung's booklet lacks \(expected): \(text.prefix(3000))")
        }
        XCTAssertFalse(text.contains("{{"), "no placeholder is left unfilled")
        // Proof-reading 19: why the wages are 2023's is said once, in the narasi, not again under Grafik 3.
        XCTAssertEqual(text.components(separatedBy: "belum dimuat di sana").count, 2, "said once")
        XCTAssertTrue(result.stderr.contains("data: tpt-kabupaten-kota-jabar v"), result.stderr)
    }

    func testPublishSaysWhichDataItUsedAndATemplateMayNameItsDataFolder() throws {
        let root = TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(atPath: root + "/templat", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/data", withIntermediateDirectories: true)
        try """
            id: tk
            judul: Contoh
            sumber: Contoh
            klasifikasi: publik
            dimensi: [wilayah, periode]
            ukuran:
              jumlah: { satuan: orang, desimal: 0 }
            """.write(toFile: root + "/data/tk.yaml", atomically: true, encoding: .utf8)
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1200\n".write(toFile: root + "/data/tk.csv", atomically: true, encoding: .utf8)
        let template = root + "/templat/t.yaml"
        try """
            publikasi: { judul: Uji, data: ../data }
            bab:
              - isi:
                  - { jenis: tabel-tunggal, id: tabel, judul: Jumlah, data: tk, baris: wilayah, nilai: jumlah, sumber: Contoh }
            """.write(toFile: template, atomically: true, encoding: .utf8)
        let options = PublishOptions(formats: [.pdf], outputDirectory: root + "/out", catalogPath: catalog)
        let first = try Publisher().publish(template: template, options: options)
        XCTAssertEqual(first.datasets.map(\.origin), [.imported(file: root + "/data/tk.csv")])
        XCTAssertEqual(first.datasets.first?.version.number, 1)
        XCTAssertEqual(try Publisher().publish(template: template, options: options).datasets.map(\.origin), [.unchanged(file: root + "/data/tk.csv")])
        try "wilayah,periode,indikator,nilai\nA,2024,jumlah,1300\n".write(toFile: root + "/data/tk.csv", atomically: true, encoding: .utf8)
        let edited = try Publisher().publish(template: template, options: options)
        XCTAssertEqual(edited.datasets.first?.description.hasSuffix("\(root)/data/tk.csv, changed: imported v2"), true, "\(edited.datasets)")
        XCTAssertTrue(try TestSupport.pdfText(root + "/out/tabel.pdf").contains("1.300"))

        // Another folder without the file: the catalog's version, and the line says there is no file.
        var elsewhere = options
        elsewhere.datasetsDirectory = root + "/templat"
        let fromCatalog = try Publisher().publish(template: template, options: elsewhere)
        XCTAssertEqual(fromCatalog.datasets.map(\.description).first?.hasSuffix(": catalog v2; no file in \(root)/templat/"), true, "\(fromCatalog.datasets)")

        let missing = root + "/templat/salah.yaml"
        try "publikasi: { judul: Uji, data: ../tidak-ada }\nbab: []\n".write(toFile: missing, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Publisher().publish(template: missing, options: options)) { error in
            XCTAssertTrue("\(error)".contains("salah.yaml:1:"), "\(error)")
            XCTAssertTrue("\(error)".contains("`data: ../tidak-ada` is not a folder"), "\(error)")
        }
    }
}
