import Foundation
import SajianModel

/// A position in a boundary file's coordinates: longitude and latitude in degrees (geographic), or easting and
/// northing in metres (projected), before conversion to geographic coordinates.
public struct GeoPoint: Sendable, Hashable {
    /// Longitude (*bujur*) or easting.
    public var x: Double
    /// Latitude (*lintang*) or northing.
    public var y: Double

    public init(x: Double, y: Double) { self.x = x; self.y = y }
    public init(longitude: Double, latitude: Double) { self.init(x: longitude, y: latitude) }
}

/// A closed ring of positions; the first position is not repeated at the end.
public typealias Ring = [GeoPoint]

/// A polygon: an outer ring and the holes cut out of it.
public struct Polygon: Sendable, Hashable {
    public var exterior: Ring
    public var holes: [Ring]

    public init(exterior: Ring, holes: [Ring] = []) {
        self.exterior = exterior
        self.holes = holes
    }

    /// Every ring, outer first.
    public var rings: [Ring] { [exterior] + holes }
}

/// The area of one region (*wilayah*): one polygon per island or detached part.
public struct MultiPolygon: Sendable, Hashable {
    public var polygons: [Polygon]

    public init(_ polygons: [Polygon]) { self.polygons = polygons }

    public var isEmpty: Bool { polygons.isEmpty }

    /// How many positions the rings hold.
    public var pointCount: Int { polygons.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } } }

    public var bounds: BoundingBox { BoundingBox(covering: polygons.lazy.flatMap(\.exterior)) }

    /// The same shape with every position converted.
    public func map(_ transform: (GeoPoint) -> GeoPoint) -> MultiPolygon {
        MultiPolygon(polygons.map { Polygon(exterior: $0.exterior.map(transform), holes: $0.holes.map { $0.map(transform) }) })
    }

    /// Outer rings counter-clockwise and holes clockwise (y up), so that a non-zero fill cuts the holes
    /// whatever order the file wrote them in.
    public func oriented() -> MultiPolygon {
        MultiPolygon(polygons.map { polygon in
            Polygon(exterior: Geometry.signedArea(polygon.exterior) < 0 ? polygon.exterior.reversed() : polygon.exterior,
                    holes: polygon.holes.map { Geometry.signedArea($0) > 0 ? $0.reversed() : $0 })
        })
    }
}

/// A rectangle in a boundary file's or a projection's coordinates (y up).
public struct BoundingBox: Sendable, Hashable {
    public var minX: Double, minY: Double, maxX: Double, maxY: Double

    public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
        self.minX = minX; self.minY = minY; self.maxX = maxX; self.maxY = maxY
    }

    /// The box around `points`; an empty box (min > max) when there are none.
    public init<S: Sequence>(covering points: S) where S.Element == GeoPoint {
        var box = BoundingBox.empty
        for point in points { box.include(point) }
        self = box
    }

    public static let empty = BoundingBox(minX: .infinity, minY: .infinity, maxX: -.infinity, maxY: -.infinity)

    public var isEmpty: Bool { minX > maxX || minY > maxY }
    public var width: Double { maxX - minX }
    public var height: Double { maxY - minY }
    public var center: GeoPoint { GeoPoint(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }

    public mutating func include(_ point: GeoPoint) {
        minX = Swift.min(minX, point.x); maxX = Swift.max(maxX, point.x)
        minY = Swift.min(minY, point.y); maxY = Swift.max(maxY, point.y)
    }

    public func union(_ other: BoundingBox) -> BoundingBox {
        BoundingBox(minX: Swift.min(minX, other.minX), minY: Swift.min(minY, other.minY),
                    maxX: Swift.max(maxX, other.maxX), maxY: Swift.max(maxY, other.maxY))
    }

    public func intersects(_ other: BoundingBox) -> Bool {
        minX <= other.maxX && other.minX <= maxX && minY <= other.maxY && other.minY <= maxY
    }

    /// The box grown by `fraction` of its size on every side.
    public func expanded(by fraction: Double) -> BoundingBox {
        BoundingBox(minX: minX - width * fraction, minY: minY - height * fraction,
                    maxX: maxX + width * fraction, maxY: maxY + height * fraction)
    }
}

