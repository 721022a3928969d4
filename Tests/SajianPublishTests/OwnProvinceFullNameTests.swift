import SajianScene
import SajianTestSupport
import XCTest

/// Proof-reading 40: where a province map's names are short, the booklet's own province kept its contraction ("Kepri"
/// inside Kepulauan Riau's outline on its own booklet, "Sumbar", "Malut"); it is named in full where that costs no
/// other province its name.
final class OwnProvinceFullNameTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func mapTexts(_ region: String) throws -> [String] {
        let scene = try demoScene("Templates/buku-saku-provinsi.yaml", region: region, catalog: catalog)
        func texts(_ items: [SceneItem], inMap: Bool) -> [String] {
            items.flatMap { item -> [String] in
                switch item {
                case .group(let group): texts(group.items, inMap: inMap || group.role == "figure peta-tpt")
                case .text(let run) where inMap: [run.text.replacingOccurrences(of: "\u{00A0}", with: " ")]
                default: []
                }
            }
        }
        return scene.pages.flatMap { texts($0.items, inMap: false) }
    }

    func testTheOwnProvinceIsNamedInFullWhereItCostsNoOtherName() throws {
        for (region, full, short) in [("21", "Kepulauan Riau", "Kepri"), ("13", "Sumatera Barat", "Sumbar"), ("82", "Maluku Utara", "Malut")] {
            let texts = try mapTexts(region)
            XCTAssertTrue(texts.contains(full), "\(full) on its own booklet's map: \(texts)")
            XCTAssertFalse(texts.contains(short), "\(short) on its own booklet's map")
        }
    }
}
