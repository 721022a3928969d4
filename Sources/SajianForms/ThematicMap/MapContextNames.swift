import Foundation
import SajianGeo
import SajianLayout
import SajianModel
import SajianScene

/// The names of the land around a map of part of the country (*wilayah sekitar*: on Jawa Barat's kabupaten/kota map,
/// Banten, DKI Jakarta and Jawa Tengah), in muted italics on that land, where a name fits whole on it clear of every
/// name, number, leader and key the map already carries; a name that fits nowhere is left out. Maps of BPS and BIG
/// name their neighbours; without them a reader could not tell which grey land was which (proof-reading 32). And the
/// seas the map shows (`seas`), in the sea's open water.
struct MapContextNames {
    /// Seas a map of part of Indonesia may name, each with longitude/latitude boxes that lie within its water off the
    /// coasts it washes (a place in a box is also tested to be sea on the map): the Java Sea north of Java, the Indian
    /// Ocean south of it.
    static let seas: [(name: String, boxes: [BoundingBox])] = [
        ("Laut Jawa", [BoundingBox(minX: 106.3, minY: -6.8, maxX: 115.5, maxY: -3.5)]),
        ("Samudra Hindia", [BoundingBox(minX: 104, minY: -10.5, maxX: 109, maxY: -7.0), BoundingBox(minX: 109, minY: -11, maxX: 116, maxY: -9.0)]),
    ]

    let typesetter: Typesetter
    /// The names' style: the region names' size, in italics and the muted text colour.
    let style: TextStyle
    /// The map's frame; a name keeps `frameGap` inside it.
    let frame: Rect
    var frameGap = MapLabelMetrics.standard.frameGap
    /// Room kept round a name, from other text and the frame.
    var padding = 1.5
    /// The grid a name's place is sought on, over the largest visible piece of its land (`MapLabelPlacer.labelPoints`).
    var divisions = 16

    /// How near its land (points) a neighbour's name set on the sea off its coast stands.
    var coastReach = 4.0

    /// Each named shape's name at the first place where it lies on that shape's land alone, on one line or, where
    /// that fits nowhere, on two; else on the sea just off its coast (`offshore`); `regions`: the map's regions as
    /// drawn (a name on their fill would name them); `land`: every ring of land drawn (the regions' and the land
    /// round them); `taken`: the boxes of the text already on the map; `leaders`: its leader lines.
    func items(for shapes: [(name: String, rings: [[Point]])], regions: [[[Point]]], land: [[[Point]]], taken: [Rect],
               leaders: [(Point, Point)]) -> [SceneItem] {
        let metrics = typesetter.measurer.metrics(for: style)
        let regionBoxes = regions.map { BoundingBox2D(Array($0.joined())) }
        // Measured once for every name that goes off its coast.
        let landBoxes = land.map { BoundingBox2D(Array($0.joined())) }
        var boxes = taken
        var items: [SceneItem] = []
        shapes: for shape in shapes where !shape.rings.isEmpty {
            let points = MapLabelPlacer.labelPoints(shape.rings, divisions: divisions)
            let words = shape.name.split(separator: " ").map(String.init)
            let forms: [[String]] = [[shape.name]] + (words.count > 1
                ? [(1..<words.count).map { [words[..<$0].joined(separator: " "), words[$0...].joined(separator: " ")] }
                    .min { a, b in width(of: a) < width(of: b) }!] : [])
            for lines in forms {
                let widest = width(of: lines), height = Double(lines.count) * metrics.lineHeight
                for point in points {
                    let box = Rect(x: point.x - widest / 2 - padding, y: point.y - height / 2 - padding,
                                   width: widest + 2 * padding, height: height + 2 * padding)
                    guard inner.contains(box), !boxes.contains(where: { $0.intersects(box) }),
                          !leaders.contains(where: { EdgeIndex.segment($0.0, $0.1, crosses: box) }),
                          Self.samples(box).allSatisfy({ sample in
                              MapLabelPlacer.evenOdd(shape.rings, sample)
                                  && !regions.indices.contains { regionBoxes[$0].contains(sample) && MapLabelPlacer.evenOdd(regions[$0], sample) }
                          })
                    else { continue }
                    for (index, line) in lines.enumerated() {
                        let baseline = box.minY + padding + metrics.ascent + Double(index) * metrics.lineHeight
                        items.append(.text(typesetter.line(line, style: style, x: point.x, baseline: baseline, alignment: .center)))
                    }
                    boxes.append(box)
                    continue shapes
                }
            }
            for lines in forms {
                guard let box = offshore(shape, width: width(of: lines), lines: lines.count, land: land, landBoxes: landBoxes, taken: boxes, leaders: leaders) else { continue }
                for (index, line) in lines.enumerated() {
                    let baseline = box.minY + padding + metrics.ascent + Double(index) * metrics.lineHeight
                    items.append(.text(typesetter.line(line, style: style, x: box.midX, baseline: baseline, alignment: .center)))
                }
                boxes.append(box)
                break
            }
        }
        return items.isEmpty ? [] : [.group(Group(role: "nama wilayah sekitar", items: items))]
    }

