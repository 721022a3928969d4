import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import SajianCairo
import SajianForms
import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

/// Issue 14, defect 12: an SVG carries its text as `<text>` (selectable, searchable, read aloud), naming the font with a
/// fallback, at the positions Pango measured; `teks-svg: kurva` keeps Cairo's glyph outlines.
final class SVGTextTests: XCTestCase {
    /// Numbers as the writer prints them: at most the decimals asked, no trailing zeros, never `-0`.
    func testNumbersAreWrittenShortAndExact() {
        XCTAssertEqual(SVGWriter.number(0.29), "0.29")
        XCTAssertEqual(SVGWriter.number(0.05), "0.05")
        XCTAssertEqual(SVGWriter.number(1.5), "1.5")
        XCTAssertEqual(SVGWriter.number(100), "100")
        XCTAssertEqual(SVGWriter.number(-0.004), "0")
        XCTAssertEqual(SVGWriter.number(-12.34567, decimals: 4), "-12.3457")
        XCTAssertEqual(SVGWriter.number(595.2756), "595.28")
        XCTAssertEqual(SVGWriter.number(-0.5), "-0.5")
        XCTAssertEqual(SVGWriter.number(.nan), "0")
        // The writer fills a fixed buffer from the end: the longest whole part, more decimals than it keeps, and
        // numbers too large for the scaled integer.
        XCTAssertEqual(SVGWriter.number(-1_234_567_890_123.456), "-1234567890123.46")
        XCTAssertEqual(SVGWriter.number(0.000_001_5, decimals: 9), "0.000002")
        XCTAssertEqual(SVGWriter.number(1e17), "100000000000000000")
        XCTAssertEqual(SVGWriter.number(10.1, decimals: 0), "10")
    }

    /// Colours as every fill and stroke writes them: `#rrggbb` in lower case, two digits a component, alpha only
    /// when not opaque; a level outside 0…1 keeps all its digits.
    func testColoursAreWrittenAsTwoHexDigitsAComponent() {
        XCTAssertEqual(Color(hex: 0x0A1B2C).hexString, "#0a1b2c")
        XCTAssertEqual(Color.white.hexString, "#ffffff")
        XCTAssertEqual(Color.black.hexString, "#000000")
        XCTAssertEqual(Color(hex: 0x08519C, alpha: 0.5).hexString, "#08519c80")
        XCTAssertEqual(Color(red: 1.2, green: 0, blue: -0.1).hexString, "#13200-1a")
    }

    /// A path's `d` holds every command with its points, as `number` writes them.
    func testPathDataWritesEveryCommand() {
        let path = Path([.move(Point(x: 1.004, y: -2.5)), .line(Point(x: 300.125, y: 0)),
                         .curve(Point(x: 3, y: -4.25), Point(x: 5.5, y: 6), Point(x: 7, y: 8)), .close])
        XCTAssertEqual(SVGWriter.pathData(path), "M1 -2.5L300.13 0C3 -4.25 5.5 6 7 8Z")
    }

    /// Both ways of writing text give the SVG `role="img"` and its `<title>` once, first inside `<svg>`.
    func testEverySVGIsAnImageWithItsTitleFirst() throws {
        var scene = chartScene()
        scene.info.title = "Grafik 1. Upah minimum"
        for text in SVGText.allCases {
            let svg = String(decoding: try CairoExport.svg(scene, text: text), as: UTF8.self)
            let opening = try XCTUnwrap(svg.range(of: "<svg"))
            let close = try XCTUnwrap(svg.range(of: ">", range: opening.upperBound..<svg.endIndex))
            XCTAssertTrue(svg[opening.lowerBound..<close.lowerBound].contains(#"role="img""#), "\(text)")
            XCTAssertTrue(svg[close.upperBound...].hasPrefix("\n<title>Grafik 1. Upah minimum</title>"), "\(text)")
            XCTAssertEqual(svg.components(separatedBy: "<title>").count, 2, "\(text)")
        }
    }

    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: PangoTextMeasurer()))

    private func chartScene() -> Scene {
        layout.standalone(Fixtures.barChart(), width: 600, height: 375).scene
    }

    /// The `<text>` elements of an SVG, with their attributes, read by an XML parser (so the file is well-formed).
    private final class TextCollector: NSObject, XMLParserDelegate {
        var texts: [(attributes: [String: String], content: String)] = []
        var elements: [String: Int] = [:]
        private var current: [String: String]?
        private var content = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if name == "text" { current = attributes; content = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if current != nil { content += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "text", let attributes = current { texts.append((attributes, content)); current = nil }
        }
    }

