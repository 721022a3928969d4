import SajianGeo
import XCTest

final class ProjectionTests: XCTestCase {
    /// A hand computation of the scale bar. The frame is 600 pt wide and the extent 94° to 142° E (48°) at the
    /// equator, so the map draws 600 / (48 × π/180) = 716.197 pt per radian of longitude. At 2,5° LS Mercator's
    /// scale factor on WGS 84 is √(1 − e² sin² 2,5°) / cos 2,5° = √(1 − 0,00669438 × 0,00190265) / 0,99904822
    /// = 1,00094630, so 1 km is 716.197 × 1,00094630 / 6378,137 = 0,112396 pt and 500 km is 56,198 pt.
    func testScaleBarLengthMatchesAHandComputation() {
        let projection = MapProjection(fitting: BoundingBox(minX: 94, minY: -1, maxX: 142, maxY: 1), into: (0, 0, 600, 600))
        XCTAssertEqual(projection.pointsPerUnit, 716.197, accuracy: 0.001)
        XCTAssertEqual(projection.pointsPerKilometre(atLatitude: -2.5), 0.112396, accuracy: 0.000001)
        let bar = ScaleBar(projection: projection, latitude: -2.5, maximumPoints: 100)
        XCTAssertEqual(bar.kilometres, 500, "the longest 1-2-5 length within 100 pt (889 km fit)")
        XCTAssertEqual(bar.points, 56.198, accuracy: 0.001)
    }

    /// The middle number (half the length) stands on a boundary between segments, for bars of 1, 2 and 5 × 10ⁿ km:
    /// five segments of 10 km under "0 25 50 km" had put the 25 over the middle of the third (proof-reading 26).
    func testTheMiddleNumberOfAScaleBarStandsOnASegmentBoundary() {
        let projection = MapProjection(fitting: BoundingBox(minX: 94, minY: -1, maxX: 142, maxY: 1), into: (0, 0, 600, 600))
        for (room, kilometres) in [(100.0, 500.0), (40, 200), (20, 100), (6, 50)] {
            let bar = ScaleBar(projection: projection, latitude: -2.5, maximumPoints: room)
            XCTAssertEqual(bar.kilometres, kilometres)
            let half = Double(bar.segments) / 2
            XCTAssertEqual(half, half.rounded(), "\(kilometres) km: \(bar.segments) segments leave half the bar inside one")
        }
    }

    func testProjectionRoundTripsAndKeepsNorthUp() {
        let projection = MapProjection(fitting: BoundingBox(minX: 95, minY: -11, maxX: 141, maxY: 6), into: (10, 20, 500, 200))
        let jakarta = GeoPoint(longitude: 106.8272, latitude: -6.1754)
        let back = projection.unproject(projection.project(jakarta))
        XCTAssertEqual(back.x, jakarta.x, accuracy: 1e-9)
        XCTAssertEqual(back.y, jakarta.y, accuracy: 1e-9)
        XCTAssertLessThan(projection.project(GeoPoint(longitude: 100, latitude: 5)).y, projection.project(GeoPoint(longitude: 100, latitude: -5)).y)
        let corner = projection.project(GeoPoint(longitude: 95, latitude: 6))
        XCTAssertEqual(corner.x, 10, accuracy: 1e-6, "the extent's west edge meets the frame's left edge (the width binds)")
    }

