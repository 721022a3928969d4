import Foundation

/// Simplification that keeps shared borders aligned (*batas bersama*): the rings of all shapes are cut into arcs at
/// their junctions, the points where neighbouring rings part (as TopoJSON does), each distinct arc is simplified
/// once (Douglas–Peucker, its ends fixed) and rounded once, and every ring is put back together from the same arcs,
/// so two neighbours neither gap nor overlap after simplification. Borders must already share their positions
/// exactly (the boundaries of one source do); an arc whose simplification would cross another segment is simplified
/// less, down to its own positions, so simplification adds no crossing the source did not have.
public enum SharedBorders {
    /// What the simplification did, for the derivation's report.
    public struct Report: Sendable, Hashable {
        /// Distinct arcs, and how many of them two rings share.
        public var arcs = 0, sharedArcs = 0
        /// Positions before and after.
        public var positionsBefore = 0, positionsAfter = 0
        /// Segments crossing another segment (of any ring) before and after simplification.
        public var crossingsBefore = 0, crossingsAfter = 0
        /// Arcs simplified less than asked because the simplified arc crossed another segment.
        public var refinedArcs = 0
    }

    /// The points where rings of `shapes` part: a position met with different neighbours in different places.
    /// A ring that shares no such point gets its least position, so an island equal to another's hole is cut alike.
    public static func junctions(_ shapes: [MultiPolygon]) -> Set<GeoPoint> {
        var neighbours: [GeoPoint: (GeoPoint, GeoPoint)] = [:]
        var junctions: Set<GeoPoint> = []
        let rings = shapes.flatMap { $0.polygons.flatMap(\.rings) }.filter { $0.count >= 3 }
        for ring in rings {
            for (index, point) in ring.enumerated() {
                let previous = ring[(index + ring.count - 1) % ring.count], next = ring[(index + 1) % ring.count]
                let pair = less(previous, next) ? (previous, next) : (next, previous)
                if let seen = neighbours[point] {
                    if seen != pair { junctions.insert(point) }
                } else {
                    neighbours[point] = pair
                }
            }
        }
        for ring in rings where !ring.contains(where: junctions.contains) {
            junctions.insert(ring.min(by: less)!)
        }
        return junctions
    }

    /// The features with the indices of their junctions (`Feature.anchors`), found over all of them.
    public static func anchored(_ features: [Feature]) -> [Feature] {
        let junctions = junctions(features.map(\.geometry))
        return features.map { feature in
            var anchored = feature
            anchored.anchors = feature.geometry.polygons.flatMap(\.rings).map { ring in ring.indices.filter { junctions.contains(ring[$0]) } }
            return anchored
        }
    }

