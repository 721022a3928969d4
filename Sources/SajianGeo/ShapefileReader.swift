import CShapelib
import Foundation

/// Reads an ESRI Shapefile of areas through shapelib: the .shp geometry, the .dbf attributes and the .prj
/// coordinate system. Outer rings run clockwise in a Shapefile and holes counter-clockwise.
public enum ShapefileReader {
    public static func read(contentsOf path: String) throws -> BoundaryLayer {
        let base = path.hasSuffix(".shp") ? String(path.dropLast(4)) : path
        guard FileManager.default.isReadableFile(atPath: base + ".shp") else {
            throw geoError(path, "cannot read the boundary file", hint: "Check the path under `batas:`.")
        }
        guard let shp = SHPOpen(base + ".shp", "rb") else {
            throw geoError(path, "the file is not a Shapefile shapelib can open", hint: "Keep the .shp, .shx, .dbf and .prj files together.")
        }
        defer { SHPClose(shp) }
        var count: Int32 = 0, type: Int32 = 0
        var minimum = [Double](repeating: 0, count: 4), maximum = [Double](repeating: 0, count: 4)
        SHPGetInfo(shp, &count, &type, &minimum, &maximum)
        guard [SHPT_POLYGON, SHPT_POLYGONZ, SHPT_POLYGONM].contains(type) else {
            throw geoError(path, "the Shapefile holds \(SHPTypeName(type).map { String(cString: $0) } ?? "shape type \(type)") shapes; a thematic map needs polygons",
                           hint: "Use the file of administrative areas, not of points or lines.")
        }
        let system = try coordinateSystem(base: base, file: path,
                                          bounds: BoundingBox(minX: minimum[0], minY: minimum[1], maxX: maximum[0], maxY: maximum[1]))
        let attributes = try readAttributes(base: base, file: path, expected: Int(count))
        var features: [Feature] = []
        for index in 0..<count {
            guard let object = SHPReadObject(shp, index) else {
                throw geoError(path, "shape \(index + 1) cannot be read: the .shp or .shx file is damaged")
            }
            defer { SHPDestroyObject(object) }
            let shape = object.pointee
            var rings: [Ring] = []
            let parts = Int(shape.nParts), vertices = Int(shape.nVertices)
            for part in 0..<parts {
                let start = Int(shape.panPartStart[part])
                let end = part + 1 < parts ? Int(shape.panPartStart[part + 1]) : vertices
                guard start >= 0, start <= end, end <= vertices else {
                    throw geoError(path, "shape \(index + 1) has a part outside its vertices: the .shp file is damaged")
                }
                rings.append(Geometry.open((start..<end).map { GeoPoint(x: shape.padfX[$0], y: shape.padfY[$0]) }))
            }
            let polygons = Geometry.polygons(fromRings: rings) { Geometry.signedArea($0) < 0 }
            features.append(Feature(properties: index < attributes.count ? attributes[Int(index)] : [:],
                                    geometry: try system.geographicShape(MultiPolygon(polygons), file: path, feature: "shape \(index + 1)")))
        }
        return BoundaryLayer(file: path, name: URL(fileURLWithPath: base).lastPathComponent, sourceSystem: system, features: features)
    }

    private static func readAttributes(base: String, file: String, expected: Int) throws -> [[String: String]] {
        guard let dbf = DBFOpen(base + ".dbf", "rb") else {
            throw geoError(file, "the Shapefile has no readable .dbf attribute table",
                           hint: "Keep the .dbf file beside the .shp; it holds the region codes and names.")
        }
        defer { DBFClose(dbf) }
        // Only the shapes' records are read: the header's count is the file's word, and a damaged or hostile .dbf
        // that claims billions of records would otherwise be walked (each a failed read) for hours.
        let fields = DBFGetFieldCount(dbf), records = min(DBFGetRecordCount(dbf), Int32(clamping: expected))
        var names: [String] = []
        for field in 0..<fields {
            var name = [CChar](repeating: 0, count: 12)
            var width: Int32 = 0, decimals: Int32 = 0
            _ = DBFGetFieldInfo(dbf, field, &name, &width, &decimals)
            names.append(String(cString: name))
        }
        var rows: [[String: String]] = []
        for record in 0..<records {
            var row: [String: String] = [:]
            for field in 0..<fields where DBFIsAttributeNULL(dbf, record, field) == 0 {
                guard let raw = DBFReadStringAttribute(dbf, record, field) else { continue }
                let length = strlen(raw)
                let bytes = Data(bytes: raw, count: length)
                // .dbf text is UTF-8 in recent exports and Windows-1252 in older ones.
                let text = String(data: bytes, encoding: .utf8) ?? String(data: bytes, encoding: .windowsCP1252) ?? ""
                row[names[Int(field)]] = text.trimmingCharacters(in: .whitespaces)
            }
            rows.append(row)
        }
        return rows
    }

    private static func coordinateSystem(base: String, file: String, bounds: BoundingBox) throws -> CoordinateSystem {
        guard let data = FileManager.default.contents(atPath: base + ".prj"), let wkt = String(data: data, encoding: .utf8) else {
            // Without a .prj the file says nothing; longitude/latitude ranges are taken as WGS 84, anything else is refused.
            if bounds.minX >= -180, bounds.maxX <= 180, bounds.minY >= -90, bounds.maxY <= 90 { return .wgs84 }
            throw geoError(file, "the Shapefile has no .prj file and its coordinates are not longitude and latitude",
                           hint: "Keep the .prj beside the .shp, or reproject to WGS 84 (EPSG:4326).")
        }
        guard let system = CoordinateSystem.wkt(wkt) else {
            throw geoError(base + ".prj", "the Shapefile's coordinate system `\(CoordinateSystem.name(inWKT: wkt))` is not one Sajian converts",
                           hint: "Reproject it to WGS 84 (EPSG:4326), a WGS 84 or DGN95 UTM zone, or Web Mercator.")
        }
        return system
    }
}