    private func parse(_ svg: Data) throws -> TextCollector {
        let collector = TextCollector()
        let parser = XMLParser(data: svg)
        parser.delegate = collector
        XCTAssertTrue(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
        return collector
    }

    func testTextIsWrittenAsTextAtTheMeasuredPositions() throws {
        let scene = chartScene()
        let svg = try CairoExport.svg(scene)
        let parsed = try parse(svg)
        let contents = parsed.texts.map(\.content)
        XCTAssertTrue(contents.contains("Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024"), "\(contents)")
        XCTAssertTrue(contents.contains("Grafik 1"), "\(contents)")
        XCTAssertTrue(contents.contains("4,91"), "the value label is text: \(contents)")
        XCTAssertTrue(contents.contains { $0.hasPrefix("Sumber:") }, "\(contents)")
        XCTAssertEqual(parsed.elements["title"], 1)
        XCTAssertEqual(parsed.elements["desc"], 1)
        // Every run of the scene, in order, at its baseline origin and with its measured width.
        var runs: [TextRun] = []
        func visit(_ items: [SceneItem], _ transform: Transform) {
            for item in items {
                switch item {
                case .group(let group):
                    let t = group.transform
                    visit(group.items, Transform(a: transform.a * t.a + transform.c * t.b, b: transform.b * t.a + transform.d * t.b,
                                                 c: transform.a * t.c + transform.c * t.d, d: transform.b * t.c + transform.d * t.d,
                                                 tx: transform.a * t.tx + transform.c * t.ty + transform.tx,
                                                 ty: transform.b * t.tx + transform.d * t.ty + transform.ty))
                case .text(let run) where !run.text.trimmingCharacters(in: .whitespaces).isEmpty: runs.append(run)
                default: break
                }
            }
        }
        visit(scene.pages[0].items, .identity)
        XCTAssertEqual(contents, runs.map(\.text), "one <text> per run, in the scene's order")
        let value = try XCTUnwrap(parsed.texts.first { $0.content == "4,91" })
        let run = try XCTUnwrap(runs.first { $0.text == "4,91" })
        XCTAssertEqual(Double(value.attributes["x"] ?? ""), (run.origin.x * 100).rounded() / 100)
        XCTAssertEqual(Double(value.attributes["textLength"] ?? "") ?? 0, run.width, accuracy: 0.005)
        XCTAssertEqual(value.attributes["font-family"], "'Noto Sans', sans-serif")
        XCTAssertEqual(Double(value.attributes["font-size"] ?? ""), run.style.size)
        // A bar's value label has no halo (the rules are cut short of it); a run with a halo gets a stroke under it.
        XCTAssertNil(value.attributes["stroke"])
        var haloed = TextStyle(family: "Noto Sans", size: 8)
        haloed.halo = TextStyle.Halo(color: .white, width: 2.5)
        let haloScene = Scene(info: DocumentInfo(title: "Uji"), pages: [Page(size: Size(width: 100, height: 40), items: [
            .text(TextRun(text: "4,91", origin: Point(x: 10, y: 20), style: haloed, width: 16, ascent: 8, descent: 2)),
        ])])
        let haloSVG = String(decoding: try CairoExport.svg(haloScene), as: UTF8.self)
        XCTAssertTrue(haloSVG.contains("paint-order=\"stroke\""), "a halo is a stroke under the glyphs: \(haloSVG)")
        XCTAssertTrue(haloSVG.contains("stroke=\"#ffffff\""), haloSVG)
        let title = try XCTUnwrap(parsed.texts.first { $0.content == "Grafik 1" })
        XCTAssertEqual(title.attributes["font-weight"], "bold")
    }

    func testTextIsEscapedAndTheSameSceneGivesTheSameBytes() throws {
        var scene = chartScene()
        scene.pages[0].items.append(.text(TextRun(text: "A < B & \"C\"\u{1F}", origin: Point(x: 10, y: 10),
                                                  style: TextStyle(family: "Noto Serif", size: 9), width: 40, ascent: 7, descent: 2)))
        let svg = try CairoExport.svg(scene)
        let parsed = try parse(svg)
        let added = try XCTUnwrap(parsed.texts.last)
        XCTAssertEqual(added.content, "A < B & \"C\"", "escaped, the character XML forbids left out")
        XCTAssertEqual(added.attributes["font-family"], "'Noto Serif', serif")
        XCTAssertEqual(try CairoExport.svg(scene), svg, "identical input gives identical SVG bytes")
    }

    func testCurvesKeepCairosOutlinesAndNoText() throws {
        let scene = chartScene()
        let outlined = try CairoExport.svg(scene, text: .outlines)
        let parsed = try parse(outlined)
        XCTAssertTrue(parsed.texts.isEmpty, "teks-svg: kurva writes no <text>")
        XCTAssertGreaterThan(parsed.elements["symbol"] ?? 0, 0, "Cairo's glyphs are symbols")
        XCTAssertEqual(parsed.elements["title"], 1)
        let text = try CairoExport.svg(scene)
        XCTAssertLessThan(text.count, outlined.count, "text is smaller than outlines")
    }

    func testClipsAndTransformsOfGroupsAreKept() throws {
        let scene = Scene(info: DocumentInfo(title: "Uji"), pages: [Page(size: Size(width: 100, height: 50), items: [
            .group(Group(role: "a", transform: .translation(x: 10, y: 5), clip: Rect(x: 0, y: 0, width: 20, height: 10), items: [
                .shape(Shape(path: .rectangle(Rect(x: 0, y: 0, width: 30, height: 30)), fill: Color(hex: 0x0072B2, alpha: 0.5),
                             stroke: Stroke(color: .black, width: 0.5, dash: [2, 1], join: .round))),
            ])),
        ])])
        let svg = String(decoding: try CairoExport.svg(scene), as: UTF8.self)
        XCTAssertTrue(svg.contains(#"<clipPath id="clip1"><rect x="0" y="0" width="20" height="10"/></clipPath>"#), svg)
        XCTAssertTrue(svg.contains(#"<g transform="matrix(1 0 0 1 10 5)">"#), svg)
        XCTAssertTrue(svg.contains(##"<g clip-path="url(#clip1)">"##), svg)
        XCTAssertTrue(svg.contains(##"<path d="M0 0L30 0L30 30L0 30Z" fill="#0072b2" fill-opacity="0.5" stroke="#000000" stroke-width="0.5" stroke-linejoin="round" stroke-dasharray="2 1"/>"##), svg)
        XCTAssertTrue(svg.contains(#"width="100pt" height="50pt" viewBox="0 0 100 50""#), svg)
    }
}
