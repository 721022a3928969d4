import Foundation

/// Shapes projected to Mercator once and simplified once per tolerance, for every render of a map that draws them
/// at the same scale: a map's layout only moves and scales the simplified positions onto the page (an affine step)
/// and clips what leaves the frame. Mercator units are those of `MapProjection.mercator` (y up); a page's
/// tolerance in points becomes `points / projection.pointsPerUnit` here, which gives the same positions as
/// simplifying on the page, since the page is the same plane scaled.
///
/// Shared by the copies of a `BoundarySet` (a reference, guarded by a lock), so repeated renders of one bound map
/// (a benchmark, the PNG, SVG and PDF of one figure, a web export at 1x and 2x) project and simplify once.
public final class ProjectedGeometry: @unchecked Sendable {
    /// One polygon in Mercator units: its outer ring first, then the holes that survived simplification.
    public struct Polygon: Sendable {
        /// The box around the outer ring before simplification.
        public var bounds: BoundingBox
        public var rings: [Ring]
    }

    private let shapes: [MultiPolygon]
    private let anchors: [[[Int]]]
    private let lock = NSLock()
    private var projected: [MultiPolygon]?
    private var simplified: [Double: [[Polygon]]] = [:]
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
        lock.lock()
        defer { lock.unlock() }
        if let done = simplified[tolerance] { return done }
        let mercator = projected ?? shapes.map { shape in
            shape.map { point in
                let p = MapProjection.mercator(point)
                return GeoPoint(x: p.x, y: p.y)
            }
        }
        projected = mercator
        let result = mercator.enumerated().map { shapeIndex, shape in
            let ringAnchors = shapeIndex < anchors.count ? anchors[shapeIndex] : []
            var ringNumber = 0
            return shape.polygons.compactMap { polygon -> Polygon? in
                defer { ringNumber += polygon.holes.count + 1 }
                var rings: [Ring] = []
                for (index, ring) in polygon.rings.enumerated() {
                    let kept = ringNumber + index < ringAnchors.count ? ringAnchors[ringNumber + index] : []
                    let simple = Simplification.simplify(ring, tolerance: tolerance, anchors: kept)
                    if simple.isEmpty {
                        if index == 0 { return nil } else { continue }
                    }
                    rings.append(simple)
                }
                return Polygon(bounds: BoundingBox(covering: polygon.exterior), rings: rings)
            }
        }
        if simplified.count >= maximumTolerances { simplified.removeAll() }
        simplified[tolerance] = result
        return result
    }
}
