import SajianForms
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

final class TemplateParserTests: XCTestCase {
    private let valid = """
        publikasi:
          judul: Buletin Contoh
          penerbit: Pusdatin
          bahasa: en
        bab:
          - judul: Pengangguran
            isi:
              - jenis: grafik-batang
                id: tpt
                judul: TPT menurut Provinsi
                data: tpt-provinsi
                saring: { periode: 2024-08 }
                kategori: wilayah
                nilai: tpt
                arah: horizontal
                urut: menurun
                sorot: [Indonesia, Bali]
                ukuran: 160mm x 100mm
                sumber: BPS, Sakernas
              - jenis: tabel-silang
                judul: UMP
                data: ump
                baris: wilayah
                kolom: periode
                nilai: ump
                sumber: Kemnaker
        """

    private func parse(_ text: String) -> (PublicationSpec?, DiagnosticCollector) {
        let problems = DiagnosticCollector()
        return (TemplateParser.parse(text, file: "t.yaml", problems: problems), problems)
    }

    func testParsesIntoTypedSpec() throws {
        let (spec, problems) = parse(valid)
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        let publication = try XCTUnwrap(spec)
        XCTAssertEqual(publication.title?.value, "Buletin Contoh")
        XCTAssertEqual(publication.locale, .english)
        XCTAssertEqual(publication.figures.count, 2)
        let chart = publication.figures[0]
        XCTAssertEqual(chart.id, "tpt")
        XCTAssertEqual(chart.title?.location.line, 10)
        XCTAssertEqual(chart.filters.first?.dimension.value, "periode")
        XCTAssertEqual(chart.filters.first?.value, "2024-08")
        XCTAssertEqual(chart.size.width, 160 * 72 / 25.4, accuracy: 0.001)
        XCTAssertEqual(chart.size.height ?? 0, 100 * 72 / 25.4, accuracy: 0.001)
        guard let bar = chart.form as? BarChartSpec else { return XCTFail("expected a bar chart") }
        XCTAssertEqual(bar.orientation, .horizontal)
        XCTAssertEqual(bar.sort, .descending)
        XCTAssertEqual(bar.highlighted, ["Indonesia", "Bali"])
        XCTAssertEqual(publication.figures[1].id, "table-1-2", "an id is derived when the template gives none")
        guard let table = publication.figures[1].form as? TableSpec else { return XCTFail("expected a table") }
        XCTAssertEqual(table.columns.map(\.value), ["periode"])
    }

    /// Proof-readings 55 and 56: the covers were half empty under their band. `sampul:` may list key figures for the
    /// cover (`angka-kunci:`, written as a chapter's tile, `jenis:` left out), kept apart from the chapters' figures;
    /// `sampul: ya`/`tidak` still says whether there is a cover; any other form on the cover is refused at its line.
    func testTheCoverListsKeyFiguresApartFromTheChapters() throws {
        let cover = """
              judul: Buletin Contoh
              sampul:
                angka-kunci:
                  - label: Pengangguran terbuka (TPT)
                    data: indikator-nasional
                    nilai: tpt
                    periode: 2024-08
                    arah-baik: turun
                    sumber: BPS, Sakernas
                  - id: bekerja
                    jenis: angka-kunci
                    judul: Penduduk bekerja, Agustus 2024
                    label: Penduduk bekerja
                    data: indikator-nasional
                    nilai: bekerja
            """
        let (spec, problems) = parse(valid.replacingOccurrences(of: "  judul: Buletin Contoh", with: cover))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        let publication = try XCTUnwrap(spec)
        XCTAssertTrue(publication.hasCover)
        XCTAssertEqual(publication.figures.count, 2, "the chapters' figures alone")
        XCTAssertEqual(publication.coverFigures.map(\.id), ["sampul-1", "bekerja"])
        XCTAssertEqual(publication.coverFigures.map(\.kind), [.keyFigure, .keyFigure])
        XCTAssertEqual(publication.coverFigures.map { $0.title?.value }, ["Pengangguran terbuka (TPT)", "Penduduk bekerja, Agustus 2024"],
                       "a tile's label is its judul where it has none")
        XCTAssertEqual(publication.coverFigures[0].filters.map(\.dimension.value), [])

        let (plain, plainProblems) = parse(valid.replacingOccurrences(of: "  judul: Buletin Contoh", with: "  judul: Buletin Contoh\n  sampul: tidak"))
        XCTAssertEqual(plainProblems.diagnostics.map(\.description), [])
        XCTAssertEqual(plain?.hasCover, false)
        XCTAssertEqual(plain?.coverFigures.count, 0)

        let (_, refused) = parse(valid.replacingOccurrences(of: "  judul: Buletin Contoh",
                                                            with: cover.replacingOccurrences(of: "jenis: angka-kunci", with: "jenis: tabel-silang")
                                                                + "\n    warna: biru"))
        let messages = refused.diagnostics.map(\.description)
        XCTAssertTrue(messages.contains { $0.hasPrefix("t.yaml:12:") && $0.contains("the cover holds key figures only, not `jenis: tabel-silang`") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("`warna`") && $0.contains("`sampul`") }, "an unknown key under `sampul`: \(messages)")
    }

