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
                                      ("legenda", "5,15 – 6,75"), ("inset dan index peta", "Peta indeks: Jawa Barat di Indonesia"),
                                      ("sistem koordinat", "Proyeksi Mercator, datum WGS 84"),
                                      ("sumber", "Sumber: BPS, Sakernas Agustus 2024"),
                                      ("keterangan riwayat peta", "Batas wilayah dari cahyadsn/wilayah_boundaries"),
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

    /// Issue 14 (speed): in a PNG a text halo (the glyphs' outlines stroked round-joined, as map numbers and names
    /// carry) is rasterised on Cairo's fast 4×4 sample grid: its edge takes at most 17 shades (0 to 16 of 16 samples).
    /// The glyphs are drawn as before, and a PDF writes the same halo as before.
    func testTextHalosAreRasterisedOnTheFastGrid() throws {
        var style = HouseStyle.standard.text(14)
        style.color = Color(hex: 0x000000, alpha: 0)  // no glyphs: every grey is the halo's
        style.halo = TextStyle.Halo(color: .black, width: 3)
        let run = TextRun(text: "Kab. Bogor 19", origin: Point(x: 10, y: 40), style: style, width: 100, ascent: 11, descent: 3)
        let scene = Scene(info: DocumentInfo(title: "Halo"), pages: [Page(size: Size(width: 200, height: 60), items: [.text(run)])])
        let image = try RGBAImage(png: CairoExport.png(scene, options: PNGOptions(scale: 2)))
        let shades = Set(stride(from: 0, to: image.pixels.count, by: 4).map { image.pixels[$0] })
        XCTAssertTrue(shades.contains(0), "the halo is drawn")
        XCTAssertLessThanOrEqual(shades.count, 17, "the halo's edge: \(shades.count) shades")
    }

    func testSVGIsWellFormedAndSmall() throws {
        let svg = try CairoExport.svg(layout.standalone(try MapFixtures.tptMap(), width: 600, height: 375).scene)
        XCTAssertTrue(XMLParser(data: svg).parse())
        // Names on every province (issue 14) add about 25 KB of the glyph outlines Cairo writes for text.
        XCTAssertLessThan(svg.count, 340_000, "the national choropleth's SVG stays under 340 KB")
    }

    /// Issue 14 (speed): a PDF prints a long outline's positions on an eighth-of-a-point grid (at most three decimals,
    /// mostly fewer, so that zlib packs the content stream tighter); a short path (a rectangle, an arrow, a bar) keeps
    /// its exact positions. The national map's boundaries are such outlines.
    func testPDFPrintsLongOutlinesOnAnEighthPointGrid() throws {
        // A 24-point zigzag and a triangle, both off the grid (x.03), under a translation of 0.01.
        let zigzag = Path([.move(Point(x: 10.03, y: 20.03))] + (1...23).map { .line(Point(x: 10.03 + Double($0) * 7.01, y: $0 % 2 == 0 ? 20.03 : 31.07)) })
        let triangle = Path([.move(Point(x: 40.03, y: 60.03)), .line(Point(x: 90.03, y: 60.03)), .line(Point(x: 65.03, y: 95.03)), .close])
        let group = Group(role: "uji", transform: .translation(x: 0.01, y: 0.01), items: [
            .shape(Shape(path: zigzag, stroke: Stroke(color: .black, width: 0.5))),
            .shape(Shape(path: triangle, fill: .black)),
        ])
        let scene = Scene(info: DocumentInfo(title: "Garis"), pages: [Page(size: Size(width: 200, height: 120), items: [.group(group)])])
        let segments = try pathSegments(try CairoExport.pdf(scene, date: date), "garis.pdf")
        let long = segments.filter { $0.count == 24 }, short = segments.filter { $0.count == 3 }
        XCTAssertEqual(long.count, 1, "\(segments)")
        XCTAssertEqual(short.count, 1, "\(segments)")
        for (x, y) in long.first ?? [] {
            XCTAssertEqual((x * 8).rounded(), x * 8, accuracy: 1e-9, "zigzag x \(x) is not on the 1/8 pt grid")
            XCTAssertEqual((y * 8).rounded(), y * 8, accuracy: 1e-9, "zigzag y \(y) is not on the 1/8 pt grid")
        }
        // The zigzag's first position, 10.04 on the page, is printed as 10 (the nearest eighth), at most 1/16 pt away.
        XCTAssertEqual(long.first?.first?.x, 10)
        // A short path keeps its positions (to Cairo's 1/256 pt fixed point).
        for (printed, exact) in zip(short.first?.map(\.x) ?? [], [40.04, 90.04, 65.04]) { XCTAssertEqual(printed, exact, accuracy: 1.0 / 256) }

        var print = HouseStyle.standard
        print.mapTolerance = HouseStyle.printMapTolerance
        let map = DocumentLayout(figureLayout: FigureLayout(style: print, measurer: PangoTextMeasurer()))
            .standalone(try MapFixtures.tptMap(), width: 600, height: 375).scene
        // Long subpaths wider or taller than 8 pt: region outlines, not the glyph outlines of a number's halo (6 pt
        // type, stroked as its glyphs' outline and left off the grid).
        let outlines = try pathSegments(try CairoExport.pdf(map, date: date), "peta-grid.pdf").filter { subpath in
            let xs = subpath.map(\.x), ys = subpath.map(\.y)
            return subpath.count >= 16 && max(xs.max()! - xs.min()!, ys.max()! - ys.min()!) > 8
        }
        let positions = outlines.flatMap { $0 }
        XCTAssertGreaterThan(positions.count, 5_000, "the map's boundaries")
        let off = positions.filter { ($0.x * 8).rounded() != $0.x * 8 || ($0.y * 8).rounded() != $0.y * 8 }
        XCTAssertTrue(off.isEmpty, "\(off.count) of \(positions.count) boundary positions off the grid, e.g. \(off.prefix(3))")
    }

    /// The paths of a PDF's content streams (decompressed by `qpdf --qdf`): each subpath's positions, `m` then `l`.
    private func pathSegments(_ pdf: Data, _ name: String) throws -> [[(x: Double, y: Double)]] {
        let path = TestSupport.temporaryDirectory() + "/" + name, plain = path + ".qdf"
        try pdf.write(to: URL(fileURLWithPath: path))
        let qpdf = try XCTUnwrap(TestSupport.tool("qpdf"), "qpdf is installed by make setup")
        let result = try TestSupport.run(qpdf, ["--qdf", "--object-streams=disable", path, plain])
        XCTAssertEqual(result.status, 0, result.stderr)
        let tokens = String(decoding: try Data(contentsOf: URL(fileURLWithPath: plain)), as: UTF8.self).split(whereSeparator: \.isWhitespace)
        var paths: [[(x: Double, y: Double)]] = []
        for (index, token) in tokens.enumerated() where index >= 2 && (token == "m" || token == "l") {
            guard let x = Double(tokens[index - 2]), let y = Double(tokens[index - 1]) else { continue }
            if token == "m" { paths.append([]) }
            if !paths.isEmpty { paths[paths.count - 1].append((x, y)) }
        }
        return paths
    }
}
