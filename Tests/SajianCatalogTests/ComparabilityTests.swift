import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// `tidak-sebanding:` (issue 14 review, finding 1): a break in comparability is read once from the metadata, typed,
/// and carried on the dataset, where narasi and the line chart ask it.
final class ComparabilityTests: XCTestCase {
    private func read(_ entries: String) -> (breaks: [ComparabilityBreak], problems: [String]) {
        let problems = DiagnosticCollector()
        let text = """
            id: uji
            judul: Uji
            klasifikasi: publik
            dimensi:
              kode_wilayah: { kode-referensi: provinsi-bps }
              wilayah: {}
              periode: { jenis: bulan }
            ukuran:
              tpt: { satuan: persen, desimal: 2 }
            tidak-sebanding:

            """ + entries
        let result = DatasetMetadataReader.read(text, file: "uji.yaml", problems: problems)
        return (result?.metadata.comparabilityBreaks ?? [], problems.diagnostics.map(\.description))
    }

    func testTheBreakOfTheShippedDataIsOnTheDataset() throws {
        let dataset = try DatasetDirectory(path: TestSupport.path("Datasets")).dataset("tpt-provinsi", version: nil).dataset
        let kode = try XCTUnwrap(dataset.dimensionIndex("kode_wilayah"))
        func row(_ code: String) -> [String] {
            try! XCTUnwrap(dataset.observations.first { $0.coordinates[kode] == code }).coordinates
        }
        let august2023 = Period.month(year: 2023, month: 8), february2024 = Period.month(year: 2024, month: 2)
        let papua = try XCTUnwrap(dataset.comparabilityBreak(for: row("94"), between: august2023, and: february2024))
        XCTAssertEqual(papua.reason, "BPS masih menyajikan angka 2023 menurut 34 provinsi, yaitu menurut wilayah sebelum pemekaran 2022")
        XCTAssertEqual(papua.periods, [.month(year: 2023, month: 2), august2023])
        XCTAssertNotNil(dataset.comparabilityBreak(for: row("91"), between: february2024, and: august2023))
        // Both periods on one side, or a province the break does not name: comparable.
        XCTAssertNil(dataset.comparabilityBreak(for: row("94"), between: .month(year: 2023, month: 2), and: august2023))
        XCTAssertNil(dataset.comparabilityBreak(for: row("94"), between: february2024, and: .month(year: 2024, month: 8)))
        XCTAssertNil(dataset.comparabilityBreak(for: row("32"), between: august2023, and: february2024))
        // The four provinces formed in 2022 have no 2023 figure for the same reason: the break names them too.
        XCTAssertNotNil(dataset.comparabilityBreak(for: row("92"), between: august2023, and: february2024))
    }

    func testTheDoubtfulValueOfTheShippedDataIsOnTheDataset() throws {
        // `diragukan:` (proof-reading 9, M2): Kota Sukabumi's UMK 2023, a copy of Kabupaten Cianjur's in the source.
        let dataset = try DatasetDirectory(path: TestSupport.path("Datasets")).dataset("umk-kabupaten-kota-jabar", version: nil).dataset
        let kode = try XCTUnwrap(dataset.dimensionIndex("kode_wilayah")), periode = try XCTUnwrap(dataset.periodDimensionIndex)
        func row(_ code: String, _ year: String) -> [String] {
            try! XCTUnwrap(dataset.observations.first { $0.coordinates[kode] == code && $0.coordinates[periode] == year }).coordinates
        }
        let doubt = try XCTUnwrap(dataset.doubt(about: row("3272", "2023")))
        XCTAssertTrue(doubt.reason.hasPrefix("angka dalam sumber sama persis dengan UMK 2023 Kabupaten Cianjur"), doubt.reason)
        XCTAssertNil(dataset.doubt(about: row("3272", "2022")))
        XCTAssertNil(dataset.doubt(about: row("3203", "2023")))
    }

    func testBadDoubtfulEntriesAreRefusedAtTheirLines() {
        let problems = DiagnosticCollector()
        let text = """
            id: uji
            judul: Uji
            klasifikasi: publik
            dimensi:
              kode_wilayah: { kode-referensi: provinsi-bps }
              periode: { jenis: tahun }
            ukuran:
              umk: { satuan: rupiah per bulan }
            diragukan:
              - kode_wilayh: ["32"]
                periode: [2023]
                alasan: contoh
              - kode_wilayah: ["32"]
            """
        let result = DatasetMetadataReader.read(text, file: "uji.yaml", problems: problems)
        XCTAssertEqual(result?.metadata.doubtfulValues.count, 1)
        XCTAssertEqual(problems.diagnostics.map(\.description), [
            "uji.yaml:10:5: error: `kode_wilayh` under `diragukan` is not a dimension of dataset `uji`\n    Did you mean `kode_wilayah`?",
            "uji.yaml:13:5: error: an entry of `diragukan` in dataset `uji` has no `alasan`\n    Say why the values are doubtful, as a clause that follows \"karena\", e.g. `diragukan: [{ kode_wilayah: [\"3272\"], periode: [2023], alasan: sama persis dengan angka wilayah lain dalam sumber yang sama }]`.",
            "uji.yaml:13:5: error: an entry of `diragukan` in dataset `uji` names no `periode`\n    List the periods of the doubtful values, e.g. `diragukan: [{ kode_wilayah: [\"3272\"], periode: [2023], alasan: sama persis dengan angka wilayah lain dalam sumber yang sama }]`.",
        ])
    }

    func testRowsAreNamedByCodeOrByLabel() {
        let read = read("""
              - wilayah: [Papua]
                periode: 2023-08
                alasan: contoh
            """)
        XCTAssertEqual(read.problems, [])
        XCTAssertEqual(read.breaks.first?.scope, ["wilayah": ["Papua"]])
        XCTAssertEqual(read.breaks.first?.periods, [.month(year: 2023, month: 8)])
    }

    func testBadEntriesAreRefusedAtTheirLines() {
        let read = read("""
              - kode_wilyah: ["94"]
                periode: [2023-08, 2023-13]
              - kode_wilayah: ["94"]
                alasan: contoh
            """)
        XCTAssertEqual(read.breaks, [])
        XCTAssertEqual(read.problems, [
            "uji.yaml:11:5: error: `kode_wilyah` under `tidak-sebanding` is not a dimension of dataset `uji`\n    Did you mean `kode_wilayah`?",
            "uji.yaml:12:24: error: `2023-13` under `tidak-sebanding` is not a period\n    Write periods as the data does: `2023-08`, `2023`, `2023-Q3`.",
            "uji.yaml:11:5: error: an entry of `tidak-sebanding` in dataset `uji` has no `alasan`\n    Say why the values are not comparable, as a clause that follows \"karena\", e.g. `tidak-sebanding: [{ kode_wilayah: [\"94\"], periode: [2023-08], alasan: angka 2023 mencakup wilayah sebelum pemekaran }]`.",
            "uji.yaml:13:5: error: an entry of `tidak-sebanding` in dataset `uji` names no `periode`\n    List the periods on one side of the break, e.g. `tidak-sebanding: [{ kode_wilayah: [\"94\"], periode: [2023-08], alasan: angka 2023 mencakup wilayah sebelum pemekaran }]`.",
        ])
    }
}