    func testANoteOnTheHighlightIsKeptApartAndAnUnknownSubjectIsRefusedWithItsLine() throws {
        let notes = "        sumber: BPS, Sakernas\n        catatan:\n          - { teks: Batang jingga adalah Bali., tentang: sorot }\n          - Angka Agustus.\n"
        let (spec, problems) = parse(valid.replacingOccurrences(of: "        sumber: BPS, Sakernas\n", with: notes))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        let chart = try XCTUnwrap(spec?.figures.first)
        XCTAssertEqual(chart.highlightNotes, ["Batang jingga adalah Bali."])
        XCTAssertEqual(chart.notes, ["Angka Agustus."])

        let (_, refused) = parse(valid.replacingOccurrences(of: "        sumber: BPS, Sakernas\n",
                                                            with: notes.replacingOccurrences(of: "tentang: sorot", with: "tentang: garis")))
        let message = try XCTUnwrap(refused.diagnostics.first?.description)
        XCTAssertTrue(message.hasPrefix("t.yaml:21:"), message)
        XCTAssertTrue(message.contains("`tentang: garis`"), message)
        XCTAssertTrue(message.contains("`tentang: sorot`"), message)
    }

    func testFigureWithoutSumberIsRefusedNamingFigureAndComponent() throws {
        let (spec, problems) = parse(valid.replacingOccurrences(of: "        sumber: BPS, Sakernas\n", with: ""))
        XCTAssertFalse(problems.hasErrors, "a missing component is a rule of PER.03, checked after parsing")
        let diagnostics = MandatoryComponents.check(try XCTUnwrap(spec))
        XCTAssertEqual(diagnostics.count, 1)
        let message = diagnostics[0].description
        XCTAssertTrue(message.hasPrefix("t.yaml:8:"), message)
        XCTAssertTrue(message.contains("`tpt`"), message)
        XCTAssertTrue(message.contains("sumber data"), message)
        XCTAssertTrue(message.contains("Add `sumber:`"), message)
    }

    func testTitleWithoutYearIsWarnedNotRefused() throws {
        let (spec, _) = parse(valid)
        let warnings = TitlePeriod.check(try XCTUnwrap(spec))
        XCTAssertEqual(warnings.map(\.severity), [.warning, .warning], "both titles of the template name no year")
        XCTAssertEqual(warnings.first?.location.line, 10)
        XCTAssertTrue(warnings.first?.message.contains("`tpt` names no year") == true, warnings.first?.message ?? "")
        XCTAssertEqual(warnings.first?.hint, "End the title with its period, e.g. `judul: TPT menurut Provinsi, Agustus 2024`.")
        let dated = valid.replacingOccurrences(of: "judul: TPT menurut Provinsi", with: "judul: TPT menurut Provinsi, Agustus 2024")
            .replacingOccurrences(of: "judul: UMP\n", with: "judul: UMP, 2015–2025\n")
        XCTAssertEqual(TitlePeriod.check(try XCTUnwrap(parse(dated).0)), [])
        // A code or a count is not a year: five digits, or four that are not 19xx/20xx.
        let undated = valid.replacingOccurrences(of: "judul: TPT menurut Provinsi", with: "judul: TPT Kabupaten 32010 dan 3273")
            .replacingOccurrences(of: "judul: UMP\n", with: "judul: UMP di atas 1.000.000\n")
        XCTAssertEqual(TitlePeriod.check(try XCTUnwrap(parse(undated).0)).count, 2)
    }

