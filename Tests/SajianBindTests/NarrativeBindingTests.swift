import SajianForms
import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// Narasi: placeholders parsed once, bound to the official figures in Datasets/, written in Indonesian format.
final class NarrativeBindingTests: XCTestCase {
    private let datasets = DatasetDirectory(path: TestSupport.path("Datasets"))

    /// A template with one narasi (and a bar chart to refer to) around `narasi`, parsed and bound.
    private func bind(_ narasi: String, region: RegionParameter? = nil) throws -> (BoundNarrative, [Diagnostic]) {
        var text = """
            publikasi: { judul: Uji, penomoran: per-bab }
            bab:
              - judul: Satu
                isi:
                  - jenis: narasi
                    id: n
            """ + "\n" + narasi.split(separator: "\n", omittingEmptySubsequences: false).map { "        " + $0 }.joined(separator: "\n") + """

                  - jenis: grafik-batang
                    id: tpt-provinsi
                    judul: TPT
                    data: tpt-provinsi
                    saring: { periode: 2024-08 }
                    kategori: wilayah
                    nilai: tpt
                    sumber: BPS
            """
        if let region { text = region.substitute(into: text) }
        let problems = DiagnosticCollector()
        let spec = try XCTUnwrap(TemplateParser.parse(text, file: "uji.yaml", problems: problems))
        try problems.throwIfErrors()
        let bound = try FigureBinder(datasets: datasets).bind(spec)
        return (try XCTUnwrap(bound.narratives["n"]), bound.warnings)
    }

    func testPlaceholdersAreFilledFromTheDataInIndonesianFormat() throws {
        let (narrative, _) = try bind("""
            nilai:
              tpt: indikator-nasional.tpt(periode=2024-08)
            awal: |
              TPT {{ periode tpt }} sebesar **{{ tpt }}**, {{ perubahan tpt }}.
              Angkanya {{ angka tpt }}; pengangguran {{ indikator-nasional.pengangguran(periode=2024-08) }}.

              Tertinggi {{ tertinggi tpt-provinsi.tpt(periode=2024-08) }}, terendah {{ terendah tpt-provinsi.tpt(periode=2024-08) }}.
            akhir: Lihat {{ ref tpt-provinsi }}.
            """)
        XCTAssertEqual(narrative.paragraphs.count, 3)
        XCTAssertEqual(narrative.plainText, """
            TPT Agustus 2024 sebesar 4,91 persen, turun 0,41 persen poin dibanding Agustus 2023 (5,32 persen). Angkanya 4,91; pengangguran 7.465.599 orang.

            Tertinggi Jawa Barat (6,75 persen), terendah Papua Pegunungan (1,32 persen).

            Lihat Grafik 1.1.
            """)
        let bold = narrative.paragraphs[0].filter { $0.emphasis.contains(.bold) }.map(\.text)
        XCTAssertEqual(bold, ["4,91 persen"])
    }

    func testAutomaticSentencesAreWrittenFromTheData() throws {
        let (narrative, _) = try bind("""
            tengah:
              otomatis:
                - perubahan: indikator-nasional.tpak(periode=2024-08)
                - tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)
                - di-atas-nasional: tpt-provinsi.tpt(periode=2024-08)
                - pangsa: pmi-negara-tujuan.penempatan_pmi(periode=2023)
            """)
        let text = narrative.plainText
        XCTAssertTrue(text.contains("Tingkat Partisipasi Angkatan Kerja Indonesia Agustus 2024 sebesar 70,63 persen, naik"), text)
        XCTAssertTrue(text.contains("tertinggi di Jawa Barat (6,75 persen) dan terendah di Papua Pegunungan (1,32 persen); angka nasional 4,91 persen."), text)
        XCTAssertTrue(text.contains("dari 38 provinsi mencatat Tingkat Pengangguran Terbuka di atas angka nasional (4,91 persen) pada Agustus 2024."), text)
        // The list of countries is partial: shares are of the data's own TOTAL row (274.965), not of the listed sum.
        XCTAssertTrue(text.contains("Taiwan merupakan yang terbesar dengan 30,3 persen dari seluruh penempatan PMI 2023 (274.965 orang)"), text)
    }

    func testRegionParameterAndRank() throws {
        let (narrative, _) = try bind("""
            awal: TPT {{ wilayah }} {{ tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-wilayah }}) }}, {{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-wilayah }}) }}.
            """, region: RegionParameter(code: "33", name: "Jawa Tengah"))
        XCTAssertEqual(narrative.plainText, "TPT Jawa Tengah 4,78 persen, ke-14 tertinggi dari 38 provinsi.")
    }

