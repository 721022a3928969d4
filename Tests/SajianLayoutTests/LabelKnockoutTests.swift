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
        XCTAssertEqual(cut.path.elements, [.move(Point(x: 108, y: 0)), .line(Point(x: 108, y: 42)), .move(Point(x: 108, y: 54)), .line(Point(x: 108, y: 100))],
                       "stops 2 pt above the ascent (44) and resumes 2 pt below the descent (52)")
        let past = Shape(path: .line(from: Point(x: 130, y: 0), to: Point(x: 130, y: 100)), stroke: Stroke(color: .black, width: 1))
        XCTAssertEqual(LabelKnockout.clearing([.shape(past), .text(run)])[0], .shape(past), "a rule clear of every label is left whole")
    }
}