    func testEveryMissingComponentIsReportedAtOnce() throws {
        let text = """
            publikasi: { judul: X }
            bab:
              - isi:
                  - jenis: tabel-tunggal
                    id: t
                    data: d
            """
        let (spec, _) = parse(text)
        let messages = MandatoryComponents.check(try XCTUnwrap(spec)).map(\.message)
        XCTAssertEqual(messages.count, 4, messages.joined(separator: "\n"))
        XCTAssertTrue(messages.contains { $0.contains("judul") })
        XCTAssertTrue(messages.contains { $0.contains("sumber data") })
        XCTAssertTrue(messages.contains { $0.contains("format baris dan kolom (baris)") })
        XCTAssertTrue(messages.contains { $0.contains("format baris dan kolom (nilai)") })
    }

    func testUnknownKeySuggestsTheNearestWithItsLine() {
        let (_, problems) = parse(valid.replacingOccurrences(of: "kategori: wilayah", with: "kategory: wilayah"))
        let error = problems.errors.first { $0.message.contains("kategory") }
        XCTAssertEqual(error?.location.line, 13)
        XCTAssertEqual(error?.hint, "Did you mean `kategori`?")
    }

    func testUnknownFormAndBadChoiceAreErrors() {
        let (_, problems) = parse(valid.replacingOccurrences(of: "jenis: grafik-batang", with: "jenis: grafik-batangan")
            .replacingOccurrences(of: "bahasa: en", with: "bahasa: jawa"))
        let messages = problems.errors.map(\.description)
        XCTAssertTrue(messages.contains { $0.contains("`jenis: grafik-batangan` is not a form") && $0.contains("grafik-batang") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("`bahasa: jawa` is not one of id, en") }, "\(messages)")
    }

    func testInvalidYAMLNamesTheLine() {
        let (spec, problems) = parse("publikasi:\n  judul: [unclosed\nbab: []\n")
        XCTAssertNil(spec)
        XCTAssertEqual(problems.errors.count, 1)
        XCTAssertNotNil(problems.errors[0].location.line)
        XCTAssertTrue(problems.errors[0].message.contains("not valid YAML"))
    }

    func testTabelSilangNeedsKolomAndDuplicateIdsAreRefused() {
        let text = valid.replacingOccurrences(of: "        kolom: periode\n", with: "")
            .replacingOccurrences(of: "judul: UMP", with: "judul: UMP\n        id: tpt")
        let (_, problems) = parse(text)
        let messages = problems.errors.map(\.message)
        XCTAssertTrue(messages.contains { $0.contains("needs `kolom:`") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("two blocks have the id `tpt`") }, "\(messages)")
    }

    func testSizeMustBeSensible() {
        let (_, problems) = parse(valid.replacingOccurrences(of: "ukuran: 160mm x 100mm", with: "ukuran: besar"))
        XCTAssertTrue(problems.errors.contains { $0.message.contains("`ukuran: besar`") })
    }

