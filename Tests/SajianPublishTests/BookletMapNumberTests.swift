import Foundation
@testable import SajianForms
import SajianCairo
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// The province booklets' national map, measured with Pango as published: a province's number stands on the sea or
/// on its own province, never on another's fill, where it reads as that province's (Jawa Timur's 15 stood inside
/// Kalimantan Tengah on every booklet, proof-reading 7).
final class BookletMapNumberTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func groups(_ items: [SceneItem], role: String) -> [Group] {
        items.flatMap { item -> [Group] in
            guard case .group(let group) = item else { return [] }
            return (group.role == role ? [group] : []) + groups(group.items, role: role)
        }
    }

    func testNumbersStandOnTheSeaOrTheirOwnProvince() throws {
        var numbers = 0
        for code in ["64", "19", "31"] {
            var options = PublishOptions(datasetsDirectory: TestSupport.path("Datasets"), catalogPath: catalog,
                                         date: Date(timeIntervalSince1970: 1_700_000_000))
            options.region = try Publisher.regions(code, level: .province).first
            let scene = try Publisher().publicationScene(template: TestSupport.path("Templates/buku-saku-provinsi.yaml"), options: options,
                                                         measurer: PangoTextMeasurer()).scene
            let items = scene.pages.flatMap(\.items)
            // Each province's fill, by its number (its place among the map's regions, in the order they are drawn).
            let regions = try XCTUnwrap(groups(items, role: "wilayah").first, "the map's regions").items.compactMap { item -> Color? in
                guard case .group(let group) = item, case .shape(let shape)? = group.items.first else { return nil }
                return shape.fill
            }
            XCTAssertEqual(regions.count, 38)
            for group in groups(items, role: "nama wilayah") {
                for case .text(let run) in group.items {
                    guard let number = Int(run.text), number >= 1, number <= regions.count else { continue }
                    numbers += 1
                    // The halo is the fill under the number's centre; white where it stands over its coast and the sea.
                    let halo = run.style.halo?.color
                    XCTAssertTrue(halo == .white || halo == MapLayout.seaColor || halo == regions[number - 1],
                                  "booklet \(code): number \(number) stands on another province")
                }
            }
        }
        XCTAssertGreaterThan(numbers, 20, "provinces were numbered")
    }
}
