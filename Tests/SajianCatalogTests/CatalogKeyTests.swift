import Foundation
import GRDB
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// Keys through the catalog: dimension values stored and read back as they were, a value the catalog cannot store
/// refused at the file's line and column, the period dimension known by its kind, and a catalog that fails to read
/// reported as the machine's failure.
final class CatalogKeyTests: XCTestCase {
    private let folder = TestSupport.temporaryDirectory()

    /// A dataset `uji` of `metadata` (its `dimensi:` and `ukuran:` lines) and `csv`, written to the test's folder.
    private func imported(dimensions: String, csv: String) throws -> DatasetImporter.Imported {
        let metadata = "id: uji\njudul: Uji\nsumber: Uji\nberkas: uji.csv\nklasifikasi: publik\ndimensi:\n\(dimensions)ukuran:\n  jumlah: { satuan: orang }\n"
        try metadata.write(toFile: folder + "/uji.yaml", atomically: true, encoding: .utf8)
        try csv.write(toFile: folder + "/uji.csv", atomically: true, encoding: .utf8)
        let problems = DiagnosticCollector()
        let source = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: folder + "/uji.yaml", problems: problems))
        XCTAssertEqual(problems.diagnostics.map(\.description), [])
        return try DatasetImporter.read(metadata: source)
    }

    func testCommasAndQuotesInValuesRoundTripThroughTheCatalog() throws {
        let imported = try imported(dimensions: "  periode: {}\n  kategori: {}\n", csv: """
            periode,kategori,indikator,nilai
            2024-08,"Pertanian, Kehutanan dan Perikanan",jumlah,1
            2024-08,"Pekerja ""bebas"" | lepas",jumlah,2
            2024-08,,jumlah,3

            """)
        let catalog = try Catalog(path: folder + "/katalog.sqlite")
        try catalog.add(imported)
        let stored = try catalog.storedDataset("uji").dataset.observations.map(\.coordinates)
        XCTAssertEqual(stored, [["2024-08", "Pertanian, Kehutanan dan Perikanan"], ["2024-08", "Pekerja \"bebas\" | lepas"], ["2024-08", ""]])
    }

    func testAControlCharacterInADimensionValueIsRefusedAtItsLineAndColumn() throws {
        XCTAssertThrowsError(try imported(dimensions: "  periode: {}\n  kategori: {}\n",
                                          csv: "periode,kategori,indikator,nilai\n2024-08,Pertanian,jumlah,1\n2024-08,\"Industri\u{1F}Olahan\",jumlah,2\n")) { error in
            XCTAssertEqual("\(error)", """
                \(folder)/uji.csv:3:2: error: the value of `kategori` holds the control character U+001F
                    Remove it from the data file: a dimension value is a name printed in tables and charts, made of visible characters and spaces.
                """)
            XCTAssertEqual(Fault(of: error), .input)
        }
    }

    func testThePeriodDimensionIsTheOneDeclaredAPeriod() throws {
        let imported = try imported(dimensions: "  tahun_data: { jenis: tahun }\n  negara: {}\n", csv: """
            tahun_data,negara,indikator,nilai
            2024,Taiwan,jumlah,1
            2022,Taiwan,jumlah,2
            2023,Taiwan,jumlah,3

            """)
        XCTAssertEqual(imported.dataset.metadata.periodDimension, "tahun_data")
        XCTAssertEqual(imported.dataset.periodDimensionIndex, 0)
        let catalog = try Catalog(path: folder + "/katalog.sqlite")
        try catalog.add(imported)
        let summary = try XCTUnwrap(catalog.summaries().first)
        XCTAssertEqual([summary.firstPeriod, summary.lastPeriod], ["2022", "2024"])
    }

    func testWithoutADeclarationTheDimensionNamedPeriodeIsThePeriod() throws {
        let imported = try imported(dimensions: "  negara: {}\n  periode: {}\n", csv: "negara,periode,indikator,nilai\nTaiwan,2023,jumlah,1\n")
        XCTAssertEqual(imported.dataset.metadata.periodDimension, "periode")
        XCTAssertEqual(imported.dataset.periodDimensionIndex, 1)
        let none = try self.imported(dimensions: "  negara: {}\n", csv: "negara,indikator,nilai\nTaiwan,jumlah,1\n")
        XCTAssertNil(none.dataset.metadata.periodDimension)
    }

    func testTwoDeclaredPeriodDimensionsAreRefused() throws {
        let problems = DiagnosticCollector()
        _ = DatasetMetadataReader.read("id: uji\njudul: Uji\nklasifikasi: publik\ndimensi:\n  tahun: { jenis: tahun }\n  bulan: { jenis: bulan }\nukuran:\n  jumlah: { satuan: orang }\n",
                                       file: "uji.yaml", problems: problems)
        XCTAssertEqual(problems.diagnostics.map(\.description), ["""
            uji.yaml:6:3: error: dataset `uji` declares two period dimensions, `tahun` and `bulan`
                A dataset has one period dimension; give the other a `jenis:` that is not a period (periode, tahun, semester, triwulan, bulan), or leave its `jenis` out.
            """])
    }

    func testAnSQLiteFailureWhileReadingIsTheMachinesFault() throws {
        let imported = try imported(dimensions: "  periode: {}\n", csv: "periode,indikator,nilai\n2024-08,jumlah,1\n")
        let path = folder + "/katalog.sqlite"
        try Catalog(path: path).add(imported)
        // The observations' table gone from under the catalog: no input of the user's explains it.
        try DatabaseQueue(path: path).write { try $0.execute(sql: "DROP TABLE observation") }
        XCTAssertThrowsError(try Catalog(path: path).storedDataset("uji")) { error in
            XCTAssertEqual(Fault(of: error), .system, "\(error)")
        }
        XCTAssertThrowsError(try Catalog(path: path).storedDataset("tidak-ada")) { error in
            XCTAssertEqual(Fault(of: error), .input, "an unknown dataset stays the user's: \(error)")
        }
    }
}