    /// Issue 15: a control character written as an escape in quotes (`"\\x1F"`) reached the title and made an SVG
    /// no XML reader accepts. It is refused at its value's line, naming the key; tabs and line breaks are text.
    func testControlCharactersInTextAreRefusedAtTheirLine() throws {
        let text = valid
            .replacingOccurrences(of: "judul: TPT menurut Provinsi", with: #"judul: "TPT\x1Fmenurut Provinsi""#)
            .replacingOccurrences(of: "sumber: Kemnaker", with: #"sumber: "Kemnaker\r\tdan BPS\nSakernas""#)
        let (_, problems) = parse(text)
        XCTAssertEqual(problems.diagnostics.map(\.description), [
            "t.yaml:10:16: error: the value of `judul` holds the control character U+001F\n"
                + "    Remove it (in quotes it is written as an escape such as `\\x1F` or `\\r`): text is printed and may hold only visible characters, spaces, tabs and line breaks.",
            "t.yaml:26:17: error: the value of `sumber` holds the control character U+000D\n"
                + "    Remove it (in quotes it is written as an escape such as `\\x1F` or `\\r`): text is printed and may hold only visible characters, spaces, tabs and line breaks.",
        ])
    }

    /// `tata-letak`: lengkap by default, ringkas when asked; a misspelt word is an error with its line, column and the word meant.
    func testPageDensity() throws {
        XCTAssertEqual(try XCTUnwrap(parse(valid).0).page.density, .full)
        let (compact, fine) = parse("publikasi: { judul: Uji, tata-letak: ringkas }\nbab: []\n")
        XCTAssertEqual(fine.diagnostics.map(\.description), [])
        XCTAssertEqual(try XCTUnwrap(compact).page.density, .compact)
        let (_, problems) = parse("publikasi: { judul: Uji, tata-letak: ringkes }\nbab: []\n")
        XCTAssertEqual(problems.errors.map(\.description),
                       ["t.yaml:1:38: error: `tata-letak: ringkes` is not one of lengkap, ringkas\n    Did you mean `tata-letak: ringkas`?"])
    }

    /// `kelipatan-halaman` and `halaman-tambahan`: as the content falls and blank by default; 4 and notes pages when
    /// asked; a page multiple no binding has is an error naming the line and the values.
    func testPageMultipleAndExtraPages() throws {
        let plain = try XCTUnwrap(parse(valid).0)
        XCTAssertEqual(plain.page.pageMultiple, 1)
        XCTAssertEqual(plain.page.extraPages, .blank)
        let (booklet, fine) = parse("publikasi: { judul: Uji, kelipatan-halaman: 4, halaman-tambahan: catatan }\nbab: []\n")
        XCTAssertEqual(fine.diagnostics.map(\.description), [])
        XCTAssertEqual(try XCTUnwrap(booklet).page.pageMultiple, 4)
        XCTAssertEqual(try XCTUnwrap(booklet).page.extraPages, .notes)
        let (_, problems) = parse("publikasi:\n  judul: Uji\n  kelipatan-halaman: 3\nbab: []\n")
        XCTAssertEqual(problems.errors.map(\.description),
                       ["t.yaml:3:22: error: `kelipatan-halaman: 3` is not a page multiple Sajian can make\n"
                        + "    Write 4 for a saddle-stitched booklet (each folded sheet carries four pages), or 2, 8 or 16."])
    }

    /// `lampiran: ya` makes a chapter an appendix (no chapter number); anything but ya/tidak is refused at its line.
    func testALampiranIsAChapterWithoutANumber() throws {
        let text = valid + "\n  - judul: Lampiran\n    lampiran: ya\n    isi: []\n"
        let (spec, problems) = parse(text)
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        XCTAssertEqual(try XCTUnwrap(spec).chapters.map(\.isAppendix), [false, true])
        let (_, refused) = parse(valid + "\n  - judul: Lampiran\n    lampiran: mungkin\n    isi: []\n")
        XCTAssertEqual(refused.errors.map(\.description), ["t.yaml:28:15: error: `lampiran` must be `ya` or `tidak`, not `mungkin`"])
    }

    /// The studio has a template's bytes in hand: its level and the datasets its figures read come from the text, not
    /// from the file again (the path named here does not exist).
    func testRegionLevelAndFigureDatasetsAreReadFromTextInHand() throws {
        let text = try String(contentsOfFile: TestSupport.path("Templates/buku-saku-kabupaten-kota-jabar.yaml"), encoding: .utf8)
        let file = "/tidak/ada/buku-saku.yaml"
        XCTAssertEqual(TemplateParser.regionLevel(text: text, file: file), .regency)
        XCTAssertEqual(TemplateParser.regionLevel(text: "publikasi: { judul: Uji, per-wilayah: provinsi }\nbab: []\n", file: file), .province)
        XCTAssertNil(TemplateParser.regionLevel(text: valid, file: file))
        let region = RegionParameter(try XCTUnwrap(ReferenceCodeList.regencyBPS.regency("3273")))
        XCTAssertEqual(TemplateParser.figureDatasetIDs(text: region.substitute(into: text), file: file),
                       ["tpt-kabupaten-kota-jabar", "umk-kabupaten-kota-jabar"])
        XCTAssertEqual(TemplateParser.figureDatasetIDs(text: valid, file: file), ["tpt-provinsi", "ump"])
    }

}
