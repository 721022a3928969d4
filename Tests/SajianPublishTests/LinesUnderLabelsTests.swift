import Foundation
import SajianLayout
import SajianPublish
import SajianScene
import SajianTestSupport
import XCTest

/// Issue 14, defect 5, and the editor's repeated review, finding 3: reference lines and gridlines struck through value
/// labels (Grafik 2.1 of the bulletin, "4,86 / 4,78 / 4,63 / 4,48"; Grafik 2 of every province booklet; Grafik 1 of
/// every kab/kota booklet; Grafik 4.1 where the 4.000.000 gridline ran through labels). A halo that follows the glyphs
/// lets the line show between them, so no line may pass through a number's box at all, unless a bar drawn between
/// the line and the number covers it there.
final class LinesUnderLabelsTests: XCTestCase {
    private let catalog = TestSupport.temporaryDirectory() + "/katalog.sqlite"

    private func publication(_ template: String, region: String? = nil) throws -> Scene {
        try demoScene(template, region: region, catalog: catalog)
    }

    func testNoLineRunsThroughANumberInTheDemoPublications() throws {
        let publications = [("Templates/buletin-triwulanan.yaml", nil), ("Templates/buku-saku-provinsi.yaml", "33"),
                            ("Templates/buku-saku-provinsi.yaml", "32"), ("Templates/buku-saku-provinsi.yaml", "94"),
                            ("Templates/buku-saku-kabupaten-kota-jabar.yaml", "3273"), ("Templates/contoh-inti.yaml", nil)]
        var numbersChecked = 0
        for (template, region) in publications {
            let scene = try publication(template, region: region)
            for (index, page) in scene.pages.enumerated() {
                let drawn = DrawOrder.flatten(page.items)
                for (position, item) in drawn.enumerated() {
                    guard case .number(let run, let box) = item else { continue }
                    numbersChecked += 1
                    let inner = Rect(x: box.x + 0.3, y: box.y + 0.3, width: box.width - 0.6, height: box.height - 0.6)
                    for (other, line) in drawn.enumerated() {
                        guard case .line(let a, let b) = line, DrawOrder.segment(a, b, crosses: inner) else { continue }
                        let covered = other < position
                            && drawn[other..<position].contains(where: { if case .cover(let rect) = $0 { rect.contains(inner) } else { false } })
                        if !covered {
                            XCTFail("\(template)\(region.map { " (\($0))" } ?? "") page \(index + 1): \"\(run.text)\" has a line from \(a) to \(b) through its box")
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(numbersChecked, 500, "the publications' numbers were found")
    }

    /// Proof-reading 39: the values of one bar chart are all inside their bars or all outside. A reference line had
    /// sent the fourteen values nearest it inside, and the column read as a highlighted group.
    func testABarChartsValuesAreAllInsideOrAllOutside() throws {
        let publications = [("Templates/buletin-triwulanan.yaml", nil), ("Templates/buku-saku-provinsi.yaml", "33"),
                            ("Templates/buku-saku-kabupaten-kota-jabar.yaml", "3273"), ("Templates/contoh-inti.yaml", nil)]
        var chartsWithValuesInside = 0
        for (template, region) in publications {
            let scene = try publication(template, region: region)
            for (index, page) in scene.pages.enumerated() {
                for bars in Self.barGroups(page.items) {
                    // Each bar's value: inside when its bar's rectangle holds the value's box.
                    let placements = bars.compactMap { bar -> Bool? in
                        let runs = bar.items.compactMap { if case .text(let run) = $0, DrawOrder.isNumber(run.text) { run } else { nil } }
                        let rects = bar.items.compactMap { if case .shape(let shape) = $0, shape.fill != nil { shape.path.bounds } else { nil } }
                        guard let run = runs.first, let rect = rects.first else { return nil }
                        return rect.contains(run.bounds)
                    }
                    XCTAssertLessThanOrEqual(Set(placements).count, 1, "\(template)\(region.map { " (\($0))" } ?? "") page \(index + 1): "
                                             + "\(placements.filter { $0 }.count) of \(placements.count) values inside their bars")
                    if placements.contains(true) { chartsWithValuesInside += 1 }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(chartsWithValuesInside, 4, "the charts whose reference line sends their values inside were found")
    }

    /// The groups of bars of each bar chart on a page: the groups whose members include bars (`bar …`).
    private static func barGroups(_ items: [SceneItem]) -> [[Group]] {
        var found: [[Group]] = []
        let groups = items.compactMap { if case .group(let group) = $0 { group } else { nil } }
        let bars = groups.filter { $0.role.hasPrefix("bar ") }
        if bars.count > 1 { found.append(bars) }
        for group in groups where !group.role.hasPrefix("bar ") { found += barGroups(group.items) }
        return found
    }
}

/// A page's text and lines in page coordinates, in the order they are drawn.
enum DrawOrder {
    enum Item {
        case number(TextRun, Rect)
        case line(Point, Point)
        /// A filled rectangle (a bar, a table's shading): it hides the lines drawn before it.
        case cover(Rect)
        case other
    }

    /// A number as charts and tables print it: 4,91, 7.465.599, −0,41, 35,8 %.
    static func isNumber(_ text: String) -> Bool {
        text.range(of: #"^[−-]?[0-9][0-9.]*(,[0-9]+)?( ?%)?$"#, options: .regularExpression) != nil
    }

    static func flatten(_ items: [SceneItem], transform: Transform = .identity) -> [Item] {
        items.flatMap { item -> [Item] in
            switch item {
            case .group(let group) where group.role == "nama wilayah":
                // A map's names and unit numbers are place labels, not values: they sit on the graticule under a halo
                // (MapLabelTests guards them), so their numbers are not checked here.
                return flatten(group.items, transform: transform.concatenating(group.transform)).map { item in
                    if case .number = item { .other } else { item }
                }
            case .group(let group):
                return flatten(group.items, transform: transform.concatenating(group.transform))
            case .text(let run):
                guard isNumber(run.text) else { return [.other] }
                let a = transform.apply(Point(x: run.origin.x, y: run.origin.y - run.ascent))
                let b = transform.apply(Point(x: run.origin.x + run.width, y: run.origin.y + run.descent))
                return [.number(run, Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y)))]
            case .shape(let shape):
                if shape.fill != nil, shape.path.elements.count == 5, case .close = shape.path.elements[4] {
                    let a = transform.apply(Point(x: shape.path.bounds.minX, y: shape.path.bounds.minY))
                    let b = transform.apply(Point(x: shape.path.bounds.maxX, y: shape.path.bounds.maxY))
                    return [.cover(Rect(x: min(a.x, b.x), y: min(a.y, b.y), width: abs(b.x - a.x), height: abs(b.y - a.y)))]
                }
                guard shape.stroke != nil, shape.fill == nil else { return [.other] }
                var lines: [Item] = [], start: Point?, current: Point?
                for element in shape.path.elements {
                    switch element {
                    case .move(let p): start = transform.apply(p); current = start
                    case .line(let p):
                        let next = transform.apply(p)
                        if let from = current { lines.append(.line(from, next)) }
                        current = next
                    case .curve(_, _, let p): current = transform.apply(p)
                    case .close:
                        if let from = current, let to = start { lines.append(.line(from, to)) }
                        current = start
                    }
                }
                return lines
            case .image:
                return [.other]
            }
        }
    }

    /// Whether the segment from `a` to `b` passes through `rect`.
    static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
        rect.width > 0 && rect.height > 0 && LabelKnockout.clip(a, b, to: rect) != nil
    }
}