    func testChangeWithoutAnEarlierPeriodSaysSoInsteadOfFailing() throws {
        // The four Papua provinces formed in 2022 have no 2023 figure: Agustus 2024 compares with Februari 2024.
        let (narrative, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=95) }}\"")
        XCTAssertEqual(narrative.plainText, "turun 0,70 persen poin dibanding Februari 2024 (4,75 persen)")
        let (first, warnings) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2023-02, kode_wilayah=11) }}\"")
        XCTAssertEqual(first.plainText, "belum dapat dibandingkan dengan periode sebelumnya")
        XCTAssertEqual(warnings.count, 1)
    }

    func testBadPlaceholdersAreReportedWithLineAndAHint() throws {
        // Written wrongly: found when the template is read.
        XCTAssertThrowsError(try bind("""
            awal: |
              Nilai {{ tertingi tpt-provinsi.tpt(periode=2024-08) }}.
            akhir: "{{ tpt"
            """)) { error in
            let text = ((error as? DiagnosticError)?.diagnostics ?? []).map(\.description).joined(separator: "\n")
            XCTAssertTrue(text.contains("uji.yaml:8: error: `{{ tertingi tpt-provinsi.tpt(periode=2024-08) }}`: `tertingi` is not a placeholder function"), text)
            XCTAssertTrue(text.contains("Did you mean `tertinggi`?"), text)
            XCTAssertTrue(text.contains("uji.yaml:9: error: a placeholder `{{` is not closed with `}}`"), text)
        }
        // Well written but not in the data: found when it is bound, all together.
        XCTAssertThrowsError(try bind("""
            awal: |
              Lihat {{ ref tpt-provinsii }}.

              Nilai {{ tpt-provinsi.tpt(periode=2024-08) }}.
            akhir: "{{ indikator-nasional.tpx(periode=2024-08) }}"
            """)) { error in
            let text = ((error as? DiagnosticError)?.diagnostics ?? []).map(\.description).joined(separator: "\n")
            XCTAssertTrue(text.contains("uji.yaml:8: error: `{{ ref tpt-provinsii }}` names no figure"), text)
            XCTAssertTrue(text.contains("Did you mean `{{ ref tpt-provinsi }}`?"), text)
            XCTAssertTrue(text.contains("uji.yaml:10: error: `tpt-provinsi.tpt(periode=2024-08)` matches 39 values, not one"), text)
            XCTAssertTrue(text.contains("has no measure `tpx`"), text)
        }
    }

    func testNarasiOfAPublicPublicationCannotReadConfidentialData() throws {
        let folder = TestSupport.temporaryDirectory()
        for file in ["tpt-provinsi.csv", "tpt-provinsi.yaml"] {
            var text = try String(contentsOfFile: TestSupport.path("Datasets/\(file)"), encoding: .utf8)
            text = text.replacingOccurrences(of: "klasifikasi: publik", with: "klasifikasi: rahasia")
            try text.write(toFile: "\(folder)/\(file)", atomically: true, encoding: .utf8)
        }
        let problems = DiagnosticCollector()
        let spec = try XCTUnwrap(TemplateParser.parse("""
            publikasi: { judul: Uji, audiens: publik }
            bab:
              - isi:
                  - jenis: narasi
                    awal: "TPT {{ tpt-provinsi.tpt(periode=2024-08, kode_wilayah=33) }}"
            """, file: "uji.yaml", problems: problems))
        XCTAssertThrowsError(try FigureBinder(datasets: DatasetDirectory(path: folder)).bind(spec)) { error in
            let text = ((error as? DiagnosticError)?.diagnostics ?? []).map(\.description).joined(separator: "\n")
            XCTAssertTrue(text.contains("uji.yaml:5: error: the narasi of a public publication reads dataset `tpt-provinsi`, which is classified rahasia"), text)
        }
    }

    func testRegionSubstitutionKeepsOtherPlaceholders() {
        let region = RegionParameter(code: "33", name: "Jawa Tengah")
        XCTAssertEqual(region.substitute(into: "{{wilayah}} ({{ kode-wilayah }}): {{ tpt }}"), "Jawa Tengah (33): {{ tpt }}")
        XCTAssertEqual(RegionParameter.allProvinces.count, 38)
    }
}
