import Foundation
import SajianCatalog
import SajianModel
import SajianTestSupport
import XCTest

/// Issue 15: unchanged content is recognised by its hash before any row is parsed (re-importing a million unchanged
/// rows took 22 s). The hash from the bytes alone is the one a full import records.
final class ContentHashTests: XCTestCase {
    func testTheHashFromTheBytesIsTheImportsAndFindsTheLatestVersion() throws {
        let files = DatasetDirectory(path: TestSupport.path("Datasets"))
        let imported = try files.imported("tpt-provinsi")
        XCTAssertEqual(files.contentHash(of: "tpt-provinsi"), imported.contentHash)
        XCTAssertNil(files.contentHash(of: "tidak-ada"))
        let catalog = try Catalog(path: TestSupport.temporaryDirectory() + "/katalog.sqlite")
        XCTAssertNil(try catalog.latestVersion(of: "tpt-provinsi", ifContentHash: imported.contentHash))
        let added = try catalog.add(imported)
        XCTAssertEqual(try catalog.latestVersion(of: "tpt-provinsi", ifContentHash: imported.contentHash), added.version)
        XCTAssertNil(try catalog.latestVersion(of: "tpt-provinsi", ifContentHash: String(repeating: "0", count: 64)))
    }
}
