import Foundation
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// Issue 15, Pasal 2(2): a dataset's classification belongs to its id. Importing it again as publik, or pinning an
/// old publik version, never releases data once classified; only an explicit, logged reclassification lowers it;
/// and metadata without `klasifikasi` is refused rather than taken as publik.
final class ClassificationTests: XCTestCase {
    private let folder = TestSupport.temporaryDirectory()

    /// Dataset `uji` with `classification` and `value`, imported into `catalog` as its next version.
    @discardableResult
    private func importVersion(_ classification: String, value: Int, into catalog: Catalog) throws -> Int {
        try "id: uji\njudul: Uji\nsumber: Uji\nklasifikasi: \(classification)\nberkas: uji.csv\ndimensi: [wilayah]\nukuran:\n  jumlah: { satuan: orang }\n"
            .write(toFile: folder + "/uji.yaml", atomically: true, encoding: .utf8)
        try "wilayah,indikator,nilai\nBali,jumlah,\(value)\n".write(toFile: folder + "/uji.csv", atomically: true, encoding: .utf8)
        let problems = DiagnosticCollector()
        let source = try XCTUnwrap(DatasetMetadataReader.read(contentsOf: folder + "/uji.yaml", problems: problems))
        try problems.throwIfErrors()
        return try catalog.add(DatasetImporter.read(metadata: source)).version.number
    }

    func testTheStrictestClassificationHoldsForEveryVersionUntilReclassified() throws {
        let catalog = try Catalog(path: folder + "/katalog.sqlite")
        try importVersion("publik", value: 10, into: catalog)
        try importVersion("rahasia", value: 11, into: catalog)
        try importVersion("publik", value: 12, into: catalog)
        for version in [1, 2, 3, nil] {
            XCTAssertEqual(try catalog.storedDataset("uji", version: version).dataset.metadata.classification, .rahasia,
                           "version \(version.map(String.init) ?? "latest") keeps the strictest classification")
        }
        XCTAssertEqual(try catalog.summaries().first?.classification, "rahasia")

        XCTAssertThrowsError(try catalog.reclassify("uji", as: .publik, reason: "  ")) { error in
            XCTAssertTrue("\(error)".contains("a reclassification needs its reason"), "\(error)")
        }
        let record = try catalog.reclassify("uji", as: .publik, reason: "Dirilis dalam BRS, 6 November 2024",
                                            now: Date(timeIntervalSince1970: 1_700_000_000))
        XCTAssertEqual(record.afterVersion, 3)
        XCTAssertEqual(try catalog.reclassifications(of: "uji").map(\.reason), ["Dirilis dalam BRS, 6 November 2024"])
        XCTAssertEqual(try catalog.storedDataset("uji", version: 2).dataset.metadata.classification, .publik)
        try importVersion("terbatas", value: 13, into: catalog)
        XCTAssertEqual(try catalog.storedDataset("uji", version: 1).dataset.metadata.classification, .terbatas,
                       "a version imported after the reclassification counts again")
        XCTAssertThrowsError(try catalog.reclassify("tidak-ada", as: .publik, reason: "uji")) { error in
            XCTAssertTrue("\(error)".contains("tidak-ada"), "\(error)")
        }
    }

    func testMetadataWithoutKlasifikasiIsRefused() throws {
        for text in ["id: uji\njudul: Uji\ndimensi: [wilayah]\nukuran:\n  jumlah: { satuan: orang }\n",
                     "id: uji\njudul: Uji\nklasifikasi:\ndimensi: [wilayah]\nukuran:\n  jumlah: { satuan: orang }\n"] {
            let problems = DiagnosticCollector()
            _ = DatasetMetadataReader.read(text, file: "uji.yaml", problems: problems)
            XCTAssertEqual(problems.errors.map(\.message), ["dataset `uji` has no `klasifikasi`"], text)
        }
    }
}
