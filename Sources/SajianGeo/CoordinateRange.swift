import Foundation

extension CoordinateSystem {
    /// The longitudes a boundary's positions may have, after conversion.
    public static let longitudes = -180.0...180.0
    /// The latitudes a boundary's positions may have, after conversion.
    public static let latitudes = -90.0...90.0
    /// How far (metres) a projected position may lie from its system's origin (for UTM, from the central meridian
    /// and the equator): half the equator, the edge of the Web Mercator plane. Beyond it the conversion formulas
    /// give numbers that look like positions but are none.
    public static let projectedReach = 20_037_508.35

    /// Whether `point`, in this system's coordinates, is a position on the Earth: finite, within `projectedReach`
    /// of a projected system's origin, and within `longitudes` and `latitudes` once converted.
    func holds(_ point: GeoPoint) -> Bool {
        let offset: (x: Double, y: Double)
        switch self {
        case .geographic: offset = (0, 0)
        case .webMercator: offset = (point.x, point.y)
        case .utm(_, let south, _): offset = (point.x - 500_000, point.y - (south ? 10_000_000 : 0))
        }
        guard point.x.isFinite, point.y.isFinite, abs(offset.x) <= Self.projectedReach, abs(offset.y) <= Self.projectedReach else {
            return false
        }
        let converted = geographic(point)
        return Self.longitudes.contains(converted.x) && Self.latitudes.contains(converted.y)
    }

    /// `shape` (in this system's coordinates) in longitude and latitude, outer rings counter-clockwise; every
    /// boundary reader converts through here, so that no position off the Earth (±1e308, latitude 1000, NaN)
    /// reaches projection or layout. `feature` names the feature in messages ("feature 3", "shape 3").
    func geographicShape(_ shape: MultiPolygon, file: String, feature: String) throws -> MultiPolygon {
        for polygon in shape.polygons {
            for ring in polygon.rings {
                if let point = ring.first(where: { !holds($0) }) {
                    let rule = isGeographic
                        ? ": longitudes run from -180 to 180 and latitudes from -90 to 90"
                        : " in \(self): it must lie within \(Int(Self.projectedReach)) m of the system's origin and convert to longitudes -180 to 180 and latitudes -90 to 90"
                    throw geoError(file, "\(feature) has the position (\(point.x), \(point.y)), which is not on the Earth\(rule)",
                                   hint: "Check the feature in a GIS, and the coordinate system the file declares.")
                }
            }
        }
        let converted = shape.map(geographic).oriented()
        // A feature whose every part encloses nothing draws nothing: its region's value would silently not show.
        guard converted.polygons.isEmpty || converted.polygons.contains(where: { !Geometry.isDegenerate($0.exterior) }) else {
            throw geoError(file, "\(feature) has no area: \(converted.polygons.count == 1 ? "its ring has" : "each of its rings has") fewer than 3 distinct positions or encloses nothing, so its region's value would not show on the map",
                           hint: "Repair the geometry in a GIS (QGIS: Vector › Geometry Tools › Fix Geometries) or export the boundaries again; remove the feature if it is not a region.")
        }
        return converted
    }
}

extension Geometry {
    /// Whether `ring` encloses nothing: fewer than 3 distinct positions, or an area that is nothing beside its
    /// extent (every position on one line).
    static func isDegenerate(_ ring: Ring) -> Bool {
        guard let first = ring.first, let second = ring.first(where: { $0 != first }),
              ring.contains(where: { $0 != first && $0 != second }) else { return true }
        let box = BoundingBox(covering: ring)
        let extent = (box.maxX - box.minX) * (box.maxX - box.minX) + (box.maxY - box.minY) * (box.maxY - box.minY)
        return abs(signedArea(ring)) <= 1e-12 * extent
    }
}