    /// A neighbour whose name fits nowhere on its land (DKI Jakarta's sliver at the edge of Jawa Barat's map, Jawa
    /// Tengah beside Kota Banjar's own name) is named on the sea off its coast, as maps name a small neighbour: the
    /// name's box on the sea alone (on no ring of `land`), within `coastReach` of that land, clear of `taken` and
    /// `leaders`, the place nearest the land first. Proof-reading 41 and 42 found DKI Jakarta unnamed on every
    /// kab/kota map of Jawa Barat, and Jawa Tengah lost on Kota Banjar's. `landBoxes`: the bounds of `land`'s rings.
    private func offshore(_ shape: (name: String, rings: [[Point]]), width: Double, lines: Int, land: [[[Point]]], landBoxes: [BoundingBox2D],
                          taken: [Rect], leaders: [(Point, Point)]) -> Rect? {
        let lineHeight = typesetter.measurer.metrics(for: style).lineHeight
        let boxWidth = width + 2 * padding, boxHeight = Double(lines) * lineHeight + 2 * padding
        let frame = inner
        let coast = shape.rings.joined().filter { $0.x >= frame.minX && $0.x <= frame.maxX && $0.y >= frame.minY && $0.y <= frame.maxY }
        guard !coast.isEmpty else { return nil }
        let extent = BoundingBox2D(coast)
        let reach = coastReach + max(boxWidth, boxHeight)
        let step = lineHeight / 2
        /// How far `box` lies from the shape's nearest point.
        func gap(_ box: Rect) -> Double {
            coast.map(box.distance(to:)).min() ?? .infinity
        }
        // The nearest place to the land, the first found of equals.
        var best: (box: Rect, gap: Double)?
        var y = extent.minY - reach
        while y <= extent.maxY + reach {
            var x = extent.minX - reach
            while x <= extent.maxX + reach {
                let box = Rect(x: x - boxWidth / 2, y: y - boxHeight / 2, width: boxWidth, height: boxHeight)
                x += step
                // The land's extent first: a box farther from it than `coastReach` is farther from every point of it.
                let outside = hypot(max(extent.minX - box.maxX, 0, box.minX - extent.maxX), max(extent.minY - box.maxY, 0, box.minY - extent.maxY))
                // The cheap tests before the distance to every point of the land.
                guard outside <= coastReach, inner.contains(box), !taken.contains(where: { $0.intersects(box) }),
                      !leaders.contains(where: { EdgeIndex.segment($0.0, $0.1, crosses: box) }) else { continue }
                let distance = gap(box)
                guard distance <= coastReach, distance < (best?.gap ?? .infinity),
                      Self.samples(box).allSatisfy({ sample in
                          !land.indices.contains { landBoxes[$0].contains(sample) && MapLabelPlacer.evenOdd(land[$0], sample) }
                      })
                else { continue }
                best = (box, distance)
            }
            y += step
        }
        return best?.box
    }

