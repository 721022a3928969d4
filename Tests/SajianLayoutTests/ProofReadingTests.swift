import Foundation
import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// Issue 14's proof-reading, defects 3 and 4, on scenes: region outlines never throw miter spikes, and a figure that
/// stands alone keeps its plot, labels and source line clear of the publisher's logo.
final class ProofReadingTests: XCTestCase {
    /// A house style with a 48 × 24 pt logo (the bytes are never decoded by layout).
    private func styleWithLogo() -> HouseStyle {
        var style = HouseStyle.standard
        style.logo = HouseStyle.Logo(png: Data([0x89, 0x50, 0x4E, 0x47]), size: Size(width: 48, height: 24))
        return style
    }

    /// Defect 4: on `tpt-pendidikan.png` the logo covered the category "Diploma IV/S1/S2/S3", on
    /// `pengangguran-umur-pengalaman.png` the "60+". Nothing of the figure but the white page lies under the logo.
    func testNothingOfTheFigureLiesUnderTheLogo() throws {
        let layout = DocumentLayout(figureLayout: FigureLayout(style: styleWithLogo(), measurer: FixedWidthMeasurer()))
        let figures = [Fixtures.barChart(orientation: .vertical), Fixtures.barChart(orientation: .horizontal),
                       Fixtures.lineChart(), Fixtures.pieChart(), Fixtures.pictogram(), Fixtures.table()]
        for figure in figures {
            for (width, height) in [(600.0, 400.0 as Double?), (400, 300), (600, nil)] {
                let page = layout.standalone(figure, width: width, height: height).scene.pages[0]
                let logo = try XCTUnwrap(page.items.compactMap { item -> Rect? in
                    if case .image(let image) = item { image.frame } else { nil }
                }.first, "\(figure.id): the logo is drawn")
                for drawn in SceneGeometry.drawn(page.items) where drawn.box.intersects(logo.insetBy(0.5)) {
                    XCTAssertTrue(drawn.isPageBackground, "\(figure.id) at \(width)×\(height.map { "\($0)" } ?? "auto"): \(drawn.what) lies under the logo \(logo)")
                }
            }
        }
    }

    /// Defect 3: the white borders made a starburst at Teluk Bintuni and the highlight threw spikes into the sea.
    /// Every outline of the map (a path of more than a triangle: the north arrow's sharp tip is meant) that turns
    /// sharper than 25° at a vertex joins round or bevelled.
    func testNoSharpCornerOfAMapIsStrokedWithAMiter() throws {
        let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))
        for yaml in [MapFixtures.tptMapYAML + "\nsorot: Papua Barat", MapFixtures.jabarRegencyMapYAML] {
            let page = layout.standalone(try MapFixtures.bind(yaml).figure, width: 600, height: 375).scene.pages[0]
            var sharpStrokes = 0
            for shape in SceneGeometry.shapes(page.items) {
                guard let stroke = shape.stroke, shape.path.elements.count > 6, SceneGeometry.sharpestAngle(of: shape.path) < 25 else { continue }
                sharpStrokes += 1
                XCTAssertNotEqual(stroke.join, .miter, "a stroke (\(stroke.width) pt, \(stroke.color.hexString), \(shape.path.elements.count) elements from \(shape.path.elements.first.map { "\($0)" } ?? "")) turning \(SceneGeometry.sharpestAngle(of: shape.path))° joins with a miter: spikes")
            }
            XCTAssertGreaterThan(sharpStrokes, 0, "the map has outlines with sharp corners to check")
        }
    }
}

/// What a page draws, in page coordinates: boxes of text runs, shapes and images in drawing order.
enum SceneGeometry {
    struct Drawn {
        var box: Rect
        var what: String
        var isPageBackground: Bool
    }

    /// Every text run, shape and image of `items` with its box on the page.
    static func drawn(_ items: [SceneItem], transform: Transform = .identity, depth: Int = 0) -> [Drawn] {
        items.flatMap { item -> [Drawn] in
            switch item {
            case .group(let group):
                return drawn(group.items, transform: transform.concatenating(group.transform), depth: depth + 1)
            case .text(let run):
                let box = Rect(x: run.origin.x, y: run.origin.y - run.ascent, width: run.width, height: run.ascent + run.descent)
                return [Drawn(box: transform.apply(box), what: "text \"\(run.text)\"", isPageBackground: false)]
            case .shape(let shape):
                let box = transform.apply(shape.path.bounds)
                return [Drawn(box: box, what: "a shape at \(box)", isPageBackground: depth == 0 && shape.fill == .white && shape.stroke == nil)]
            case .image:
                return []
            }
        }
    }

    /// Every shape of `items`, wherever it is grouped.
    static func shapes(_ items: [SceneItem]) -> [Shape] {
        items.flatMap { item -> [Shape] in
            switch item {
            case .group(let group): shapes(group.items)
            case .shape(let shape): [shape]
            case .text, .image: []
            }
        }
    }

    /// The smallest angle in degrees between the two segments at any vertex of `path`'s polylines (180: straight).
    static func sharpestAngle(of path: Path) -> Double {
        var sharpest = 180.0, ring: [Point] = []
        func measure(_ points: [Point], closed: Bool) {
            let n = points.count
            guard n >= 3 else { return }
            for index in 0..<n where closed || (index > 0 && index < n - 1) {
                let a = points[(index + n - 1) % n], b = points[index], c = points[(index + 1) % n]
                let u = (a.x - b.x, a.y - b.y), v = (c.x - b.x, c.y - b.y)
                let lu = (u.0 * u.0 + u.1 * u.1).squareRoot(), lv = (v.0 * v.0 + v.1 * v.1).squareRoot()
                guard lu > 1e-9, lv > 1e-9 else { continue }
                let cosine = max(-1, min(1, (u.0 * v.0 + u.1 * v.1) / (lu * lv)))
                sharpest = min(sharpest, acos(cosine) * 180 / .pi)
            }
        }
        for element in path.elements {
            switch element {
            case .move(let p): measure(ring, closed: false); ring = [p]
            case .line(let p): ring.append(p)
            case .curve(_, _, let p): ring.append(p)
            case .close: measure(ring, closed: true); ring = []
            }
        }
        measure(ring, closed: false)
        return sharpest
    }
}

private extension Transform {
    func apply(_ rect: Rect) -> Rect {
        let corners = [Point(x: rect.x, y: rect.y), Point(x: rect.x + rect.width, y: rect.y),
                       Point(x: rect.x, y: rect.y + rect.height), Point(x: rect.x + rect.width, y: rect.y + rect.height)].map(apply)
        let xs = corners.map(\.x), ys = corners.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }
}

private extension Rect {
    func insetBy(_ amount: Double) -> Rect {
        Rect(x: x + amount, y: y + amount, width: max(0, width - 2 * amount), height: max(0, height - 2 * amount))
    }
}
