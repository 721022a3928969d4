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

    /// The chunks of a PNG other than image data, in order, as (type, bytes).
    private func chunks(_ png: Data, skippingImageData: Bool = true) -> [(String, [UInt8])] {
        let bytes = [UInt8](png)
        var result: [(String, [UInt8])] = [], offset = 8
        while offset + 12 <= bytes.count {
            let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
            if type != "IDAT" || !skippingImageData { result.append((type, Array(bytes[offset + 8..<offset + 8 + length]))) }
            offset += 12 + length
        }
        return result
    }

    func testRunEncoderGivesLibpngsPixelsAndTextChunks() throws {
        // Many colours in small tiles (literals, several Huffman blocks), flat stretches, repeated rows, odd sizes,
        // and pictures small enough for one thread and large enough for two.
        var state: UInt64 = 42
        func random() -> Double { state = state &* 6364136223846793005 &+ 1442695040888963407; return Double(state >> 11) / Double(1 << 53) }
        var tiles: [SceneItem] = []
        for row in 0..<60 {
            for column in 0..<90 where random() < 0.6 {
                let color = Color(red: random(), green: random(), blue: random(), alpha: random() < 0.2 ? 0.5 : 1)
                tiles.append(.shape(Shape(path: .rectangle(Rect(x: Double(column) * 4.1 + 3, y: Double(row) * 3.7 + 40, width: 3.3, height: 2.9)),
                                          fill: color)))
            }
        }
        // Few colours in tiles several pixels tall: pairs of pixels repeat from rows above, and rows repeat, so a
        // repeated row must not reuse copies whose distance points at a fixed earlier place.
        let few = [Color(hex: 0x0072B2), Color(hex: 0xE69F00), Color(hex: 0x009E73)]
        var patterned: [SceneItem] = []
        for row in 0..<40 {
            for column in 0..<120 {
                patterned.append(.shape(Shape(path: .rectangle(Rect(x: Double(column) * 1.5, y: Double(row) * 3, width: 1.5, height: 3)),
                                              fill: few[Int(random() * 3) % 3])))
            }
        }
        let fewColours = Scene(info: DocumentInfo(title: "Ubin tiga warna"), pages: [Page(size: Size(width: 180, height: 120), items: patterned)])
        var noisy = Scene(info: DocumentInfo(title: "Ubin acak", description: "Uji penyandi: ubin berwarna acak"),
                          pages: [Page(size: Size(width: 401.3, height: 300.7), items: tiles)])
        noisy.info.provenance = "uji"
        let cases: [(String, Scene, Double)] = [
            ("bar 1x", chartScene(), 1), ("bar 2x", chartScene(), 2), ("narrow", chartScene(width: 97, height: 41), 1),
            ("noisy 1x", noisy, 1), ("noisy 2x", noisy, 2), ("few colours 1x", fewColours, 1), ("few colours 3x", fewColours, 3),
            ("donut 2x", layout.standalone(Fixtures.pieChart(), width: 600, height: 375).scene, 2),
            ("table 2x", layout.standalone(Fixtures.largeTable(rows: 30, columns: 6), width: 420, height: nil).scene, 2),
        ]
        for (name, scene, scale) in cases {
            let runs = try CairoExport.png(scene, options: PNGOptions(scale: scale))
            let libpng = try CairoExport.png(scene, options: PNGOptions(scale: scale, encoder: .libpng))
            let ours = try RGBAImage(png: runs), theirs = try RGBAImage(png: libpng)
            XCTAssertEqual([ours.width, ours.height], [theirs.width, theirs.height], name)
            XCTAssertTrue(ours.pixels == theirs.pixels, "\(name): the run encoder's pixels differ from libpng's")
            XCTAssertEqual(chunks(runs).map(\.0), chunks(libpng).map(\.0), name)
            XCTAssertEqual(chunks(runs).map(\.1), chunks(libpng).map(\.1), "\(name): header or text chunks differ")
            XCTAssertLessThan(Double(runs.count), 1.5 * Double(libpng.count), "\(name): \(runs.count) bytes against libpng's \(libpng.count)")
        }
    }

    func testRepeatedRowIsNotCopiedFromTheWrongPlace() throws {
        // Rows A, B, A, A, 86 px wide: the third row is one copy of the first (two rows up); the fourth equals the
        // third but must not repeat that copy, which would then point at B.
        var state: UInt64 = 7
        func random() -> Double { state = state &* 6364136223846793005 &+ 1442695040888963407; return Double(state >> 11) / Double(1 << 53) }
        let a = (0..<86).map { _ in Color(red: random(), green: random(), blue: random()) }
        let b = (0..<86).map { _ in Color(red: random(), green: random(), blue: random()) }
        var items: [SceneItem] = []
        for (y, row) in [a, b, a, a].enumerated() {
            for (x, color) in row.enumerated() {
                items.append(.shape(Shape(path: .rectangle(Rect(x: Double(x), y: Double(y), width: 1, height: 1)), fill: color)))
            }
        }
        let scene = Scene(info: DocumentInfo(title: "Baris berulang"), pages: [Page(size: Size(width: 86, height: 4), items: items)])
        let options = PNGOptions(scale: 1 / PNGOptions.pixelsPerPoint)  // one point, one pixel
        let ours = try RGBAImage(png: CairoExport.png(scene, options: options))
        var libpngOptions = options
        libpngOptions.encoder = .libpng
        let theirs = try RGBAImage(png: CairoExport.png(scene, options: libpngOptions))
        XCTAssertEqual(ours.width, 86)
        XCTAssertTrue(ours.pixels == theirs.pixels, "the fourth row decodes to the pixels drawn")
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
            try GoldenImage.assertMatches(png, golden: "Tests/SajianCairoTests/Golden/\(name).png")
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

    /// Issue 15: publication PDFs with links failed `qpdf --check` ("expected 9 0 obj") and their links went nowhere.
    func testPDFLinksPassQPDFAndLeadToTheirPages() throws {
        let a4 = Size(width: 595, height: 842), landscape = Size(width: 842, height: 595)
        var pages = [a4, a4, landscape, a4].map { size in
            Page(size: size, items: [.text(TextRun(text: "Halaman", origin: Point(x: 50, y: 80), style: HouseStyle.standard.text(10),
                                                   width: 40, ascent: 8, descent: 2))])
        }
        pages[0].bookmarks = [Bookmark(title: "Bab 1", level: 1, y: 80)]
        pages[0].links = [PageLink(area: Rect(x: 50, y: 100, width: 200, height: 12), page: 2, y: 40),
                          PageLink(area: Rect(x: 50, y: 120, width: 200, height: 12), page: 3, y: 60)]
        pages[1].links = [PageLink(area: Rect(x: 50, y: 100, width: 200, height: 12), page: 0, y: 0)]
        let path = try write(CairoExport.pdf(Scene(info: DocumentInfo(title: "Buletin"), pages: pages), date: date), "links.pdf")
        let check = try TestSupport.run(try XCTUnwrap(TestSupport.tool("qpdf"), "qpdf is installed by make setup"), ["--check", path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertFalse((check.stdout + check.stderr).contains("WARNING"), check.stdout + check.stderr)
        // Every link names a destination, and the destination tree places each on its page at its height.
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
        let kids = try XCTUnwrap(text.range(of: #"/Kids \[([0-9 R]+)\]"#, options: .regularExpression)).lowerBound
        let pageObjects = text[kids...].prefix { $0 != "]" }.split(separator: " ").compactMap { Int($0) }.enumerated()
            .filter { $0.offset % 2 == 0 }.map(\.element)  // "2 0 R 8 0 R …": the object numbers, generations dropped
        guard pageObjects.count == 4 else { return XCTFail("page objects: \(pageObjects)") }
        let named = text.matches(of: /\/Subtype \/Link[^>]*?\/Dest \(([^)]+)\)/).map { String($0.output.1) }
        XCTAssertEqual(named.count, 3, "every link has a destination")
        let tree = Dictionary(text.matches(of: /\(([^)]+)\) \[(\d+) 0 R \/XYZ 0 ([0-9.]+) 0\]/).map {
            (String($0.output.1), (page: Int($0.output.2)!, top: Double($0.output.3)!))
        }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(named.map { tree[$0]?.page }, [pageObjects[2], pageObjects[3], pageObjects[0]])
        // The landscape page is turned on A4 portrait (a link to it leads to its top, the paper's left edge).
        XCTAssertEqual(named.map { tree[$0]?.top }, [842, 842 - 60, 842], "PDF heights count from the foot of the page")
        let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, ["-f", "1", "-l", "4", path]).stdout
        XCTAssertTrue(info.contains("Pages:           4"), info)
        XCTAssertTrue(info.contains("Page    3 size:  595 x 842 pts"), info)
        XCTAssertTrue(info.contains("Page    3 rot:   90"), info)
        XCTAssertTrue(info.contains("Page    4 rot:   0"), info)
    }

    /// A landscape page among portrait ones is printed on the same paper turned, its top at the left, and marked
    /// /Rotate 90 (an incremental update: Cairo cannot set it) so that a screen shows it upright: read back by poppler
    /// upright, with its text where it was drawn.
    func testALandscapePageAmongPortraitOnesIsTurnedAndRotatedBack() throws {
        let a5 = Size(width: 420, height: 595), landscape = Size(width: 595, height: 420)
        let pages = [a5, landscape, a5].enumerated().map { index, size in
            Page(size: size, items: [.text(TextRun(text: "Halaman\(index + 1)", origin: Point(x: 30, y: 40), style: HouseStyle.standard.text(10),
                                                   width: 60, ascent: 8, descent: 2))])
        }
        let path = try write(CairoExport.pdf(Scene(info: DocumentInfo(title: "Buklet"), pages: pages), date: date), "turned.pdf")
        let check = try TestSupport.run(try XCTUnwrap(TestSupport.tool("qpdf")), ["--check", path])
        XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
        XCTAssertFalse((check.stdout + check.stderr).contains("WARNING"), check.stdout + check.stderr)
        let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, ["-f", "1", "-l", "3", path]).stdout
        for page in 1...3 { XCTAssertTrue(info.contains("Page    \(page) size:  420 x 595 pts"), info) }
        XCTAssertTrue(info.contains("Page    2 rot:   90"), info)
        XCTAssertTrue(info.contains("Page    1 rot:   0") && info.contains("Page    3 rot:   0"), info)
        // Shown upright, the turned page's text stands at its top left, as drawn: pdftotext -bbox gives the words in
        // the rotated page's coordinates (drawn turned without /Rotate, the word would stand at x 40, y 565).
        let boxes = try TestSupport.run(TestSupport.tool("pdftotext")!, ["-f", "2", "-l", "2", "-bbox", path, "-"]).stdout
        let word = try XCTUnwrap(boxes.firstMatch(of: /<word xMin="([0-9.]+)" yMin="([0-9.]+)"[^>]*>Halaman2</), boxes)
        XCTAssertEqual(Double(word.output.1)!, 30, accuracy: 2)
        XCTAssertEqual(Double(word.output.2)!, 32, accuracy: 3)
    }

    /// Proof-reading 42 and 44: the PDFs gave no language, so a screen reader read the Indonesian text in its own
    /// voice. The catalog's /Lang is set by the same incremental update as a turned page's /Rotate, and qpdf, which
    /// reads the file as a whole, finds both.
    func testThePDFSaysWhichLanguageItsTextIsIn() throws {
        let a5 = Size(width: 420, height: 595), landscape = Size(width: 595, height: 420)
        for (language, sizes) in [("id", [a5, landscape]), ("en", [a5])] {
            let pages = sizes.map { Page(size: $0, items: []) }
            let path = try write(CairoExport.pdf(Scene(info: DocumentInfo(title: "Buklet", language: language), pages: pages), date: date),
                                 "lang-\(language).pdf")
            let qpdf = try XCTUnwrap(TestSupport.tool("qpdf"), "qpdf is installed by make setup")
            let check = try TestSupport.run(qpdf, ["--check", path])
            XCTAssertEqual(check.status, 0, check.stdout + check.stderr)
            XCTAssertFalse((check.stdout + check.stderr).contains("WARNING"), check.stdout + check.stderr)
            // Rewritten by qpdf as one file: the catalog it resolves carries the language.
            let flat = path + ".qdf"
            XCTAssertEqual(try TestSupport.run(qpdf, ["--qdf", "--object-streams=disable", path, flat]).status, 0)
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: flat)), as: UTF8.self)
            XCTAssertEqual(text.components(separatedBy: "/Lang (\(language))").count - 1, 1, "\(language)")
            let info = try TestSupport.run(TestSupport.tool("pdfinfo")!, ["-f", "1", "-l", "\(sizes.count)", path]).stdout
            XCTAssertEqual(info.contains("Page    2 rot:   90"), sizes.count == 2, info)
        }
        // Without a language the file is Cairo's own, untouched.
        let plain = try CairoExport.pdf(Scene(info: DocumentInfo(title: "Buklet"), pages: [Page(size: a5, items: [])]), date: date)
        XCTAssertFalse(String(decoding: plain, as: UTF8.self).contains("/Lang"))
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
        // The language of its text on the root element, as text elements and as Cairo's outlines.
        scene.info.language = "id"
        for mode in [SVGText.elements, .outlines] {
            let root = String(decoding: try CairoExport.svg(scene, text: mode), as: UTF8.self).firstMatch(of: /<svg [^>]*>/)
            XCTAssertTrue(root.map { $0.output.contains(#"role="img" xml:lang="id""#) } ?? false, "\(mode): \(String(describing: root?.output))")
        }
    }

    /// Issue 15: a control character in a title made an SVG no XML reader accepts. Characters XML 1.0 forbids are
    /// left out of `<title>`, `<desc>` and `<metadata>`; tabs and line breaks stay.
    func testSVGNeverHoldsACharacterXMLForbids() throws {
        var scene = chartScene()
        scene.info.title = "Grafik 1.\u{1F} Upah\u{0}\u{7} minimum\u{FFFE}"
        scene.info.description = "Baris satu\nbaris\tdua\u{1B}"
        let svg = try CairoExport.svg(scene)
        let text = String(decoding: svg, as: UTF8.self)
        XCTAssertTrue(text.contains("<title>Grafik 1. Upah minimum</title>"), String(text.prefix(500)))
        XCTAssertTrue(text.contains("<desc>Baris satu\nbaris\tdua</desc>"), String(text.prefix(500)))
        let parser = XMLParser(data: svg)
        XCTAssertTrue(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
    }
}