    /// Each sea's name at the point of its boxes (`areas`, on the page) nearest their middle where the name lies on the
    /// sea alone (on no ring of `land`), clear of `taken` and `leaders`; in `seaStyle`.
    func seaItems(for seas: [(name: String, areas: [Rect])], land: [[[Point]]], taken: [Rect], leaders: [(Point, Point)], seaStyle: TextStyle) -> [SceneItem] {
        let metrics = typesetter.measurer.metrics(for: seaStyle)
        let landBoxes = land.map { BoundingBox2D(Array($0.joined())) }
        var boxes = taken, items: [SceneItem] = []
        for sea in seas {
            let width = typesetter.measurer.width(of: sea.name, style: seaStyle)
            placing: for area in sea.areas {
                let step = metrics.lineHeight / 2
                let columns = Int(area.width / step), rows = Int(area.height / step)
                guard columns > 0, rows > 0 else { continue }
                // Only the grid's points whose box keeps inside the frame (a sea's box reaches far past a province's
                // map: Samudra Hindia's spans 12° of longitude, Jawa Barat's map 3°), the grid itself unmoved.
                let halfWidth = width / 2 + padding, halfHeight = metrics.lineHeight / 2 + padding
                let firstColumn = max(0, Int(((inner.minX + halfWidth - area.minX) / step).rounded(.up)))
                let lastColumn = min(columns, Int(((inner.maxX - halfWidth - area.minX) / step).rounded(.down)))
                let firstRow = max(0, Int(((inner.minY + halfHeight - area.minY) / step).rounded(.up)))
                let lastRow = min(rows, Int(((inner.maxY - halfHeight - area.minY) / step).rounded(.down)))
                guard firstColumn <= lastColumn, firstRow <= lastRow else { continue }
                var points: [Point] = []
                for column in firstColumn...lastColumn {
                    for row in firstRow...lastRow { points.append(Point(x: area.minX + Double(column) * step, y: area.minY + Double(row) * step)) }
                }
                func distance(_ point: Point) -> Double {
                    let dx = point.x - area.midX, dy = point.y - area.midY
                    return dx * dx + dy * dy
                }
                points.sort { distance($0) < distance($1) }
                for point in points {
                    let box = Rect(x: point.x - width / 2 - padding, y: point.y - metrics.lineHeight / 2 - padding,
                                   width: width + 2 * padding, height: metrics.lineHeight + 2 * padding)
                    guard inner.contains(box), !boxes.contains(where: { $0.intersects(box) }),
                          !leaders.contains(where: { EdgeIndex.segment($0.0, $0.1, crosses: box) }),
                          Self.samples(box).allSatisfy({ sample in
                              !land.indices.contains { landBoxes[$0].contains(sample) && MapLabelPlacer.evenOdd(land[$0], sample) }
                          })
                    else { continue }
                    items.append(.text(typesetter.line(sea.name, style: seaStyle, x: point.x, baseline: box.minY + padding + metrics.ascent, alignment: .center)))
                    boxes.append(box)
                    break placing
                }
            }
        }
        return items.isEmpty ? [] : [.group(Group(role: "nama laut", items: items))]
    }

    /// Where a name's padded box may stand: `frame`, `frameGap` inside it.
    private var inner: Rect {
        Rect(x: frame.minX + frameGap, y: frame.minY + frameGap, width: frame.width - 2 * frameGap, height: frame.height - 2 * frameGap)
    }

    private func width(of lines: [String]) -> Double { lines.map { typesetter.measurer.width(of: $0, style: style) }.max() ?? 0 }

    /// Points over `box`, its centre first (most places fail there), then a grid of 7 × 4 with its edges: on a name's
    /// box, the land a name stands on.
    static func samples(_ box: Rect) -> [Point] {
        var points = [Point(x: box.midX, y: box.midY)]
        for column in 0...6 {
            for row in 0...3 {
                points.append(Point(x: box.minX + box.width * Double(column) / 6, y: box.minY + box.height * Double(row) / 3))
            }
        }
        return points
    }
}