    /// `shapes` simplified to `tolerance` (in their units) with shared borders simplified once, positions rounded to
    /// `decimals` when given. Rings that collapse are dropped, and polygons whose outer ring collapses.
    public static func simplify(_ shapes: [MultiPolygon], tolerance: Double, decimals: Int? = nil) -> (shapes: [MultiPolygon], report: Report) {
        var report = Report()
        let junctions = junctions(shapes)
        // Every ring as a list of arc references (index into `arcs`, and whether it runs backwards).
        var arcs: [[GeoPoint]] = []
        var arcIndex: [[GeoPoint]: Int] = [:]
        var uses: [Int] = []
        func reference(_ arc: [GeoPoint]) -> (Int, Bool) {
            let reversed = Array(arc.reversed())
            let forward = isCanonical(arc, reversed)
            let key = forward ? arc : reversed
            if let index = arcIndex[key] {
                uses[index] += 1
                return (index, !forward)
            }
            arcs.append(key)
            uses.append(1)
            arcIndex[key] = arcs.count - 1
            return (arcs.count - 1, !forward)
        }
        func cut(_ ring: Ring) -> [(Int, Bool)] {
            let cuts = ring.indices.filter { junctions.contains(ring[$0]) }
            guard let first = cuts.first else { return [] }
            var references: [(Int, Bool)] = []
            for (position, start) in cuts.enumerated() {
                let end = position + 1 < cuts.count ? cuts[position + 1] : first + ring.count
                references.append(reference((start...end).map { ring[$0 % ring.count] }))
            }
            return references
        }
        let structure: [[[[(Int, Bool)]]]] = shapes.map { shape in
            shape.polygons.map { polygon in polygon.rings.filter { $0.count >= 3 }.map(cut) }
        }
        report.arcs = arcs.count
        report.sharedArcs = uses.filter { $0 > 1 }.count
        report.positionsBefore = shapes.reduce(0) { $0 + $1.pointCount }

        let scale = decimals.map { pow(10, Double($0)) }
        func rounded(_ arc: [GeoPoint]) -> [GeoPoint] {
            guard let scale else { return arc }
            var result: [GeoPoint] = []
            for point in arc {
                let p = GeoPoint(x: (point.x * scale).rounded() / scale, y: (point.y * scale).rounded() / scale)
                if result.last != p { result.append(p) }
            }
            if arc.count > 1, result.count == 1 { result.append(result[0]) }  // an arc keeps both ends
            return result
        }
        let source = crossings(arcs)
        report.crossingsBefore = source.segments
        // Simplify every arc once; arcs whose result crosses another arc (or itself) where the source did not are
        // simplified again at half the tolerance, and after a few halvings keep their own positions (rounded).
        var levels = [Int](repeating: 0, count: arcs.count)
        let maximumLevel = 6
        func simplified(_ index: Int) -> [GeoPoint] {
            let level = levels[index]
            let arc = arcs[index]
            return level >= maximumLevel ? rounded(arc) : rounded(simplifyArc(arc, tolerance: tolerance / pow(2, Double(level))))
        }
        var result = arcs.indices.map(simplified)
        for _ in 0..<maximumLevel {
            let crossing = crossings(result).pairs.subtracting(source.pairs)
            let refinable = Set(crossing.flatMap { [$0.first, $0.second] }).filter { levels[$0] < maximumLevel }
            guard !refinable.isEmpty else { break }
            for index in refinable {
                levels[index] += 1
                result[index] = simplified(index)
            }
        }
        report.refinedArcs = levels.filter { $0 > 0 }.count
        report.crossingsAfter = crossings(result).segments

        let output = structure.map { polygons in
            MultiPolygon(polygons.compactMap { rings -> Polygon? in
                let built = rings.map { references -> Ring in
                    var ring: Ring = []
                    for (index, backwards) in references {
                        let arc = backwards ? Array(result[index].reversed()) : result[index]
                        ring += ring.isEmpty ? arc : Array(arc.dropFirst())
                    }
                    if ring.count > 1, ring.first == ring.last { ring.removeLast() }
                    return Set(ring).count >= 3 ? ring : []
                }
                guard let exterior = built.first, !exterior.isEmpty else { return nil }
                return Polygon(exterior: exterior, holes: built.dropFirst().filter { !$0.isEmpty })
            })
        }
        report.positionsAfter = output.reduce(0) { $0 + $1.pointCount }
        return (output, report)
    }

    /// Douglas–Peucker on an open polyline with both ends kept; a closed arc (ends equal) also keeps its position
    /// farthest from the ends, so it cannot collapse to a line.
    static func simplifyArc(_ arc: [GeoPoint], tolerance: Double) -> [GeoPoint] {
        guard arc.count > 2, tolerance > 0 else { return arc }
        var keep = [Bool](repeating: false, count: arc.count)
        keep[0] = true
        keep[arc.count - 1] = true
        var stack: [(Int, Int)] = []
        if arc.first == arc.last {
            let far = arc.indices.max { distance2(arc[$0], arc[0]) < distance2(arc[$1], arc[0]) }!
            keep[far] = true
            // A ring of one arc keeps a third position besides its ends and its farthest one.
            let third = arc.indices.filter { $0 != far && $0 != 0 && $0 != arc.count - 1 }.max {
                Simplification.squaredDistance(arc[$0], toSegment: arc[0], arc[far]) < Simplification.squaredDistance(arc[$1], toSegment: arc[0], arc[far])
            }
            if let third { keep[third] = true }
            let anchors = [0, far, third ?? far, arc.count - 1].sorted()
            for (a, b) in zip(anchors, anchors.dropFirst()) where b > a { stack.append((a, b)) }
        } else {
            stack.append((0, arc.count - 1))
        }
        let squared = tolerance * tolerance
        while let (start, end) = stack.popLast() {
            guard end > start + 1 else { continue }
            var worst = start, worstDistance = -1.0
            for index in (start + 1)..<end {
                let d = Simplification.squaredDistance(arc[index], toSegment: arc[start], arc[end])
                if d > worstDistance { worstDistance = d; worst = index }
            }
            if worstDistance > squared {
                keep[worst] = true
                stack.append((start, worst))
                stack.append((worst, end))
            }
        }
        return arc.indices.filter { keep[$0] }.map { arc[$0] }
    }

