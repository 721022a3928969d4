import Foundation
import SajianForms
import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

/// Scene snapshots: the display list as text, exact and reviewed in diffs.
/// `make record` rewrites the snapshots after an intended change; a missing one fails.
final class SceneSnapshotTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    func testHorizontalBarChart() throws {
        assertSceneSnapshot(layout.standalone(Fixtures.barChart(), width: 600, height: 400).scene, named: "bar-horizontal")
    }

    func testVerticalBarChart() throws {
        assertSceneSnapshot(layout.standalone(Fixtures.barChart(orientation: .vertical), width: 600, height: 400).scene, named: "bar-vertical")
    }

    func testTableWithWithheldCell() throws {
        assertSceneSnapshot(layout.standalone(Fixtures.table(withheld: true), width: 500, height: nil).scene, named: "table-withheld")
    }

    /// The national choropleth: every region, the graticule, legend, scale, orientation, inset, one line each.
    func testNationalMap() throws {
        assertSceneSnapshot(layout.standalone(try MapFixtures.tptMap("sorot: \"32\""), width: 600, height: 375).scene, named: "map-national")
    }
}