    /// Reference values from PROJ (pyproj 3.7.2), EPSG:32748, EPSG:32750, EPSG:23880 and EPSG:3857 to EPSG:4326.
    func testUTMAndWebMercatorConvertToLongitudeLatitude() throws {
        let utm48S = try XCTUnwrap(CoordinateSystem.epsg(32748)).geographic(GeoPoint(x: 701_000, y: 9_317_000))
        XCTAssertEqual(utm48S.x, 106.81651140216287, accuracy: 1e-7)
        XCTAssertEqual(utm48S.y, -6.175973532239728, accuracy: 1e-7)
        let utm50S = try XCTUnwrap(CoordinateSystem.epsg(32750)).geographic(GeoPoint(x: 800_000, y: 9_950_000))
        XCTAssertEqual(utm50S.x, 119.69510653658502, accuracy: 1e-7)
        XCTAssertEqual(utm50S.y, -0.45186187337681805, accuracy: 1e-7)
        XCTAssertEqual(CoordinateSystem.epsg(23880), .utm(zone: 50, south: true, datum: "DGN95"), "DGN95 / UTM zone 50S")
        XCTAssertEqual(CoordinateSystem.epsg(23866), .utm(zone: 46, south: false, datum: "DGN95"))
        XCTAssertNil(CoordinateSystem.epsg(23890), "ID74 / UTM zone 50S rests on another ellipsoid and is refused")
        let web = CoordinateSystem.webMercator.geographic(GeoPoint(x: 11_890_000, y: -690_000))
        XCTAssertEqual(web.x, 106.8096872818111, accuracy: 1e-9)
        XCTAssertEqual(web.y, -6.186320413597183, accuracy: 1e-9)
    }

    func testWKTDialectsAreRecognised() {
        XCTAssertEqual(CoordinateSystem.wkt(#"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#), .wgs84)
        XCTAssertEqual(CoordinateSystem.wkt(#"PROJCS["WGS_1984_UTM_Zone_49S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Transverse_Mercator"]]"#),
                       .utm(zone: 49, south: true, datum: "WGS 84"))
        XCTAssertEqual(CoordinateSystem.wkt(#"PROJCS["DGN95 / UTM zone 50S",GEOGCS["DGN95",DATUM["Datum_Geodesi_Nasional_1995",SPHEROID["WGS 84",6378137,298.257223563]]],PROJECTION["Transverse_Mercator"],AUTHORITY["EPSG","23880"]]"#),
                       .utm(zone: 50, south: true, datum: "DGN95"))
        XCTAssertEqual(CoordinateSystem.wkt(#"PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Mercator_Auxiliary_Sphere"]]"#), .webMercator)
        XCTAssertNil(CoordinateSystem.wkt(#"PROJCS["Batavia / NEIEZ",GEOGCS["Batavia",DATUM["Batavia",SPHEROID["Bessel 1841",6377397.155,299.1528128]]],PROJECTION["Mercator_1SP"]]"#))
        XCTAssertNil(CoordinateSystem.wkt(#"PROJCS["WGS 84 / Lambert",GEOGCS["WGS 84",DATUM["WGS_1984"]],PROJECTION["Lambert_Conformal_Conic_2SP"]]"#))
    }

    func testDouglasPeuckerKeepsCornersAndDropsNearCollinearPoints() {
        let square: Ring = [GeoPoint(x: 0, y: 0), GeoPoint(x: 5, y: 0.01), GeoPoint(x: 10, y: 0), GeoPoint(x: 10, y: 10),
                            GeoPoint(x: 5, y: 10.3), GeoPoint(x: 0, y: 10)]
        XCTAssertEqual(Simplification.simplify(square, tolerance: 0.1),
                       [GeoPoint(x: 0, y: 0), GeoPoint(x: 10, y: 0), GeoPoint(x: 10, y: 10), GeoPoint(x: 5, y: 10.3), GeoPoint(x: 0, y: 10)])
        XCTAssertEqual(Simplification.simplify(square, tolerance: 0.5).count, 4)
        XCTAssertEqual(Simplification.simplify(square, tolerance: 100), [], "a ring that collapses is dropped")
    }

    func testClippingToARectangle() {
        let ring: Ring = [GeoPoint(x: -5, y: -5), GeoPoint(x: 5, y: -5), GeoPoint(x: 5, y: 5), GeoPoint(x: -5, y: 5)]
        let clipped = Clipping.clip(ring, to: BoundingBox(minX: 0, minY: 0, maxX: 10, maxY: 10))
        XCTAssertEqual(BoundingBox(covering: clipped), BoundingBox(minX: 0, minY: 0, maxX: 5, maxY: 5))
        XCTAssertEqual(abs(Geometry.signedArea(clipped)), 25, accuracy: 1e-9)
        XCTAssertEqual(Clipping.clip(ring, to: BoundingBox(minX: 20, minY: 20, maxX: 30, maxY: 30)), [])
    }
}
