import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SajianForms
import SajianCairo
import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

final class MapExportTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: PangoTextMeasurer()))
    private let date = Date(timeIntervalSince1970: 1_700_000_000)

    /// The eight components of PER.03/MEN/II/2009 Pasal 8, as text in the PDF.
    func testPDFTextHasAllEightComponents() throws {
        var print = HouseStyle.standard
        print.mapTolerance = HouseStyle.printMapTolerance
        let scene = DocumentLayout(figureLayout: FigureLayout(style: print, measurer: PangoTextMeasurer()))
            .standalone(try MapFixtures.tptMap("sorot: \"32\""), width: 600, height: 375).scene
        let path = TestSupport.temporaryDirectory() + "/peta.pdf"
        try CairoExport.pdf(scene, date: date).write(to: URL(fileURLWithPath: path))
        let text = try TestSupport.pdfText(path).replacingOccurrences(of: #"\s+"#, with: " ", options: .regularExpression)
        for (component, expected) in [("nomor", "Peta 1"), ("judul", "Tingkat Pengangguran Terbuka (TPT) menurut Provinsi, Agustus 2024"),
                                      ("isi peta", "Papua"), ("skala", "km"), ("orientasi", "U"),
                                      ("legenda", "5,15 – 6,75"), ("inset dan index peta", "Peta indeks: letak Jawa Barat di Indonesia"),
                                      ("sistem koordinat", "Sistem koordinat geografis, datum WGS 84"),
                                      ("sumber", "Sumber: BPS, Sakernas Agustus 2024"),
                                      ("keterangan riwayat peta", "Batas wilayah: repositori cahyadsn/wilayah_boundaries"),
                                      ("graticule", "100° BT")] {
            XCTAssertTrue(text.contains(expected), "\(component): \(expected) not in \(text)")
        }
    }

    func testMapPNGMatchesGoldenImage() throws {
        let scene = layout.standalone(try MapFixtures.tptMap(), width: 400, height: 280).scene
        let png = try CairoExport.png(scene)
        try GoldenImage.assertMatches(png, golden: "Tests/SajianCairoTests/Golden/map.png")
    }

    /// Issue 14 (speed): in a PNG a region's fill and thin round-joined outline are rasterised on Cairo's fast 4×4
    /// sample grid, so an edge pixel takes far fewer shades than on the full grid that every other shape keeps (a
    /// mitred outline, a round-joined stroke wider than 1.5 device pixels).
    func testThinRoundJoinedOutlinesAreRasterisedOnTheFastGrid() throws {
        func shades(join: Stroke.Join, width: Double) throws -> Int {
            // A slanted black quadrilateral with a black outline: every pixel's grey is the shape's coverage there.
            let outline = Path([.move(Point(x: 10, y: 10)), .line(Point(x: 190, y: 23)), .line(Point(x: 183, y: 90)),
                                .line(Point(x: 17, y: 77)), .close])
            let region = Shape(path: outline, fill: .black, stroke: Stroke(color: .black, width: width, join: join))
            let scene = Scene(info: DocumentInfo(title: "Wilayah"), pages: [Page(size: Size(width: 200, height: 100), items: [.shape(region)])])
            let image = try RGBAImage(png: CairoExport.png(scene, options: PNGOptions(scale: 2)))
            return Set(stride(from: 0, to: image.pixels.count, by: 4).map { image.pixels[$0] }).count
        }
        let boundary = try shades(join: .round, width: 0.4), mitred = try shades(join: .miter, width: 0.4)
        let wide = try shades(join: .round, width: 2.8)
        XCTAssertLessThan(boundary * 2, mitred, "a region boundary: \(boundary) shades, the same shape mitred: \(mitred)")
        XCTAssertLessThan(boundary * 2, wide, "a region boundary: \(boundary) shades, a wide round-joined stroke: \(wide)")
    }

    func testSVGIsWellFormedAndSmall() throws {
        let svg = try CairoExport.svg(layout.standalone(try MapFixtures.tptMap(), width: 600, height: 375).scene)
        XCTAssertTrue(XMLParser(data: svg).parse())
        // Names on every province (issue 14) add about 25 KB of the glyph outlines Cairo writes for text.
        XCTAssertLessThan(svg.count, 340_000, "the national choropleth's SVG stays under 340 KB")
    }
}
