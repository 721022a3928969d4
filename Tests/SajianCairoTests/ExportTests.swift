import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import SajianCairo
import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

final class ExportTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: PangoTextMeasurer()))
    private let date = Date(timeIntervalSince1970: 1_700_000_000)

    private func chartScene(width: Double = 600, height: Double? = 375) -> Scene {
        var scene = layout.standalone(Fixtures.barChart(), width: width, height: height).scene
        scene.info.author = "Pusdatin"
        return scene
    }

    private func write(_ data: Data, _ name: String) throws -> String {
        let path = TestSupport.temporaryDirectory() + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    // MARK: PNG

    func testPNGHasRequestedPixelSizeAndScale() throws {
        let onex = try RGBAImage(png: CairoExport.png(chartScene()))
        XCTAssertEqual([onex.width, onex.height], [800, 500])
        let twox = try RGBAImage(png: CairoExport.png(chartScene(), options: PNGOptions(scale: 2)))
        XCTAssertEqual([twox.width, twox.height], [1600, 1000])
        XCTAssertEqual(twox.pixel(x: 2, y: 2), [255, 255, 255, 255], "the background is opaque white")
    }

    func testPNGDrawsTheHighlightedBarInTheAccentColour() throws {
        let scene = chartScene()
        var accentBar: Rect?
        func visit(_ items: [SceneItem], offset: Point, role: String) {
            for item in items {
                switch item {
                case .group(let group): visit(group.items, offset: Point(x: offset.x + group.transform.tx, y: offset.y + group.transform.ty), role: group.role)
                case .shape(let shape) where role == "bar Indonesia" && shape.fill != nil:
                    let b = shape.path.bounds
                    accentBar = Rect(x: b.x + offset.x, y: b.y + offset.y, width: b.width, height: b.height)
                default: break
                }
            }
        }
        visit(scene.pages[0].items, offset: Point(x: 0, y: 0), role: "")
        let bar = try XCTUnwrap(accentBar)
        let image = try RGBAImage(png: CairoExport.png(scene))
        let scale = PNGOptions.pixelsPerPoint
        let pixel = image.pixel(x: Int((bar.midX * scale).rounded()), y: Int((bar.y + bar.height / 2) * scale))
        XCTAssertEqual(pixel, [0xD5, 0x5E, 0x00, 0xFF])
    }

    func testPNGMatchesGoldenImagesWithinTolerance() throws {
        let cases: [(String, Scene)] = [
            ("bar-horizontal", layout.standalone(Fixtures.barChart(), width: 300, height: 200).scene),
            ("bar-vertical", layout.standalone(Fixtures.barChart(orientation: .vertical), width: 300, height: 200).scene),
            ("table", layout.standalone(Fixtures.table(withheld: true), width: 300, height: nil).scene),
            ("table-silang", layout.standalone(Fixtures.largeTable(rows: 5, columns: 6), width: 420, height: nil).scene),
            ("line", layout.standalone(Fixtures.lineChart(), width: 300, height: 200).scene),
            ("donut", layout.standalone(Fixtures.pieChart(), width: 300, height: 200).scene),
            ("pictogram", layout.standalone(Fixtures.pictogram(), width: 300, height: 160).scene),
        ]
        for (name, scene) in cases {
            let png = try CairoExport.png(scene)
            switch try GoldenImage.compare(png, golden: "Tests/SajianCairoTests/Golden/\(name).png") {
            case .recorded(let missingUnderCI): XCTAssertFalse(missingUnderCI, "golden \(name) was missing and has been recorded")
            case .compared(let share):
                let differing = try XCTUnwrap(share, "\(name): size differs")
                XCTAssertLessThan(differing, 0.002, "\(name): \(differing * 100) % of pixels differ from the golden image")
            }
        }
    }

    // MARK: PDF

    func testPDFHasComponentsAsTextFontsEmbeddedAndMetadata() throws {
        let path = try write(CairoExport.pdf(chartScene(), date: date), "chart.pdf")
        let text = try TestSupport.pdfText(path)
        XCTAssertTrue(text.contains("Grafik 1"), text)
        XCTAssertTrue(text.contains("Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024"), text)
        XCTAssertTrue(text.contains("Sumber: BPS, Sakernas Agustus 2024"), text)
        XCTAssertTrue(text.contains("6,75"), text)
        let fonts = try TestSupport.run(TestSupport.tool("pdffonts")!, [path]).stdout
        XCTAssertTrue(fonts.contains("NotoSans"), fonts)
        let rows = fonts.split(separator: "\n").dropFirst(2)
        XCTAssertFalse(rows.isEmpty)
        for row in rows { XCTAssertTrue(row.contains(" yes yes "), "font not embedded: \(row)") }
        let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, [path]).stdout
        XCTAssertTrue(info.contains("Grafik 1. Tingkat Pengangguran Terbuka"), info)
        XCTAssertTrue(info.contains("Author:          Pusdatin"), info)
        XCTAssertTrue(info.contains("Subject:         BPS, Sakernas Agustus 2024"), info)
    }

    func testPDFIsByteIdenticalForIdenticalInput() throws {
        let first = try CairoExport.pdf(chartScene(), date: date)
        let second = try CairoExport.pdf(chartScene(), date: date)
        XCTAssertEqual(first, second)
        let later = try CairoExport.pdf(chartScene(), date: date.addingTimeInterval(86_400))
        XCTAssertNotEqual(first, later, "the date is the only thing that differs")
    }

    func testMultiPagePDFHasEveryPageAndOutline() throws {
        let chapters = [BoundChapter(title: "Bab Satu", figures: [Fixtures.barChart()] + (0..<5).map { _ in Fixtures.table() })]
        let scene = layout.publication(chapters, info: DocumentInfo(title: "Buletin"), paper: .a4).scene
        XCTAssertGreaterThan(scene.pages.count, 1)
        let path = try write(CairoExport.pdf(scene, date: date), "book.pdf")
        let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, [path]).stdout
        XCTAssertTrue(info.contains("Pages:           \(scene.pages.count)"), info)
        XCTAssertTrue(info.contains("A4"), info)
    }

    // MARK: SVG

    func testSVGIsWellFormedWithEscapedTitleAndDesc() throws {
        var scene = chartScene()
        scene.info.title = "Grafik 1. Upah <UMP> & \"TPT\""
        scene.info.description = "Tertinggi Jawa Barat, 6,75 persen & terendah <Papua Pegunungan>"
        let svg = try CairoExport.svg(scene)
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("<title>Grafik 1. Upah &lt;UMP&gt; &amp; &quot;TPT&quot;</title>"), String(text.prefix(500)))
        XCTAssertTrue(text.contains("<desc>Tertinggi Jawa Barat, 6,75 persen &amp; terendah &lt;Papua Pegunungan&gt;</desc>"))
        let parser = XMLParser(data: svg)
        XCTAssertTrue(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
        XCTAssertEqual(try CairoExport.svg(scene), svg, "identical input gives identical SVG bytes")
    }
}
