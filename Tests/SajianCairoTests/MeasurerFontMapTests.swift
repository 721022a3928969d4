import Foundation
@testable import SajianCairo
import SajianScene
import XCTest

/// A measurer that moves between threads (the studio's pool) must not share its thread's Pango font map.
final class MeasurerFontMapTests: XCTestCase {
    private let style = TextStyle(family: "Noto Sans", size: 9)

    func testMeasurersOfOneThreadShareItsFontMapUnlessAskedForTheirOwn() {
        let first = PangoTextMeasurer(), second = PangoTextMeasurer()
        XCTAssertEqual(first.fontMap, second.fontMap)
        let own = PangoTextMeasurer(fontMap: .own), otherOwn = PangoTextMeasurer(fontMap: .own)
        XCTAssertNotEqual(own.fontMap, first.fontMap)
        XCTAssertNotEqual(own.fontMap, otherOwn.fontMap)
    }

    func testAnOwnFontMapMeasuresExactlyAsTheThreadsDoes() {
        let shared = PangoTextMeasurer(), own = PangoTextMeasurer(fontMap: .own)
        for text in ["Tingkat Pengangguran Terbuka (persen)", "7.465.599", "Papua Pegunungan"] {
            XCTAssertEqual(own.width(of: text, style: style), shared.width(of: text, style: style), text)
            XCTAssertGreaterThan(own.width(of: text, style: style), 0, text)
        }
        XCTAssertEqual(own.metrics(for: style), shared.metrics(for: style))
        XCTAssertEqual(own.lines(of: "Upah Minimum Provinsi (rupiah per bulan)", style: style, maxWidth: 60),
                       shared.lines(of: "Upah Minimum Provinsi (rupiah per bulan)", style: style, maxWidth: 60))
    }
}
