import SajianForms
import SajianBind
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// The pivot from long data to table cells, against the demo's real datasets.
final class TableBindingTests: XCTestCase {
    private let datasets = DatasetDirectory(path: TestSupport.path("Datasets"))

    private func bind(_ figure: String) throws -> BoundFigure {
        let problems = DiagnosticCollector()
        let text = "publikasi: { judul: Uji }\nbab:\n  - isi:\n      - " + figure.split(separator: "\n").joined(separator: "\n        ") + "\n"
        let spec = try XCTUnwrap(TemplateParser.parse(text, file: "t.yaml", problems: problems), "\(problems.diagnostics)")
        XCTAssertEqual(problems.errors.map(\.description), [])
        return try FigureBinder(datasets: datasets).bind(spec).figures[0]
    }

    private func table(_ figure: BoundFigure, file: StaticString = #filePath, line: UInt = #line) throws -> TableData {
        guard let table = figure.body as? TableData else {
            XCTFail("figure `\(figure.id)` is not bound as a table", file: file, line: line)
            throw TestSupport.Failure("figure `\(figure.id)` is not a table")
        }
        return table
    }

    func testTwoHeadingLevelsPutEachValueInItsCell() throws {
        let figure = try bind("""
            jenis: tabel-silang
            judul: Pengangguran
            data: pengangguran-umur-pengalaman
            saring: { periode: [2024-08, 2024-02], golongan_umur: [15-19, 60+] }
            baris: golongan_umur
            kolom: [periode, pengalaman_kerja]
            nilai: pengangguran
            jumlah: ya
            sumber: BPS
            """)
        let table = try table(figure)
        XCTAssertEqual(table.columns.map(\.groups), Array(repeating: ["Februari 2024"], count: 3) + Array(repeating: ["Agustus 2024"], count: 3),
                       "periods in time order whatever the filter's order")
        XCTAssertEqual(table.columns.map(\.heading), ["Pernah bekerja", "Tidak pernah bekerja", "Jumlah", "Pernah bekerja", "Tidak pernah bekerja", "Jumlah"])
        XCTAssertEqual(table.rows.map(\.label), ["15–19", "60+", "Jumlah"])
        // BPS, Agustus 2024: 15-19 pernah bekerja 181.866? The CSV holds the exact count; check against it.
        let csv = try String(contentsOfFile: TestSupport.path("Datasets/pengangguran-umur-pengalaman.csv"), encoding: .utf8)
        func value(_ age: String, _ period: String, _ experience: String) -> Double {
            let line = csv.split(separator: "\n").first { $0.contains(",\(period),\(age),\(experience),") }!
            return Double(line.split(separator: ",")[6])!
        }
        XCTAssertEqual(table.rows[0].cells[3], .number(value("15-19", "2024-08", "pernah_bekerja")))
        XCTAssertEqual(table.rows[1].cells[1], .number(value("60+", "2024-02", "tidak_pernah_bekerja")))
        XCTAssertEqual(table.rows[2].cells[5], .number(value("15-19", "2024-08", "total") + value("60+", "2024-08", "total")))
        XCTAssertEqual(table.rows[2].kind, .total)
    }

    func testRatesAreNotSummedButWeightedWhenAWeightIsGiven() throws {
        let problems = DiagnosticCollector()
        let text = """
            publikasi: { judul: Uji }
            bab:
              - isi:
                  - { jenis: tabel-tunggal, judul: TPT, data: tpt-provinsi, saring: { periode: 2024-08 }, baris: wilayah, nilai: tpt, jumlah: ya, sumber: BPS }
            """
        let spec = try XCTUnwrap(TemplateParser.parse(text, file: "t.yaml", problems: problems))
        XCTAssertThrowsError(try FigureBinder(datasets: datasets).bind(spec)) { error in
            XCTAssertTrue("\(error)".contains("cannot be summed"), "\(error)")
            XCTAssertTrue("\(error)".contains("bobot"), "\(error)")
        }
        let weighted = try bind("""
            jenis: tabel-silang
            judul: TPT dan angkatan kerja
            data: indikator-nasional
            saring: { periode: [2024-02, 2024-08] }
            baris: periode
            nilai: [tpt, angkatan_kerja]
            bobot: angkatan_kerja
            jumlah: ya
            sumber: BPS
            """)
        let table = try table(weighted)
        let total = try XCTUnwrap(table.rows.last)
        XCTAssertEqual(table.columns.map(\.heading), ["Tingkat Pengangguran Terbuka (persen)", "Angkatan kerja (orang)"])
        let rates = table.rows.dropLast().map { $0.cells[0].number! }, forces = table.rows.dropLast().map { $0.cells[1].number! }
        let expected = zip(rates, forces).map { $0 * $1 }.reduce(0, +) / forces.reduce(0, +)
        XCTAssertEqual(total.cells[0].number!, expected, accuracy: 1e-9)
        XCTAssertEqual(total.cells[1].number!, forces.reduce(0, +))
    }

    func testRoundingNoteWhenRoundedPartsDoNotAddUp() throws {
        let figure = try bind("""
            jenis: tabel-silang
            judul: Pengangguran
            data: pengangguran-umur-pengalaman
            saring: { periode: 2024-08, golongan_umur: [15-19, 20-24, 25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60+] }
            baris: golongan_umur
            kolom: pengalaman_kerja
            nilai: pengangguran
            satuan: ribu orang
            desimal: 1
            jumlah: ya
            sumber: BPS
            """)
        XCTAssertTrue(figure.components.notes.map(\.text).contains { $0.hasPrefix("Angka dibulatkan") }, "\(figure.components.notes.map(\.text))")
        let exact = try bind("""
            jenis: tabel-tunggal
            judul: Pengangguran
            data: pengangguran-umur-pengalaman
            saring: { periode: 2024-08, golongan_umur: [15-19, 20-24], pengalaman_kerja: total }
            baris: golongan_umur
            nilai: pengangguran
            jumlah: ya
            sumber: BPS
            """)
        XCTAssertFalse(exact.components.notes.map(\.text).contains { $0.hasPrefix("Angka dibulatkan") }, "whole numbers add up")
    }

    func testTopNWithLainnyaSharesAndMarkedNotes() throws {
        let figure = try bind("""
            jenis: tabel-tunggal
            judul: UMP
            data: ump-provinsi
            saring: { periode: "2025" }
            baris: wilayah
            nilai: ump
            urut: menurun
            teratas: 3
            catatan:
              - Contoh catatan.
              - { teks: Tertinggi, baris: DKI Jakarta }
            sumber: Kemnaker
            """)
        let top = try table(figure)
        XCTAssertEqual(top.rows.map(\.label), ["DKI Jakarta", "Papua", "Papua Selatan", "Lainnya"], "the marker is placed by layout, not written into the label")
        XCTAssertEqual(top.rows[0].cells, [.number(5_396_761)])
        XCTAssertEqual(figure.components.notes.prefix(2), [FigureNote("Tertinggi", on: .row(top.rows[0].id)), FigureNote("Contoh catatan.")])

        let shares = try table(bind("""
            jenis: tabel-tunggal
            judul: Distribusi
            data: bekerja-pendidikan
            saring: { periode: 2023-08 }
            baris: pendidikan
            nilai: penduduk_bekerja
            persentase: kolom
            sumber: BPS
            """))
        let total = shares.rows.compactMap { $0.cells[0].number }.reduce(0, +)
        XCTAssertEqual(total, 100, accuracy: 1e-9)
        XCTAssertEqual(shares.rows[0].cells[0].number!, 51.49 / 139.85 * 100, accuracy: 1e-9)
    }
}