/// One feature of a boundary file: its attributes as text and its area.
public struct Feature: Sendable, Hashable {
    public var properties: [String: String]
    public var geometry: MultiPolygon
    /// For each ring (polygon by polygon, outer ring first), the indices of its junctions: the positions where it
    /// parts from a neighbour (`SharedBorders.junctions`). A map simplifies between them, so shared borders stay aligned.
    public var anchors: [[Int]] = []

    public init(properties: [String: String], geometry: MultiPolygon) {
        self.properties = properties
        self.geometry = geometry
    }
}

/// The features of one layer of a boundary file, in geographic coordinates (WGS 84 longitude/latitude).
public struct BoundaryLayer: Sendable {
    /// The file, as the user named it.
    public var file: String
    /// The layer's name (GeoPackage table; the file's name otherwise).
    public var name: String
    /// The coordinate system the file declared, which the positions were converted from.
    public var sourceSystem: CoordinateSystem
    public var features: [Feature]
    /// What the file says about where its boundaries come from (`riwayat` in the `sajian` member of a GeoJSON file):
    /// the *keterangan riwayat peta*, in Indonesian.
    public var history: String?
    /// The same in English (`riwayat_en`), for publications with `bahasa: en`.
    public var englishHistory: String?

    public init(file: String, name: String, sourceSystem: CoordinateSystem = .wgs84, features: [Feature], history: String? = nil) {
        self.file = file
        self.name = name
        self.sourceSystem = sourceSystem
        self.features = features
        self.history = history
    }

    /// The names of the attributes the features carry.
    public var propertyNames: [String] { Array(Set(features.flatMap(\.properties.keys))).sorted() }
}

/// Plane geometry on rings.
public enum Geometry {
    /// The shoelace area: positive when the ring runs counter-clockwise with y up.
    public static func signedArea(_ ring: Ring) -> Double {
        guard ring.count > 2 else { return 0 }
        var sum = 0.0
        var previous = ring[ring.count - 1]
        for point in ring {
            sum += (previous.x - point.x) * (previous.y + point.y)
            previous = point
        }
        return sum / 2
    }

    /// Whether `point` lies inside `ring` (even-odd rule).
    public static func contains(_ ring: Ring, _ point: GeoPoint) -> Bool {
        var inside = false
        var j = ring.count - 1
        for i in 0..<ring.count {
            let a = ring[i], b = ring[j]
            if (a.y > point.y) != (b.y > point.y),
               point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x {
                inside.toggle()
            }
            j = i
        }
        return inside
    }

    /// Whether `point` lies inside the polygon (in its outer ring and in none of its holes).
    public static func contains(_ polygon: Polygon, _ point: GeoPoint) -> Bool {
        contains(polygon.exterior, point) && !polygon.holes.contains { contains($0, point) }
    }

    /// Rings in a file's order (outer rings and holes mixed, as in a Shapefile) grouped into polygons: each hole
    /// goes to the outer ring that contains it. `isOuter` tells the two apart (by orientation, for Shapefiles).
    public static func polygons(fromRings rings: [Ring], isOuter: (Ring) -> Bool) -> [Polygon] {
        var polygons: [Polygon] = []
        var holes: [Ring] = []
        for ring in rings where ring.count >= 3 {
            if isOuter(ring) { polygons.append(Polygon(exterior: ring)) } else { holes.append(ring) }
        }
        for hole in holes {
            if let index = polygons.firstIndex(where: { contains($0.exterior, hole[0]) }) {
                polygons[index].holes.append(hole)
            } else {
                polygons.append(Polygon(exterior: hole))  // a lone ring with the wrong orientation is an outer ring
            }
        }
        return polygons
    }

    /// Drops a closing position that repeats the first.
    static func open(_ ring: Ring) -> Ring {
        if ring.count > 1, ring.first == ring.last { return Array(ring.dropLast()) }
        return ring
    }
}

/// The problem a boundary file has, as a diagnostic naming the file.
func geoError(_ file: String, _ message: String, hint: String? = nil) -> DiagnosticError {
    DiagnosticError(Diagnostic(at: SourceLocation(file: file), message, hint: hint))
}
