import Foundation

/// The map projection: Mercator on the WGS 84 ellipsoid, fitted into a frame on the page.
///
/// Indonesia straddles the equator (about 6° LU to 11° LS), where Mercator's scale changes by less than 2 %
/// over the whole country and shapes and north stay true (it is conformal), so one scale bar and one north
/// arrow serve the whole map. The scale bar is computed from the true scale at the map's centre latitude.
public struct MapProjection: Sendable {
    /// Page points per unit of projected x (radians of longitude).
    public let pointsPerUnit: Double
    /// The projected position drawn at the page origin (x), and at the page origin (y, projected y up).
    let originX: Double
    let originY: Double
    public let ellipsoid = Ellipsoid.wgs84

    /// Projected coordinates (units of the semi-major axis) of a geographic position.
    public static func mercator(_ point: GeoPoint) -> (x: Double, y: Double) {
        let e = Ellipsoid.wgs84.e
        let lat = max(-85, min(85, point.y)) * .pi / 180
        let s = sin(lat)
        return (point.x * .pi / 180, atanh(s) - e * atanh(e * s))
    }

    /// Fits `extent` (longitude/latitude) into `frame` (page points: x, y top-left, width, height), centred,
    /// keeping the aspect ratio.
    public init(fitting extent: BoundingBox, into frame: (x: Double, y: Double, width: Double, height: Double)) {
        let low = Self.mercator(GeoPoint(x: extent.minX, y: extent.minY))
        let high = Self.mercator(GeoPoint(x: extent.maxX, y: extent.maxY))
        let width = max(high.x - low.x, 1e-9), height = max(high.y - low.y, 1e-9)
        let scale = min(frame.width / width, frame.height / height)
        pointsPerUnit = scale
        originX = low.x - (frame.width / scale - width) / 2 - frame.x / scale
        originY = high.y + (frame.height / scale - height) / 2 + frame.y / scale
    }

    /// The page position of a geographic position.
    public func project(_ point: GeoPoint) -> GeoPoint {
        let p = Self.mercator(point)
        return GeoPoint(x: (p.x - originX) * pointsPerUnit, y: (originY - p.y) * pointsPerUnit)
    }

    /// The page position of a position already in Mercator units (`mercator(_:)`, as `ProjectedGeometry` holds them).
    @inline(__always)
    public func place(_ point: GeoPoint) -> GeoPoint {
        GeoPoint(x: (point.x - originX) * pointsPerUnit, y: (originY - point.y) * pointsPerUnit)
    }

    /// The Mercator box (y up) drawn in a page box (y down).
    public func mercatorBox(of page: BoundingBox) -> BoundingBox {
        BoundingBox(minX: page.minX / pointsPerUnit + originX, minY: originY - page.maxY / pointsPerUnit,
                    maxX: page.maxX / pointsPerUnit + originX, maxY: originY - page.minY / pointsPerUnit)
    }

    /// The geographic position drawn at a page position.
    public func unproject(_ page: GeoPoint) -> GeoPoint {
        let x = page.x / pointsPerUnit + originX
        let y = originY - page.y / pointsPerUnit
        // Invert the isometric latitude by fixed-point iteration (converges in a few steps).
        let e = ellipsoid.e
        var lat = 2 * atan(exp(y)) - .pi / 2
        for _ in 0..<6 {
            let s = e * sin(lat)
            lat = 2 * atan(exp(y) * pow((1 + s) / (1 - s), e / 2)) - .pi / 2
        }
        return GeoPoint(longitude: x * 180 / .pi, latitude: lat * 180 / .pi)
    }

    /// Page points per kilometre on the ground at `latitude`: Mercator's scale factor on the ellipsoid is
    /// k = √(1 − e² sin²φ) / cos φ, and x is measured in units of the semi-major axis a.
    public func pointsPerKilometre(atLatitude latitude: Double) -> Double {
        let phi = latitude * .pi / 180
        let k = (1 - ellipsoid.e2 * sin(phi) * sin(phi)).squareRoot() / cos(phi)
        return pointsPerUnit * k / (ellipsoid.a / 1000)
    }
}

/// A scale bar (*skala*): a round length in kilometres and how long it is on the page.
public struct ScaleBar: Sendable, Hashable {
    public var kilometres: Double
    public var points: Double
    /// How many segments the bar is divided into (alternating fill): always four, so that the middle number (half
    /// the length) stands on a boundary between two of them. Five of 10 km under "0 25 50 km" put the 25 over the
    /// middle of the third (proof-reading 26).
    public var segments: Int

    /// The longest round length (1, 2 or 5 × 10ⁿ km) not longer than `maximumPoints` at `latitude`.
    public init(projection: MapProjection, latitude: Double, maximumPoints: Double) {
        let perKilometre = projection.pointsPerKilometre(atLatitude: latitude)
        let most = max(maximumPoints, 10) / perKilometre  // a bar of at least 10 points, however narrow the room
        let magnitude = pow(10, floor(log10(most)))
        let step = [5.0, 2, 1].map { $0 * magnitude }.first { $0 <= most } ?? magnitude
        kilometres = step
        points = step * perKilometre
        segments = 4
    }
}
