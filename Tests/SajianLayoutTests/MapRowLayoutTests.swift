import SajianForms
import SajianLayout
import SajianScene
import SajianTestSupport
import XCTest

/// The row under a map (legend, scale bar, north arrow, coordinate system, inset), laid out at sizes where one row
/// is too narrow for it. Proof-reading 11, P-4 and P-5: a long own-unit name in the legend ("Kabupaten Bandung Barat")
/// widened the legend's columns, pushed the north arrow over the inset and shortened the scale bar.
final class MapRowLayoutTests: XCTestCase {
    private let layout = DocumentLayout(figureLayout: FigureLayout(measurer: FixedWidthMeasurer()))

    private static let rowRoles: Set<String> = ["legenda", "skala", "orientasi", "sistem koordinat", "inset dan index peta"]

    /// The row's parts: text boxes, and the boxes of what is drawn (a swatch; the bar and the arrow each as one; the
    /// inset's frame), each with its group's role.
    private func parts(_ items: [SceneItem]) -> [(role: String, name: String, box: Rect, isText: Bool)] {
        var parts: [(role: String, name: String, box: Rect, isText: Bool)] = []
        for case .group(let group) in items {
            guard Self.rowRoles.contains(group.role) else {
                parts += self.parts(group.items)
                continue
            }
            var drawn: Rect?
            for item in group.items {
                switch item {
                case .text(let run): parts.append((group.role, run.text, run.bounds, true))
                case .shape(let shape) where group.role == "skala" || group.role == "orientasi":
                    let box = shape.path.bounds
                    drawn = drawn.map {
                        Rect(x: min($0.minX, box.minX), y: min($0.minY, box.minY),
                             width: max($0.maxX, box.maxX) - min($0.minX, box.minX), height: max($0.maxY, box.maxY) - min($0.minY, box.minY))
                    } ?? box
                case .shape(let shape): parts.append((group.role, "shape", shape.path.bounds, false))
                case .group(let inner) where inner.clip != nil: parts.append((group.role, inner.role, inner.clip!, false))
                default: break
                }
            }
            if let drawn { parts.append((group.role, "drawing", drawn, false)) }
        }
        return parts
    }

    /// The frame of the map's content.
    private func mapFrame(_ items: [SceneItem]) -> Rect? {
        for case .group(let group) in items {
            if group.role == "isi peta" { return group.clip }
            if let found = mapFrame(group.items) { return found }
        }
        return nil
    }

    /// At widths from a booklet's to a narrow column's, with and without a long own-unit name: no text of the row
    /// overlaps another text or a drawn part (the "U" over its own arrow's tip aside), and a map of one size draws one
    /// scale bar whichever unit it highlights (a unit whose note is a line longer leaves its map a little smaller).
    func testRowUnderTheMapStaysClearAndKeepsItsScaleBar() throws {
        var stacked = 0
        for width in [300.0, 340, 420] {
            var bars: [String: Set<String>] = [:]
            for extra in ["", "sorot: \"3217\"", "sorot: \"3218\"", "sorot: \"3273\""] {
                let figure = try MapFixtures.bind(MapFixtures.jabarRegencyMapYAML + (extra.isEmpty ? "" : "\n" + extra)).figure
                let scene = layout.standalone(figure, width: width, height: width * 1.6).scene
                let parts = parts(scene.pages[0].items)
                XCTAssertEqual(Set(parts.map(\.role)), Self.rowRoles, "\(width) \(extra): the row under the map")
                for (index, part) in parts.enumerated() where part.isText {
                    for (otherIndex, other) in parts.enumerated() where otherIndex != index && (!other.isText || otherIndex > index) {
                        if part.role == "orientasi", other.role == "orientasi" { continue }
                        XCTAssertFalse(part.box.intersects(other.box), "\(width) \(extra): \(part.role) \"\(part.name)\" overlaps \(other.role) \(other.name)")
                    }
                }
                let scale = try XCTUnwrap(parts.first { $0.role == "skala" && !$0.isText })
                let labels = parts.filter { $0.role == "skala" && $0.isText }.map(\.name)
                // The same map at the same size draws the same bar (in a frame too low for the map at the body's
                // width, a taller row leaves the map smaller, and its bar follows its scale).
                let map = try XCTUnwrap(mapFrame(scene.pages[0].items), "\(width) \(extra): the map")
                bars["map \(Int(map.width.rounded())) × \(Int(map.height.rounded()))", default: []].insert("\(labels) \((scale.box.width * 100).rounded() / 100)")
                // Stacked: the scale block stands under the legend.
                let legend = parts.filter { $0.role == "legenda" }.map(\.box.maxY).max() ?? 0
                if scale.box.minY > legend { stacked += 1 }
            }
            XCTAssertTrue(bars.values.allSatisfy { $0.count == 1 }, "\(width): maps and scale bars \(bars)")
        }
        XCTAssertGreaterThan(stacked, 0, "some row stood in two rows")
    }
}
