import SajianCairo
import SajianScene
import XCTest

/// The PNG exporter refuses an image beyond its limits before it takes memory for the pixels, whoever calls it.
final class PNGLimitTests: XCTestCase {
    private func page(width: Double, height: Double) -> Scene {
        Scene(info: DocumentInfo(title: "Besar"), pages: [Page(size: Size(width: width, height: height), items: [])])
    }

    func testImagesBeyondTheLimitsAreRefusedBeforeDrawing() {
        // 30,000 pt × 1 pt is 40,000 × 1 px at 1×: few pixels, but a side Cairo cannot make a surface for.
        XCTAssertThrowsError(try CairoExport.png(page(width: 30_000, height: 1))) { error in
            XCTAssertEqual("\(error)", "a PNG of 40000 × 1 px is larger than 40 megapixels or 20000 px a side")
        }
        // 6666 × 6666 px at 8× (the red team's 11 GB request), and a page of no finite size.
        XCTAssertThrowsError(try CairoExport.png(page(width: 4999.5, height: 4999.5), options: PNGOptions(scale: 8))) { error in
            XCTAssertEqual("\(error)", "a PNG of 53328 × 53328 px is larger than 40 megapixels or 20000 px a side")
        }
        XCTAssertThrowsError(try CairoExport.png(page(width: .infinity, height: 10)))
    }

    func testTheLimitsThemselves() {
        XCTAssertTrue(PNGOptions.allows(width: 20_000, height: 2_000))
        XCTAssertFalse(PNGOptions.allows(width: 20_000, height: 2_001), "40,020,000 pixels")
        XCTAssertFalse(PNGOptions.allows(width: 20_001, height: 1))
        XCTAssertFalse(PNGOptions.allows(width: .nan, height: 1))
        XCTAssertEqual(PNGOptions(scale: 2).pixels(of: Size(width: 600, height: 375)).width, 1600)
    }
}
