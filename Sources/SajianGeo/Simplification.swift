import Foundation

/// Line simplification (Douglas–Peucker): drops positions that lie within `tolerance` of the line through their
/// neighbours kept. The tolerance is chosen by the caller from the output's size (a fraction of a device pixel),
/// so that a web SVG stays small and a print PDF stays precise.
public enum Simplification {
    /// A ring with positions closer than `tolerance` to the simplified outline removed; rings that would collapse
    /// below three positions come back empty (the caller drops them).
    public static func simplify(_ ring: Ring, tolerance: Double) -> Ring {
        guard ring.count > 3, tolerance > 0 else { return ring }
        // Split the closed ring at its first position and the position farthest from it.
        let first = ring[0]
        var far = 0, farDistance = -1.0
        for (index, point) in ring.enumerated() {
            let d = (point.x - first.x) * (point.x - first.x) + (point.y - first.y) * (point.y - first.y)
            if d > farDistance { farDistance = d; far = index }
        }
        var keep = [Bool](repeating: false, count: ring.count + 1)
        keep[0] = true; keep[far] = true; keep[ring.count] = true
        let closed = ring + [first]
        let squared = tolerance * tolerance
        var stack: [(Int, Int)] = [(0, far), (far, ring.count)]
        while let (start, end) = stack.popLast() {
            guard end > start + 1 else { continue }
            let a = closed[start], b = closed[end]
            var worst = start, worstDistance = -1.0
            for index in (start + 1)..<end {
                let d = squaredDistance(closed[index], toSegment: a, b)
                if d > worstDistance { worstDistance = d; worst = index }
            }
            if worstDistance > squared {
                keep[worst] = true
                stack.append((start, worst))
                stack.append((worst, end))
            }
        }
        var result: Ring = []
        for index in 0..<ring.count where keep[index] { result.append(ring[index]) }
        return result.count >= 3 ? result : []
    }

    /// A ring simplified between `anchors` (indices of positions kept, in order), each stretch on its own with its ends
    /// fixed: a border shared with a neighbour, cut at the same junctions, comes out the same in both rings. A ring with
    /// one anchor (an island, or an enclave and the hole it fills) is simplified whole from it, and may vanish.
    public static func simplify(_ ring: Ring, tolerance: Double, anchors: [Int]) -> Ring {
        guard let first = anchors.first, ring.count > 3, tolerance > 0 else { return simplify(ring, tolerance: tolerance) }
        if anchors.count == 1 { return simplify(Array(ring[first...] + ring[..<first]), tolerance: tolerance) }
        var result: Ring = []
        for (position, start) in anchors.enumerated() {
            let end = position + 1 < anchors.count ? anchors[position + 1] : first + ring.count
            result += SharedBorders.simplifyArc((start...end).map { ring[$0 % ring.count] }, tolerance: tolerance).dropLast()
        }
        return result.count >= 3 ? result : []
    }

    /// Every ring simplified; polygons whose outer ring collapses are dropped, and so are holes that collapse.
    public static func simplify(_ shape: MultiPolygon, tolerance: Double) -> MultiPolygon {
        MultiPolygon(shape.polygons.compactMap { polygon in
            let exterior = simplify(polygon.exterior, tolerance: tolerance)
            guard !exterior.isEmpty else { return nil }
            return Polygon(exterior: exterior, holes: polygon.holes.map { simplify($0, tolerance: tolerance) }.filter { !$0.isEmpty })
        })
    }

    static func squaredDistance(_ p: GeoPoint, toSegment a: GeoPoint, _ b: GeoPoint) -> Double {
        let dx = b.x - a.x, dy = b.y - a.y
        let length = dx * dx + dy * dy
        var t = length > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length : 0
        t = max(0, min(1, t))
        let x = a.x + t * dx - p.x, y = a.y + t * dy - p.y
        return x * x + y * y
    }
}

/// Clipping rings to a rectangle (Sutherland–Hodgman), so that neighbours reaching far beyond a map's frame
/// (Australia, mainland Asia) keep only the part that can be seen.
public enum Clipping {
    public static func clip(_ ring: Ring, to box: BoundingBox) -> Ring {
        var output = ring
        let edges: [(GeoPoint) -> Bool] = [{ $0.x >= box.minX }, { $0.x <= box.maxX }, { $0.y >= box.minY }, { $0.y <= box.maxY }]
        let crossings: [(GeoPoint, GeoPoint) -> GeoPoint] = [
            { a, b in GeoPoint(x: box.minX, y: a.y + (b.y - a.y) * (box.minX - a.x) / (b.x - a.x)) },
            { a, b in GeoPoint(x: box.maxX, y: a.y + (b.y - a.y) * (box.maxX - a.x) / (b.x - a.x)) },
            { a, b in GeoPoint(x: a.x + (b.x - a.x) * (box.minY - a.y) / (b.y - a.y), y: box.minY) },
            { a, b in GeoPoint(x: a.x + (b.x - a.x) * (box.maxY - a.y) / (b.y - a.y), y: box.maxY) },
        ]
        for (inside, crossing) in zip(edges, crossings) {
            guard let last = output.last else { break }
            let input = output
            output = []
            var previous = last
            for point in input {
                if inside(point) {
                    if !inside(previous) { output.append(crossing(previous, point)) }
                    output.append(point)
                } else if inside(previous) {
                    output.append(crossing(previous, point))
                }
                previous = point
            }
        }
        return output.count >= 3 ? output : []
    }

    /// The part of `shape` inside `box`; polygons wholly outside are dropped without work.
    public static func clip(_ shape: MultiPolygon, to box: BoundingBox) -> MultiPolygon {
        MultiPolygon(shape.polygons.compactMap { polygon in
            let bounds = BoundingBox(covering: polygon.exterior)
            guard bounds.intersects(box) else { return nil }
            if bounds.minX >= box.minX, bounds.maxX <= box.maxX, bounds.minY >= box.minY, bounds.maxY <= box.maxY { return polygon }
            let exterior = clip(polygon.exterior, to: box)
            guard !exterior.isEmpty else { return nil }
            return Polygon(exterior: exterior, holes: polygon.holes.map { clip($0, to: box) }.filter { !$0.isEmpty })
        })
    }
}