    /// Two polylines that cross (the same one twice when it crosses itself), the lesser index first.
    struct Pair: Hashable { var first: Int, second: Int }

    /// How many segments of `polylines` properly cross another segment (touching at a shared position does not count),
    /// and which polylines cross which.
    static func crossings(_ polylines: [[GeoPoint]]) -> (segments: Int, pairs: Set<Pair>) {
        struct Segment { var a: GeoPoint, b: GeoPoint, line: Int, index: Int }
        var segments: [Segment] = []
        for (line, points) in polylines.enumerated() where points.count > 1 {
            for index in 0..<(points.count - 1) where points[index] != points[index + 1] {
                segments.append(Segment(a: points[index], b: points[index + 1], line: line, index: index))
            }
        }
        guard !segments.isEmpty else { return (0, []) }
        // A grid of cells about the length of a typical segment, each listing the segments whose box meets it.
        let bounds = BoundingBox(covering: segments.flatMap { [$0.a, $0.b] })
        let cell = max(bounds.width, bounds.height) / max(1, (Double(segments.count)).squareRoot())
        var grid: [Int: [Int]] = [:]
        let columns = Int(bounds.width / cell) + 2
        for (number, segment) in segments.enumerated() {
            let x0 = Int((min(segment.a.x, segment.b.x) - bounds.minX) / cell), x1 = Int((max(segment.a.x, segment.b.x) - bounds.minX) / cell)
            let y0 = Int((min(segment.a.y, segment.b.y) - bounds.minY) / cell), y1 = Int((max(segment.a.y, segment.b.y) - bounds.minY) / cell)
            for x in x0...x1 { for y in y0...y1 { grid[y * columns + x, default: []].append(number) } }
        }
        var crossing = Set<Int>()
        var pairs = Set<Pair>()
        for members in grid.values where members.count > 1 {
            for i in 0..<members.count {
                for j in (i + 1)..<members.count {
                    let s = segments[members[i]], t = segments[members[j]]
                    if s.a == t.a || s.a == t.b || s.b == t.a || s.b == t.b { continue }
                    if properlyCross(s.a, s.b, t.a, t.b) {
                        crossing.insert(members[i]); crossing.insert(members[j])
                        pairs.insert(Pair(first: min(s.line, t.line), second: max(s.line, t.line)))
                    }
                }
            }
        }
        return (crossing.count, pairs)
    }

    static func properlyCross(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint, _ d: GeoPoint) -> Bool {
        func orientation(_ p: GeoPoint, _ q: GeoPoint, _ r: GeoPoint) -> Double { (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x) }
        let d1 = orientation(c, d, a), d2 = orientation(c, d, b), d3 = orientation(a, b, c), d4 = orientation(a, b, d)
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
    }

    private static func distance2(_ a: GeoPoint, _ b: GeoPoint) -> Double { (a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y) }

    private static func less(_ a: GeoPoint, _ b: GeoPoint) -> Bool { a.x != b.x ? a.x < b.x : a.y < b.y }

    /// Which of an arc and its reverse is stored: the one starting at the lesser end; a closed arc, the one whose
    /// second position is the lesser.
    private static func isCanonical(_ arc: [GeoPoint], _ reversed: [GeoPoint]) -> Bool {
        for (a, b) in zip(arc, reversed) where a != b { return less(a, b) }
        return true
    }
}
