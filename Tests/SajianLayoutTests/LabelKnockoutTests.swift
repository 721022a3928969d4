import SajianLayout
import SajianScene
import XCTest

/// The editor's review, finding 3: a rule is cut under a label's whole box plus a margin, not only under its glyphs.
final class LabelKnockoutTests: XCTestCase {
    func testRuleIsCutAroundTheBoxWithAMargin() throws {
        let run = TextRun(text: "4,78", origin: Point(x: 100, y: 50), style: TextStyle(family: "Noto Sans", size: 8), width: 16, ascent: 6, descent: 2)
        let rule = Shape(path: .line(from: Point(x: 108, y: 0), to: Point(x: 108, y: 100)), stroke: Stroke(color: .black, width: 1))
        let items = LabelKnockout.clearing([.shape(rule), .text(run)])
        guard case .shape(let cut) = items[0] else { return XCTFail() }
        // Proof-reading 11, P-21 and 12, Q-3: a value is as high as its figures (0,74 of 8 pt = 5,92 over the baseline)
        // and its comma's tail (1,6 under), not its line (6 and 2), with half the margin over and under, so that a rule
        // through a column of values shows between them.
        let elements = cut.path.elements
        XCTAssertEqual(elements.count, 4)
        guard case .line(let stop) = elements[1], case .move(let resume) = elements[2] else { return XCTFail("\(elements)") }
        XCTAssertEqual(stop.y, 50 - 5.92 - 1, accuracy: 1e-9, "stops 1 pt above the figures")
        XCTAssertEqual(resume.y, 50 + 1.6 + 1, accuracy: 1e-9, "resumes 1 pt below the comma's tail")
        // A label of words keeps its whole line's box.
        let words = TextRun(text: "Indonesia", origin: Point(x: 100, y: 50), style: TextStyle(family: "Noto Sans", size: 8), width: 30, ascent: 6, descent: 2)
        guard case .shape(let around) = LabelKnockout.clearing([.shape(rule), .text(words)])[0] else { return XCTFail() }
        XCTAssertEqual(around.path.elements, [.move(Point(x: 108, y: 0)), .line(Point(x: 108, y: 42)), .move(Point(x: 108, y: 54)), .line(Point(x: 108, y: 100))],
                       "stops 2 pt above the ascent (44) and resumes 2 pt below the descent (52)")
        let past = Shape(path: .line(from: Point(x: 130, y: 0), to: Point(x: 130, y: 100)), stroke: Stroke(color: .black, width: 1))
        XCTAssertEqual(LabelKnockout.clearing([.shape(past), .text(run)])[0], .shape(past), "a rule clear of every label is left whole")
    }
}
