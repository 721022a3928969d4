import SajianForms
import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// `baris-agregat`: a table of kabupaten/kota ends with its province, read from another dataset, bold and last
/// (issue 14, review finding 15), against the demo's real datasets.
final class WholeRowTests: XCTestCase {
    private let datasets = DatasetDirectory(path: TestSupport.path("Datasets"))

    private func spec(_ wholeRow: String, problems: DiagnosticCollector) -> PublicationSpec? {
        let text = """
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - jenis: tabel-silang
                    judul: TPT menurut Kabupaten/Kota di Jawa Barat
                    data: tpt-kabupaten-kota-jabar
                    saring: { periode: ["2022", "2023", "2024"] }
                    baris: kode_wilayah
                    judul-baris: Kabupaten/Kota
                    kolom: periode
                    nilai: tpt
                    urut: menurun
                    baris-agregat:
            \(wholeRow.split(separator: "\n").map { "          " + $0 }.joined(separator: "\n"))
                    sumber: BPS
            """
        return TemplateParser.parse(text, file: "t.yaml", problems: problems)
    }

    private func bind(_ wholeRow: String) throws -> BoundFigure {
        let problems = DiagnosticCollector()
        let spec = try XCTUnwrap(spec(wholeRow, problems: problems), "\(problems.diagnostics)")
        XCTAssertEqual(problems.errors.map(\.description), [])
        return try FigureBinder(datasets: datasets).bind(spec).figures[0]
    }

    private let jawaBarat = """
        label: Jawa Barat
        nilai:
          "2022": tpt-provinsi.tpt(periode=2022-08, kode_wilayah=32)
          "2023": tpt-provinsi.tpt(periode=2023-08, kode_wilayah=32)
          "2024": tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)
        """

    func testTheProvinceRowIsLastBoldAndReadFromTheProvincialData() throws {
        let figure = try bind(jawaBarat)
        let table = try XCTUnwrap(figure.body as? TableData)
        XCTAssertEqual(table.rows.count, 28, "27 kabupaten/kota and Jawa Barat")
        let last = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(last.label, "Jawa Barat")
        XCTAssertEqual(last.kind, .aggregate, "set as the total: last, bold, after a rule")
        XCTAssertEqual(table.rows.filter { $0.kind == .aggregate }.count, 1)
        // BPS, Sakernas Agustus (tpt-provinsi): 7,44 (2023) and 6,75 (2024); Agustus 2022 is not in the data.
        XCTAssertEqual(last.cells, [.notAvailable, .number(7.44), .number(6.75)])
        // Proof-reading 11: BPS published Agustus 2022 (8,31) but the data here begin in Februari 2023; the note says so.
        XCTAssertTrue(table.notes.contains("Angka Jawa Barat untuk Agustus 2022 tidak tersedia pada data yang digunakan, "
                                           + "yang dimulai Februari 2023."), "\(table.notes)")
        // Sorted among themselves (`urut:` sorts on the first column), the kabupaten/kota stay above it.
        let rates = table.rows.dropLast().compactMap { $0.cells[0].number }
        XCTAssertEqual(rates, rates.sorted(by: >))
    }

    func testTheNoteOnAnEmptyWholeCellSaysWhyOnlyWhenTheDataBeginLater() {
        XCTAssertEqual(AggregateVocabulary.english.wholeNotInData("Jawa Barat", columns: ["August 2022"], dataBegin: "February 2023"),
                       "The source data give no figure for Jawa Barat for August 2022, as the series used for Jawa Barat begins in February 2023.")
        XCTAssertEqual(AggregateVocabulary.indonesian.wholeNotInData("Jawa Barat", columns: ["2016"]),
                       "Angka Jawa Barat untuk 2016 tidak tersedia pada sumber data.")
    }

    /// The binding's error for `wholeRow`, which parses.
    private func bindingError(_ wholeRow: String) throws -> String {
        let spec = try XCTUnwrap(spec(wholeRow, problems: DiagnosticCollector()))
        do { _ = try FigureBinder(datasets: datasets).bind(spec) } catch { return "\(error)" }
        XCTFail("`\(wholeRow)` binds")
        return ""
    }

    func testAWrongColumnOrDatasetIsAnErrorAtItsLine() throws {
        let cases: [(column: String, dataset: String, expected: [String])] = [
            ("2021", "tpt-provinsi", ["t.yaml:16", "column `2021`"]),
            ("2024", "tpt-provinsii", ["t.yaml:16", "tpt-provinsii", "Did you mean `tpt-provinsi`?"]),
        ]
        for (column, dataset, expected) in cases {
            let error = try bindingError("label: Jawa Barat\nnilai:\n  \"\(column)\": \(dataset).tpt(periode=2024-08, kode_wilayah=32)")
            for text in expected { XCTAssertTrue(error.contains(text), "\(text) in \(error)") }
        }
    }

    func testALabelIsRequired() throws {
        let problems = DiagnosticCollector()
        _ = spec("nilai:\n  \"2024\": tpt-provinsi.tpt(periode=2024-08, kode_wilayah=32)", problems: problems)
        XCTAssertTrue(problems.errors.contains { $0.description.contains("`label:`") }, "\(problems.diagnostics)")
    }
}
