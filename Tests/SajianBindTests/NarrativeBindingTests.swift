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

    /// A template with one narasi (and a bar chart to refer to) around `narasi`, parsed and bound; `language` is
    /// the publication's `bahasa`.
    /// The bar chart of TPT by province the narasi beside it refers to, as an item of a chapter's `isi:`.
    private let provinceBars = """
              - jenis: grafik-batang
                id: tpt-provinsi
                judul: TPT, Agustus 2024
                data: tpt-provinsi
                saring: { periode: 2024-08 }
                kategori: wilayah
                nilai: tpt
                sumber: BPS
        """

    private func bind(_ narasi: String, region: RegionParameter? = nil, language: NumberLocale = .indonesian) throws -> (BoundNarrative, [Diagnostic]) {
        var text = """
            publikasi: { judul: Uji, penomoran: per-bab, bahasa: \(language.rawValue) }
            bab:
              - judul: Satu
                isi:
                  - jenis: narasi
                    id: n
            """ + "\n" + narasi.split(separator: "\n", omittingEmptySubsequences: false).map { "        " + $0 }.joined(separator: "\n")
            + "\n" + provinceBars
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

    /// A narasi of one automatic sentence of each kind.
    private let automaticSentences = """
        tengah:
          otomatis:
            - perubahan: indikator-nasional.tpak(periode=2024-08)
            - tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)
            - di-atas-nasional: tpt-provinsi.tpt(periode=2024-08)
            - pangsa: pmi-negara-tujuan.penempatan_pmi(periode=2023)
        """

    func testAutomaticSentencesAreWrittenFromTheData() throws {
        let (narrative, _) = try bind(automaticSentences)
        let text = narrative.plainText
        XCTAssertEqual(text, [
            "Tingkat Partisipasi Angkatan Kerja Indonesia pada Agustus 2024 sebesar 70,63 persen, naik 1,15 persen poin dibanding Agustus 2023 (69,48 persen).",
            "Tingkat Pengangguran Terbuka pada Agustus 2024 tertinggi di Jawa Barat (6,75 persen) dan terendah di Papua Pegunungan (1,32 persen); angka nasional 4,91 persen.",
            "Sebanyak 12 dari 38 provinsi mencatat Tingkat Pengangguran Terbuka di atas angka nasional.",
            "Menurut negara tujuan, pangsa penempatan PMI terbesar pada 2023 dimiliki Taiwan (30,3 persen), disusul Malaysia (26,3 persen) dan Hong Kong (24,0 persen).",
        ].joined(separator: " "))
        XCTAssertTrue(text.contains("tertinggi di Jawa Barat (6,75 persen) dan terendah di Papua Pegunungan (1,32 persen); angka nasional 4,91 persen."), text)
        // The sentence before gave the national figure and the period: the next does not repeat them.
        XCTAssertTrue(text.contains("dari 38 provinsi mencatat Tingkat Pengangguran Terbuka di atas angka nasional. "), text)
        // The list of countries is partial: shares are of the data's own TOTAL row (274.965), not of the listed sum.
        XCTAssertTrue(text.contains("Menurut negara tujuan, pangsa penempatan PMI terbesar pada 2023 dimiliki Taiwan (30,3 persen)"), text)
    }

    func testRegionParameterAndRank() throws {
        let (narrative, _) = try bind("""
            awal: TPT {{ wilayah }} {{ tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-wilayah }}) }}, {{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-wilayah }}) }}.
            """, region: RegionParameter(code: "33", name: "Jawa Tengah"))
        XCTAssertEqual(narrative.plainText, "TPT Jawa Tengah 4,78 persen, tertinggi ke-14 dari 38 provinsi.")
    }

    /// Proof-reading 11, P-14: `{{ peringkat A B }}` compares A with the whole B from the data, names B by the acronym
    /// the sentence before introduced ("TPT nasional") and says above, below or level as the two print.
    func testRankAgainstTheNationalFigureSaysWhichSideTheRegionIsOn() throws {
        let (narrative, _) = try bind("""
            nilai:
              tpt: tpt-provinsi.tpt(periode=2024-08, kode_wilayah={{ kode-wilayah }})
              nasional: tpt-provinsi.tpt(periode=2024-08, kode_wilayah=00)
            awal: Tingkat Pengangguran Terbuka (TPT) {{ wilayah }} sebesar {{ tpt }}. TPT ini {{ peringkat tpt nasional }}.
            """, region: RegionParameter(code: "33", name: "Jawa Tengah"))
        XCTAssertEqual(narrative.plainText, "Tingkat Pengangguran Terbuka (TPT) Jawa Tengah sebesar 4,78 persen. TPT ini tertinggi ke-14 dari 38 "
                       + "provinsi, tetapi lebih rendah daripada TPT nasional (4,91 persen).")
        let (banten, _) = try bind("awal: \"{{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=36) tpt-provinsi.tpt(periode=2024-08, kode_wilayah=00) }}\"")
        XCTAssertEqual(banten.plainText, "tertinggi kedua dari 38 provinsi dan lebih tinggi daripada Tingkat Pengangguran Terbuka nasional (4,91 persen)")
        // Level as printed (4,19 and 4,19), after a tie closed by its comma; a whole that is a region is named.
        let (level, _) = try bind("awal: \"{{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=35) tpt-provinsi.tpt(periode=2024-08, kode_wilayah=18) }}\"")
        XCTAssertEqual(level.plainText, "tertinggi ke-18 dari 38 provinsi, sama dengan Lampung dan Sulawesi Selatan, dan sama dengan "
                       + "Tingkat Pengangguran Terbuka Lampung (4,19 persen)")
    }

    func testChangeWithoutTheSamePeriodAYearEarlierSaysSoInsteadOfComparingAnotherMonth() throws {
        // The four Papua provinces formed in 2022 have no Agustus 2023 figure. BPS compares Sakernas year on year, so
        // Agustus 2024 is not compared with Februari 2024 (issue 14 review, finding 4).
        let (narrative, papuaWarnings) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=95) }}\"")
        // The dataset declares why (`tidak-sebanding:`, the 2022 split): the text gives that reason.
        XCTAssertEqual(narrative.plainText, "tidak dapat dibandingkan dengan Agustus 2023 karena BPS belum menyajikan angka 2023 untuk provinsi hasil pemekaran 2022 ini (angka 2023 masih disajikan menurut 34 provinsi)")
        XCTAssertEqual(papuaWarnings.map(\.message), ["`tpt-provinsi.tpt(periode=2024-08, kode_wilayah=95)` has no value for Agustus 2023, a year earlier, to compare with; the text says so"])
        let (first, warnings) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2023-02, kode_wilayah=11) }}\"")
        XCTAssertEqual(first.plainText, "tidak dapat dibandingkan dengan Februari 2022 karena angka periode itu tidak tersedia")
        XCTAssertEqual(warnings.count, 1)
        // A comparison the template names is kept: `{{ perubahan A B }}`.
        let (explicit, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=95) tpt-provinsi.tpt(periode=2024-02, kode_wilayah=95) }}\"")
        XCTAssertEqual(explicit.plainText, "turun 0,70 persen poin dibanding Februari 2024 (4,75 persen)")
    }

    /// Proof-reading 20: a wage decree carries sen (Riau's UMP 2024 is 3.294.625,56, 2025's 3.508.776,22), and the
    /// change had been computed before rounding: "naik 214.151" beside 3.508.776 and 3.294.626, which a reader
    /// subtracts to 214.150. The change is the difference of the two figures as printed.
    func testAChangeIsTheDifferenceOfTheTwoFiguresAsPrinted() throws {
        let (riau, _) = try bind("awal: \"{{ perubahan ump-provinsi.ump(periode=2025, kode_wilayah=14) }}\"")
        // Proof-reading 40: the change and the earlier value in rupiah; "per bulan" is the first value's to say.
        XCTAssertEqual(riau.plainText, "naik 214.150 rupiah (6,50 persen) dibanding 2024 (3.294.626 rupiah)")
        let (banjar, _) = try bind("awal: \"{{ perubahan umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=3279) }}\"")
        XCTAssertTrue(banjar.plainText.hasPrefix("naik 146.019 rupiah ("), banjar.plainText)
    }

    func testNoChangeAcrossADeclaredBreakInComparability() throws {
        // Datasets/tpt-provinsi.yaml: `tidak-sebanding:` Papua (94) and Papua Barat (91) in 2023 may cover the territory
        // before the 2022 split (issue 14 review, finding 1).
        let reason = "tidak dapat dibandingkan dengan Agustus 2023 karena BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022"
        let (papua, _) = try bind("awal: \"TPT Papua {{ tpt-provinsi.tpt(periode=2024-08, kode_wilayah=94) }}, {{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=94) }}.\"")
        XCTAssertEqual(papua.plainText, "TPT Papua 6,48 persen, \(reason).")
        let (papuaBarat, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=91) }}\"")
        XCTAssertEqual(papuaBarat.plainText, reason)
        // Also when the template names the earlier value itself; on one side of the break the change is computed.
        let (explicit, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-02, kode_wilayah=94) tpt-provinsi.tpt(periode=2023-02, kode_wilayah=94) }}\"")
        XCTAssertEqual(explicit.plainText, "tidak dapat dibandingkan dengan Februari 2023 karena BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022")
        let (after, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2025-02, kode_wilayah=94) }}\"")
        XCTAssertEqual(after.plainText, "naik 1,11 persen poin dibanding Februari 2024 (5,81 persen)")
        // Other provinces are not concerned.
        let (jawaBarat, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32) }}\"")
        XCTAssertTrue(jawaBarat.plainText.hasPrefix("turun"), jawaBarat.plainText)
        let (english, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=94) }}\"", language: .english)
        XCTAssertEqual(english.plainText, "cannot be compared with August 2023 because BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022")
    }

    func testNoChangeRankOrTieRestsOnADoubtfulValue() throws {
        // Datasets/umk-kabupaten-kota-jabar.yaml: `diragukan:` the UMK 2023 of Kota Sukabumi (3272), which the source
        // gives exactly as Kabupaten Cianjur's (proof-reading 9, M2: "naik 330.795 rupiah per bulan (12,91 persen)",
        // "sama dengan Kabupaten Cianjur" and, in Cianjur's booklet, "sama dengan Kota Sukabumi"). Proof-reading 10, M2
        // and N-12: the value itself is not printed either; the sentences resting on it give way to one that says why,
        // and the others are ranked among the regions whose figures compare.
        func sentence(_ code: String) -> String {
            "awal: \"Upah Minimum Kabupaten/Kota (UMK) sebesar {{ umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=\(code)) }}, "
                + "{{ perubahan umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=\(code)) }}. Angka 2023 adalah angka terakhir. "
                + "Di Jawa Barat, UMK tersebut {{ peringkat umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=\(code)) }}.\""
        }
        let (sukabumi, _) = try bind(sentence("3272"))
        XCTAssertEqual(sukabumi.plainText, "Upah Minimum Kabupaten/Kota (UMK) 2023 Kota Sukabumi belum dapat disajikan karena angka dalam sumber "
                       + "sama persis dengan UMK 2023 Kabupaten Cianjur dan belum dapat dicocokkan dengan keputusan gubernur. "
                       // Proof-reading 11, P-7: the region's last figure that can be given, from the data (2022 is not doubtful).
                       // Proof-reading 12, Q-8: no table or chart prints it, so the sentence names its source.
                       + "Angka terakhir yang dapat disajikan adalah UMK 2022, yaitu 2.562.434 rupiah per bulan (sumber: Disnakertrans "
                       + "Provinsi Jawa Barat, Daftar Upah Minimum Kabupaten/Kota, melalui Open Data Jabar). "
                       + "Angka 2023 adalah angka terakhir.")
        // Cianjur's own value is not doubtful: its change and rank stand, among the 26 that compare, with no tie.
        let (cianjur, _) = try bind(sentence("3203"))
        XCTAssertEqual(cianjur.plainText, "Upah Minimum Kabupaten/Kota (UMK) sebesar 2.893.229 rupiah per bulan, naik 193.415 rupiah "
                       + "(7,16 persen) dibanding 2022 (2.699.814 rupiah). Angka 2023 adalah angka terakhir. Di Jawa Barat, UMK tersebut terendah ke-12 "
                       + "dari 26 kabupaten/kota yang angkanya dapat dibandingkan.")
        // A later year compared with the doubtful one says so, without its figure (2022 → 2023 named explicitly here).
        let (earlier, _) = try bind("awal: \"{{ perubahan umk-kabupaten-kota-jabar.umk(periode=2022, kode_wilayah=3272) umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=3272) }}\"")
        XCTAssertEqual(earlier.plainText, "tidak dibandingkan dengan 2023, yang angkanya diragukan karena angka dalam sumber sama persis dengan UMK 2023 "
                       + "Kabupaten Cianjur dan belum dapat dicocokkan dengan keputusan gubernur")
        // In English the sentence gives no Indonesian reason.
        let (english, _) = try bind(sentence("3272"), language: .english)
        XCTAssertEqual(english.plainText, "Upah Minimum Kabupaten/Kota (UMK; Kota Sukabumi, 2023) is not shown, as the source's figure is doubtful. "
                       + "The latest figure that can be shown is the UMK of 2022, 2,562,434 rupiah per month (source: Disnakertrans Provinsi "
                       + "Jawa Barat, Daftar Upah Minimum Kabupaten/Kota, melalui Open Data Jabar). Angka 2023 adalah angka terakhir.")
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

    /// Proof-reading 16, #13: a note pointed to "grafik distribusi" by words, as it could not know the figure's
    /// number. A note's `{{ ref id }}` is written as the figure's label; an id that names no figure is an error at the
    /// figure, with the nearest id.
    func testANoteRefersToAnotherFigureByItsNumber() throws {
        func publication(_ note: String) throws -> BoundPublication {
            let text = """
                publikasi: { judul: Uji, penomoran: per-bab }
                bab:
                  - judul: Satu
                    isi:
                """ + "\n" + provinceBars + "\n" + """
                      - jenis: grafik-garis
                        id: tpt-nasional
                        judul: TPT, 2015–2024
                        data: indikator-nasional
                        nilai: tpt
                        sumber: BPS
                        catatan: "\(note)"
                """
            let problems = DiagnosticCollector()
            let spec = try XCTUnwrap(TemplateParser.parse(text, file: "uji.yaml", problems: problems))
            try problems.throwIfErrors()
            return try FigureBinder(datasets: datasets).bind(spec)
        }
        let bound = try publication("Menurut provinsi: {{ ref tpt-provinsi }}.")
        XCTAssertEqual(bound.figures.first { $0.id == "tpt-nasional" }?.components.notes.map(\.text), ["Menurut provinsi: Grafik 1.1."])
        XCTAssertThrowsError(try publication("Menurut provinsi: {{ ref tpt-provinsii }}.")) { error in
            let text = ((error as? DiagnosticError)?.diagnostics ?? []).map(\.description).joined(separator: "\n")
            XCTAssertTrue(text.contains("figure `tpt-nasional`: a note's `{{ ref tpt-provinsii }}` names no figure of this publication"), text)
            XCTAssertTrue(text.contains("Did you mean `{{ ref tpt-provinsi }}`?"), text)
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

    /// Proof-reading 41: a share of a whole counted in another unit of persons is computed in one unit: 51,49 juta orang
    /// of 139.852.377 orang is 36,8 persen (it was written "0,0 persen"); a whole of another kind is refused.
    func testShareConvertsTheWholeIntoThePartsUnit() throws {
        let (narrative, _) = try bind("""
            nilai:
              sd: bekerja-pendidikan.penduduk_bekerja(periode=2023-08, pendidikan=SD ke bawah)
              bekerja: indikator-nasional.bekerja(periode=2023-08)
            awal: "{{ sd }}, {{ pangsa sd bekerja }}"
            """)
        XCTAssertEqual(narrative.plainText, "51,49 juta orang, 36,8 persen")
        XCTAssertThrowsError(try bind("""
            awal: "{{ pangsa bekerja-pendidikan.penduduk_bekerja(periode=2023-08, pendidikan=SD ke bawah) indikator-nasional.tpt(periode=2023-08) }}"
            """)) { error in
            let text = ((error as? DiagnosticError)?.diagnostics ?? []).map(\.description).joined(separator: "\n")
            XCTAssertTrue(text.contains("one cannot be a share of the other"), text)
        }
    }

    // MARK: bahasa: en

    func testEnglishPlaceholdersAreWrittenInEnglish() throws {
        let (narrative, _) = try bind("""
            nilai:
              tpt: indikator-nasional.tpt(periode=2024-08)
              unemployed: indikator-nasional.pengangguran(periode=2024-08)
            awal: |
              The open unemployment rate (TPT) {{ perubahan tpt }}. In {{ periode tpt }} it was **{{ tpt }}** ({{ angka tpt }}).

              Unemployment, {{ unemployed }}, {{ perubahan unemployed }}; {{ pangsa unemployed indikator-nasional.angkatan_kerja(periode=2024-08) }} of the labour force.

              Highest {{ tertinggi tpt-provinsi.tpt(periode=2024-08) }}, lowest {{ terendah tpt-provinsi.tpt(periode=2024-08) }}.
            akhir: See {{ ref tpt-provinsi }}.
            """, language: .english)
        XCTAssertEqual(narrative.plainText, """
            The open unemployment rate (TPT) fell by 0.41 percentage points from August 2023 (5.32 percent). In August 2024 it was 4.91 percent (4.91).

            Unemployment, 7,465,599 persons, fell by 389,476 persons (4.96 percent) from August 2023 (7,855,075 persons); 4.9 percent of the labour force.

            Highest Jawa Barat (6.75 percent), lowest Papua Pegunungan (1.32 percent).

            See Figure 1.1.
            """)
    }

    func testEnglishChangeWithoutAnEarlierPeriod() throws {
        let (papua, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2024-08, kode_wilayah=95) }}\"", language: .english)
        XCTAssertEqual(papua.plainText, "cannot be compared with August 2023, for which there is no figure")
        let (first, _) = try bind("awal: \"{{ perubahan tpt-provinsi.tpt(periode=2023-02, kode_wilayah=11) }}\"", language: .english)
        XCTAssertEqual(first.plainText, "cannot be compared with February 2022, for which there is no figure")
    }

    func testEnglishRanksHaveEnglishOrdinals() throws {
        // TPT Agustus 2024: Jawa Barat 6,75 (1st), Banten 6,68, Papua Barat Daya and Papua 6,48 (both 3rd), Sumatera Utara
        // 5,60 (11th after the tie at 9th), Kalimantan Timur, Kalimantan Barat, Jawa Tengah; past the middle counted from
        // the foot (proof-reading 17): Papua Barat 4,13 (21st from the top, 18th from the foot), Papua Selatan, Maluku Utara.
        let expected = [("32", "the highest of 38 provinces"), ("36", "2nd highest of 38 provinces"),
                        ("92", "3rd highest of 38 provinces, tied with Papua"), ("94", "3rd highest of 38 provinces, tied with Papua Barat Daya"),
                        ("12", "11th highest of 38 provinces"), ("64", "12th highest of 38 provinces"),
                        ("61", "13th highest of 38 provinces"), ("33", "14th highest of 38 provinces"),
                        ("91", "18th lowest of 38 provinces"), ("95", "17th lowest of 38 provinces"),
                        ("82", "16th lowest of 38 provinces")]
        let (narrative, _) = try bind("awal: \"" + expected.map { "{{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=\($0.0)) }}" }
            .joined(separator: "; ") + "\"", language: .english)
        XCTAssertEqual(narrative.plainText, expected.map(\.1).joined(separator: "; "))
    }

    func testEnglishAutomaticSentences() throws {
        let (narrative, _) = try bind(automaticSentences, language: .english)
        XCTAssertEqual(narrative.paragraphs.count, 1)
        XCTAssertEqual(narrative.plainText, [
            "Tingkat Partisipasi Angkatan Kerja in Indonesia was 70.63 percent in August 2024; it rose by 1.15 percentage points from August 2023 (69.48 percent).",
            "In August 2024, Tingkat Pengangguran Terbuka was highest in Jawa Barat (6.75 percent) and lowest in Papua Pegunungan (1.32 percent); the national figure was 4.91 percent.",
            "12 of 38 provinces recorded Tingkat Pengangguran Terbuka above the national figure.",
            "Among negara tujuan, Taiwan had the largest share of penempatan PMI in 2023 (30.3 percent), followed by Malaysia (26.3 percent) and Hong Kong (24.0 percent).",
        ].joined(separator: " "))
    }

    func testEnglishSentencesOfCategoriesThatAreNotRegions() throws {
        // Education levels are categories, not regions: "for", not "in".
        let (narrative, _) = try bind("""
            tengah:
              otomatis:
                - tertinggi-terendah: bekerja-pendidikan.tpt(periode=2024-08)
            """, language: .english)
        XCTAssertEqual(narrative.plainText,
                       "In August 2024, Tingkat Pengangguran Terbuka was highest for SMK (9.01 percent) and lowest for SD ke bawah (2.32 percent).")
    }

    func testRegionSubstitutionKeepsOtherPlaceholders() {
        let region = RegionParameter(code: "33", name: "Jawa Tengah")
        XCTAssertEqual(region.substitute(into: "{{wilayah}} ({{ kode-wilayah }}): {{ tpt }}"), "Jawa Tengah (33): {{ tpt }}")
        XCTAssertEqual(RegionParameter.allProvinces.count, 38)
    }

    // MARK: Sentences as a person writes them (issue 14, defect 9)

    /// Proof-reading 21: Papua Tengah's UMP 2025 (4.285.848) stands fifth, two rupiah under three provinces tied at
    /// 4.285.850; the sentence says so rather than let "kelima" suggest a gap. Papua, at 4.285.850, is plainly tied.
    func testARankSkippingRegionsByAHairSaysByHowMuch() throws {
        let (text, _) = try bind("awal: \"{{ peringkat ump-provinsi.ump(periode=2025, kode_wilayah=96) }}; {{ peringkat ump-provinsi.ump(periode=2025, kode_wilayah=94) }}\"")
        XCTAssertEqual(text.plainText.components(separatedBy: "; "), [
            "tertinggi kelima dari 38 provinsi, hanya 2 rupiah per bulan di bawah Papua, Papua Selatan, dan Papua Pegunungan",
            "tertinggi kedua dari 38 provinsi, sama dengan Papua Selatan dan Papua Pegunungan",
        ])
    }

    /// Proof-reading 21: a survey's counts are told in juta orang, as BPS writes them (`nilai: { data: …, satuan: … }`),
    /// and the change is in the same unit; a unit of another kind is refused with the line and what to write.
    func testAValueIsWrittenInTheUnitItsEntryNames() throws {
        let (text, _) = try bind("""
            nilai:
              bekerja: { data: "indikator-nasional.bekerja(periode=2024-08)", satuan: juta orang }
            awal: "{{ bekerja }}; {{ perubahan bekerja }}"
            """)
        XCTAssertEqual(text.plainText, "144,64 juta orang; naik 4,79 juta orang (3,42 persen) dibanding Agustus 2023 (139,85 juta orang)")
        XCTAssertThrowsError(try bind("""
            nilai:
              tpt: { data: "indikator-nasional.tpt(periode=2024-08)", satuan: juta orang }
            awal: "{{ tpt }}"
            """)) { error in
            let text = ((error as? DiagnosticError)?.diagnostics ?? []).map(\.description).joined(separator: "\n")
            XCTAssertTrue(text.contains("`satuan: juta orang` cannot write `tpt`, which is counted in persen"), text)
            XCTAssertTrue(text.contains("uji.yaml:"), text)
        }
    }

    func testRanksCountEveryPlaceFromItsNearerEnd() throws {
        // TPT Agustus 2024 of 38 provinces: Jawa Barat (32) 1st, Banten (36) 2nd, Kepulauan Riau (21) 5th, DKI Jakarta (31)
        // 6th, Jawa Timur (35) 18th with Lampung and Sulawesi Selatan (4,19), Sulawesi Tengah (72) 33rd, Papua Tengah (96)
        // 34th = 5th lowest, Bali (51) 37th, Papua Pegunungan (97) 38th; each counted from its nearer end (proof-reading
        // 17; proof-reading 15: Sulawesi Tengah is "terendah keenam").
        let codes = ["32", "36", "21", "31", "35", "72", "96", "51", "97"]
        let ranks = codes.map { "{{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=\($0)) }}" }.joined(separator: "; ")
        let (indonesian, _) = try bind("awal: \"\(ranks)\"")
        XCTAssertEqual(indonesian.plainText.components(separatedBy: "; "), [
            "tertinggi di antara 38 provinsi", "tertinggi kedua dari 38 provinsi", "tertinggi kelima dari 38 provinsi",
            "tertinggi keenam dari 38 provinsi",
            "tertinggi ke-18 dari 38 provinsi, sama dengan Lampung dan Sulawesi Selatan",
            "terendah keenam dari 38 provinsi",
            "terendah kelima dari 38 provinsi", "terendah kedua dari 38 provinsi", "terendah di antara 38 provinsi",
        ])
        let (english, _) = try bind("awal: \"\(ranks)\"", language: .english)
        XCTAssertEqual(english.plainText.components(separatedBy: "; "), [
            "the highest of 38 provinces", "2nd highest of 38 provinces", "5th highest of 38 provinces",
            "6th highest of 38 provinces",
            "18th highest of 38 provinces, tied with Lampung and Sulawesi Selatan",
            "6th lowest of 38 provinces",
            "5th lowest of 38 provinces", "2nd lowest of 38 provinces", "the lowest of 38 provinces",
        ])
    }

    func testSharesNameWhatThePartsAreAndDoNotRepeatTheWhole() throws {
        let shares = """
            tengah:
              otomatis:
                - pangsa: pmi-negara-tujuan.penempatan_pmi(periode=2023)
                - pangsa: pmi-provinsi-asal.penempatan_pmi_menurut_provinsi_asal(periode=2023)
                - pangsa: phk-provinsi.tenaga_kerja_ter_phk
            """
        let (indonesian, _) = try bind(shares)
        XCTAssertEqual(indonesian.plainText, [
            "Menurut negara tujuan, pangsa penempatan PMI terbesar pada 2023 dimiliki Taiwan (30,3 persen), disusul Malaysia (26,3 persen) dan Hong Kong (24,0 persen).",
            // The same measure and period again: not named twice in one paragraph (issue 14 review, finding 8). The next
            // sentences take the next wordings, not "… adalah X, disusul Y dan Z" three times (proof-reading 11, P-16).
            "Menurut provinsi asal, Jawa Timur mencatat pangsa terbesar (24,8 persen), diikuti Jawa Tengah (21,5 persen) dan Jawa Barat (19,3 persen).",
            "Menurut provinsi, pangsa tenaga kerja ter-PHK terbesar pada Januari–November 2024 tercatat di DKI Jakarta (21,4 persen), kemudian Jawa Tengah (19,2 persen) dan Banten (15,8 persen).",
        ].joined(separator: " "))
        XCTAssertFalse(indonesian.plainText.contains("274.965"), "the whole is in the figure's note, not repeated in the text")
        let (english, _) = try bind(shares, language: .english)
        XCTAssertTrue(english.plainText.hasPrefix(
            "Among negara tujuan, Taiwan had the largest share of penempatan PMI in 2023 (30.3 percent), followed by Malaysia (26.3 percent) and Hong Kong (24.0 percent)."),
                      english.plainText)
    }

    func testBracketsSideBySideBecomeOne() throws {
        let (narrative, _) = try bind("""
            awal: |
              TPT tertinggi di {{ tertinggi tpt-provinsi.tpt(periode=2024-08) }} ({{ ref tpt-provinsi }}), nasional ({{ tpt-provinsi.tpt(periode=2024-08, kode_wilayah=00) }}) (catatan).
            """)
        XCTAssertEqual(narrative.plainText, "TPT tertinggi di Jawa Barat (6,75 persen; Grafik 1.1), nasional (4,91 persen; catatan).")
        let merged = [InlineText("a (1)"), InlineText(" (", emphasis: .bold), InlineText("b)")].mergingAdjacentBrackets()
        XCTAssertEqual(merged.map(\.text), ["a (1;", " ", "b)"])
        XCTAssertEqual(merged.map(\.emphasis), [[], .bold, []])
    }

    func testAValueBesideAFigureIsRoundedAsTheFigureShowsIt() throws {
        // The donut prints the shares of penduduk bekerja with one decimal (35,8 %); the data has two (35,80).
        let problems = DiagnosticCollector()
        let spec = try XCTUnwrap(TemplateParser.parse("""
            publikasi: { judul: Uji, penomoran: per-bab }
            bab:
              - judul: Satu
                isi:
                  - jenis: narasi
                    id: n
                    awal: |
                      Paling banyak {{ tertinggi bekerja-pendidikan.distribusi_penduduk_bekerja(periode=2024-08) }} ({{ ref donat }}).

                      Tanpa rujukan {{ tertinggi bekerja-pendidikan.distribusi_penduduk_bekerja(periode=2024-08) }}.
            \(TemplateBinding.listItem("id: donat\n" + TemplateBinding.employedByEducationDonut, indent: 6))
              - judul: Dua
                isi:
                  - jenis: narasi
                    id: lain
                    awal: Di bab lain {{ tertinggi bekerja-pendidikan.distribusi_penduduk_bekerja(periode=2024-08) }}.
            """, file: "uji.yaml", problems: problems))
        try problems.throwIfErrors()
        let bound = try FigureBinder(datasets: datasets).bind(spec)
        // One rounding per measure in a chapter (proof-reading 6): a value the chapter's donut prints is written as it
        // prints it even where the paragraph does not refer to the donut; another chapter keeps the data's decimals.
        XCTAssertEqual(try XCTUnwrap(bound.narratives["n"]).plainText, """
            Paling banyak SD ke bawah (35,8 persen; Grafik 1.1).

            Tanpa rujukan SD ke bawah (35,8 persen).
            """)
        XCTAssertEqual(try XCTUnwrap(bound.narratives["lain"]).plainText, "Di bab lain SD ke bawah (35,80 persen).")
    }

    func testRangesInTheTextAreWrittenAsTheDataLabelsThem() throws {
        // The data labels age groups "15–24 tahun" (metadata `label:`, an en dash); a value named by its category prints it the same way in text and table.
        let (narrative, _) = try bind("""
            awal: "Tertinggi pada {{ tertinggi tpt-jenis-kelamin-daerah.tpt(periode=2024-08, dimensi=kelompok_umur) }}."
            """)
        XCTAssertEqual(narrative.plainText, "Tertinggi pada 15–24 tahun (17,32 persen).")
    }

    // MARK: Sentences an editor would sign (issue 14 review, findings 4, 8 and 9)

    func testTiesNameTheRegionsThatShareThePlace() throws {
        // UMP 2025: Papua, Papua Selatan and Papua Pegunungan all 4.285.850, second after DKI Jakarta; TPT Agustus 2024:
        // Papua and Papua Barat Daya both 6,48.
        let (narrative, _) = try bind("""
            awal: "{{ peringkat ump-provinsi.ump(periode=2025, kode_wilayah=97) }}; {{ peringkat tpt-provinsi.tpt(periode=2024-08, kode_wilayah=94) }}"
            """)
        XCTAssertEqual(narrative.plainText, "tertinggi kedua dari 38 provinsi, sama dengan Papua dan Papua Selatan; "
                       + "tertinggi ketiga dari 38 provinsi, sama dengan Papua Barat Daya")
    }

    func testAnAcronymTheTextIntroducedIsUsedAfterwards() throws {
        let (narrative, _) = try bind("""
            awal: "Tingkat Pengangguran Terbuka (TPT) Indonesia {{ tpt-provinsi.tpt(periode=2024-08, kode_wilayah=00) }}."
            tengah:
              otomatis:
                - tertinggi-terendah: tpt-provinsi.tpt(periode=2024-08)
                - di-atas-nasional: tpt-provinsi.tpt(periode=2024-08)
            """)
        XCTAssertEqual(narrative.plainText, """
            Tingkat Pengangguran Terbuka (TPT) Indonesia 4,91 persen.

            TPT pada Agustus 2024 tertinggi di Jawa Barat (6,75 persen) dan terendah di Papua Pegunungan (1,32 persen). Sebanyak 12 dari 38 provinsi mencatat TPT di atas angka nasional.
            """)
        // The national figure the text gave is not repeated beside the extremes (proof-reading 10, N-10: the bulletin's
        // Ringkasan said "angka nasional 4,91 persen" in its right column after "sebesar 4,91 persen" in its left).
    }

    func testTheExtremesSentenceDoesNotRepeatThatTheRegionItselfIsTheExtreme() throws {
        // 2024: Kota Cimahi (3277) 8,97 the highest of the 27, Kabupaten Pangandaran (3218) 1,58 the lowest.
        func narasi(_ code: String) throws -> String {
            try bind("""
                awal: "TPT {{ tpt-kabupaten-kota-jabar.tpt(periode=2024, kode_wilayah=\(code)) }}, {{ peringkat tpt-kabupaten-kota-jabar.tpt(periode=2024, kode_wilayah=\(code)) }}."
                tengah:
                  otomatis:
                    - tertinggi-terendah: tpt-kabupaten-kota-jabar.tpt(periode=2024)
                """).0.plainText
        }
        XCTAssertEqual(try narasi("3277"), """
            TPT 8,97 persen, tertinggi di antara 27 kabupaten/kota.

            Tingkat Pengangguran Terbuka pada Agustus 2024 terendah di Kabupaten Pangandaran (1,58 persen).
            """)
        XCTAssertEqual(try narasi("3218"), """
            TPT 1,58 persen, terendah di antara 27 kabupaten/kota.

            Tingkat Pengangguran Terbuka pada Agustus 2024 tertinggi di Kota Cimahi (8,97 persen).
            """)
        XCTAssertTrue(try narasi("3273").contains("tertinggi di Kota Cimahi (8,97 persen) dan terendah di Kabupaten Pangandaran (1,58 persen)."))
    }

    func testRupiahAreWrittenWhole() throws {
        // UMK Kota Bandung 2023 is 4.048.462,69 in the data; narasi writes whole rupiah, never sen or ",00".
        let (narrative, _) = try bind("""
            awal: "UMK {{ umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=3273) }}, {{ perubahan umk-kabupaten-kota-jabar.umk(periode=2023, kode_wilayah=3273) }}; tertinggi {{ tertinggi umk-kabupaten-kota-jabar.umk(periode=2023) }}."
            """)
        let text = narrative.plainText
        XCTAssertTrue(text.hasPrefix("UMK 4.048.463 rupiah per bulan, naik 273.602 rupiah ("), text)
        XCTAssertFalse(text.contains(",00") || text.contains(",69") || text.contains(",91"), text)
    }
}
