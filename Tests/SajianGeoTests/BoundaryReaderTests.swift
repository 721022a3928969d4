import CShapelib
import Foundation
import GRDB
import SajianGeo
import SajianModel
import SajianTestSupport
import XCTest

final class BoundaryReaderTests: XCTestCase {
    /// Two squares with a hole in the first, in longitude/latitude.
    private let squares = [
        Feature(properties: ["KODE": "31", "NAMA": "DKI Jakarta"],
                geometry: MultiPolygon([Polygon(exterior: [GeoPoint(x: 106, y: -7), GeoPoint(x: 107, y: -7), GeoPoint(x: 107, y: -6), GeoPoint(x: 106, y: -6)],
                                                holes: [[GeoPoint(x: 106.4, y: -6.6), GeoPoint(x: 106.4, y: -6.4), GeoPoint(x: 106.6, y: -6.4), GeoPoint(x: 106.6, y: -6.6)]])])),
        Feature(properties: ["KODE": "32", "NAMA": "Jawa Barat"],
                geometry: MultiPolygon([Polygon(exterior: [GeoPoint(x: 107, y: -7), GeoPoint(x: 108, y: -7), GeoPoint(x: 108, y: -6), GeoPoint(x: 107, y: -6)])])),
    ]

    private func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "no error" } catch let error as DiagnosticError { return error.description } catch { return "\(error)" }
    }

    // MARK: GeoJSON

    func testGeoJSONRoundTripWithHolesAndMetadata() throws {
        let data = GeoJSONWriter.data(squares, decimals: 3, metadata: ["riwayat": "batas wilayah: uji"])
        let layer = try GeoJSONReader.read(data, file: "uji.geojson")
        XCTAssertEqual(layer.features.count, 2)
        XCTAssertEqual(layer.features[0].properties["NAMA"], "DKI Jakarta")
        XCTAssertEqual(layer.features[0].geometry.polygons[0].holes.count, 1)
        XCTAssertGreaterThan(Geometry.signedArea(layer.features[0].geometry.polygons[0].exterior), 0, "outer rings counter-clockwise")
        XCTAssertLessThan(Geometry.signedArea(layer.features[0].geometry.polygons[0].holes[0]), 0, "holes clockwise")
        XCTAssertEqual(layer.history, "batas wilayah: uji")
        XCTAssertEqual(layer.sourceSystem, .wgs84)
    }

    func testGeoJSONInAUTMZoneIsConverted() throws {
        let text = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::32748"}},"features":[{"type":"Feature","properties":{"nama":"Uji"},"geometry":{"type":"Polygon","coordinates":[[[701000,9317000],[702000,9317000],[702000,9318000],[701000,9317000]]]}}]}"#
        let layer = try GeoJSONReader.read(Data(text.utf8), file: "utm.geojson")
        XCTAssertEqual(layer.sourceSystem, .utm(zone: 48, south: true, datum: "WGS 84"))
        let first = layer.features[0].geometry.polygons[0].exterior.min { $0.x < $1.x }!
        XCTAssertEqual(first.x, 106.8165, accuracy: 1e-4)
    }

    func testBadGeoJSONIsRefusedNamingTheFile() {
        XCTAssertTrue(message { try GeoJSONReader.read(Data("{not json".utf8), file: "rusak.geojson") }.hasPrefix("rusak.geojson: error: the boundary file is not valid JSON"))
        let points = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[106,-6]}}]}"#
        XCTAssertTrue(message { try GeoJSONReader.read(Data(points.utf8), file: "titik.geojson") }.contains("feature 1 is a Point; a thematic map needs areas"))
        let lambert = #"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"EPSG:3395"}},"features":[]}"#
        XCTAssertTrue(message { try GeoJSONReader.read(Data(lambert.utf8), file: "lain.geojson") }.contains("declares the coordinate system `EPSG:3395`, which Sajian cannot convert"))
        XCTAssertTrue(message { try BoundaryFile.read("/tidak/ada.geojson") }.contains("cannot read the boundary file"))
        XCTAssertTrue(message { try BoundaryFile.read("peta.kml") }.contains("cannot read boundaries from a `.kml` file"))
    }

    // MARK: GeoPackage

    /// A minimal GeoPackage written with GRDB: the three gpkg tables and one feature table of GPB blobs.
    private func makeGeoPackage(srs: Int = 4326, organization: String = "EPSG", transform: (GeoPoint) -> GeoPoint = { $0 }) throws -> String {
        let path = TestSupport.temporaryDirectory("gpkg") + "/uji.gpkg"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: """
                CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT, srs_id INTEGER PRIMARY KEY, organization TEXT, organization_coordsys_id INTEGER, definition TEXT, description TEXT);
                CREATE TABLE gpkg_contents (table_name TEXT PRIMARY KEY, data_type TEXT, identifier TEXT, description TEXT, last_change TEXT, min_x REAL, min_y REAL, max_x REAL, max_y REAL, srs_id INTEGER);
                CREATE TABLE gpkg_geometry_columns (table_name TEXT, column_name TEXT, geometry_type_name TEXT, srs_id INTEGER, z INTEGER, m INTEGER);
                CREATE TABLE provinsi (fid INTEGER PRIMARY KEY, geom BLOB, KODE TEXT, NAMA TEXT, luas REAL);
                """)
            try db.execute(sql: "INSERT INTO gpkg_spatial_ref_sys VALUES ('uji', ?, ?, ?, 'undefined', '')", arguments: [srs, organization, srs])
            try db.execute(sql: "INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('provinsi', 'features', ?)", arguments: [srs])
            try db.execute(sql: "INSERT INTO gpkg_geometry_columns VALUES ('provinsi', 'geom', 'MULTIPOLYGON', ?, 0, 0)", arguments: [srs])
            for feature in squares {
                let blob = Data(GeoPackageBinary.data(feature.geometry.map(transform), srsID: Int32(srs)))
                try db.execute(sql: "INSERT INTO provinsi (geom, KODE, NAMA, luas) VALUES (?, ?, ?, 664.01)",
                               arguments: [blob, feature.properties["KODE"], feature.properties["NAMA"]])
            }
        }
        return path
    }

    func testGeoPackageWithEnvelopeHeaderAndWKB() throws {
        let layer = try GeoPackageReader.read(contentsOf: makeGeoPackage())
        XCTAssertEqual(layer.name, "provinsi")
        XCTAssertEqual(layer.features.map { $0.properties["NAMA"] }, ["DKI Jakarta", "Jawa Barat"])
        XCTAssertEqual(layer.features[0].properties["luas"], "664.01")
        XCTAssertEqual(layer.features[0].geometry.polygons[0].holes.count, 1)
        XCTAssertEqual(layer.features[1].geometry.bounds, BoundingBox(minX: 107, minY: -7, maxX: 108, maxY: -6))
    }

    func testGeoPackageInWebMercatorIsConverted() throws {
        let a = 6_378_137.0
        let path = try makeGeoPackage(srs: 3857) { p in GeoPoint(x: p.x * .pi / 180 * a, y: a * log(tan(.pi / 4 + p.y * .pi / 360))) }
        let layer = try GeoPackageReader.read(contentsOf: path)
        XCTAssertEqual(layer.sourceSystem, .webMercator)
        XCTAssertEqual(layer.features[1].geometry.bounds.minY, -7, accuracy: 1e-9)
    }

    func testBadGeoPackagesAreRefused() throws {
        // The test's spatial reference has no WKT (its definition is `undefined`), so the message names it so.
        let lambert = message { try GeoPackageReader.read(contentsOf: self.makeGeoPackage(srs: 2154)) }
        XCTAssertTrue(lambert.contains("the layer's coordinate system `undefined` (EPSG:2154) is not one Sajian converts"), lambert)
        XCTAssertTrue(message { try GeoPackageReader.read(contentsOf: self.makeGeoPackage(), layer: "kabupaten") }.contains("has no feature layer `kabupaten`"))
        let notGeoPackage = TestSupport.temporaryDirectory("gpkg") + "/kosong.gpkg"
        try DatabaseQueue(path: notGeoPackage).write { try $0.execute(sql: "CREATE TABLE t (x)") }
        XCTAssertTrue(message { try GeoPackageReader.read(contentsOf: notGeoPackage) }.contains("is not a GeoPackage"))
        XCTAssertThrowsError(try GeoPackageBinary.parse([0x47, 0x51, 0, 1, 0, 0, 0, 0]))
        XCTAssertThrowsError(try WKB.multiPolygon([1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])) { error in
            XCTAssertTrue("\(error)".contains("point, not an area"))
        }
        XCTAssertThrowsError(try WKB.multiPolygon([1, 3, 0, 0, 0, 1, 0, 0, 0, 200, 0, 0, 0])) { error in
            XCTAssertTrue("\(error)".contains("claims 200 positions"))
        }
    }

    // MARK: Shapefile

    /// A Shapefile written with shapelib: outer rings clockwise, holes counter-clockwise, as the format wants.
    private func makeShapefile(prj: String?, type: Int32 = SHPT_POLYGON, transform: (GeoPoint) -> GeoPoint = { $0 }) throws -> String {
        let base = TestSupport.temporaryDirectory("shp") + "/batas"
        let shp = try XCTUnwrap(SHPCreate(base + ".shp", type))
        let dbf = try XCTUnwrap(DBFCreate(base + ".dbf"))
        XCTAssertEqual(DBFAddField(dbf, "KODE", FTString, 4, 0), 0, "the field's number")
        XCTAssertEqual(DBFAddField(dbf, "NAMA", FTString, 40, 0), 1)
        for (index, feature) in squares.enumerated() {
            let polygon = feature.geometry.polygons[0]
            // The fixture's outer rings run counter-clockwise and its hole clockwise: the reverse of a Shapefile's.
            var rings = [Array(polygon.exterior.reversed())] + polygon.holes.map { Array($0.reversed()) }
            rings = rings.map { $0.map(transform) + [transform($0[0])] }
            var starts = [Int32](); var xs = [Double](); var ys = [Double]()
            for ring in rings { starts.append(Int32(xs.count)); xs += ring.map(\.x); ys += ring.map(\.y) }
            let object = SHPCreateObject(type, -1, Int32(rings.count), &starts, nil, Int32(xs.count), &xs, &ys, nil, nil)
            XCTAssertEqual(SHPWriteObject(shp, -1, object), Int32(index))
            SHPDestroyObject(object)
            DBFWriteStringAttribute(dbf, Int32(index), 0, feature.properties["KODE"])
            DBFWriteStringAttribute(dbf, Int32(index), 1, feature.properties["NAMA"])
        }
        SHPClose(shp)
        DBFClose(dbf)
        if let prj { try prj.write(toFile: base + ".prj", atomically: true, encoding: .utf8) }
        return base + ".shp"
    }

    func testShapefileWithDbfAttributesAndPrj() throws {
        let wgs84 = #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#
        let layer = try BoundaryFile.read(makeShapefile(prj: wgs84))
        XCTAssertEqual(layer.features.map { $0.properties["NAMA"] }, ["DKI Jakarta", "Jawa Barat"])
        XCTAssertEqual(layer.features[0].geometry.polygons.count, 1, "the counter-clockwise ring is a hole of the outer ring")
        XCTAssertEqual(layer.features[0].geometry.polygons[0].holes.count, 1)
        XCTAssertEqual(layer.features[1].geometry.bounds, BoundingBox(minX: 107, minY: -7, maxX: 108, maxY: -6))
    }

    func testShapefileInAProjectedSystemIsConverted() throws {
        // Positions written in UTM zone 48S by inverting the reader's own conversion numerically is overkill; a
        // known PROJ pair is enough: (701000 E, 9317000 N) in EPSG:32748 is 106.8165° BT, 6.1760° LS.
        let utm = #"PROJCS["WGS_1984_UTM_Zone_48S",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Transverse_Mercator"]]"#
        let path = try makeShapefile(prj: utm) { p in GeoPoint(x: 701_000 + (p.x - 106) * 1000, y: 9_317_000 + (p.y + 7) * 1000) }
        let layer = try ShapefileReader.read(contentsOf: path)
        XCTAssertEqual(layer.sourceSystem, .utm(zone: 48, south: true, datum: "WGS 84"))
        let box = layer.features[0].geometry.bounds
        XCTAssertEqual(box.minX, 106.8165, accuracy: 1e-3)
        XCTAssertEqual(box.minY, -6.1760, accuracy: 1e-3)
    }

    func testBadShapefilesAreRefused() throws {
        let batavia = #"PROJCS["Batavia_NEIEZ",GEOGCS["GCS_Batavia",DATUM["D_Batavia",SPHEROID["Bessel_1841",6377397.155,299.1528128]]],PROJECTION["Mercator"]]"#
        XCTAssertTrue(message { try ShapefileReader.read(contentsOf: self.makeShapefile(prj: batavia)) }.contains("coordinate system `Batavia_NEIEZ` is not one Sajian converts"))
        let projectedWithoutPrj = try makeShapefile(prj: nil) { GeoPoint(x: $0.x * 10_000, y: $0.y * 10_000) }
        XCTAssertTrue(message { try ShapefileReader.read(contentsOf: projectedWithoutPrj) }.contains("has no .prj file"))
        let noDbf = try makeShapefile(prj: nil)
        try FileManager.default.removeItem(atPath: String(noDbf.dropLast(4)) + ".dbf")
        XCTAssertTrue(message { try ShapefileReader.read(contentsOf: noDbf) }.contains("no readable .dbf attribute table"))
        let base = TestSupport.temporaryDirectory("shp") + "/titik"
        let points = try XCTUnwrap(SHPCreate(base + ".shp", SHPT_POINT))
        SHPClose(points)
        XCTAssertTrue(message { try ShapefileReader.read(contentsOf: base + ".shp") }.contains("a thematic map needs polygons"))
    }

    // MARK: Limits

    /// `levels` GeometryCollections, each holding the next, around one small square.
    private func nestedCollections(_ levels: Int) -> [UInt8] {
        let square = MultiPolygon([Polygon(exterior: [GeoPoint(x: 106, y: -7), GeoPoint(x: 107, y: -7), GeoPoint(x: 107, y: -6)])])
        return Array(repeating: [1, 7, 0, 0, 0, 1, 0, 0, 0] as [UInt8], count: levels).flatMap { $0 } + WKB.data(square)
    }

    func testGeometryNestedTooDeepIsRefusedNotRecursedInto() throws {
        // The red team's file: a GeoPackage header, then 300,000 collections, each holding the next.
        let header: [UInt8] = [0x47, 0x50, 0, 1, 0xE6, 0x10, 0, 0]
        let hostile = header + Array(repeating: [1, 7, 0, 0, 0, 1, 0, 0, 0] as [UInt8], count: 300_000).flatMap { $0 }
        let start = try XCTUnwrap(GeoPackageBinary.parse(hostile)).wkbOffset
        XCTAssertThrowsError(try WKB.multiPolygon(hostile, from: start)) { error in
            XCTAssertEqual("\(error)", "the geometry nests collections more than 32 deep")
        }
        // The limit itself: 31 collections around the MultiPolygon are read, 32 are not.
        XCTAssertEqual(try WKB.multiPolygon(nestedCollections(WKB.maximumNesting - 1)).polygons.count, 1)
        XCTAssertThrowsError(try WKB.multiPolygon(nestedCollections(WKB.maximumNesting)))
    }

    func testPositionsOffTheEarthAreRefusedNamingTheFileAndFeature() throws {
        func collection(_ first: String, _ second: String, crs: String = "") -> Data {
            let features = [first, second].map { #"{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[\#($0)]]}}"# }
            return Data(#"{"type":"FeatureCollection",\#(crs)"features":[\#(features.joined(separator: ","))]}"#.utf8)
        }
        let square = "[106,-7],[107,-7],[107,-6],[106,-7]"
        XCTAssertEqual(message { try GeoJSONReader.read(collection(square, "[106,-7],[1e308,-7],[-1e308,-6],[106,-7]"), file: "jauh.geojson") },
                       """
                       jauh.geojson: error: feature 2 has the position (1e+308, -7.0), which is not on the Earth: longitudes run from -180 to 180 and latitudes from -90 to 90
                           Check the feature in a GIS, and the coordinate system the file declares.
                       """)
        XCTAssertTrue(message { try GeoJSONReader.read(collection(square, "[106,-7],[107,1000],[107,-6],[106,-7]"), file: "lintang.geojson") }
            .hasPrefix("lintang.geojson: error: feature 2 has the position (107.0, 1000.0), which is not on the Earth: "))
        let utm = #""crs":{"type":"name","properties":{"name":"EPSG:32748"}},"#
        let utmSquare = "[701000,9317000],[702000,9317000],[702000,9318000],[701000,9317000]"
        XCTAssertEqual(message { try GeoJSONReader.read(collection(utmSquare, "[701000,9317000],[1e12,9317000],[702000,9318000],[701000,9317000]", crs: utm), file: "utm.geojson") },
                       """
                       utm.geojson: error: feature 2 has the position (1000000000000.0, 9317000.0), which is not on the Earth in UTM zona 48S, datum WGS 84: it must lie within 20037508 m of the system's origin and convert to longitudes -180 to 180 and latitudes -90 to 90
                           Check the feature in a GIS, and the coordinate system the file declares.
                       """)
        let far = message { try GeoPackageReader.read(contentsOf: self.makeGeoPackage { GeoPoint(x: $0.x == 107 ? 1e308 : $0.x, y: $0.y) }) }
        XCTAssertTrue(far.contains("error: layer `provinsi`, row 1 has the position (1e+308, -7.0), which is not on the Earth"), far)
        let wgs84 = #"GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]"#
        let north = message { try ShapefileReader.read(contentsOf: self.makeShapefile(prj: wgs84) { GeoPoint(x: $0.x, y: $0.y + 1000) }) }
        XCTAssertTrue(north.contains("error: shape 1 has the position (106.0, 994.0), which is not on the Earth"), north)
    }

    /// Issue 15: a ring of fewer than 3 distinct positions, or one on a line, encloses nothing: the region drew
    /// nothing and its value silently did not show. A feature with some area among degenerate parts still reads.
    func testFeaturesWithoutAreaAreRefusedNamingTheFeature() throws {
        func collection(_ rings: [String]) -> Data {
            let features = rings.map { #"{"type":"Feature","properties":{},"geometry":{"type":"MultiPolygon","coordinates":[\#($0)]}}"# }
            return Data(#"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#.utf8)
        }
        let square = "[[[106,-7],[107,-7],[107,-6],[106,-7]]]"
        let hint = "\n    Repair the geometry in a GIS (QGIS: Vector › Geometry Tools › Fix Geometries) or export the boundaries again; remove the feature if it is not a region."
        XCTAssertEqual(message { try GeoJSONReader.read(collection([square, "[[[106,-7],[107,-7],[106,-7],[106,-7]]]"]), file: "dua-titik.geojson") },
                       "dua-titik.geojson: error: feature 2 has no area: its ring has fewer than 3 distinct positions or encloses nothing, so its region's value would not show on the map" + hint)
        XCTAssertEqual(message { try GeoJSONReader.read(collection(["[[[106,-7],[107,-7],[108,-7],[106,-7]]],[[[106,-6],[106,-5],[106,-4]]]"]), file: "garis.geojson") },
                       "garis.geojson: error: feature 1 has no area: each of its rings has fewer than 3 distinct positions or encloses nothing, so its region's value would not show on the map" + hint)
        let partly = try GeoJSONReader.read(collection([square + ",[[[110,-7],[111,-7],[110,-7]]]"]), file: "sebagian.geojson")
        XCTAssertEqual(partly.features.map(\.geometry.polygons.count), [2])
    }
}
