import Foundation
import GRDB

/// Reads a feature layer of a GeoPackage (an SQLite database, OGC 12-128): each row's attributes as text and its
/// geometry (GeoPackage binary header, then WKB), converted from the layer's declared coordinate system.
public enum GeoPackageReader {
    /// The feature layers (`gpkg_contents` rows of data type `features`).
    public static func layers(in path: String) throws -> [String] {
        try open(path).read { db in
            try String.fetchAll(db, sql: "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name")
        }
    }

    /// The layer `layer`, or the only feature layer when `layer` is nil. `where` filters rows by an SQL condition
    /// on the layer's columns (used when deriving the bundled boundaries).
    public static func read(contentsOf path: String, layer: String? = nil, where condition: String? = nil) throws -> BoundaryLayer {
        let queue = try open(path)
        let available: [String]
        do {
            available = try layers(in: path)
        } catch {
            throw geoError(path, "the file is not a GeoPackage: it has no gpkg_contents table",
                           hint: "Export the boundaries as GeoPackage (.gpkg), GeoJSON or Shapefile.")
        }
        let name: String
        if let layer {
            guard available.contains(layer) else {
                throw geoError(path, "the GeoPackage has no feature layer `\(layer)`", hint: "Its layers: \(available.joined(separator: ", ")).")
            }
            name = layer
        } else {
            guard available.count == 1, let only = available.first else {
                throw geoError(path, available.isEmpty ? "the GeoPackage has no feature layer" : "the GeoPackage has several layers",
                               hint: available.isEmpty ? nil : "Name one with `lapisan:`: \(available.joined(separator: ", ")).")
            }
            name = only
        }
        return try queue.read { db -> BoundaryLayer in
            guard let column = try Row.fetchOne(db, sql: "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", arguments: [name]) else {
                throw geoError(path, "layer `\(name)` has no entry in gpkg_geometry_columns")
            }
            let geometryColumn: String = column["column_name"]
            let srsID: Int = column["srs_id"]
            let system = try coordinateSystem(srsID, db: db, file: path)
            let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            let sql = "SELECT * FROM \(quoted)" + (condition.map { " WHERE \($0)" } ?? "")
            var features: [Feature] = []
            let rows = try Row.fetchCursor(db, sql: sql)
            var rowNumber = 0
            while let row = try rows.next() {
                rowNumber += 1
                var properties: [String: String] = [:]
                var blob: [UInt8]?
                for (columnName, value) in row {
                    if columnName == geometryColumn {
                        if let data = Data.fromDatabaseValue(value) { blob = [UInt8](data) }
                    } else if let text = text(value) {
                        properties[columnName] = text
                    }
                }
                guard let blob else { continue }
                do {
                    guard let header = try GeoPackageBinary.parse(blob) else { continue }
                    let shape = try WKB.multiPolygon(blob, from: header.wkbOffset)
                    features.append(Feature(properties: properties, geometry: try system.geographicShape(shape, file: path, feature: "layer `\(name)`, row \(rowNumber)")))
                } catch let error as WKB.Malformed {
                    throw geoError(path, "layer `\(name)`, row \(rowNumber): \(error.description)",
                                   hint: "Check the layer in a GIS (e.g. QGIS: Vector ▸ Geometry Tools ▸ Check Validity).")
                }
            }
            return BoundaryLayer(file: path, name: name, sourceSystem: system, features: features)
        }
    }

    private static func open(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw geoError(path, "cannot read the boundary file", hint: "Check the path under `batas:`.")
        }
        var configuration = Configuration()
        configuration.readonly = true
        do {
            return try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw geoError(path, "the file is not a GeoPackage (SQLite cannot open it)")
        }
    }

    private static func coordinateSystem(_ srsID: Int, db: Database, file: String) throws -> CoordinateSystem {
        let row = try Row.fetchOne(db, sql: "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
                                   arguments: [srsID])
        let organization = (row?["organization"] as String?)?.uppercased()
        let code: Int? = row?["organization_coordsys_id"]
        if organization == "EPSG", let code, let system = CoordinateSystem.epsg(code) { return system }
        if let definition: String = row?["definition"], let system = CoordinateSystem.wkt(definition) { return system }
        if srsID == 4326 { return .wgs84 }
        let named = row.flatMap { ($0["definition"] as String?).map(CoordinateSystem.name(inWKT:)) } ?? "SRS \(srsID)"
        throw geoError(file, "the layer's coordinate system `\(named)` (\(organization ?? "?"):\(code.map(String.init) ?? "?")) is not one Sajian converts",
                       hint: "Reproject it to WGS 84 (EPSG:4326), a WGS 84 or DGN95 UTM zone, or Web Mercator.")
    }

    private static func text(_ value: DatabaseValue) -> String? {
        switch value.storage {
        case .null, .blob: nil
        case .int64(let number): String(number)
        case .double(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
        case .string(let string): string
        }
    }
}
