import Foundation
import SajianCatalog
import SajianModel
import SajianTemplate
import SajianTestSupport
import XCTest

/// `Tests/Corpus/valid/ump-2024.xlsx` holds five rows of Kemnaker's UMP 2024 under a title block, on the second
/// sheet, as offices' exports do (written with openpyxl from Datasets/ump-provinsi.csv).
final class XLSXReaderTests: XCTestCase {
    private let file = TestSupport.path("Tests/Corpus/valid/ump-2024.xlsx")
    private var data: Data { FileManager.default.contents(atPath: file)! }

    func testSheetNamesInWorkbookOrder() throws {
        XCTAssertEqual(try XLSXReader.sheetNames(in: data, file: file), ["STANDAR DATA", "UMP 2024"])
    }

    func testRangeOfANamedSheetReadsLikeCSV() throws {
        let records = try XLSXReader.records(in: data, sheet: "UMP 2024", range: "A4:E9", file: file)
        XCTAssertEqual(records.map(\.line), [4, 5, 6, 7, 8, 9])
        XCTAssertEqual(records[0].fields, ["kode_wilayah", "wilayah", "periode", "indikator", "nilai"])
        XCTAssertEqual(records[1].fields, ["11", "Aceh", "2024", "ump", "3460672"])
        XCTAssertEqual(records[3].fields[4], "2811449.27")
    }

    func testWholeSheetKeepsRowNumbersAndSkipsEmptyRows() throws {
        let records = try XLSXReader.records(in: data, sheet: "UMP 2024", range: nil, file: file)
        XCTAssertEqual(records.map(\.line), [1, 2, 4, 5, 6, 7, 8, 9, 10], "row 3 is empty")
        XCTAssertEqual(records[0].fields, ["Upah Minimum Provinsi di Indonesia Tahun 2024", "", "", "", ""])
    }

    func testImportThroughMetadataWithSheetAndRange() throws {
        let folder = TestSupport.temporaryDirectory()
        var metadata = try String(contentsOfFile: TestSupport.path("Datasets/ump-provinsi.yaml"), encoding: .utf8)
        // The workbook beside its metadata: `berkas:` names a file in the metadata's folder.
        try FileManager.default.copyItem(atPath: file, toPath: folder + "/ump-2024.xlsx")
        metadata = metadata.replacingOccurrences(of: "berkas: ump-provinsi.csv", with: "berkas: ump-2024.xlsx\nlembar: UMP 2024\nrentang: A4:E9")
        try metadata.write(toFile: folder + "/ump-provinsi.yaml", atomically: true, encoding: .utf8)
        let problems = DiagnosticCollector()
        let source = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: folder + "/ump-provinsi.yaml", problems: problems))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        let imported = try DatasetImporter.read(metadata: source)
        XCTAssertEqual(imported.dataset.observations.map(\.value.number), [3_460_672, 2_809_915, 2_811_449.27, 3_294_625.56, 3_037_121.85])
    }

    func testErrorsNameTheProblemAndTheRemedy() throws {
        XCTAssertThrowsError(try XLSXReader.records(in: data, sheet: "UMP 2025", range: nil, file: file)) { error in
            XCTAssertTrue("\(error)".contains("the workbook has no sheet `UMP 2025`"), "\(error)")
            XCTAssertTrue("\(error)".contains("STANDAR DATA, UMP 2024"), "\(error)")
        }
        XCTAssertThrowsError(try XLSXReader.records(in: data, sheet: nil, range: "E9:A4", file: file)) { error in
            XCTAssertTrue("\(error)".contains("is not a cell range"), "\(error)")
        }
        XCTAssertThrowsError(try XLSXReader.records(in: Data("kode,nilai\n".utf8), sheet: nil, range: nil, file: "x.xlsx")) { error in
            XCTAssertTrue("\(error)".contains("is not an Excel .xlsx workbook"), "\(error)")
        }
    }
}
