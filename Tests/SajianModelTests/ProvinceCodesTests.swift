import Foundation
import SajianModel
import XCTest

final class ProvinceCodesTests: XCTestCase {
    func testCrosswalkBothWaysWhereTheListsDisagree() {
        XCTAssertEqual(ProvinceCodes.all.count, 38)
        XCTAssertEqual(ProvinceCodes.kemendagriCode(forBPS: "91"), "92", "BPS 91 is Papua Barat, Kemendagri 92")
        XCTAssertEqual(ProvinceCodes.kemendagriCode(forBPS: "94"), "91", "BPS 94 is Papua, Kemendagri 91")
        XCTAssertEqual(ProvinceCodes.bpsCode(forKemendagri: "96"), "92", "Papua Barat Daya")
        XCTAssertEqual(ProvinceCodes.bpsCode(forKemendagri: "32"), "32")
        XCTAssertEqual(ProvinceCodes.province(bpsCode: "00")?.name, "Indonesia")
        XCTAssertNil(ProvinceCodes.province(bpsCode: "99"))
        for province in ProvinceCodes.all {
            XCTAssertEqual(ProvinceCodes.bpsCode(forKemendagri: ProvinceCodes.kemendagriCode(forBPS: province.bpsCode)!), province.bpsCode)
        }
    }

    func testCompiledListMatchesTheSharedReferenceFile() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Datasets/kode-provinsi.csv")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n").dropFirst()
        let rows = lines.map { $0.split(separator: ",").map(String.init) }
        XCTAssertEqual(rows.count, 38)
        for row in rows {
            let province = try XCTUnwrap(ProvinceCodes.province(bpsCode: row[0]))
            XCTAssertEqual([province.name, province.bpsName, province.kemendagriCode], [row[1], row[2], row[3]])
        }
    }
}
