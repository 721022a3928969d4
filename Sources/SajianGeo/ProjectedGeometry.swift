import Foundation

/// Shapes projected to Mercator once and simplified once per tolerance, for every render of a map that draws them
/// at the same scale: a map's layout only moves and scales the simplified positions onto the page (an affine step)
/// and clips what leaves the frame. Mercator units are those of `MapProjection.mercator` (y up); a page's
/// tolerance in points becomes `points / projection.pointsPerUnit` here, which gives the same positions as
/// simplifying on the page, since the page is the same plane scaled.
///
/// Rings with junctions (`anchors`) are cut there into arcs, as `SharedBorders` cuts them; each distinct arc is
/// simplified once and every ring that runs along it is put back together from the same positions, so neighbours
/// meet exactly. The distinct arcs are also the map's network of borders (`borders(tolerance:)`): a border two
/// regions share is stroked once, not once by each of them.
///
/// Shared by the copies of a `BoundarySet` (a reference, guarded by a lock), so repeated renders of one bound map
/// (a benchmark, the PNG, SVG and PDF of one figure, a web export at 1x and 2x) project and simplify once.
public final class ProjectedGeometry: @unchecked Sendable {
    /// One polygon in Mercator units: its outer ring first, then the holes that survived simplification.
    public struct Polygon: Sendable {
        /// The box around the outer ring before simplification, in Mercator units.
        public var bounds: BoundingBox
        public var rings: [Ring]
    }

    /// One line of the network of borders, in Mercator units: an arc between two junctions (a border two regions
    /// share, or a stretch of coast), or a whole ring without junctions (an island's coast), `isClosed`.
    public struct Border: Sendable {
        public var bounds: BoundingBox
        public var points: [GeoPoint]
        public var isClosed: Bool
    }

    /// How one ring is built: from distinct arcs (index into `Topology.arcs`, and whether it runs backwards), or
    /// whole (no junctions, or one: an island, or an enclave and the hole it fills), starting at its junction.
    private enum RingPlan {
        case arcs([(index: Int, backwards: Bool)])
        case whole(Ring)
    }

    /// The projected shapes cut into distinct arcs: per shape, per polygon, per ring, its plan.
    private struct Topology {
        var arcs: [[GeoPoint]] = []
        var plans: [[[RingPlan]]] = []
        /// Each polygon's box before simplification.
        var bounds: [[BoundingBox]] = []
    }

    /// What one tolerance gives.
    private struct Simplified {
        var polygons: [[Polygon]]
        var borders: [Border]
    }

    private let shapes: [MultiPolygon]
    private let anchors: [[[Int]]]
    private let lock = NSLock()
    private var topology: Topology?
    private var simplified: [Double: Simplified] = [:]
    /// The most tolerances kept at once (a PDF at print detail, PNG/SVG at screen detail, an inset at twice that …).
    private let maximumTolerances = 8

    /// `anchors`: for each shape, the junctions of each of its rings (`Feature.anchors`), kept by simplification.
    public init(shapes: [MultiPolygon], anchors: [[[Int]]] = []) {
        self.shapes = shapes
        self.anchors = anchors
    }

    /// Every shape's polygons in Mercator units, simplified (Douglas–Peucker, between the rings' anchors) to
    /// `tolerance` Mercator units; polygons whose outer ring collapses are left out, and so are collapsed holes.
    public func polygons(tolerance: Double) -> [[Polygon]] {
        result(tolerance: tolerance).polygons
    }

    /// The borders of the polygons `polygons(tolerance:)` gives, each distinct arc once, in the order the rings
    /// first use them: stroked as one path, every border is drawn once with the same positions as the fills' edges.
    public func borders(tolerance: Double) -> [Border] {
        result(tolerance: tolerance).borders
    }

    private func result(tolerance: Double) -> Simplified {
        lock.lock()
        defer { lock.unlock() }
        if let done = simplified[tolerance] { return done }
        let topology = self.topology ?? makeTopology()
        self.topology = topology
        let result = simplify(topology, tolerance: tolerance)
        if simplified.count >= maximumTolerances { simplified.removeAll() }
        simplified[tolerance] = result
        return result
    }

