import SajianCairo
import SajianScene
import SajianTestSupport
import XCTest

/// Proof-reading 40: a province booklet's text quotes Agustus 2023 and Februari 2024 ("Agustus 2023 (3,69 persen)",
/// "Februari 2024 (3,24 persen; Grafik 1)"), but Grafik 1 labelled only the ends of its five points. A short series now
/// gives every value of the line it is about where the value fits. Measured with Pango, as the booklets are set.
final class ShortSeriesLabelTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    /// The texts of every `value labels` group among `items`.
    private func labelsBelow(_ items: [SceneItem]) -> [String] {
        items.flatMap { item -> [String] in
            guard case .group(let group) = item else { return [] }
            if group.role == "value labels" { return group.items.compactMap { if case .text(let run) = $0 { run.text } else { nil } } }
            return labelsBelow(group.items)
        }
    }

    func testTheProvincesFivePointsAreAllLabelledInGrafik1() throws {
        let scene = try demoScene("Templates/buku-saku-provinsi.yaml", region: "34", catalog: catalog, measurer: PangoTextMeasurer())
        let labels = scene.pages.flatMap { labelsBelowFigure("tpt-tren", in: $0.items) }
        // Februari 2023 … Februari 2025 of DI Yogyakarta: 3,58, 3,69, 3,24, 3,48 and 3,18 (the last at the line's end).
        for value in ["3,58", "3,69", "3,24", "3,48", "3,18"] { XCTAssertTrue(labels.contains(value), "\(value) in \(labels)") }
        // Indonesia's inner points stay bare: its ends are labelled, not its middle.
        XCTAssertFalse(labels.contains("4,82"), "\(labels)")
        // Jawa Timur's lowest, Februari 2024's 3,74, which its text quotes, gets room under its point: the axis starts
        // a step lower (it went bare on an axis from 3,5).
        let east = try demoScene("Templates/buku-saku-provinsi.yaml", region: "35", catalog: catalog, measurer: PangoTextMeasurer())
        let eastLabels = east.pages.flatMap { labelsBelowFigure("tpt-tren", in: $0.items) }
        XCTAssertTrue(eastLabels.contains("3,74"), "\(eastLabels)")
    }

    /// The value labels of the figure `id`, wherever its group lies among `items`.
    private func labelsBelowFigure(_ id: String, in items: [SceneItem]) -> [String] {
        items.flatMap { item -> [String] in
            guard case .group(let group) = item else { return [] }
            return group.role == "figure \(id)" ? labelsBelow(group.items) : labelsBelowFigure(id, in: group.items)
        }
    }
}
