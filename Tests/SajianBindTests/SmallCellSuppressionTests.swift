import SajianForms
import SajianBind
import SajianModel
import XCTest

final class SmallCellSuppressionTests: XCTestCase {
    func testPrimarySuppressionWithholdsSmallCountsButNotZero() {
        let result = SmallCellSuppression.apply(to: [[.number(3)], [.number(0)], [.number(12)], [.nothingToReport]], threshold: 5)
        XCTAssertEqual(result, [[.withheld], [.number(0)], [.number(12)], [.nothingToReport]])
    }

    func testSecondarySuppressionProtectsAgainstSubtractionFromTotals() {
        // Rows A–D and a total row; one column. 3 is small; with the total shown, 3 = 2201 − 1201 − 57 − 940,
        // so the next smallest (57) is withheld too.
        let cells: [[StatisticalValue]] = [[.number(1201)], [.number(3)], [.number(57)], [.number(940)], [.number(2201)]]
        let result = SmallCellSuppression.apply(to: cells, threshold: 5, totalRow: 4)
        XCTAssertEqual(result.map { $0[0] }, [.number(1201), .withheld, .withheld, .number(940), .number(2201)])
    }

    func testEveryLineWithATotalEndsWithNoneOrSeveralWithheld() {
        // Two columns with a total row and a total column.
        let cells: [[StatisticalValue]] = [
            [.number(2), .number(40), .number(42)],
            [.number(30), .number(50), .number(80)],
            [.number(25), .number(60), .number(85)],
            [.number(57), .number(150), .number(207)],
        ]
        let result = SmallCellSuppression.apply(to: cells, threshold: 5, totalRow: 3, totalColumn: 2)
        for column in 0..<3 where result[3][column].number != nil {
            let withheld = (0..<3).filter { result[$0][column] == .withheld }.count
            XCTAssertNotEqual(withheld, 1, "column \(column): \(result)")
        }
        for row in 0..<4 where result[row][2].number != nil {
            let withheld = (0..<2).filter { result[row][$0] == .withheld }.count
            XCTAssertNotEqual(withheld, 1, "row \(row): \(result)")
        }
        XCTAssertEqual(result[0][0], .withheld)
    }
}