    /// Projects every shape and cuts its rings at their anchors into distinct arcs.
    private func makeTopology() -> Topology {
        var topology = Topology()
        var table = SharedBorders.ArcTable()
        for (shapeIndex, shape) in shapes.enumerated() {
            let ringAnchors = shapeIndex < anchors.count ? anchors[shapeIndex] : []
            var ringNumber = 0
            var polygonPlans: [[RingPlan]] = []
            var polygonBounds: [BoundingBox] = []
            for polygon in shape.polygons {
                defer { ringNumber += polygon.holes.count + 1 }
                let rings = polygon.rings.map { ring in
                    ring.map { point -> GeoPoint in
                        let p = MapProjection.mercator(point)
                        return GeoPoint(x: p.x, y: p.y)
                    }
                }
                polygonBounds.append(BoundingBox(covering: rings[0]))
                polygonPlans.append(rings.enumerated().map { index, projected in
                    let kept = ringNumber + index < ringAnchors.count ? ringAnchors[ringNumber + index] : []
                    // As `Simplification.simplify(_:tolerance:anchors:)` cuts it: small rings and rings with fewer
                    // than two junctions are simplified whole, from their junction.
                    guard kept.count >= 2, projected.count > 3 else {
                        guard let first = kept.first, projected.count > 3 else { return .whole(projected) }
                        return .whole(Array(projected[first...] + projected[..<first]))
                    }
                    var references: [(index: Int, backwards: Bool)] = []
                    for (position, start) in kept.enumerated() {
                        let end = position + 1 < kept.count ? kept[position + 1] : kept[0] + projected.count
                        references.append(table.reference((start...end).map { projected[$0 % projected.count] }))
                    }
                    return .arcs(references)
                })
            }
            topology.plans.append(polygonPlans)
            topology.bounds.append(polygonBounds)
        }
        topology.arcs = table.arcs
        return topology
    }

    /// Every distinct arc simplified once; rings rebuilt from them; the borders of the rings that survive.
    private func simplify(_ topology: Topology, tolerance: Double) -> Simplified {
        let arcs = topology.arcs.map { SharedBorders.simplifyArc($0, tolerance: tolerance) }
        var usedArcs = [Bool](repeating: false, count: arcs.count)
        var borders: [Border] = []
        var closedSeen: Set<[GeoPoint]> = []
        let polygons = zip(topology.plans, topology.bounds).map { plans, bounds in
            zip(plans, bounds).compactMap { ringPlans, box -> Polygon? in
                var rings: [Ring] = []
                var ringBorders: [Border] = []
                var ringArcs: [Int] = []
                for (index, plan) in ringPlans.enumerated() {
                    var ring: Ring
                    switch plan {
                    case .whole(let whole):
                        ring = Simplification.simplify(whole, tolerance: tolerance)
                    case .arcs(let references):
                        ring = []
                        for (arc, backwards) in references {
                            let points = arcs[arc]
                            if backwards { ring += points.reversed().dropLast() } else { ring += points.dropLast() }
                        }
                        if ring.count < 3 { ring = [] }
                    }
                    if ring.isEmpty {
                        if index == 0 { return nil } else { continue }
                    }
                    rings.append(ring)
                    switch plan {
                    case .whole:
                        if closedSeen.insert(Self.canonicalRing(ring)).inserted {
                            ringBorders.append(Border(bounds: BoundingBox(covering: ring), points: ring, isClosed: true))
                        }
                    case .arcs(let references): ringArcs += references.map(\.index)
                    }
                }
                borders += ringBorders
                for arc in ringArcs where !usedArcs[arc] {
                    usedArcs[arc] = true
                    borders.append(Border(bounds: BoundingBox(covering: arcs[arc]), points: arcs[arc], isClosed: false))
                }
                return Polygon(bounds: box, rings: rings)
            }
        }
        return Simplified(polygons: polygons, borders: borders)
    }

    /// A closed ring the same whichever position it starts at and whichever way it runs: an island's coast and
    /// the hole it fills are one border.
    private static func canonicalRing(_ ring: Ring) -> [GeoPoint] {
        guard let start = ring.indices.min(by: { SharedBorders.less(ring[$0], ring[$1]) }) else { return ring }
        let forward = Array(ring[start...] + ring[..<start])
        let backward = [forward[0]] + forward.dropFirst().reversed()
        return SharedBorders.isCanonical(forward, backward) ? forward : backward
    }

}
