import Foundation
import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

/// Scene snapshots: the display list as text, exact and reviewed in diffs.
/// Run with SAJIAN_RECORD=1 to rewrite the snapshots after an intended change.
final class SceneSnapshotTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private func assertSnapshot(_ scene: Scene, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = TestSupport.path("Tests/SajianLayoutTests/Snapshots/\(name).txt")
        let dump = SceneDump.dump(scene)
        if ProcessInfo.processInfo.environment["SAJIAN_RECORD"] == "1" || !FileManager.default.fileExists(atPath: path) {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try dump.write(toFile: path, atomically: true, encoding: .utf8)
            if ProcessInfo.processInfo.environment["CI"] != nil { XCTFail("snapshot \(name) was missing and has been recorded", file: file, line: line) }
            return
        }
        let expected = try String(contentsOfFile: path, encoding: .utf8)
        if dump != expected {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = dump.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
            XCTFail("scene \(name) differs from its snapshot at line \(first + 1):\n- \(first < a.count ? a[first] : "")\n+ \(first < b.count ? b[first] : "")",
                    file: file, line: line)
        }
    }

    func testHorizontalBarChart() throws {
        try assertSnapshot(layout.standalone(Fixtures.barChart(), width: 600, height: 400).scene, named: "bar-horizontal")
    }

    func testVerticalBarChart() throws {
        try assertSnapshot(layout.standalone(Fixtures.barChart(orientation: .vertical), width: 600, height: 400).scene, named: "bar-vertical")
    }

    func testTableWithWithheldCell() throws {
        try assertSnapshot(layout.standalone(Fixtures.table(withheld: true), width: 500, height: nil).scene, named: "table-withheld")
    }

    /// The national choropleth: every region, the graticule, legend, scale, orientation, inset, one line each.
    func testNationalMap() throws {
        try assertSnapshot(layout.standalone(MapFixtures.tptMap("sorot: \"32\""), width: 600, height: 375).scene, named: "map-national")
    }
}
