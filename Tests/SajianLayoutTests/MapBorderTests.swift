import SajianForms
import SajianLayout
import SajianModel
import SajianScene
import SajianTestSupport
import XCTest

/// Region borders are one network, each border stroked once (issue 14, "maps must also be fast"): regions are
/// filled without outlines and a border two regions share is not drawn by both of them.
final class MapBorderTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    /// The shapes under the group `role`, wherever it is.
    private func shapes(in items: [SceneItem], role: String) -> [Shape] {
        items.flatMap { item -> [Shape] in
            guard case .group(let group) = item else { return [] }
            if group.role == role {
                return group.items.flatMap { item -> [Shape] in
                    switch item {
                    case .shape(let shape): [shape]
                    case .group(let inner): shapes(in: inner.items, role: inner.role)  // each region's own group
                    default: []
                    }
                }
            }
            return shapes(in: group.items, role: role)
        }
    }

    /// A segment's two ends, the lesser first, in hundredths of a point: the same segment whichever way it runs.
    private struct Segment: Hashable {
        var a: [Int], b: [Int]
        init(_ p: Point, _ q: Point) {
            let u = [Int((p.x * 100).rounded()), Int((p.y * 100).rounded())], v = [Int((q.x * 100).rounded()), Int((q.y * 100).rounded())]
            (a, b) = u.lexicographicallyPrecedes(v) ? (u, v) : (v, u)
        }
    }

    private func segments(_ path: Path) -> [Segment] {
        var result: [Segment] = []
        var start: Point?, last: Point?
        for element in path.elements {
            switch element {
            case .move(let p): start = p; last = p
            case .line(let p):
                if let last, last != p { result.append(Segment(last, p)) }
                last = p
            case .curve(_, _, let p): last = p
            case .close:
                if let last, let start, last != start { result.append(Segment(last, start)) }
                last = start
            }
        }
        return result
    }

    func testEveryBorderIsStrokedOnce() throws {
        for (name, figure) in [("national", try MapFixtures.tptMap()), ("Jawa Barat", try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML).figure),
                               ("highlighted", try MapFixtures.tptMap("sorot: \"32\""))] {
            let items = layout.standalone(figure, width: 600, height: 375).scene.pages[0].items
            let regions = shapes(in: items, role: "wilayah").filter { $0.fill != nil }  // not the hatching
            XCTAssertFalse(regions.isEmpty, name)
            XCTAssertTrue(regions.allSatisfy { $0.stroke == nil }, "\(name): regions are filled without outlines")
            let borders = shapes(in: items, role: "batas wilayah")
            XCTAssertEqual(borders.count, 1, "\(name): the borders are one path")
            guard let border = borders.first else { continue }
            XCTAssertEqual(border.stroke?.color, .white, name)
            XCTAssertNil(border.fill, name)
            let drawn = segments(border.path)
            let counts = Dictionary(drawn.map { ($0, 1) }, uniquingKeysWith: +)
            let twice = counts.filter { $0.value > 1 }
            XCTAssertTrue(twice.isEmpty, "\(name): \(twice.count) of \(counts.count) border segments drawn more than once, e.g. \(twice.keys.prefix(3))")
            // Every edge of a region's fill lies on a drawn border (the fills and the network share their positions),
            // and each interior border is one segment in the network though two fills have it.
            let fillEdges = regions.flatMap { segments($0.path) }
            let fillCounts = Dictionary(fillEdges.map { ($0, 1) }, uniquingKeysWith: +)
            let shared = fillCounts.filter { $0.value > 1 }.map(\.key)
            XCTAssertGreaterThan(shared.count, 20, "\(name): neighbours share borders")
            XCTAssertTrue(shared.allSatisfy { counts[$0] == 1 }, "\(name): a shared border is in the network once")
            let unbordered = fillCounts.keys.filter { counts[$0] == nil }
            // Only edges made by clipping at the frame's margin may lack a border.
            XCTAssertLessThan(Double(unbordered.count), Double(fillCounts.count) * 0.02, "\(name): \(unbordered.count) fill edges without a border")
        }
    }
}
