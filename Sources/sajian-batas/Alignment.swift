import Foundation
import SajianGeo

/// How far apart (degrees) two neighbours' borders may lie in the source and still be taken as one border: about
/// 550 m, half the simplification tolerance. The kabupaten/kota dump draws a shared border twice, each side with its
/// own positions: most are the same, but between them one side has positions up to about 0.0045° off the other's
/// outline (Ciamis–Pangandaran, Ciamis–Tasikmalaya, Subang–Indramayu). Cut into arcs as they are, such a border
/// is two arcs, simplified apart, and opens white wedges between the neighbours.
let regencyAlignmentDistance = 0.005

/// The shapes with their neighbours' borders made to coincide, before `SharedBorders` cuts them into arcs: a position
/// within `distance` of another shape's position becomes that position (the first shape's, in order), then a
/// position of one shape within `distance` of another shape's segment is put into that segment. Positions move by
/// less than `distance` (under the simplification tolerance that follows, so nothing a reader could see moves), and
/// no position is made up: every position of the result is one of the source's.
func aligned(_ shapes: [MultiPolygon], within distance: Double) -> [MultiPolygon] {
    let cell = distance
    func key(_ point: GeoPoint) -> Int64 {
        let column = Int64((point.x / cell).rounded(.down)), row = Int64((point.y / cell).rounded(.down))
        return column &* 1_000_003 &+ row
    }
    func near(_ point: GeoPoint) -> [Int64] {
        let column = Int64((point.x / cell).rounded(.down)), row = Int64((point.y / cell).rounded(.down))
        return (-1...1).flatMap { dc in (-1...1).map { dr in (column + dc) &* 1_000_003 &+ (row + dr) } }
    }
    func squared(_ a: GeoPoint, _ b: GeoPoint) -> Double { (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) }
    let limit = distance * distance

    // 1. Positions snapped to another shape's position nearby (the first one met).
    var kept: [Int64: [(point: GeoPoint, owner: Int)]] = [:]
    var snapped = shapes.enumerated().map { owner, shape in
        MultiPolygon(shape.polygons.map { polygon in
            polygonOf(polygon.rings.map { ring in
                ring.map { point -> GeoPoint in
                    let candidates = near(point).flatMap { kept[$0] ?? [] }.filter { $0.owner != owner && squared($0.point, point) <= limit }
                    if let nearest = candidates.min(by: { squared($0.point, point) < squared($1.point, point) }) { return nearest.point }
                    kept[key(point), default: []].append((point, owner))
                    return point
                }
            })
        })
    }
    snapped = snapped.map { shape in MultiPolygon(shape.polygons.compactMap { polygon in
        let rings = polygon.rings.map(cleaned)
        guard let exterior = rings.first, !exterior.isEmpty else { return nil }
        return Polygon(exterior: exterior, holes: rings.dropFirst().filter { !$0.isEmpty })
    }) }

    // 2. Positions of other shapes lying on (within `distance` of) a segment put into it, in order along it.
    var positions: [Int64: [(point: GeoPoint, owner: Int)]] = [:]
    var seen: Set<GeoPoint> = []
    for (owner, shape) in snapped.enumerated() {
        for point in shape.polygons.flatMap(\.rings).flatMap({ $0 }) where seen.insert(point).inserted {
            positions[key(point), default: []].append((point, owner))
        }
    }
    let ownersOf = Dictionary(grouping: snapped.enumerated().flatMap { owner, shape in
        shape.polygons.flatMap(\.rings).flatMap { $0 }.map { ($0, owner) } }, by: \.0).mapValues { Set($0.map(\.1)) }
    return snapped.enumerated().map { owner, shape in
        MultiPolygon(shape.polygons.compactMap { polygon in
            let rings = polygon.rings.map { ring -> Ring in
                var result: Ring = []
                for (index, a) in ring.enumerated() {
                    let b = ring[(index + 1) % ring.count]
                    result.append(a)
                    let dx = b.x - a.x, dy = b.y - a.y, length = dx * dx + dy * dy
                    guard length > 0 else { continue }
                    // The cells along the segment, widened by one each way.
                    let steps = Int((sqrt(length) / cell).rounded(.up))
                    var keys: Set<Int64> = []
                    for step in 0...steps {
                        let t = Double(step) / Double(max(1, steps))
                        keys.formUnion(near(GeoPoint(x: a.x + t * dx, y: a.y + t * dy)))
                    }
                    var inner: [(t: Double, point: GeoPoint)] = []
                    for candidate in keys.flatMap({ positions[$0] ?? [] }) where !(ownersOf[candidate.point]?.contains(owner) ?? false) {
                        let p = candidate.point
                        let t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / length
                        guard t > 0, t < 1 else { continue }
                        let foot = GeoPoint(x: a.x + t * dx, y: a.y + t * dy)
                        if squared(foot, p) <= limit { inner.append((t, p)) }
                    }
                    result += inner.sorted { $0.t < $1.t }.map(\.point)
                }
                return cleaned(result)
            }
            guard let exterior = rings.first, !exterior.isEmpty else { return nil }
            return Polygon(exterior: exterior, holes: rings.dropFirst().filter { !$0.isEmpty })
        })
    }
}

/// The polygon made of `rings`: the first the exterior, the rest holes.
private func polygonOf(_ rings: [Ring]) -> Polygon {
    Polygon(exterior: rings.first ?? [], holes: Array(rings.dropFirst()))
}
