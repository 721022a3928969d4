import SajianForms
import XCTest

final class PictogramIconTests: XCTestCase {
    func testSVGPathDataForIcons() throws {
        XCTAssertEqual(SVGPathData.commands("M10 10 L90,10 l-40 80 z"), [.move(10, 10), .line(90, 10), .line(50, 90), .close])
        XCTAssertEqual(SVGPathData.commands("M0 0 H10 V-5 C1 2 3 4 5 6Z"), [.move(0, 0), .line(10, 0), .line(10, -5), .curve(1, 2, 3, 4, 5, 6), .close])
        XCTAssertNil(SVGPathData.commands("L10 10"), "a path starts with M")
        XCTAssertNil(SVGPathData.commands("M10 10 Q 5 5 0 0"), "quadratic curves are not supported")
        for name in IconLibrary.names { XCTAssertNotNil(SVGPathData.commands(IconLibrary.builtIn[name]!), name) }
        XCTAssertTrue(IconLibrary.isKnown("koper"))
        XCTAssertFalse(IconLibrary.isKnown("gajah"))
    }
}
