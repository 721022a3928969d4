import Foundation
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// A kabupaten/kota column declared with `kode-referensi: kabkota-bps` holds codes or names in the forms offices
/// write; a name two units share is refused at its line and column, naming both (issue 12, part 3).
final class RegencyNameImportTests: XCTestCase {
    private let folder = TestSupport.temporaryDirectory()

    private func imported(_ csv: String, dimensions: String = "  kabupaten_kota: { kode-referensi: kabkota-bps }\n  periode: {}\n") throws -> Dataset {
        let metadata = "id: uji\njudul: Uji\nsumber: Uji\nberkas: uji.csv\nklasifikasi: publik\ndimensi:\n\(dimensions)ukuran:\n  tpt: { satuan: persen, desimal: 2 }\n"
        try metadata.write(toFile: folder + "/uji.yaml", atomically: true, encoding: .utf8)
        try csv.write(toFile: folder + "/uji.csv", atomically: true, encoding: .utf8)
        let problems = DiagnosticCollector()
        let source = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: folder + "/uji.yaml", problems: problems))
        try problems.throwIfErrors()
        return try DatasetImporter.read(metadata: source).dataset
    }

    func testNamesInEveryFormAreAccepted() throws {
        let dataset = try imported("""
            kabupaten_kota,periode,indikator,nilai
            Kab. Bogor,2024,tpt,7.34
            KOTA BOGOR,2024,tpt,8.13
            Kabupaten Bandung,2024,tpt,6.10
            Kota Adm. Jakarta Selatan,2024,tpt,6.00
            3277,2024,tpt,8.97

            """)
        XCTAssertEqual(dataset.observations.count, 5)
    }

    func testBogorAloneIsRefusedNamingBothUnits() throws {
        XCTAssertThrowsError(try imported("kabupaten_kota,periode,indikator,nilai\nKota Cimahi,2024,tpt,8.97\nBogor,2024,tpt,7.34\n")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("uji.csv:3:1: error: `Bogor` in `kabupaten_kota` names 2 units of `kabkota-bps`: 3201 Kabupaten Bogor and 3271 Kota Bogor"), text)
            XCTAssertTrue(text.contains("`Kabupaten Bogor` or `Kota Bogor`"), text)
        }
    }

    func testAJenisColumnTellsWhichBogor() throws {
        let dataset = try imported("kabupaten_kota,jenis,periode,indikator,nilai\nBogor,kabupaten,2024,tpt,7.34\nBogor,kota,2024,tpt,8.13\n",
                                   dimensions: "  kabupaten_kota: { kode-referensi: kabkota-bps }\n  jenis: {}\n  periode: {}\n")
        XCTAssertEqual(dataset.observations.count, 2)
    }

    func testAnUnknownNameIsRefusedWithTheNearest() throws {
        XCTAssertThrowsError(try imported("kabupaten_kota,periode,indikator,nilai\nKab. Bogorr,2024,tpt,7.34\n")) { error in
            XCTAssertTrue("\(error)".contains("`Kab. Bogorr` is not a code of the reference list for `kabupaten_kota`"), "\(error)")
        }
    }
}
