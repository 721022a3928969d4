@testable import SajianForms
import XCTest

/// Proof-reading 31: the A4 infographic's squat column charts labelled "0 2 4 6 8" a line apart, "4,90" standing on
/// the 6; a low plot labels every second (or third) tick, keeping the first and the last.
final class ColumnTickTests: XCTestCase {
    func testALowPlotLabelsEverySecondTickKeepingTheLast() {
        let ticks = [0.0, 2, 4, 6, 8]
        XCTAssertEqual(BarChartLayout.thinned(ticks, pitch: 12, least: 18), [0, 4, 8])
        XCTAssertEqual(BarChartLayout.thinned(ticks, pitch: 20, least: 18), ticks, "far enough apart: all")
        XCTAssertEqual(BarChartLayout.thinned([0, 1, 2, 3], pitch: 7, least: 18), [0, 3], "every third, the last kept")
        XCTAssertEqual(BarChartLayout.thinned([0, 2, 4, 6], pitch: 12, least: 18), [0, 6], "every third")
        XCTAssertEqual(BarChartLayout.thinned([0, 2, 4, 6, 8, 10], pitch: 12, least: 18), [0, 2, 4, 6, 8, 10], "no step keeps the last: all")
        XCTAssertEqual(BarChartLayout.thinned([0, 5], pitch: 5, least: 18), [0, 5])
        XCTAssertEqual(BarChartLayout.thinned([-4, -2, 0, 2, 4], pitch: 12, least: 18), [-4, 0, 4], "zero kept on an axis through negatives")
        XCTAssertEqual(BarChartLayout.thinned([-2, 0, 2, 4, 6], pitch: 12, least: 18), [-2, 0, 2, 4, 6], "no step keeps zero and the last: all")
        // Proof-reading 36: ticks closer than a line of their type ("8 6 4 2 0" one over another on the A4 leaflet)
        // keep the ends alone where no step up to three parts them enough, or a wider step that does.
        XCTAssertEqual(BarChartLayout.thinned([0, 2, 4, 6, 8], pitch: 3, least: 18, legible: 9), [0, 8])
        XCTAssertEqual(BarChartLayout.thinned([0, 2, 4, 6, 8], pitch: 5, least: 18, legible: 9), [0, 8])
        XCTAssertEqual(BarChartLayout.thinned([0, 1, 2, 3, 4, 5, 6, 7, 8], pitch: 5, least: 18, legible: 9), [0, 4, 8])
        XCTAssertEqual(BarChartLayout.thinned([0, 2, 4, 6, 8, 10], pitch: 12, least: 18, legible: 9), [0, 2, 4, 6, 8, 10], "legible: all as before")
    }
}
