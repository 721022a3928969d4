import SajianGeo
import XCTest

/// Boundaries projected and simplified once per tolerance give the positions that projecting and simplifying on the
/// page gives, and a boundary set renews them when its shapes change.
final class ProjectedGeometryTests: XCTestCase {
    private let square = MultiPolygon([
        Polygon(exterior: [GeoPoint(x: 106, y: -6), GeoPoint(x: 106.5, y: -6.001), GeoPoint(x: 107, y: -6), GeoPoint(x: 107, y: -7),
                           GeoPoint(x: 106.5, y: -7.2), GeoPoint(x: 106, y: -7)],
                holes: [[GeoPoint(x: 106.4, y: -6.4), GeoPoint(x: 106.41, y: -6.4), GeoPoint(x: 106.41, y: -6.41), GeoPoint(x: 106.4, y: -6.41)]]),
    ])

    func testSimplifiedOnceGivesThePagePositions() {
        let projection = MapProjection(fitting: square.bounds, into: (x: 10, y: 20, width: 300, height: 200))
        for points in [0.04, 0.45, 5.0] {
            let polygons = ProjectedGeometry(shapes: [square]).polygons(tolerance: points / projection.pointsPerUnit)[0]
            let onPage = polygons.flatMap { $0.rings.map { $0.map(projection.place) } }
            let direct = square.polygons.flatMap { $0.rings }.map { Simplification.simplify($0.map(projection.project), tolerance: points) }
                .filter { !$0.isEmpty }
            XCTAssertEqual(onPage.count, direct.count, "tolerance \(points)")
            for (a, b) in zip(onPage, direct) {
                XCTAssertEqual(a.count, b.count, "tolerance \(points)")
                for (p, q) in zip(a, b) {
                    XCTAssertEqual(p.x, q.x, accuracy: 1e-6)
                    XCTAssertEqual(p.y, q.y, accuracy: 1e-6)
                }
            }
        }
        let geometry = ProjectedGeometry(shapes: [square])
        XCTAssertEqual(geometry.polygons(tolerance: 1e-6)[0][0].rings.count, 2, "the hole kept at fine detail")
        XCTAssertEqual(geometry.polygons(tolerance: 1)[0].count, 0, "a shape smaller than the tolerance vanishes")
    }

    func testBoundarySetRenewsItsProjectionWhenAShapeChanges() {
        var set = BoundarySet(origin: "uji", regions: [square], context: [], extent: square.bounds, inset: [], insetExtent: square.bounds, insetFrame: nil)
        XCTAssertEqual(set.projectedRegions.polygons(tolerance: 1e-6)[0].count, 1)
        let copy = set
        XCTAssertTrue(copy.projectedRegions === set.projectedRegions, "copies share the work")
        set.regions = [square, square]
        XCTAssertEqual(set.projectedRegions.polygons(tolerance: 1e-6).count, 2)
        XCTAssertEqual(copy.projectedRegions.polygons(tolerance: 1e-6).count, 1)
    }
}
