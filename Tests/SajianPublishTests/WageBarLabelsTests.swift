import Foundation
import SajianLayout
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// The editor's third review, finding 13: Grafik 3 of the province booklets (UMP) and of the kab/kota booklets (UMK)
/// had no value labels, so the reader could not read the region's own wage, and their ticks "1.000.000 2.000.000 …"
/// nearly touched at print size. Every bar now carries its value in full, and the ticks count in millions ("2 juta").
final class WageBarLabelsTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func texts(of figure: String, in template: String, region: String) throws -> [String] {
        var options = PublishOptions(datasetsDirectory: TestSupport.path("Datasets"), catalogPath: catalog,
                                     date: Date(timeIntervalSince1970: 1_700_000_000))
        options.region = try Publisher.regions(region, level: region.count > 2 ? .regency : .province).first
        let scene = try Publisher().publicationScene(template: TestSupport.path(template), options: options, measurer: FixedWidthMeasurer()).scene
        func find(_ items: [SceneItem]) -> [SceneItem]? {
            for item in items {
                guard case .group(let group) = item else { continue }
                if group.role == "figure \(figure)" { return group.items }
                if let found = find(group.items) { return found }
            }
            return nil
        }
        func runs(_ items: [SceneItem]) -> [String] {
            items.flatMap { item -> [String] in
                switch item {
                case .group(let group): runs(group.items)
                case .text(let run): [run.text]
                default: []
                }
            }
        }
        let items = try XCTUnwrap(scene.pages.lazy.compactMap { find($0.items) }.first, "`\(figure)` in \(template) (\(region))")
        return runs(items)
    }

    func testBookletWageBarsCarryTheirValuesAndTicksInMillions() throws {
        let province = try texts(of: "ump-provinsi", in: "Templates/buku-saku-provinsi.yaml", region: "32")
        XCTAssertTrue(province.contains("2.191.232"), "Jawa Barat's own UMP 2025 on its bar: \(province)")
        XCTAssertTrue(province.contains("5.396.761"), "DKI Jakarta's, the highest: \(province)")
        XCTAssertGreaterThanOrEqual(province.filter { $0.range(of: #"^[0-9]\.[0-9]{3}\.[0-9]{3}$"#, options: .regularExpression) != nil }.count, 38,
                                    "a value on each of the 38 bars: \(province)")
        XCTAssertTrue(province.contains("2 juta"), "\(province)")
        XCTAssertFalse(province.contains("2.000.000"), "no tick in full millions: \(province)")

        let regency = try texts(of: "umk-kabupaten-kota", in: "Templates/buku-saku-kabupaten-kota-jabar.yaml", region: "3273")
        XCTAssertTrue(regency.contains("4.048.463"), "Kota Bandung's UMK 2023 on its bar: \(regency)")
        XCTAssertTrue(regency.contains("2 juta"), "\(regency)")
        XCTAssertFalse(regency.contains("2.000.000"), "\(regency)")
    }
}
