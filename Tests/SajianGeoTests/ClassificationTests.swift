import SajianGeo
import XCTest

/// Breaks checked against PySAL mapclassify 2.10.0 on the same values (computed once, hard-coded here).
final class ClassificationTests: XCTestCase {
    /// TPT Agustus 2024 of the 38 provinces (BPS, Datasets/tpt-provinsi.csv), in the file's order.
    let tpt = [5.75, 5.6, 5.75, 3.7, 4.48, 3.86, 3.11, 4.19, 4.63, 6.39, 6.21, 6.75, 4.78, 3.48, 4.19, 6.68, 1.79, 2.73, 3.02,
               4.86, 4.01, 4.2, 5.14, 3.9, 5.85, 2.94, 4.19, 3.09, 3.13, 2.68, 6.11, 4.03, 4.13, 6.48, 6.48, 4.05, 2.75, 1.32]

    private func assertBreaks(_ actual: [Double], _ expected: [Double], file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(actual.count, expected.count, "\(actual)", file: file, line: line)
        for (a, e) in zip(actual, expected) { XCTAssertEqual(a, e, accuracy: 1e-9, "\(actual)", file: file, line: line) }
    }

    func testQuantilesMatchMapclassify() {
        // mapclassify.Quantiles(y, k=5).bins
        assertBreaks(Classification.breaks(tpt, method: .quantile, classes: 5), [3.098, 4.026, 4.51, 5.81, 6.75])
    }

    func testEqualIntervalsMatchMapclassify() {
        // mapclassify.EqualInterval(y, k=5).bins
        assertBreaks(Classification.breaks(tpt, method: .equalInterval, classes: 5), [2.406, 3.492, 4.578, 5.664, 6.75])
    }

    func testNaturalBreaksMatchMapclassifyFisherJenks() {
        // mapclassify.FisherJenks(y, k=5).bins and k=4
        assertBreaks(Classification.breaks(tpt, method: .naturalBreaks, classes: 5), [1.79, 3.48, 4.2, 5.14, 6.75])
        assertBreaks(Classification.breaks(tpt, method: .naturalBreaks, classes: 4), [1.79, 3.48, 5.14, 6.75])
        // Counts per class, as mapclassify reports them: [2, 9, 11, 5, 11].
        let breaks = Classification.breaks(tpt, method: .naturalBreaks, classes: 5)
        let counts = (0..<5).map { index in tpt.filter { Classification.classIndex(of: $0, breaks: breaks) == index }.count }
        XCTAssertEqual(counts, [2, 9, 11, 5, 11])
    }

    func testManualBreaksCloseWithTheHighestValue() {
        assertBreaks(Classification.breaks(tpt, method: .manual([5, 3, 4]), classes: 0), [3, 4, 5, 6.75])
        XCTAssertEqual(Classification.classIndex(of: 3.0, breaks: [3, 4, 5]), 0, "a limit belongs to the class it closes")
        XCTAssertEqual(Classification.classIndex(of: 3.01, breaks: [3, 4, 5]), 1)
    }

    func testFewerDistinctValuesThanClasses() {
        XCTAssertEqual(Classification.breaks([2, 2, 3], method: .naturalBreaks, classes: 5), [2, 3])
        XCTAssertEqual(Classification.breaks([], method: .quantile, classes: 5), [])
    }
}
