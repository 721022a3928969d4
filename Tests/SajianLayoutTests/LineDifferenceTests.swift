import SajianForms
import SajianTestSupport
import XCTest

/// The diff a failing scene snapshot prints: the differing lines with their numbers, not two whole dumps.
final class LineDifferenceTests: XCTestCase {
    func testEqualTextsHaveNoDifference() {
        XCTAssertNil(LineDifference(expected: "a\nb\n", actual: "a\nb\n"))
    }

    func testChangedLinesAreShownInPairsWithTheirNumbers() throws {
        let difference = try XCTUnwrap(LineDifference(expected: "a\nb\nc\nd\ne\n", actual: "a\nB\nc\nD\ne\n"))
        XCTAssertEqual(difference.description, """
            first difference at line 2 (snapshot 6 lines, scene 6 lines):
            - 2: b
            + 2: B
            - 4: d
            + 4: D
            """)
    }

    func testAnAddedLineIsShownWithoutTheSharedLinesAroundIt() throws {
        let difference = try XCTUnwrap(LineDifference(expected: "a\nb\nc\n", actual: "a\nb\nnew\nc\n"))
        XCTAssertEqual(difference.description, """
            first difference at line 3 (snapshot 4 lines, scene 5 lines):
            + 3: new
            """)
    }

    func testLongStretchesAreCut() throws {
        let expected = (1...30).map { "line \($0)" }.joined(separator: "\n")
        let difference = try XCTUnwrap(LineDifference(expected: expected, actual: "line 1"))
        let lines = difference.description.split(separator: "\n")
        XCTAssertEqual(lines.count, 1 + LineDifference.shownLines + 1)
        XCTAssertEqual(lines[1], "- 2: line 2")
        XCTAssertEqual(lines.last, "- … 17 more lines")
    }
}
